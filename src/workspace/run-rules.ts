/**
 * What a run may be followed by, and what a start request becomes: an apply needs a plan that
 * reached its end, an undo an ended import, resume or apply with its journal, a resume a stopped run
 * whose journal is unfinished — the CLI's `import --resume`, `apply <plan> --resume` and
 * `undo <journal> --resume` (docs/WORKSPACE.md, "Resume").
 */
import { existsSync } from 'node:fs';
import { localizedRunError } from '../i18n/index.js';
import type { RunHistory } from './run-history.js';
import type { RunRecord } from './run-store.js';
import type { RunKind, StartRequest } from './types.js';

/** A start request made definite: the run layer's call, and the runs it starts from. */
export interface StartShape {
  kind: RunKind;
  /** apply: the plan run; undo: the run taken back. */
  origin?: RunRecord;
  /** A resume: the stopped run whose journal this run continues, in its folder. */
  previous?: RunRecord;
}

export class RunRules {
  constructor(
    private readonly history: RunHistory,
    private readonly isLive: (id: string) => boolean,
  ) {}

  isApplicable(record: RunRecord): boolean {
    return record.kind === 'plan' && record.state === 'done' && this.history.planFileOf(record) !== undefined;
  }

  /** An import, resume or apply that ended or was stopped, its journal there and its last word: undo takes it back. */
  isUndoable(record: RunRecord): boolean {
    if (!['import', 'resume', 'apply'].includes(record.kind)) return false;
    if (record.state === 'running' || record.state === 'failed') return false;
    return this.hasJournal(record) && this.history.isNewestOf(record);
  }

  /** A run stopped before its end whose journal is unfinished, and that no later run continued. */
  isResumable(record: RunRecord): boolean {
    if (record.state === 'running' || record.state === 'done') return false;
    const journal = this.history.journalOf(record);
    return (
      journal !== undefined && this.history.store.isUnfinished(journal) && this.history.isNewestOf(record)
    );
  }

  /**
   * The request as the run layer's call: a resume of an apply is that apply with `--resume`, of an
   * undo that undo with `--resume`. A resume that names no run continues the newest stopped import
   * of the upload, entity and mode: `stoppedImport`, once the upload is known.
   */
  shape(request: StartRequest): StartShape {
    if (request.kind === 'resume') {
      if (request.run === undefined) return { kind: 'resume' };
      const previous = this.stopped(request.run);
      if (previous.kind === 'apply') return { kind: 'apply', previous, origin: this.planOf(previous.source) };
      if (previous.kind === 'undo')
        return { kind: 'undo', previous, origin: this.takenBack(previous.source) };
      return { kind: 'resume', previous };
    }
    if (request.kind === 'apply') return { kind: 'apply', origin: this.planOf(request.plan) };
    if (request.kind === 'undo') {
      return { kind: 'undo', origin: this.origin(request.source, (r) => this.isUndoable(r)) };
    }
    return { kind: request.kind };
  }

  /** The newest import of the upload, when it is of this entity and mode and can be resumed. */
  stoppedImport(request: StartRequest, uploadId: string): RunRecord {
    const latest = this.history.importsOf(uploadId)[0];
    const mode = request.mode ?? 'create';
    if (latest?.entity === request.entity && latest.mode === mode && this.isResumable(latest)) return latest;
    throw localizedRunError('JOURNAL_NOT_FOUND', 'workspace.nothingToResume');
  }

  private planOf(id: string | undefined): RunRecord {
    return this.origin(id, (r) => this.isApplicable(r));
  }

  /** The run a resumed undo takes back: still there with its journal (its undo's journal names it). */
  private takenBack(id: string | undefined): RunRecord {
    return this.origin(id, (r) => ['import', 'resume', 'apply'].includes(r.kind) && this.hasJournal(r));
  }

  /** The run an apply or undo starts from, when it may: else RUN_NOT_FOUND. */
  private origin(id: string | undefined, may: (record: RunRecord) => boolean): RunRecord {
    const record = this.history.byId(id);
    if (!record || this.isLive(record.id) || !may(record)) {
      throw localizedRunError('RUN_NOT_FOUND', 'workspace.noSuchRun', { run: String(id) });
    }
    return record;
  }

  private stopped(id: string): RunRecord {
    const record = this.history.byId(id);
    if (!record || this.isLive(record.id) || !this.isResumable(record)) {
      throw localizedRunError('JOURNAL_NOT_FOUND', 'workspace.nothingToResumeRun', { run: id });
    }
    return record;
  }

  private hasJournal(record: RunRecord): boolean {
    const journal = this.history.journalOf(record);
    return journal !== undefined && existsSync(journal);
  }
}
