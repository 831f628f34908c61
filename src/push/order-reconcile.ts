/**
 * An order create whose answer was lost may or may not have happened. The API has no order list, so
 * the order is looked for where it must be: on the visits of its date and customer. An order there
 * that was not there before we sent, and whose `ext_order_id` is our `ext_order_no`, is ours. None:
 * it certainly did not happen. The lookup failing leaves it unknown.
 */
import { isInterrupted, type MessageRef } from '../errors.js';
import { reasonOf } from '../i18n/index.js';
import type { OrderFinder } from './order-lookup.js';

export type OrderReconciliation =
  { found: true; id: string } | { found: false } | { found: 'unknown'; reason: MessageRef | string };

export async function reconcileOrder(
  finder: OrderFinder,
  date: string,
  customerId: number,
  extNo: string,
  /** Order ids on those visits before the create was sent; undefined: not known (a resumed run). */
  before: ReadonlySet<string> | undefined,
): Promise<OrderReconciliation> {
  try {
    const ids = await finder.orderIdsOf(date, customerId);
    const fresh = before ? ids.filter((id) => !before.has(id)) : ids;
    const ours = await finder.withExtNo(fresh, extNo);
    if (ours.length === 0) return { found: false };
    return { found: true, id: ours[ours.length - 1] };
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return { found: 'unknown', reason: reasonOf(err) };
  }
}
