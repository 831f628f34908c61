/**
 * `import orders --mode update-status`: one row, one order, one PATCH of `ext_order_status_name`
 * (idempotent, so retried by the client like any update). The order is named by its id, or found by
 * `ext_order_no` on the visits of its date and customer. An order already showing that status is
 * `unchanged` and nothing is sent.
 */
import { isInterrupted } from '../errors.js';
import { rowText } from '../i18n/index.js';
import type { SalesManiaClient } from '../api/index.js';
import type { JournalWriter } from '../journal/index.js';
import type { RowIssue, RowStatus } from '../types.js';
import { whenLeaving } from '../api/index.js';
import { attemptsOf, issuesFromError, type ColumnOf } from './api-issues.js';
import { OrderFinder } from './order-lookup.js';

export interface OrderStatusResult {
  status: RowStatus;
  id?: string;
  issues: RowIssue[];
  attempts: number;
}

export interface OrderStatusTarget {
  row: number;
  statusName: string;
  orderId?: string;
  /** Used when there is no order id: the order's ext_order_no, date and customer. */
  extNo?: string;
  date?: string;
  customerId?: number;
}

export interface OrderStatusSenderOptions {
  client: SalesManiaClient;
  journal: JournalWriter;
  columnOf: ColumnOf;
  finder?: OrderFinder;
}

export type OrderStatusSender = (target: OrderStatusTarget) => Promise<OrderStatusResult>;

export function createOrderStatusSender(options: OrderStatusSenderOptions): OrderStatusSender {
  const finder = options.finder ?? new OrderFinder(options.client);
  const { journal, columnOf, client } = options;
  return async (t) => {
    const finish = (
      status: RowStatus,
      id?: string,
      issues: RowIssue[] = [],
      attempts = 1,
    ): OrderStatusResult => {
      journal.done({ row: t.row, status, id, issues, attempts });
      return { status, id, issues, attempts };
    };
    let id = t.orderId;
    let previousStatus: string | null = null;
    try {
      if (id === undefined) {
        const found = await finder.findByExtNo(t.date as string, t.customerId as number, t.extNo as string);
        if (found.length !== 1) {
          return finish('failed', undefined, [
            {
              code: found.length === 0 ? 'KEY_NOT_FOUND' : 'KEY_AMBIGUOUS',
              field: 'ext_order_no',
              column: columnOf('ext_order_no'),
              ...(found.length === 0
                ? rowText('row.order.numberNotFound', { number: JSON.stringify(t.extNo), date: t.date })
                : rowText('row.order.numberAmbiguous', {
                    count: found.length,
                    number: JSON.stringify(t.extNo),
                    date: t.date,
                    ids: found.join(', '),
                  })),
            },
          ]);
        }
        id = found[0];
      }
      const facts = await finder.factsOf(id);
      if (!facts) {
        return finish('failed', undefined, [
          {
            code: 'KEY_NOT_FOUND',
            field: 'order_id',
            column: columnOf('order_id'),
            ...rowText('row.order.idNotFound', { id }),
          },
        ]);
      }
      if (facts.ext_order_status_name === t.statusName) return finish('unchanged', id);
      previousStatus = facts.ext_order_status_name;
    } catch (err) {
      if (isInterrupted(err)) throw err;
      return finish('failed', id, issuesFromError(err, columnOf), attemptsOf(err));
    }
    try {
      await whenLeaving(
        () =>
          journal.sending(t.row, 'update', id, {
            id,
            before: { ext_order_status_name: previousStatus },
            after: { ext_order_status_name: t.statusName },
          }),
        () => client.orders.updateStatus(id, t.statusName),
      );
      finder.noteStatus(id, t.statusName);
      return finish('updated', id);
    } catch (err) {
      if (isInterrupted(err)) throw err;
      return finish('failed', id, issuesFromError(err, columnOf), attemptsOf(err));
    }
  };
}
