/**
 * run/: orchestration, the only door into this folder. Every run kind lives here; nothing below
 * (read, map, push, api, write, …) imports it. The CLI (and the coming web page) call these.
 *
 * Export, doctor and demo are loaded on first call, so that `validate` — which sends nothing —
 * does not load the HTTP client or the sandbox.
 */
import type { ConnectionConfig, RuntimeConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { DemoOptions } from './demo.js';
import type { DoctorReport } from './doctor.js';
import type { ExportRunOptions } from './export.js';
import type { RunSummary } from './summary.js';
import type { UndoRunOptions } from './undo.js';

export { runImport, runValidate } from './import.js';
export { runPlan } from './plan.js';
export { runApply, type ApplyRunOptions } from './apply.js';
export { previewRows, type RowPreview } from './preview.js';
export { loadMapping } from './mapping-file.js';
export { journalPath } from './files.js';
export { countUndoOfJournal, recordsToConfirm, type UndoCounts } from './undo-count.js';
export type { FieldImportOptions, RowRunOptions } from './options.js';
export { type RunSummary } from './summary.js';
export { noProgress, type ProgressSink } from './progress.js';
export { withDelivery, withImportNotice, type AfterRunContext } from './after-run.js';
export type { DemoOptions, DoctorReport, ExportRunOptions, UndoRunOptions };

export async function runExport(o: ExportRunOptions): Promise<RunSummary> {
  return (await import('./export.js')).runExport(o);
}

export async function runDemo(o: DemoOptions): Promise<RunSummary[]> {
  return (await import('./demo.js')).runDemo(o);
}

export async function runDoctor(
  connection: ConnectionConfig,
  runtime: RuntimeConfig,
  logger: Logger,
): Promise<DoctorReport> {
  return (await import('./doctor.js')).runDoctor(connection, runtime, logger);
}

/** Takes back what a run changed, from its journal (docs/UNDO.md). */
export async function runUndo(o: UndoRunOptions): Promise<RunSummary> {
  return (await import('./undo.js')).runUndo(o);
}
