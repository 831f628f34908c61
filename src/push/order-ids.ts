/**
 * Orders imported back from an export (docs/REIMPORT.md): a line's `order_id` names the order it was
 * exported from. Such an order is never created again: when the server has it, its lines are
 * `skipped` (ORDER_EXISTS, the order's id in `_id`), whatever `--skip-existing` says — the id names
 * that very order, not merely one with the same number; when the server has no such order the
 * lines are refused (KEY_NOT_FOUND), as creating them would make a new order under a new id.
 */
import { rowText } from '../i18n/index.js';
import type { RowIssue } from '../types.js';
import type { ColumnOf } from './api-issues.js';
import type { OrderFinder } from './order-lookup.js';

export async function exportedOrder(
  ctx: { finder: OrderFinder; columnOf: ColumnOf },
  orderId: string,
): Promise<{ exists: boolean; issue: RowIssue }> {
  const facts = await ctx.finder.factsOf(orderId);
  const column = ctx.columnOf('order_id');
  if (facts) {
    return {
      exists: true,
      issue: {
        code: 'ORDER_EXISTS',
        field: 'order_id',
        column,
        ...rowText('reimport.orderExists', { id: orderId }),
      },
    };
  }
  return {
    exists: false,
    issue: {
      code: 'KEY_NOT_FOUND',
      field: 'order_id',
      column,
      ...rowText('reimport.orderNotFound', { id: orderId }),
    },
  };
}
