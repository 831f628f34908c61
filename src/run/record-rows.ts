/**
 * The steps of customers, products and visits: each row on its own — map, decide (the shared
 * per-row decisions and, for customers and products, `decideRecord`), and send when the run sends.
 */
import { runLimits } from '../config/index.js';
import { localizedRunError } from '../i18n/index.js';
import { mapRow, type ColumnBinding, type TableEntity } from '../map/index.js';
import {
  createRecordSender,
  createRowHandler,
  createVisitSender,
  decideRecord,
  decisionIssues,
  interruptedOutcome,
  type RowSender,
} from '../push/index.js';
import type { ImportEntity, SourceRow } from '../types.js';
import type { EntitySteps } from './pipeline.js';
import type { RowSteps, SendStep, StepContext } from './steps.js';

/**
 * Rows read and not yet written, in input order; bounds memory and pauses the reader. Sized for
 * the fast end of `--rate`: created rows wait up to a second for their batched id lookup
 * (created-ids.ts), and at 400 requests/s a smaller window would starve the queue meanwhile.
 * A thousand rows of a few hundred bytes each is nothing next to the XLSX reader.
 */
const WINDOW = 1000;

export function recordSteps(entity: ImportEntity): EntitySteps {
  const table = entityTable(entity);
  return { table, screenKeys: true, create: (ctx) => createRecordSteps(ctx, table) };
}

async function createRecordSteps(ctx: StepContext, table: TableEntity): Promise<RowSteps> {
  const { o, binding, send, grace } = ctx;
  let sender: RowSender | undefined;
  if (send) {
    // Logging in and reading the existing records may wait long (a 429 pause): a stop ends it too.
    sender = await grace.bound(prepareSender(ctx, send), () => {
      throw localizedRunError('INTERRUPTED', 'run.stoppedConnecting');
    });
  }
  const records = o.entity === 'customers' || o.entity === 'products' ? o.entity : undefined;
  const handle = createRowHandler({
    send: sender,
    previous: send?.journal.previous,
    keyColumn: keyColumnOf(binding),
    screen: ctx.screen,
    // Nothing is sent: the row is still decided by the very function the sender uses.
    check:
      records && o.mode !== 'update-status'
        ? (row) =>
            decisionIssues(
              decideRecord(
                {
                  mode: o.mode as Exclude<typeof o.mode, 'update-status'>,
                  entity: records,
                  keyField: records === 'customers' ? 'ext_cust_no' : 'ext_product_code',
                  columnOf: (field) => binding.headerOf[field],
                },
                row.key,
              ),
            )
        : undefined,
  });
  // Let go when the grace after a stop ends: in doubt only if its request had left (journaled) —
  // in this run, or in the killed run this one resumes (stopped while looking that row up).
  const letGo = (row: SourceRow) => () =>
    send?.journal.writer.isSending(row.rowNumber) || send?.journal.previous?.sending.has(row.rowNumber)
      ? interruptedOutcome(row, undefined, true)
      : interruptedOutcome(row);
  return {
    window: WINDOW,
    async *outcomes(rows) {
      for await (const row of rows) {
        if (o.signal.aborted) break;
        const mapped = mapRow(table, binding, row, {
          mode: o.mode,
          blank: o.blank,
          dateFormat: o.field?.dateFormat,
        });
        // Without a sender nothing waits on the network: no grace to bound (a promise less per row).
        yield { work: send ? grace.bound(handle(mapped), letGo(row)) : handle(mapped) };
      }
    },
  };
}

async function prepareSender(ctx: StepContext, send: SendStep): Promise<RowSender> {
  const { o, binding } = ctx;
  const client = await send.connect();
  const journal = send.journal;
  if (o.entity === 'customers' || o.entity === 'products') {
    if (o.mode === 'update-status') throw localizedRunError('CONFIG_INVALID', 'run.updateStatusOrdersOnly');
    return createRecordSender({
      client,
      entity: o.entity,
      mode: o.mode,
      binding,
      journal: journal.writer,
      previous: journal.previous,
      logger: o.logger,
      rowCalls: runLimits(o.runtime).rowCalls,
      replaceUnits: o.units === 'replace',
      allowExistingKeys: o.allowExistingKeys,
    });
  }
  if (o.entity === 'visits') {
    return createVisitSender({
      client,
      binding,
      journal: journal.writer,
      previous: journal.previous,
      logger: o.logger,
      matchCustomerBy: o.field?.matchCustomerBy,
      allowDuplicates: o.field?.allowDuplicateVisits,
    });
  }
  throw localizedRunError('CONFIG_INVALID', 'run.importNotAvailable', { entity: o.entity });
}

function entityTable(entity: ImportEntity): TableEntity {
  if (entity === 'customers' || entity === 'products' || entity === 'visits') return entity;
  throw localizedRunError('CONFIG_INVALID', 'run.importNotAvailable', { entity });
}

function keyColumnOf(binding: ColumnBinding): string | undefined {
  return binding.headerOf.ext_cust_no ?? binding.headerOf.ext_product_code ?? binding.headerOf.id;
}
