/**
 * The one row pipeline: read → map → decide → send → write. `validate` and `import` are this
 * pipeline with different parts (a run kind); the entity supplies the map/decide/send steps.
 */
import type { TableEntity } from '../map/index.js';
import { errorLimitText, runLimits } from '../config/index.js';
import { OrderedWindow, createStopGrace } from '../push/index.js';
import type { RowOutcome } from '../types.js';
import { openImportFiles, openImportJournal } from './files.js';
import { OutcomeTally, abandonImport, finishImport } from './finish.js';
import type { RowRunOptions } from './options.js';
import type { RowSteps, RunKind, SendStep, StepContext } from './steps.js';
import { StopGuards } from './stop-guards.js';
import type { RunSummary } from './summary.js';

export interface EntitySteps {
  table: TableEntity | 'orders';
  /** Whether to screen the file's keys for DUPLICATE_IN_FILE on the read-through. */
  screenKeys: boolean;
  /** Whether the file has a date column whose order the read-through notes (docs/DATES.md). */
  screenDates?: boolean;
  create(ctx: StepContext): Promise<RowSteps>;
}

export async function runRows(given: RowRunOptions, kind: RunKind, entity: EntitySteps): Promise<RunSummary> {
  const startedAt = Date.now();
  // The run stops on a signal (the caller's) or when a guard trips (stop-guards.ts): one signal for both.
  const stopper = linkedStop(given.signal);
  const o: RowRunOptions = { ...given, signal: stopper.signal };
  const files = await openImportFiles(o, entity.table, {
    screenKeys: entity.screenKeys,
    screenDates: entity.screenDates,
    readThroughFirst: kind.sends || kind.reads === true,
    openWriter: kind.openWriter,
  });
  const { source, binding, writer, screen } = files;
  const tally = new OutcomeTally(writer);
  const limits = runLimits(o.runtime);
  const guards = kind.sends
    ? new StopGuards({
        maxErrors: limits.maxErrors(files.total),
        maxErrorsText: o.runtime.maxErrors && errorLimitText(o.runtime.maxErrors),
        systemicSample: limits.systemicSample,
        stop: (reason) => stopper.abort(reason),
      })
    : undefined;
  // Rows are counted for the progress as each is decided, not as the result sheet gets them in
  // order: a row waiting for a retry would hold the counter back, then let it jump by every row
  // done behind it. A create counts when it is answered, not a second later when the batched
  // lookup of created ids (push/created-ids.ts) brings its id: that wait made the counter jump too.
  let decided = 0;
  const countedEarly = new Set<number>();
  const decidedEarly = (rowNumber: number) => {
    countedEarly.add(rowNumber);
    o.progress.update(++decided, 'created');
  };
  const onDecided = (outcome: RowOutcome): RowOutcome => {
    if (!countedEarly.delete(outcome.source.rowNumber)) o.progress.update(++decided, outcome.status);
    // Rows an earlier run finished, replayed from the journal by --resume, were counted by that run.
    if (!send?.journal.previous?.done.has(outcome.source.rowNumber)) guards?.observe(outcome);
    return outcome;
  };
  const grace = createStopGrace(o.signal, limits.stopGraceMs);
  let send: SendStep | undefined;
  try {
    if (kind.sends)
      send = {
        journal: await openImportJournal(o, writer, files.input),
        connect: () => connectFor(o),
      };
    const look = kind.reads ? { connect: () => connectFor(o) } : undefined;
    const steps = await entity.create({
      o,
      binding,
      screen,
      send,
      look,
      grace,
      deleteKeys: files.deleteKeys,
      dateOrder: files.dateOrder,
      decimalComma: files.source.delimiter === ';',
      decided: decidedEarly,
    });
    const window = new OrderedWindow<RowOutcome>(steps.window, tally.write);
    o.progress.start(files.total);
    for await (const { work } of steps.outcomes(source.rows())) await window.add(work.then(onDecided));
    await window.drain();
  } catch (err) {
    await abandonImport(writer, send?.journal);
    throw err;
  } finally {
    o.progress.stop();
    grace.dispose();
    await source.close();
  }
  return finishImport(given, kind, files, send?.journal, tally, startedAt, guards?.reason);
}

/** A signal that aborts with `parent`, or on its own with `abort(reason)`. */
function linkedStop(parent: AbortSignal): AbortController {
  const controller = new AbortController();
  if (parent.aborted) controller.abort(parent.reason);
  else parent.addEventListener('abort', () => controller.abort(parent.reason), { once: true });
  return controller;
}

async function connectFor(o: RowRunOptions) {
  // Loaded here: `validate` never sends, and need not load the HTTP client.
  const { connectForImport } = await import('../api/index.js');
  return connectForImport(o);
}
