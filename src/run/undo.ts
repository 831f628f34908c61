/**
 * `undo <result sheet or journal>`: takes back what a run of import, apply or undo changed, from the
 * before-images in its journal (docs/UNDO.md). The same parts as an import — the journal writer and
 * the re-run rules, the senders through the rate gate, the ordered window, the result writer — with
 * the journal's changes, latest first, in place of a file's rows.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { runLimits, type ConnectionConfig, type RuntimeConfig } from '../config/index.js';
import { isInterrupted, isRunError } from '../errors.js';
import { localizedRunError, t } from '../i18n/index.js';
import {
  changesOf,
  fingerprint,
  lockJournal,
  openRunJournal,
  readJournal,
  JournalWriter,
  type JournalState,
  type RunChange,
  type RunJournal,
} from '../journal/index.js';
import type { Logger } from '../log/index.js';
import {
  OrderedWindow,
  createStopGrace,
  createUndoSender,
  interruptedOutcome,
  type UndoAction,
  type UndoResult,
} from '../push/index.js';
import type { ProgressSink, RowOutcome, SourceRow } from '../types.js';
import { openResultWriter, type ResultWriter } from '../write/index.js';
import { createOutDir, journalPath } from './files.js';
import { OutcomeTally, abandonImport } from './finish.js';
import { handledRows, type RunSummary } from './summary.js';
import { countUndo, type UndoCounts } from './undo-count.js';

export interface UndoRunOptions {
  /** The run's result sheet (its journal is beside it) or its journal. */
  source: string;
  /** `--plan`: write what undo would do, send nothing. */
  plan: boolean;
  resume: boolean;
  outDir?: string;
  connection?: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  progress: ProgressSink;
  signal: AbortSignal;
  /**
   * Asked once the undo knows what it will send and before it sends anything (not with `plan`):
   * throws to stop (DELETE_NOT_CONFIRMED, DELETE_NEEDS_YES). The CLI asks on the terminal, the page
   * checks the number typed in its form (docs/GUARDS.md).
   */
  confirm?(counts: UndoCounts, entity: string): Promise<void>;
}

/** The undo sheet's own columns, before `_row`, `_status`, `_id`, `_error` (docs/UNDO.md). */
export const UNDO_COLUMNS = ['entity', 'change', 'undo', 'row', 'key', 'old_id', 'fields'] as const;

/** Changes in flight ahead of the one being written. */
const WINDOW = 64;

const JOURNAL_SUFFIX = '.journal.jsonl';

/** The journal of a run: the file itself, or `<name>.journal.jsonl` beside `<name>.result.<ext>`. */
export function journalOfSource(source: string): string {
  if (source.endsWith(JOURNAL_SUFFIX)) return source;
  const name = basename(source, extname(source)).replace(/\.result$/, '');
  return join(dirname(source), `${name}${JOURNAL_SUFFIX}`);
}

export async function runUndo(o: UndoRunOptions): Promise<RunSummary> {
  const startedAt = Date.now();
  const journalFile = journalOfSource(o.source);
  if (!existsSync(journalFile)) {
    throw localizedRunError('UNDO_SOURCE_INVALID', 'undo.notAJournal', {
      path: o.source,
      journal: journalFile,
    });
  }
  // The run undone must not be running (its journal still growing), nor be resumed while undone.
  const lock = lockJournal(journalFile);
  try {
    return await undoJournal(o, journalFile, startedAt);
  } finally {
    lock.release();
  }
}

async function undoJournal(o: UndoRunOptions, journalFile: string, startedAt: number): Promise<RunSummary> {
  const state = readJournal(journalFile);
  if (!state) throw localizedRunError('UNDO_SOURCE_INVALID', 'undo.notAJournalFile', { path: journalFile });
  const entity = state.header.entity;
  const changes = changesOf(state).reverse();
  if (changes.length === 0) o.logger.info(t('undo.nothingToUndo', { journal: journalFile }));

  const name = basename(journalFile, JOURNAL_SUFFIX);
  const dir = o.outDir ?? dirname(journalFile);
  if (o.outDir) await createOutDir(o.outDir);
  const format = formatOf(o.source, state);
  const undoInput = join(dir, `${name}.undo.${format}`);
  const journal = o.plan ? undefined : await openUndoJournal(o, journalFile, undoInput, entity);
  let writer: ResultWriter;
  try {
    writer = await openResultWriter({
      inputPath: undoInput,
      format,
      headers: UNDO_COLUMNS,
      rawHeaders: UNDO_COLUMNS,
      outDir: dir,
      ...(o.plan
        ? {
            resultPath: join(dir, `${name}.undo-plan.${format}`),
            errorsPath: join(dir, `${name}.undo-plan.errors.${format}`),
          }
        : {}),
    });
  } catch (err) {
    journal?.writer.discardIfEmpty();
    throw err;
  }
  const tally = new OutcomeTally(writer);
  // undo --plan says what it would do per action (`delete 120`), not `valid 120` (docs/UNDO.md).
  const undoActions: Partial<Record<UndoAction, number>> = {};
  const grace = createStopGrace(o.signal, runLimits(o.runtime).stopGraceMs);
  try {
    const { connectForImport } = await import('../api/index.js');
    const client = await connectForImport(o);
    const send = await createUndoSender({
      client,
      entity,
      // --plan writes no journal: a writer never opened writes nothing.
      journal: journal?.writer ?? new JournalWriter(join(dir, `${name}.undo-plan.unused`)),
      previous: journal?.previous,
      logger: o.logger,
      rowCalls: runLimits(o.runtime).rowCalls,
      plan: o.plan,
    });
    if (o.confirm && !o.plan) {
      await o.confirm(await countUndo(send, entity, changes, journal?.previous, o.signal), entity);
    }
    const window = new OrderedWindow<RowOutcome>(WINDOW, async (outcome) => {
      await tally.write(outcome);
      const action = outcome.source.cells.undo as UndoAction;
      if (o.plan && outcome.status === 'valid') undoActions[action] = (undoActions[action] ?? 0) + 1;
      o.progress.update(tally.total, outcome.status);
    });
    o.progress.start(changes.length);
    for (const [i, change] of changes.entries()) {
      if (o.signal.aborted) break;
      const rowNumber = i + 2; // the undo sheet's row, as Excel numbers it (header = 1)
      const source: SourceRow = { rowNumber, cells: cellsOf(entity, change, 'none') };
      const done = journal?.previous?.done.get(rowNumber);
      if (done) {
        const action = done.issues.length === 0 ? actionOf(entity, change) : 'none';
        const cells = cellsOf(entity, change, action);
        await window.add(Promise.resolve({ ...done, source: { rowNumber, cells } }));
        continue;
      }
      // Let go when stopped: in doubt only if its request had left (journaled) — in this undo, or in
      // the killed one it resumes; else `not_sent`, and --resume sends it.
      const letGo = () =>
        journal?.writer.isSending(rowNumber) || journal?.previous?.sending.has(rowNumber)
          ? interruptedOutcome(source, undefined, true)
          : interruptedOutcome(source);
      const work = send(source, change).then(
        (r) => outcomeOf(entity, source, change, r),
        (err: unknown) => {
          if (!isInterrupted(err)) throw err;
          return letGo();
        },
      );
      await window.add(grace.bound(work, letGo));
    }
    await window.drain();
  } catch (err) {
    await abandonImport(writer, journal);
    throw err;
  } finally {
    o.progress.stop();
    grace.dispose();
  }
  let written: Awaited<ReturnType<ResultWriter['close']>>;
  try {
    written = await writer.close();
  } catch (err) {
    journal?.writer.close();
    throw err;
  }
  const interrupted = o.signal.aborted ? (String(o.signal.reason) as 'SIGINT' | 'SIGTERM') : undefined;
  if (journal && !interrupted) journal.writer.end();
  journal?.writer.close();
  if (o.plan) o.logger.info(t('undo.planWritten', { path: written.resultPath }));
  const durationMs = Date.now() - startedAt;
  return {
    command: 'undo',
    entity,
    mode: o.plan ? '--plan' : undefined,
    total: tally.total,
    counts: tally.counts,
    ...(o.plan ? { undoActions } : {}),
    durationMs,
    rate: handledRows(tally) / Math.max(durationMs / 1000, 0.001),
    files: { result: written.resultPath, errors: written.errorsPath, journal: journal?.writer.path },
    warnings: [],
    interrupted,
    inDoubtRows: tally.inDoubtRows,
    codes: Object.fromEntries([...tally.codes].sort(([a], [b]) => (a < b ? -1 : 1))),
  };
}

/**
 * The undo's journal, by the re-run rules keyed on the SHA-256 of the journal it undoes: a second
 * undo of the same run is ALREADY_UNDONE (nothing to do), an interrupted one asks for --resume.
 */
async function openUndoJournal(
  o: UndoRunOptions,
  journalFile: string,
  undoInput: string,
  entity: string,
): Promise<RunJournal> {
  const path = journalPath(dirname(undoInput), undoInput);
  try {
    return await openRunJournal(path, await fingerprint(journalFile), {
      entity,
      mode: 'undo',
      resume: o.resume,
    });
  } catch (err) {
    if (!isRunError(err) || err.code !== 'ALREADY_IMPORTED') throw err;
    const at = new Date(readJournal(path)?.endedAt ?? 0);
    throw localizedRunError('ALREADY_UNDONE', 'undo.alreadyUndone', {
      journal: journalFile,
      at,
      result: join(
        dirname(undoInput),
        `${basename(undoInput, extname(undoInput))}.result${extname(undoInput)}`,
      ),
    });
  }
}

function formatOf(source: string, state: JournalState): 'csv' | 'xlsx' {
  const from = source.endsWith(JOURNAL_SUFFIX) ? state.header.input.name : source;
  return extname(from).toLowerCase() === '.xlsx' ? 'xlsx' : 'csv';
}

/** What undo does to a change that succeeded: the inverse of what the run did. */
function actionOf(entity: string, change: RunChange): UndoAction {
  if (entity === 'visits') return 'none';
  if (change.did === 'created') return entity === 'orders' ? 'cancel' : 'delete';
  return change.did === 'updated' ? 'restore' : 'recreate';
}

function text(value: unknown): string {
  return value === undefined || value === null ? '' : String(value);
}

function cellsOf(entity: string, change: RunChange, action: UndoAction, fields = ''): Record<string, string> {
  const key = change.key ?? change.before?.ext_cust_no ?? change.before?.ext_product_code;
  return {
    entity,
    change: change.did,
    undo: action,
    row: String(change.row),
    key: text(key),
    old_id: text(change.id),
    fields,
  };
}

function outcomeOf(entity: string, source: SourceRow, change: RunChange, r: UndoResult): RowOutcome {
  return {
    source: { ...source, cells: cellsOf(entity, change, r.action, r.fields ?? '') },
    status: r.status,
    id: r.id,
    issues: r.issues,
    attempts: r.attempts,
  };
}
