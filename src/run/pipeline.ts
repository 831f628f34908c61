/**
 * The one row pipeline: read → map → decide → send → write. `validate` and `import` are this
 * pipeline with different parts (a run kind); the entity supplies the map/decide/send steps.
 */
import type { TableEntity } from '../map/index.js';
import { runLimits } from '../config/index.js';
import { OrderedWindow, createStopGrace } from '../push/index.js';
import type { RowOutcome } from '../types.js';
import { openImportFiles, openImportJournal } from './files.js';
import { OutcomeTally, abandonImport, finishImport } from './finish.js';
import type { RowRunOptions } from './options.js';
import type { RowSteps, RunKind, SendStep, StepContext } from './steps.js';
import type { RunSummary } from './summary.js';

export interface EntitySteps {
  table: TableEntity | 'orders';
  /** Whether to screen the file's keys for DUPLICATE_IN_FILE on the read-through. */
  screenKeys: boolean;
  create(ctx: StepContext): Promise<RowSteps>;
}

export async function runRows(o: RowRunOptions, kind: RunKind, entity: EntitySteps): Promise<RunSummary> {
  const startedAt = Date.now();
  const files = await openImportFiles(o, entity.table, {
    screenKeys: entity.screenKeys,
    readThroughFirst: kind.sends,
  });
  const { source, binding, writer, screen } = files;
  const tally = new OutcomeTally(writer, o.progress);
  const grace = createStopGrace(o.signal, runLimits(o.runtime).stopGraceMs);
  let send: SendStep | undefined;
  try {
    if (kind.sends)
      send = {
        journal: await openImportJournal(o, writer, files.input),
        connect: () => connectFor(o),
      };
    const steps = await entity.create({ o, binding, screen, send, grace, deleteKeys: files.deleteKeys });
    const window = new OrderedWindow<RowOutcome>(steps.window, tally.write);
    o.progress.start(files.total);
    for await (const { work } of steps.outcomes(source.rows())) await window.add(work);
    await window.drain();
  } catch (err) {
    await abandonImport(writer, send?.journal);
    throw err;
  } finally {
    o.progress.stop();
    grace.dispose();
    await source.close();
  }
  return finishImport(o, kind, files, send?.journal, tally, startedAt);
}

async function connectFor(o: RowRunOptions) {
  // Loaded here: `validate` never sends, and need not load the HTTP client.
  const { connectForImport } = await import('../api/index.js');
  return connectForImport(o);
}
