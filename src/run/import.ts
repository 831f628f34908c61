import type { ConnectionConfig, RuntimeConfig } from '../config/index.js';
import type { RunJournal } from '../journal/index.js';
import type { Logger } from '../log/index.js';
import { mapRow, type ColumnBinding, type TableEntity } from '../map/index.js';
import type { ProgressSink } from './progress.js';
import {
  OrderedWindow,
  createRecordSender,
  createRowHandler,
  createStopGrace,
  gracePeriodMs,
  createVisitSender,
  interruptedOutcome,
  type RowSender,
} from '../push/index.js';
import type { ReadOptions } from '../read/index.js';
import type { RunSummary } from './summary.js';
import { OutcomeTally, abandonImport, finishImport } from './finish.js';
import type { ImportEntity, ImportMode, RowOutcome, SourceRow } from '../types.js';
import { RunError } from '../errors.js';
import type { FieldImportOptions } from './field-import-options.js';
import { runImportOrders } from './import-orders.js';
import { openImportFiles, openImportJournal } from './files.js';

export interface ImportRunOptions {
  command: 'import' | 'validate';
  entity: ImportEntity;
  file: string;
  mode: ImportMode;
  blank: 'ignore' | 'clear';
  read: ReadOptions;
  mappingFile?: string;
  outDir?: string;
  resume: boolean;
  connection?: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  progress: ProgressSink;
  signal: AbortSignal;
  /** Visits and orders: date format, customer matching, duplicates, skip-existing. */
  field?: FieldImportOptions;
}

/**
 * Rows read and not yet written, in input order; bounds memory and pauses the reader. Sized for
 * the fast end of `--rate`: created rows wait up to a second for their batched id lookup
 * (created-ids.ts), and at 400 requests/s a smaller window would starve the queue meanwhile.
 * A thousand rows of a few hundred bytes each is nothing next to the XLSX reader.
 */
const WINDOW = 1000;

/** read → map → push → write, as design.md draws it. Every stage is its own module. */
export async function runImport(o: ImportRunOptions): Promise<RunSummary> {
  // Orders group several lines into one request: a pipeline of their own (run-import-orders.ts).
  if (o.entity === 'orders') return runImportOrders(o);
  const startedAt = Date.now();
  const files = await openImportFiles(o, entityTable(o.entity), { screenKeys: true });
  const { source, binding, writer, screen } = files;
  let journal: RunJournal | undefined;
  const tally = new OutcomeTally(writer, o.progress);
  const grace = createStopGrace(o.signal, gracePeriodMs(o.runtime.timeoutMs));
  try {
    let send: RowSender | undefined;
    if (o.command === 'import') {
      journal = await openImportJournal(o, writer);
      // Logging in and reading the existing records may wait long (a 429 pause): a stop ends it too.
      send = await grace.bound(prepareSender(o, binding, journal), () => {
        throw new RunError('INTERRUPTED', 'stopped while connecting to SalesMania');
      });
    }
    const handle = createRowHandler({
      send,
      previous: journal?.previous,
      keyColumn: keyColumnOf(binding),
      screen,
    });
    const window = new OrderedWindow<RowOutcome>(WINDOW, tally.write);
    const letGo = (row: SourceRow) => () =>
      interruptedOutcome(row, 'not finished: still in flight when the run stopped; --resume checks it');
    o.progress.start();
    for await (const row of source.rows()) {
      if (o.signal.aborted) break;
      const mapped = mapRow(entityTable(o.entity), binding, row, {
        mode: o.mode,
        blank: o.blank,
        dateFormat: o.field?.dateFormat,
      });
      await window.add(grace.bound(handle(mapped), letGo(row)));
    }
    await window.drain();
  } catch (err) {
    await abandonImport(writer, journal);
    throw err;
  } finally {
    o.progress.stop();
    grace.dispose();
    await source.close();
  }
  return finishImport(o, files, journal, tally, startedAt);
}

async function prepareSender(
  o: ImportRunOptions,
  binding: ColumnBinding,
  journal: RunJournal,
): Promise<RowSender> {
  // Loaded here: `validate` never sends, and need not load the HTTP client.
  const { connectForImport } = await import('../api/index.js');
  const client = await connectForImport(o);
  if (o.entity === 'customers' || o.entity === 'products') {
    if (o.mode === 'update-status')
      throw new RunError('CONFIG_INVALID', `--mode update-status is for orders only`);
    return createRecordSender({
      client,
      entity: o.entity,
      mode: o.mode,
      binding,
      journal: journal.writer,
      previous: journal.previous,
      logger: o.logger,
      concurrency: o.runtime.concurrency,
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
  throw new RunError('CONFIG_INVALID', `importing ${o.entity} is not yet available in this version`);
}

function entityTable(entity: ImportEntity): TableEntity {
  if (entity === 'customers' || entity === 'products' || entity === 'visits') return entity;
  throw new RunError('CONFIG_INVALID', `importing ${entity} is not yet available in this version`);
}

function keyColumnOf(binding: ColumnBinding): string | undefined {
  return binding.headerOf.ext_cust_no ?? binding.headerOf.ext_product_code ?? binding.headerOf.id;
}
