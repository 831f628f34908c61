/**
 * The run host: runs of the run layer (validate, import, plan, apply, undo: run-call.ts) started by the page, going on in
 * the server whether or not a browser watches, one per upload at a time. Each run's state and
 * progress go to its listeners as ordered events; a cancel stops it as Ctrl-C stops the CLI (no
 * waiting request leaves, those in flight settle, the journal stays resumable).
 */
import { randomUUID } from 'node:crypto';
import { basename, join } from 'node:path';
import { requireCredentials } from '../config/index.js';
import { isRunError, type RunError } from '../errors.js';
import {
  inLanguage,
  localizedRunError,
  safeRunErrorLine,
  safeRunErrorText,
  type Lang,
} from '../i18n/index.js';
import { recordsToConfirm, type RowRunOptions, type RunSummary } from '../run/index.js';
import { UndoCountCache, requireTyped } from './confirm-count.js';
import { refuseMode } from './modes.js';
import { callRunLayer } from './run-call.js';
import { pageNames, plainNames } from './plain-names.js';
import { watchProgress, type ProgressWatch } from './run-progress.js';
import { RunHistory } from './run-history.js';
import { RunRules, type StartShape } from './run-rules.js';
import type { RunRecord } from './run-store.js';
import { summaryView, viewOf } from './run-views.js';
import { readPlanChanges } from './plan-changes.js';
import type { PlanChange, RunEvent, RunListener, RunView, StartRequest, WorkspaceOptions } from './types.js';
import type { Uploads } from './uploads.js';

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

/**
 * The run layer's ALREADY_IMPORTED names the journal's path and `--again`: on the page, where the other
 * upload's folder is no name the person knows and a button imports once more, the page's own words.
 */
function pageError(err: RunError): RunError {
  if (err.code !== 'ALREADY_IMPORTED') return err;
  return localizedRunError('ALREADY_IMPORTED', 'webUser.alreadyImported', {
    at: err.localized?.params?.at ?? '',
  });
}

export class RunHost {
  private readonly history: RunHistory;
  private readonly rules: RunRules;
  private readonly live = new Map<string, LiveRun>();
  private readonly now: () => number;
  private readonly undoCountCache = new UndoCountCache();

  constructor(
    private readonly o: WorkspaceOptions,
    private readonly uploads: Uploads,
  ) {
    this.history = new RunHistory(o.dataDir);
    this.rules = new RunRules(this.history, (id) => this.live.has(id));
    this.now = o.now ?? Date.now;
  }

  async start(request: StartRequest): Promise<RunView> {
    // An apply carries out a plan run, an undo takes back a run, a resume continues a stopped run:
    // theirs are the upload, entity and mode (run-rules.ts).
    const shape = this.rules.shape(request);
    const from = shape.previous ?? shape.origin;
    // A run that deletes starts only with the number typed (docs/GUARDS.md): refused before it starts.
    // A resume continues what was confirmed when the run started, and asks nothing again.
    const confirmed = shape.origin && !shape.previous ? this.toConfirm(shape, request) : undefined;
    if (confirmed !== undefined) requireTyped(confirmed, request.confirmed);
    // An import that deletes would delete before anyone saw the number: on the page it goes through a plan.
    if (request.kind === 'import' && request.mode === 'delete') {
      throw localizedRunError('DELETE_NOT_CONFIRMED', 'confirm.deleteThroughPlan');
    }
    const upload = await this.uploads.get(from?.uploadId ?? request.uploadId);
    const busy = [...this.live.values()].find((r) => r.record.uploadId === upload.id);
    // Named by when it started, as the Runs page lists it: its id means nothing to a person.
    if (busy)
      throw localizedRunError('RUN_BUSY', 'workspace.runBusy', { at: new Date(busy.record.startedAt) });
    if (request.kind !== 'validate') requireCredentials(this.o.connection);
    const previous =
      shape.kind === 'resume'
        ? (shape.previous ?? this.rules.stoppedImport(request, upload.id))
        : shape.previous;
    const { origin } = shape;
    const entity = previous?.entity ?? origin?.entity ?? request.entity;
    const mode = previous?.mode ?? origin?.mode ?? request.mode ?? 'create';
    // validate, plan and import refuse a mode the entity has not alike (import alone used to).
    if (!origin && !previous) refuseMode(entity, mode);
    const id: string = randomUUID();
    let dir = id;
    let reading: RunRecord['reading'] = {
      sheet: request.sheet,
      mapping: request.mapping,
      blank: request.blank,
    };
    if (previous) {
      // In the folder of the run it continues, its journal there; the same sheet, mapping and blank
      // rule as that run, unless the request says.
      dir = previous.dir;
      reading = {
        sheet: request.sheet ?? previous.reading?.sheet,
        mapping: request.mapping ?? previous.reading?.mapping,
        blank: request.blank ?? previous.reading?.blank,
      };
    } else if (shape.kind === 'import') {
      // Imports of one upload share a folder, as CLI runs with one --out-dir do: the journal's
      // re-run rules then hold (an unfinished run is resumed, not started again; a file imported
      // to the end is ALREADY_IMPORTED unless `again`).
      dir = this.history.importsOf(upload.id)[0]?.dir ?? id;
    } else if (shape.kind === 'undo' && origin) {
      // Beside the journal it takes back: the undo's own journal there makes a second undo ALREADY_UNDONE.
      dir = origin.dir;
    }
    const record: RunRecord = {
      id,
      kind: shape.kind,
      entity,
      mode,
      uploadId: upload.id,
      fileName: upload.originalName,
      dir,
      state: 'running',
      startedAt: new Date(this.now()).toISOString(),
      progress: { done: 0, rate: 0 },
      files: [],
      resumes: previous?.id,
      source: origin?.id,
      undoPlan: shape.kind === 'undo' ? request.undoPlan === true && !previous : undefined,
      reading,
    };
    this.history.add(record);

    const controller = new AbortController();
    const run: LiveRun = {
      record,
      controller,
      listeners: new Set(),
      seq: 0,
      settled: Promise.resolve(),
      names: pageNames(this.history.folderOf(record), this.uploads.dir, upload),
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
      outDir: this.history.folderOf(record),
      resume: previous !== undefined,
      again: request.again,
      // Each upload has its folders: a second upload of the same file is known by the journals of all.
      earlierRunsIn: this.runFolders(),
      connection: this.o.connection,
      runtime: this.o.runtime,
      logger: this.o.logger.child({ run: id }),
      progress: run.progress,
      signal: controller.signal,
      field: { skipExisting: true },
    };
    const call = {
      kind: shape.kind,
      options,
      planFile: origin && shape.kind === 'apply' ? this.history.planFileOf(origin) : undefined,
      journal: origin && shape.kind === 'undo' ? this.history.journalOf(origin) : undefined,
      undoPlan: record.undoPlan,
      confirmed,
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
    const record = this.history.byId(id);
    return record && this.view(record, lang);
  }

  list(lang?: Lang): RunView[] {
    return this.history.newestFirst().map((r) => this.view(r, lang));
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
    return this.history.file(id, name);
  }

  /** A finished plan's changes, from its plan sheet; undefined for any other run. */
  async planChanges(id: string, limit = 200): Promise<{ rows: PlanChange[]; total: number } | undefined> {
    const record = this.history.byId(id);
    if (!record || record.kind !== 'plan' || record.state !== 'done') return undefined;
    const sheet = record.files.find((f) => /\.plan\.(xlsx|csv)$/.test(f));
    if (!sheet) return undefined;
    return readPlanChanges(join(this.history.folderOf(record), sheet), limit, this.o.readLimits);
  }

  /** Stops every run (`interrupted`: a resume continues it) and waits for them to settle. */
  async close(): Promise<void> {
    for (const run of this.live.values()) {
      run.stoppedAs ??= 'interrupted';
      run.controller.abort('SIGTERM');
    }
    await Promise.all([...this.live.values()].map((r) => r.settled));
  }

  /** Every run's folder (the record being started's among them): where the copy guard looks for a twin. */
  private runFolders(): string[] {
    return [...new Set(this.history.newestFirst().map((r) => this.history.folderOf(r)))];
  }

  /** The records an apply deletes (the plan's count), or an undo may delete, cancel or re-create. */
  private toConfirm(shape: StartShape, request: StartRequest): number | undefined {
    const origin = shape.origin;
    if (!origin) return undefined;
    if (shape.kind === 'apply') return origin.summary?.actions?.delete ?? 0;
    if (shape.kind !== 'undo' || request.undoPlan) return undefined;
    const journal = this.history.journalOf(origin);
    const counts = journal === undefined ? undefined : this.undoCountCache.get(journal);
    return counts ? recordsToConfirm(counts) : 0;
  }

  /** What an undo of the run would delete, cancel, re-create or restore at most (the Runs page's figure). */
  undoCounts(id: string) {
    const record = this.history.byId(id);
    if (!record || this.live.has(record.id) || !this.rules.isUndoable(record)) return undefined;
    const journal = this.history.journalOf(record);
    return journal === undefined ? undefined : this.undoCountCache.get(journal);
  }

  private finish(run: LiveRun, summary: RunSummary): void {
    const { record } = run;
    record.progress = run.progress.current();
    record.summary = summaryView(summary, run.names);
    record.files = [summary.files.result, summary.files.errors, summary.files.journal, summary.files.plan]
      .filter((f): f is string => f !== undefined)
      .map((f) => basename(f));
    record.state = summary.interrupted ? (run.stoppedAs ?? 'interrupted') : 'done';
    this.history.supersede(record);
    this.end(run);
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
      plainNames(
        isRunError(err) ? safeRunErrorText(pageError(err), lang) : safeRunErrorLine(err, lang),
        run.names,
      );
    record.error = { code, messages: { en: text('en'), id: text('id') } };
    this.end(run);
  }

  private end(run: LiveRun): void {
    const { record } = run;
    record.endedAt = new Date(this.now()).toISOString();
    this.history.save(record);
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
    return viewOf(record, this.rules, lang, this.live.get(record.id)?.progress.current());
  }
}
