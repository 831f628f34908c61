/**
 * The steps of `import orders --mode update-status` (and its `validate`): each row names one order
 * and the `ext_order_status_name` to give it. Rows are independent, so they stream like customers
 * do: map → resolve the customer when the order is named by ext_order_no → PATCH → write, in input
 * order.
 */
import { isInterrupted } from '../errors.js';
import { type SalesManiaClient } from '../api/index.js';
import { mapOrderStatusRow, type OrderStatusDraft } from '../map/index.js';
import { createOrderStatusSender, interruptedOutcome, type OrderStatusSender } from '../push/index.js';
import { loadReferences, type References } from '../resolve/index.js';
import type { RowOutcome, SourceRow } from '../types.js';
import type { EntitySteps } from './pipeline.js';
import { markGarbled, noteHidden, totalRowOutcome } from './row-checks.js';
import type { RowSteps, StepContext } from './steps.js';

const WINDOW = 256;

export const orderStatusSteps: EntitySteps = { table: 'orders', screenKeys: false, create: createSteps };

async function createSteps(ctx: StepContext): Promise<RowSteps> {
  const { o, binding, send, grace } = ctx;
  let sender: OrderStatusSender | undefined;
  let refs: (() => Promise<References>) | undefined;
  if (send) {
    const client: SalesManiaClient = await send.connect();
    sender = createOrderStatusSender({
      client,
      journal: send.journal.writer,
      columnOf: (field) => binding.headerOf[field],
    });
    // Customers are read only if some row names its order by ext_order_no, date and customer.
    let loading: Promise<References> | undefined;
    refs = () => (loading ??= loadReferences(client, {}, o.logger));
  }
  const previous = send?.journal.previous;
  const headerOf = (field: string) => binding.headerOf[field];
  const handle = async (row: SourceRow): Promise<RowOutcome> => {
    const mapped = mapOrderStatusRow(binding, row, { dateFormat: o.field?.dateFormat });
    if (!mapped.ok) return { source: row, status: 'invalid', issues: mapped.issues, attempts: 0 };
    const done = previous?.done.get(row.rowNumber);
    if (done)
      return { source: row, status: done.status, id: done.id, issues: done.issues, attempts: done.attempts };
    if (!sender || !refs) return { source: row, status: 'valid', issues: [], attempts: 0 };
    const draft: OrderStatusDraft = mapped.payload;
    let customerId: number | undefined;
    if (draft.order_id === undefined && draft.customer) {
      const customer = (await refs()).customers.resolve(
        draft.customer,
        o.field?.matchCustomerBy ?? 'code',
        headerOf,
      );
      if (!customer.ok) return { source: row, status: 'invalid', issues: [customer.issue], attempts: 0 };
      customerId = customer.value.id;
    }
    try {
      const r = await sender({
        row: row.rowNumber,
        statusName: draft.ext_order_status_name,
        orderId: draft.order_id,
        extNo: draft.ext_order_no,
        date: draft.date,
        customerId,
      });
      return { source: row, status: r.status, id: r.id, issues: r.issues, attempts: r.attempts };
    } catch (err) {
      if (!isInterrupted(err)) throw err;
      return interruptedOutcome(row);
    }
  };
  return {
    window: WINDOW,
    async *outcomes(rows) {
      for await (const read of rows) {
        // A total row is never mapped, and is written as skipped even after a stop (row-checks.ts).
        const total = totalRowOutcome(read, binding);
        if (total) {
          yield { work: Promise.resolve(total) };
          continue;
        }
        if (o.signal.aborted) break;
        const row = markGarbled(read);
        // After a stop, a PATCH still on the wire gets the same short grace as the other imports.
        const letGo = () => interruptedOutcome(row, undefined, send?.journal.writer.isSending(row.rowNumber));
        yield { work: noteHidden(row, grace.bound(handle(row), letGo)) };
      }
    },
  };
}
