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
  createVisitPlanner,
  createRecordPlanner,
  fieldColumnOf,
  planConflict,
  type RecordStep,
  decideRecord,
  decisionIssues,
  type DecideContext,
  interruptedOutcome,
  type RowSender,
} from '../push/index.js';
import type { ImportEntity, SourceRow } from '../types.js';
import type { EntitySteps } from './pipeline.js';
import { markGarbled, noteHidden, totalRowOutcome } from './row-checks.js';
import type { LookStep, RowSteps, SendStep, StepContext } from './steps.js';
import type { RowRunOptions } from './options.js';

/**
 * Rows read and not yet written, in input order; bounds memory and pauses the reader. Sized for
 * the fast end of `--rate`: created rows wait up to a second for their batched id lookup
 * (created-ids.ts), and at 400 requests/s a smaller window would starve the queue meanwhile.
 * A thousand rows of a few hundred bytes each is nothing next to the XLSX reader.
 */
const WINDOW = 1000;

export function recordSteps(entity: ImportEntity): EntitySteps {
  const table = entityTable(entity);
  return {
    table,
    screenKeys: true,
    screenDates: table === 'visits',
    create: (ctx) => createRecordSteps(ctx, table),
  };
}

async function createRecordSteps(ctx: StepContext, table: TableEntity): Promise<RowSteps> {
  const { o, binding, send, look, grace } = ctx;
  let sender: RowSender | undefined;
  const prepared = send ? prepareSender(ctx, send) : look ? preparePlanner(ctx, look) : undefined;
  if (prepared) {
    // Logging in and reading the existing records may wait long (a 429 pause): a stop ends it too.
    sender = await grace.bound(prepared, () => {
      throw localizedRunError('INTERRUPTED', 'run.stoppedConnecting');
    });
  }
  // In doubt only if its request had left (journaled) — in this run, or in the killed run this one
  // resumes (stopped while looking that row up).
  const requestLeft = (rowNumber: number) =>
    Boolean(send?.journal.writer.isSending(rowNumber) || send?.journal.previous?.sending.has(rowNumber));
  const records = o.entity === 'customers' || o.entity === 'products' ? o.entity : undefined;
  // One context for every row's decision (not an object and a closure per row).
  const decideContext: DecideContext | undefined =
    records && o.mode !== 'update-status'
      ? {
          mode: o.mode,
          entity: records,
          keyField: records === 'customers' ? 'ext_cust_no' : 'ext_product_code',
          columnOf: (field: string) => binding.headerOf[field],
        }
      : undefined;
  const handle = createRowHandler({
    send: sender,
    previous: send?.journal.previous,
    keyColumn: keyColumnOf(binding),
    screen: ctx.screen,
    requestLeft,
    // Nothing is sent: the row is still decided by the very function the sender uses.
    check: decideContext ? (row) => decisionIssues(decideRecord(decideContext, row.key)) : undefined,
  });
  const mapOptions = {
    mode: o.mode,
    blank: o.blank,
    dateFormat: o.field?.dateFormat,
    dateOrder: ctx.dateOrder,
    decimalComma: ctx.decimalComma,
  };
  // Let go when the grace after a stop ends.
  const letGo = (row: SourceRow) => () => interruptedOutcome(row, undefined, requestLeft(row.rowNumber));
  return {
    window: WINDOW,
    async *outcomes(rows) {
      try {
        for await (const read of rows) {
          // A total row is never mapped, and is written as skipped even after a stop (row-checks.ts).
          const total = totalRowOutcome(read, binding);
          if (total) {
            yield { work: Promise.resolve(total) };
            continue;
          }
          if (o.signal.aborted) break;
          const row = markGarbled(read);
          const mapped = mapRow(table, binding, row, mapOptions);
          // Without a sender nothing waits on the network: no grace to bound (a promise less per row).
          yield { work: noteHidden(row, send ? grace.bound(handle(mapped), letGo(row)) : handle(mapped)) };
        }
      } finally {
        handle.close();
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
      guard: applyGuard(o, binding),
      created: ctx.decided,
      confirmDeletes:
        o.mode === 'delete' && o.confirmDelete
          ? deleteConsent(ctx, (count) => o.confirmDelete!(count, o.entity))
          : undefined,
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

/**
 * plan: customers and products are decided against the server's records, as the sender would;
 * visits are resolved and checked against their routes by the visit sender's own functions.
 */
async function preparePlanner(ctx: StepContext, look: LookStep): Promise<RowSender | undefined> {
  const { o, binding } = ctx;
  if (o.entity === 'visits') {
    return createVisitPlanner({
      client: await look.connect(),
      binding,
      logger: o.logger,
      matchCustomerBy: o.field?.matchCustomerBy,
      allowDuplicates: o.field?.allowDuplicateVisits,
    });
  }
  if (o.entity !== 'customers' && o.entity !== 'products') return undefined;
  if (o.mode === 'update-status') throw localizedRunError('CONFIG_INVALID', 'run.updateStatusOrdersOnly');
  return createRecordPlanner({
    client: await look.connect(),
    entity: o.entity,
    mode: o.mode,
    binding,
    logger: o.logger,
    replaceUnits: o.units === 'replace',
    allowExistingKeys: o.allowExistingKeys,
  });
}

/** apply without --force: a row is held to its plan (push/plan-guard.ts). */
function applyGuard(o: RowRunOptions, binding: ColumnBinding) {
  const planned = o.planned;
  if (!planned || planned.force) return undefined;
  const columnOf = fieldColumnOf(binding);
  return (row: number, step: RecordStep) => planConflict(planned.rows.get(row), step, columnOf);
}

/** Never asks about zero deletions for want of the keys: a run that deletes reads its file through first. */
function deleteConsent(ctx: StepContext, confirm: (count: number) => Promise<void>) {
  if (!ctx.deleteKeys) throw new TypeError('a delete run to confirm without the keys of its file');
  return { keys: ctx.deleteKeys, confirm };
}

function entityTable(entity: ImportEntity): TableEntity {
  if (entity === 'customers' || entity === 'products' || entity === 'visits') return entity;
  throw localizedRunError('CONFIG_INVALID', 'run.importNotAvailable', { entity });
}

function keyColumnOf(binding: ColumnBinding): string | undefined {
  return binding.headerOf.ext_cust_no ?? binding.headerOf.ext_product_code ?? binding.headerOf.id;
}
