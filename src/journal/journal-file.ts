import { closeSync, existsSync, fdatasyncSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { localizedRunError } from '../i18n/index.js';
import type { RowIssue, RowStatus } from '../types.js';
import type { JournalLock } from './run-lock.js';
import { completeLines, repairTornTail } from './torn-tail.js';

/**
 * The journal: an append-only JSON-lines file beside the result sheet that records what was
 * sent and what was confirmed, row by row. Each line is written with a synchronous write, so
 * a line the process wrote survives `kill -9` (the OS holds it even if the process dies). The
 * header, every `sending` line and the `end` line are also flushed to the disk (fdatasync) before
 * the call returns — before the request leaves — so a power loss cannot lose the record of a
 * request that went out; a lost `done` line only makes its row look unanswered, which a resume
 * looks up (docs/journal.md). A line torn by a crash or a full disk is dropped when the journal
 * is read and cut off before a resumed run appends (journal/torn-tail.ts).
 *
 * Lines:
 *  {"t":"run", ...RunHeader}                      first line: what this journal belongs to
 *  {"t":"sending","row":12,"op":"create","key":"C-1","after":{...},"at":"..."} a request that changes data is about to go
 *  {"t":"sending","row":13,"op":"update","id":51234,"before":{...},"after":{...},"at":"..."}  (before-image: undo)
 *  {"t":"done","row":12,"status":"created","id":51234,"issues":[]} the row's final outcome
 */
export interface RunHeader {
  version: 1;
  entity: string;
  mode: string;
  /** Fingerprint of the input file, so a journal is never applied to another file. */
  input: { name: string; size: number; sha256: string };
  startedAt: string;
}

export interface SendingEntry extends BeforeImage {
  t: 'sending';
  row: number;
  /** What the request does: only a create needs reconciling when its answer is lost. */
  op: 'create' | 'update' | 'delete';
  key?: string;
  at: string;
}

/**
 * What `undo` needs to take a write back, on the `sending` line so that it is on the disk before the
 * request leaves (docs/journal.md, "Before-images"). Journals written before these fields existed
 * have none; they still resume, only undo cannot use them.
 */
export interface BeforeImage {
  /** The record the request changes (update, delete); a create's new id is on its `done` line. */
  id?: string | number;
  /** Update: the previous value of every field it changes. Delete: the whole record. */
  before?: Record<string, unknown>;
  /** Update: the value it sets for each of those fields. Create: the values it creates with. */
  after?: Record<string, unknown>;
}

export interface DoneEntry {
  t: 'done';
  row: number;
  status: RowStatus;
  id?: string | number;
  issues: RowIssue[];
  attempts: number;
}

/** Written when a run finished every row: the journal then needs no resume. */
export interface EndEntry {
  t: 'end';
  at: string;
}

type Entry = ({ t: 'run' } & RunHeader) | SendingEntry | DoneEntry | EndEntry;

export class JournalWriter {
  private fd: number | undefined;
  /** This writer started the file (a new run), rather than appending to an earlier run's. */
  private started = false;
  /** Lines written about rows (sending / done). */
  private rowLines = 0;
  /** Rows with a `sending` line and no `done` yet: their request is on the wire (a few at most). */
  private readonly onTheWire = new Set<number>();

  /**
   * `lock`: the journal's lock (run-lock.ts), held from before the journal was read; released when
   * the writer is closed.
   */
  constructor(
    readonly path: string,
    private readonly lock?: JournalLock,
  ) {}

  /** Opens for appending; writes the header line when the journal is new. */
  open(header: RunHeader | undefined): void {
    try {
      // A new run starts the file anew; a resumed one appends, after cutting off a torn last line.
      if (!header) repairTornTail(this.path);
      this.fd = openSync(this.path, header ? 'w' : 'a');
    } catch (err) {
      throw localizedRunError('WRITE_FAILED', 'journal.cannotWrite', {
        path: this.path,
        reason: String((err as NodeJS.ErrnoException).code),
      });
    }
    this.started = header !== undefined;
    if (header) this.append({ t: 'run', ...header }, true);
  }

  /** Called as the request leaves (api/leave-hook.ts): on the disk before it does. */
  sending(row: number, op: SendingEntry['op'], key: string | undefined, image: BeforeImage = {}): void {
    this.append({ t: 'sending', row, op, key, ...image, at: new Date().toISOString() }, true);
    this.onTheWire.add(row);
  }

  done(entry: Omit<DoneEntry, 't'>): void {
    this.append({ t: 'done', ...entry });
    this.onTheWire.delete(entry.row);
  }

  /** Whether `row`'s request left and its outcome is not recorded yet (in doubt if the run stops now). */
  isSending(row: number): boolean {
    return this.onTheWire.has(row);
  }

  end(): void {
    this.append({ t: 'end', at: new Date().toISOString() }, true);
  }

  /** Closes the file and lets the journal go: another run may take it from now on. */
  close(): void {
    this.closeFile();
    this.lock?.release();
  }

  private closeFile(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  /**
   * Closes the journal and, when this run started it and recorded no row, removes it: a run that
   * broke off before sending anything (bad credentials, an unknown database) leaves nothing to
   * resume, so the corrected command must not be refused for want of --resume.
   */
  discardIfEmpty(): void {
    const empty = this.started && this.rowLines === 0 && this.fd !== undefined;
    this.closeFile();
    try {
      if (empty) unlinkSync(this.path);
    } catch {
      // Left behind it only asks for --resume, which then finds nothing to do.
    }
    this.lock?.release();
  }

  /** `durable`: on the disk when this returns (see the class comment for which lines need it). */
  private append(entry: Entry, durable = false): void {
    if (this.fd === undefined) return;
    if (entry.t === 'sending' || entry.t === 'done') this.rowLines += 1;
    // Written exactly: before-images are what undo writes back, and a create's values are how it
    // finds the record again. Server texts in issues were scrubbed as they arrived (docs/SECRETS.md).
    writeSync(this.fd, JSON.stringify(entry) + '\n');
    if (durable) fdatasyncSync(this.fd);
  }
}

/** What an earlier, unfinished run left: its header, finished rows, and rows left sending. */
export interface JournalState {
  header: RunHeader;
  done: Map<number, DoneEntry>;
  /** Rows whose request went out with no recorded answer: they may or may not exist. */
  sending: Map<number, SendingEntry>;
  /** Every row's last `sending` line, answered or not: its before-image, for `undo`. */
  sent: Map<number, SendingEntry>;
  /** The run reached its end (every row has a final outcome). */
  ended: boolean;
  /** When it ended (the `end` line's time), when it did. */
  endedAt?: string;
}

export function readJournal(path: string): JournalState | undefined {
  if (!existsSync(path)) return undefined;
  const lines = completeLines(readFileSync(path, 'utf8'));
  if (lines.length === 0) return undefined;
  let header: RunHeader | undefined;
  const done = new Map<number, DoneEntry>();
  const sending = new Map<number, SendingEntry>();
  const sent = new Map<number, SendingEntry>();
  let ended = false;
  let endedAt: string | undefined;
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    let entry: Entry;
    try {
      entry = JSON.parse(line) as Entry;
    } catch {
      // A kill or power loss in the middle of a write leaves a torn last line; anything earlier is
      // damage by something else.
      if (index === lines.length - 1) return;
      throw localizedRunError('JOURNAL_CORRUPT', 'journal.damaged', { path, line: index + 1 });
    }
    if (entry.t === 'run') {
      const { t: _t, ...rest } = entry;
      header = rest;
    } else if (entry.t === 'sending') {
      sending.set(entry.row, entry);
      sent.set(entry.row, entry);
    } else if (entry.t === 'done') {
      done.set(entry.row, entry);
      sending.delete(entry.row);
    } else if (entry.t === 'end') {
      ended = true;
      endedAt = entry.at;
    }
  });
  // A header torn before any row line: that run recorded nothing, so it sent nothing.
  if (!header && lines.length === 1) return undefined;
  if (!header) throw localizedRunError('JOURNAL_CORRUPT', 'journal.noHeader', { path });
  return { header, done, sending, sent, ended, endedAt };
}
