/**
 * The planning step of `plan orders`: in the place of the order sender, each resolved order is
 * checked by the very reads the sender makes before it sends (`existingOrder`, order-sender.ts) —
 * GET only — and said to be a create, or skipped as import would skip it (ORDER_EXISTS).
 */
import { isInterrupted } from '../errors.js';
import type { SalesManiaClient } from '../api/index.js';
import type { RowIssue } from '../types.js';
import type { ColumnOf } from './api-issues.js';
import { issuesFromError } from './api-issues.js';
import { OrderFinder } from './order-lookup.js';
import { existingOrder, perLine, type OrderSender } from './order-sender.js';

export interface OrderPlannerOptions {
  client: SalesManiaClient;
  skipExisting?: boolean;
  columnOf: ColumnOf;
}

export function createOrderPlanner(options: OrderPlannerOptions): OrderSender {
  const ctx = {
    finder: new OrderFinder(options.client),
    skipExisting: options.skipExisting ?? true,
    columnOf: options.columnOf,
  };
  return async (order) => {
    const none = order.rows.map(() => []);
    let note: RowIssue | undefined;
    try {
      const check = await existingOrder(ctx, order.body, order.orderId, order.otherDate);
      note = check.note;
      if (check.skip) {
        return {
          status: 'skipped',
          id: check.skip.id,
          lineIssues: perLine([check.skip.issue], order.rows),
          attempts: 0,
        };
      }
      if (check.refuse) {
        return { status: 'invalid', lineIssues: perLine([check.refuse], order.rows), attempts: 0 };
      }
    } catch (err) {
      if (isInterrupted(err)) throw err;
      // The read import makes before sending failed: the order cannot be planned.
      return {
        status: 'invalid',
        lineIssues: perLine(issuesFromError(err, ctx.columnOf), order.rows),
        attempts: 0,
      };
    }
    return { status: 'valid', lineIssues: note ? perLine([note], order.rows) : none, attempts: 0 };
  };
}
