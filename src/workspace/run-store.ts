/**
 * Runs on the disk: each run has a folder `<data>/runs/<id>/` holding `run.json` (what the Runs
 * page lists) and the files the run wrote — result, errors and journal sheets — except a resume,
 * which writes in the folder of the run it continues (its journal is there), and an undo, which
 * writes in the folder of the run it takes back; `dir` names that folder.
 * A server that restarts reads these back: a run left `running` died with the server, and is
 * `interrupted`; its journal says whether a resume can finish it.
 */
import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readJournal } from '../journal/index.js';
import type { RunView } from './types.js';
import { isGeneratedId } from './uploads.js';

/** What `run.json` holds. Messages of a failure are kept in both languages, rendered when it failed. */
export interface RunRecord extends Pick<
  RunView,
  | 'id'
  | 'kind'
  | 'entity'
  | 'mode'
  | 'uploadId'
  | 'fileName'
  | 'state'
  | 'startedAt'
  | 'endedAt'
  | 'progress'
  | 'summary'
  | 'files'
  | 'resumes'
  | 'source'
> {
  /** The run whose folder holds this run's files: itself, the run a resume continues, the run an undo takes back. */
  dir: string;
  error?: { code: string; messages: Record<string, string> };
  /** undo: only the undo plan (`undo --plan`) was asked for. */
  undoPlan?: boolean;
  /** How the file was read and mapped: a resume reads it the same way unless told otherwise. */
  reading?: { sheet?: string; mapping?: Record<string, string>; blank?: 'ignore' | 'clear' };
}

export class RunStore {
  readonly dir: string;
  /** Whether a journal is unfinished, by path, while its size and time are unchanged (views are frequent). */
  private readonly unfinished = new Map<string, { stamp: string; value: boolean }>();

  constructor(dataDir: string) {
    this.dir = join(dataDir, 'runs');
  }

  folderOf(record: Pick<RunRecord, 'dir'>): string {
    return join(this.dir, record.dir);
  }

  /** Written whole to a temporary name and renamed: a crash leaves the old record or the new one. */
  save(record: RunRecord): void {
    const path = join(this.dir, record.id, 'run.json');
    writeFileSync(`${path}.tmp`, JSON.stringify(record));
    renameSync(`${path}.tmp`, path);
  }

  /** Every run recorded in the data folder; one whose server died while it ran is `interrupted`. */
  loadAll(): RunRecord[] {
    if (!existsSync(this.dir)) return [];
    const records: RunRecord[] = [];
    for (const name of readdirSync(this.dir)) {
      if (!isGeneratedId(name)) continue;
      const record = this.read(name);
      if (!record) continue;
      if (record.state === 'running') {
        record.state = 'interrupted';
        this.save(record);
      }
      records.push(record);
    }
    return records;
  }

  /** Whether the journal at `journal` is there and unfinished: a resume would continue it. */
  isUnfinished(journal: string): boolean {
    let stamp: string;
    try {
      const info = statSync(journal);
      stamp = `${info.size}:${info.mtimeMs}`;
    } catch {
      return false; // no journal: the run sent nothing, a new run starts anew
    }
    const known = this.unfinished.get(journal);
    if (known?.stamp === stamp) return known.value;
    let value: boolean;
    try {
      const state = readJournal(journal);
      value = state !== undefined && !state.ended;
    } catch {
      value = false; // a damaged journal: the CLI's --resume says why (JOURNAL_CORRUPT)
    }
    this.unfinished.set(journal, { stamp, value });
    return value;
  }

  private read(id: string): RunRecord | undefined {
    try {
      const record = JSON.parse(readFileSync(join(this.dir, id, 'run.json'), 'utf8')) as RunRecord;
      return record.id === id && isGeneratedId(record.dir) ? record : undefined;
    } catch {
      return undefined; // a folder without a readable record is not a run of ours
    }
  }
}
