import { mkdir } from 'node:fs/promises';
import { dirname, join, parse as parsePath } from 'node:path';
import type { ConnectionConfig, RuntimeConfig } from './config/index.js';
import { connect } from './connect.js';
import { openRunJournal, type RunJournal } from './journal/index.js';
import type { Logger } from './log/index.js';
import { bindColumns, mapRow, type ColumnBinding } from './map/index.js';
import { loadMapping } from './mapping-file.js';
import type { ProgressSink } from './progress.js';
import { OrderedWindow, createRecordSender, createRowHandler, type RowSender } from './push/index.js';
import { openSource, type ReadOptions } from './read/index.js';
import { countStatus, type RunSummary } from './run-summary.js';
import type { ImportEntity, ImportMode, RowOutcome } from './types.js';
import { openResultWriter } from './write/index.js';
import { RunError } from './errors.js';

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
}

/** Rows waiting in order for their outcome; bounds memory and pauses the reader. */
const WINDOW = 256;

/** read → map → push → write, as design.md draws it. Every stage is its own module. */
export async function runImport(o: ImportRunOptions): Promise<RunSummary> {
  const startedAt = Date.now();
  const mapping = o.mappingFile ? await loadMapping(o.mappingFile) : undefined;
  const source = await openSource(o.file, o.read);
  const binding = bindColumns(entityTable(o.entity), source.headers, { mapping, mode: o.mode });
  const warnings = [...source.warnings];
  if (binding.unknownColumns.length > 0) {
    warnings.push(`columns not used (kept in the result sheet): ${binding.unknownColumns.join(', ')}`);
  }
  for (const w of warnings) o.logger.warn(w);

  if (o.outDir) await createOutDir(o.outDir);
  const writer = await openResultWriter({
    inputPath: o.file,
    format: source.format,
    headers: source.headers,
    rawHeaders: source.rawHeaders,
    outDir: o.outDir,
    delimiter: source.delimiter,
  });
  let journal: RunJournal | undefined;
  const counts: RunSummary['counts'] = {};
  const inDoubtRows: number[] = [];
  let total = 0;
  try {
    let send: RowSender | undefined;
    if (o.command === 'import') {
      journal = await openRunJournal(journalPath(writer.resultPath, o.file), o.file, {
        entity: o.entity,
        mode: o.mode,
        resume: o.resume,
      });
      send = await prepareSender(o, binding, journal);
    }
    const handle = createRowHandler({ send, previous: journal?.previous, keyColumn: keyColumnOf(binding) });
    const window = new OrderedWindow<RowOutcome>(WINDOW, async (outcome) => {
      await writer.write(outcome);
      countStatus(counts, outcome.status);
      if (outcome.status === 'in_doubt') inDoubtRows.push(outcome.source.rowNumber);
      o.progress.update(++total, outcome.status);
    });
    o.progress.start();
    for await (const row of source.rows()) {
      if (o.signal.aborted) break;
      await window.add(handle(mapRow(entityTable(o.entity), binding, row, { mode: o.mode, blank: o.blank })));
    }
    await window.drain();
    o.progress.stop();
  } catch (err) {
    o.progress.stop();
    await writer.abort();
    journal?.writer.close();
    throw err;
  }
  const files = await writer.close();
  const interrupted = o.signal.aborted ? (String(o.signal.reason) as 'SIGINT' | 'SIGTERM') : undefined;
  if (journal && !interrupted) journal.writer.end();
  journal?.writer.close();
  const durationMs = Date.now() - startedAt;
  return {
    command: o.command,
    entity: o.entity,
    mode: o.command === 'import' ? o.mode : undefined,
    total,
    counts,
    durationMs,
    rate: total / Math.max(durationMs / 1000, 0.001),
    files: { result: files.resultPath, errors: files.errorsPath, journal: journal?.writer.path },
    warnings,
    interrupted,
    inDoubtRows,
  };
}

async function prepareSender(
  o: ImportRunOptions,
  binding: ColumnBinding,
  journal: RunJournal,
): Promise<RowSender> {
  if (!o.connection) throw new RunError('CONFIG_MISSING', 'no connection settings for an import');
  const { client } = connect(o.connection, o.runtime, o.logger, o.signal);
  const session = await client.session();
  o.logger.info({ database: session.databaseName, databaseId: session.databaseId }, 'connected');
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
    });
  }
  throw new RunError('CONFIG_INVALID', `importing ${o.entity} is not yet available in this version`);
}

function entityTable(entity: ImportEntity): 'customers' | 'products' {
  if (entity === 'customers' || entity === 'products') return entity;
  throw new RunError('CONFIG_INVALID', `importing ${entity} is not yet available in this version`);
}

function keyColumnOf(binding: ColumnBinding): string | undefined {
  return binding.headerOf.ext_cust_no ?? binding.headerOf.ext_product_code ?? binding.headerOf.id;
}

/** The journal sits beside the result sheet: `<name>.journal.jsonl`. */
function journalPath(resultPath: string, inputPath: string): string {
  return join(dirname(resultPath), `${parsePath(inputPath).name}.journal.jsonl`);
}

/** `--out-dir` is created when missing, as a person would expect of a folder named for output. */
async function createOutDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new RunError(
      'WRITE_FAILED',
      `cannot create the output folder ${dir} (${(err as NodeJS.ErrnoException).code})`,
    );
  }
}
