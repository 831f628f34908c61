/**
 * The runs of the data folder as the host knows them: those recorded by earlier servers (read back
 * from the disk) and those started since. Which journal each run writes, which run is the newest to
 * write a journal (only it offers resume and undo: one journal, one set of buttons), and which files
 * each run still owns.
 */
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { journalPath } from '../run/index.js';
import { RunStore, type RunRecord } from './run-store.js';
import { isGeneratedId } from './uploads.js';

export class RunHistory {
  readonly store: RunStore;
  private readonly runs = new Map<string, RunRecord>();

  constructor(dataDir: string) {
    this.store = new RunStore(dataDir);
    mkdirSync(this.store.dir, { recursive: true });
    for (const record of this.store.loadAll()) this.runs.set(record.id, record);
  }

  /** The run of that id; undefined for an unknown id or one that is no generated id. */
  byId(id: string | undefined): RunRecord | undefined {
    return id !== undefined && isGeneratedId(id) ? this.runs.get(id) : undefined;
  }

  /** A new run: its folder and its record on the disk. */
  add(record: RunRecord): void {
    mkdirSync(join(this.store.dir, record.id), { recursive: true });
    this.store.save(record);
    this.runs.set(record.id, record);
  }

  save(record: RunRecord): void {
    this.store.save(record);
  }

  newestFirst(): RunRecord[] {
    return [...this.runs.values()].sort(newestFirst);
  }

  folderOf(record: Pick<RunRecord, 'dir'>): string {
    return this.store.folderOf(record);
  }

  /** The upload's imports and resumes, newest first. */
  importsOf(uploadId: string): RunRecord[] {
    return this.newestFirst().filter(
      (r) => r.uploadId === uploadId && (r.kind === 'import' || r.kind === 'resume'),
    );
  }

  /**
   * The journal a run writes, named after its input as the run layer names it: an import, resume or
   * apply `<upload id>.journal.jsonl`, an undo `<upload id>.undo.journal.jsonl` (undo.ts), both in
   * the run's folder. Known without the run's files, so a run whose server was killed has it too.
   */
  journalOf(record: RunRecord): string | undefined {
    const folder = this.folderOf(record);
    if (record.kind === 'import' || record.kind === 'resume' || record.kind === 'apply') {
      return journalPath(folder, record.uploadId);
    }
    // undo.ts's input is `<upload id>.undo.<csv|xlsx>`: the extension does not reach the journal's name.
    if (record.kind === 'undo' && !record.undoPlan) return journalPath(folder, `${record.uploadId}.undo.csv`);
    return undefined; // validate, plan and `undo --plan` keep no journal
  }

  /** No later run writes the same journal (a resume of it, an import again): this one is its last word. */
  isNewestOf(record: RunRecord): boolean {
    const journal = this.journalOf(record);
    return ![...this.runs.values()].some(
      (other) => other !== record && other.startedAt > record.startedAt && this.journalOf(other) === journal,
    );
  }

  /** A plan that reached its end has its companion; apply reads it. */
  planFileOf(record: RunRecord): string | undefined {
    const name = record.files.find((f) => f.endsWith('.plan.json'));
    return name && join(this.folderOf(record), name);
  }

  /** The absolute path of `name` if run `id` produced a file of that name, else undefined. */
  file(id: string, name: string): string | undefined {
    const record = this.byId(id);
    if (!record || !record.files.includes(name) || basename(name) !== name || name.startsWith('.')) {
      return undefined;
    }
    return join(this.folderOf(record), name);
  }

  /** Earlier runs in the same folder no longer own the files this run wrote over theirs. */
  supersede(record: RunRecord): void {
    for (const other of this.runs.values()) {
      if (other === record || other.dir !== record.dir) continue;
      const kept = other.files.filter((f) => !record.files.includes(f));
      if (kept.length === other.files.length) continue;
      other.files = kept;
      this.store.save(other);
    }
  }
}

function newestFirst(a: RunRecord, b: RunRecord): number {
  return a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0;
}
