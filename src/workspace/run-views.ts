/**
 * A run as the page is given it: its record, the live progress of a run going on, what may follow it
 * (resume, undo, apply: run-rules.ts) and its files under the names the person knows them by.
 */
import type { Lang } from '../i18n/index.js';
import type { RunSummary } from '../run/index.js';
import { plainNames } from './plain-names.js';
import type { RunRules } from './run-rules.js';
import type { RunRecord } from './run-store.js';
import type { Progress, RunView, SummaryView } from './types.js';

/** `progress`: the live figures of a run going on; undefined for a run that is over. */
export function viewOf(record: RunRecord, rules: RunRules, lang: Lang, progress?: Progress): RunView {
  const over = progress === undefined;
  return {
    id: record.id,
    kind: record.kind,
    entity: record.entity,
    mode: record.mode,
    uploadId: record.uploadId,
    fileName: record.fileName,
    state: record.state,
    startedAt: record.startedAt,
    endedAt: record.endedAt,
    progress: progress ?? record.progress,
    summary: record.summary,
    files: record.files,
    downloadNames: Object.fromEntries(record.files.map((f) => [f, downloadName(record, f)])),
    error: record.error && { code: record.error.code, message: record.error.messages[lang] ?? '' },
    resumable: over && rules.isResumable(record),
    resumes: record.resumes,
    source: record.source,
    undoable: over && rules.isUndoable(record),
    applicable: over && rules.isApplicable(record),
    reading: record.reading,
  };
}

/** `<upload id>.result.csv` → `pelanggan.result.csv`: the name the person uploaded, the run's suffix. */
function downloadName(record: RunRecord, file: string): string {
  const base = record.fileName.replace(/\.[^.]*$/, '') || 'upload';
  return file.startsWith(record.uploadId) ? base + file.slice(record.uploadId.length) : file;
}

export function summaryView(s: RunSummary, names: Array<[string, string]>): SummaryView {
  return {
    total: s.total,
    counts: s.counts,
    codes: s.codes ?? {},
    durationMs: s.durationMs,
    rate: s.rate,
    inDoubtRows: s.inDoubtRows ?? [],
    warnings: s.warnings.map((w) => plainNames(w, names)),
    ...(s.actions ? { actions: s.actions } : {}),
    ...(s.undoActions ? { undoActions: s.undoActions } : {}),
  };
}
