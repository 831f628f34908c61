/**
 * The run host: runs of the run layer (validate, import, plan, apply, undo: run-call.ts) started by the page, going on in
 * the server whether or not a browser watches, one per upload at a time. Each run's state and
 * progress go to its listeners as ordered events; a cancel stops it as Ctrl-C stops the CLI (no
 * waiting request leaves, those in flight settle, the journal stays resumable).
 */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { requireCredentials } from '../config/index.js';
import { isRunError } from '../errors.js';
import { inLanguage, localizedRunError, runErrorLine, runErrorText, type Lang } from '../i18n/index.js';
import { journalPath, type RowRunOptions, type RunSummary } from '../run/index.js';
import { refuseMode } from './modes.js';
import { callRunLayer } from './run-call.js';
import { pageNames, plainNames } from './plain-names.js';
import { watchProgress, type ProgressWatch } from './run-progress.js';
import { RunStore, type RunRecord } from './run-store.js';
import { readPlanChanges } from './plan-changes.js';
import type {
  PlanChange,
  RunEvent,
  RunListener,
  RunView,
  StartRequest,
  SummaryView,
  WorkspaceOptions,
} from './types.js';
import { isGeneratedId, type Uploads } from './uploads.js';

interface LiveRun {
  record: RunRecord;
  controller: AbortController;
  progress: ProgressWatch;
  listeners: Set<RunListener>;
  seq: number;
  settled: Promise<void>;
  /** Paths in the run layer's messages → the names the page shows (plain-names.ts). */
  names: Array<[string, string]>;
  /** Why it was stopped: a cancel (`cancelled`) or the server closing (`interrupted`). */
  stoppedAs?: 'cancelled' | 'interrupted';
}

export class RunHost {
  private readonly store: RunStore;
  private readonly runs = new Map<string, RunRecord>();
  private readonly live = new Map<string, LiveRun>();
  private readonly now: () => number;

  constructor(
    private readonly o: WorkspaceOptions,
    private readonly uploads: Uploads,
  ) {
    this.store = new RunStore(o.dataDir);
    this.now = o.now ?? Date.now;
    mkdirSync(this.store.dir, { recursive: true });
    for (const record of this.store.loadAll()) this.runs.set(record.id, record);
  }

  async start(request: StartRequest): Promise<RunView> {
    // An apply carries out a plan run, an undo takes back a run: theirs are the upload, entity and mode.
    const origin =
      request.kind === 'apply'
        ? this.origin(request.plan, (r) => this.isApplicable(r))
        : request.kind === 'undo'
          ? this.origin(request.source, (r) => this.isUndoable(r))
          : undefined;
    const upload = await this.uploads.get(origin?.uploadId ?? request.uploadId);
    const busy = [...this.live.values()].find((r) => r.record.uploadId === upload.id);
    // Named by when it started, as the Runs page lists it: its id means nothing to a person.
    if (busy)
      throw localizedRunError('RUN_BUSY', 'workspace.runBusy', { at: new Date(busy.record.startedAt) });
    if (request.kind !== 'validate') requireCredentials(this.o.connection);
    const entity = origin?.entity ?? request.entity;
    const mode = origin?.mode ?? request.mode ?? 'create';
    // validate, plan and import refuse a mode the entity has not alike (import alone used to).
    if (!origin) refuseMode(entity, mode);
    const id: string = randomUUID();
    let dir = id;
    let resumes: string | undefined;
    let reading: RunRecord['reading'] = {
      sheet: request.sheet,
      mapping: request.mapping,
      blank: request.blank,
    };
    if (request.kind === 'resume') {
      const previous = this.resumable(upload.id, request.entity, mode);
      if (!previous) throw localizedRunError('JOURNAL_NOT_FOUND', 'workspace.nothingToResume');
      dir = previous.dir;
      resumes = previous.id;
      // The same sheet, mapping and blank rule as the run it continues, unless the request says.
      reading = {
        sheet: request.sheet ?? previous.reading?.sheet,
        mapping: request.mapping ?? previous.reading?.mapping,
        blank: request.blank ?? previous.reading?.blank,
      };
    } else if (request.kind === 'import') {
      // Imports of one upload share a folder, as CLI runs with one --out-dir do: the journal's
      // re-run rules then hold (an unfinished run is resumed, not started again; a file imported
      // to the end is ALREADY_IMPORTED unless `again`).
      dir = this.importsOf(upload.id)[0]?.dir ?? id;
    } else if (request.kind === 'undo' && origin) {
      // Beside the journal it takes back: the undo's own journal there makes a second undo ALREADY_UNDONE.
      dir = origin.dir;
    }
    const record: RunRecord = {
      id,
      kind: request.kind,
      entity,
      mode,
      uploadId: upload.id,
      fileName: upload.originalName,
      dir,
      state: 'running',
      startedAt: new Date(this.now()).toISOString(),
      progress: { done: 0, rate: 0 },
      files: [],
      resumes,
      source: origin?.id,
      undoPlan: request.kind === 'undo' ? request.undoPlan === true : undefined,
      reading,
    };
    mkdirSync(join(this.store.dir, id), { recursive: true });
    this.store.save(record);
    this.runs.set(id, record);

    const controller = new AbortController();
    const run: LiveRun = {
      record,
      controller,
      listeners: new Set(),
      seq: 0,
      settled: Promise.resolve(),
      names: pageNames(this.store.folderOf(record), this.uploads.dir, upload),
      progress: watchProgress(this.now, this.o.progressEveryMs ?? 250, (progress) => {
        record.progress = progress;
        this.emit(run, { type: 'progress', progress });
      }),
    };
    this.live.set(id, run);
    const options: RowRunOptions = {
      entity,
      file: this.uploads.pathOf(upload),
      mode,
      blank: reading.blank ?? 'ignore',
      read: { sheet: reading.sheet, limits: this.o.readLimits },
      mapping: reading.mapping,
      outDir: this.store.folderOf(record),
      resume: request.kind === 'resume',
      again: request.again,
      connection: this.o.connection,
      runtime: this.o.runtime,
      logger: this.o.logger.child({ run: id }),
      progress: run.progress,
      signal: controller.signal,
      field: { skipExisting: true },
    };
    const call = {
      kind: request.kind,
      options,
      planFile: origin && request.kind === 'apply' ? this.planFileOf(origin) : undefined,
      journal: origin && request.kind === 'undo' ? this.journalOf(origin) : undefined,
      undoPlan: request.undoPlan,
    };
    // Started on the next turn, so a caller can subscribe before the first event.
    // In the page's language, as `--lang` gives the CLI's runs theirs; other runs keep their own.
    const lang = request.lang ?? this.o.lang;
    run.settled = Promise.resolve()
      .then(() => inLanguage(lang, () => callRunLayer(call)))
      .then(
        (summary) => this.finish(run, summary),
        (err: unknown) => this.fail(run, err),
      );
    return this.view(record);
  }

  get(id: string, lang?: Lang): RunView | undefined {
    const record = isGeneratedId(id) ? this.runs.get(id) : undefined;
    return record && this.view(record, lang);
  }

  list(lang?: Lang): RunView[] {
    return [...this.runs.values()]
      .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0))
      .map((r) => this.view(r, lang));
  }

  subscribe(id: string, listener: RunListener): () => void {
    const run = this.live.get(id);
    if (!run) return () => undefined;
    run.listeners.add(listener);
    return () => run.listeners.delete(listener);
  }

  cancel(id: string): RunView | undefined {
    const run = this.live.get(id);
    if (run && !run.controller.signal.aborted) {
      run.stoppedAs = 'cancelled';
      // The reason a Ctrl-C gives: the run layer stops the same way and says so in its summary.
      run.controller.abort('SIGINT');
    }
    return this.get(id);
  }

  /** The absolute path of `name` if run `id` produced a file of that name, else undefined. */
  file(id: string, name: string): string | undefined {
    const record = isGeneratedId(id) ? this.runs.get(id) : undefined;
    if (!record || !record.files.includes(name) || basename(name) !== name || name.startsWith('.')) {
      return undefined;
    }
    return join(this.store.folderOf(record), name);
  }

  /** A finished plan's changes, from its plan sheet; undefined for any other run. */
  async planChanges(id: string, limit = 200): Promise<{ rows: PlanChange[]; total: number } | undefined> {
    const record = isGeneratedId(id) ? this.runs.get(id) : undefined;
    if (!record || record.kind !== 'plan' || record.state !== 'done') return undefined;
    const sheet = record.files.find((f) => /\.plan\.(xlsx|csv)$/.test(f));
    if (!sheet) return undefined;
    return readPlanChanges(join(this.store.folderOf(record), sheet), limit, this.o.readLimits);
  }

  /** Stops every run (`interrupted`: a resume continues it) and waits for them to settle. */
  async close(): Promise<void> {
    for (const run of this.live.values()) {
      run.stoppedAs ??= 'interrupted';
      run.controller.abort('SIGTERM');
    }
    await Promise.all([...this.live.values()].map((r) => r.settled));
  }

  /** The run an apply or undo starts from, when it may: else RUN_NOT_FOUND. */
  private origin(id: string | undefined, may: (record: RunRecord) => boolean): RunRecord {
    const record = id !== undefined && isGeneratedId(id) ? this.runs.get(id) : undefined;
    if (!record || this.live.has(record.id) || !may(record)) {
      throw localizedRunError('RUN_NOT_FOUND', 'workspace.noSuchRun', { run: String(id) });
    }
    return record;
  }

  /** A plan that reached its end has its companion; apply reads it. */
  private planFileOf(record: RunRecord): string | undefined {
    const name = record.files.find((f) => f.endsWith('.plan.json'));
    return name && join(this.store.folderOf(record), name);
  }

  private isApplicable(record: RunRecord): boolean {
    return record.kind === 'plan' && record.state === 'done' && this.planFileOf(record) !== undefined;
  }

  /** The journal of an import, resume or apply. */
  private journalOf(record: RunRecord): string {
    return journalPath(this.store.folderOf(record), record.uploadId);
  }

  /** An import, resume or apply that ended or was stopped, its journal there: undo takes it back. */
  private isUndoable(record: RunRecord): boolean {
    if (!['import', 'resume', 'apply'].includes(record.kind) || record.state === 'running') return false;
    if (record.state === 'failed') return false;
    return existsSync(this.journalOf(record));
  }

  /** The upload's imports and resumes, newest first. */
  private importsOf(uploadId: string): RunRecord[] {
    return [...this.runs.values()]
      .filter((r) => r.uploadId === uploadId && (r.kind === 'import' || r.kind === 'resume'))
      .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  }

  /** The newest import of the upload, when it is of this entity and mode and its journal is unfinished. */
  private resumable(uploadId: string, entity: string, mode: string): RunRecord | undefined {
    const latest = this.importsOf(uploadId)[0];
    const same = latest?.entity === entity && latest.mode === mode;
    return same && this.isResumable(latest) ? latest : undefined;
  }

  /** The journal is named after the input, `<upload id>.journal.jsonl`, in the run's folder. */
  private isResumable(record: RunRecord): boolean {
    if (record.kind !== 'import' && record.kind !== 'resume') return false;
    return this.store.isResumable(record, journalPath(this.store.folderOf(record), record.uploadId));
  }

  private finish(run: LiveRun, summary: RunSummary): void {
    const { record } = run;
    record.progress = run.progress.current();
    record.summary = summaryView(summary, run.names);
    record.files = [summary.files.result, summary.files.errors, summary.files.journal, summary.files.plan]
      .filter((f): f is string => f !== undefined)
      .map((f) => basename(f));
    record.state = summary.interrupted ? (run.stoppedAs ?? 'interrupted') : 'done';
    this.supersede(record);
    this.end(run);
  }

  /** Earlier runs in the same folder no longer own the files this run wrote over theirs. */
  private supersede(record: RunRecord): void {
    for (const other of this.runs.values()) {
      if (other === record || other.dir !== record.dir) continue;
      const kept = other.files.filter((f) => !record.files.includes(f));
      if (kept.length === other.files.length) continue;
      other.files = kept;
      this.store.save(other);
    }
  }

  private fail(run: LiveRun, err: unknown): void {
    const { record } = run;
    record.progress = run.progress.current();
    const code = isRunError(err) ? err.code : 'INTERNAL';
    // Nothing left to do is no failure: a finished run resumed, a run undone twice (its message says so).
    if (code === 'RUN_COMPLETE' || code === 'ALREADY_UNDONE') record.state = 'done';
    else if (code === 'INTERRUPTED' && run.stoppedAs) record.state = run.stoppedAs;
    else record.state = 'failed';
    if (record.state === 'failed') this.o.logger.error({ err, run: record.id }, 'web run failed');
    const text = (lang: Lang) =>
      plainNames(isRunError(err) ? runErrorText(err, lang) : runErrorLine(err, lang), run.names);
    record.error = { code, messages: { en: text('en'), id: text('id') } };
    this.end(run);
  }

  private end(run: LiveRun): void {
    const { record } = run;
    record.endedAt = new Date(this.now()).toISOString();
    this.store.save(record);
    this.live.delete(record.id);
    this.emit(run, { type: 'state', run: this.view(record) });
    run.listeners.clear();
  }

  private emit(
    run: LiveRun,
    event: { type: 'state'; run: RunView } | { type: 'progress'; progress: RunView['progress'] },
  ): void {
    const full: RunEvent = { ...event, seq: ++run.seq };
    for (const listener of run.listeners) {
      try {
        listener(full);
      } catch (err) {
        this.o.logger.warn({ err }, 'a run listener failed');
      }
    }
  }

  private view(record: RunRecord, lang: Lang = this.o.lang): RunView {
    const running = this.live.has(record.id);
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
      progress: running ? (this.live.get(record.id) as LiveRun).progress.current() : record.progress,
      summary: record.summary,
      files: record.files,
      downloadNames: Object.fromEntries(record.files.map((f) => [f, downloadName(record, f)])),
      error: record.error && { code: record.error.code, message: record.error.messages[lang] ?? '' },
      resumable: !running && this.isResumable(record),
      resumes: record.resumes,
      source: record.source,
      undoable: !running && this.isUndoable(record),
      applicable: !running && this.isApplicable(record),
    };
  }
}

/** `<upload id>.result.csv` → `pelanggan.result.csv`: the name the person uploaded, the run's suffix. */
function downloadName(record: RunRecord, file: string): string {
  const base = record.fileName.replace(/\.[^.]*$/, '') || 'upload';
  return file.startsWith(record.uploadId) ? base + file.slice(record.uploadId.length) : file;
}

function summaryView(s: RunSummary, names: Array<[string, string]>): SummaryView {
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
