import {
  closeSync,
  linkSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { localizedRunError } from '../i18n/index.js';

/**
 * A run's journal belongs to one live process (docs/journal.md, "One run at a time"): two processes
 * appending to one journal, or resuming it while it still runs, send the same rows twice. The lock
 * is `<journal>.lock`, created exclusively (O_EXCL, which a Docker bind mount keeps), holding who
 * took it; its mtime is touched every few seconds while the run lives.
 *
 * A lock left by a process that died is taken over:
 * - at once when its owner ran on this machine, in this PID namespace (same host name, same
 *   `/proc/self/ns/pid`), and that PID is gone — the `kill -9` → `--resume` case;
 * - otherwise once its mtime is older than STALE_MS (another container, another machine on a shared
 *   folder, a PID taken again after a reboot).
 * proper-lockfile was considered: its only staleness test is the mtime (at least 2 s), so a resume right
 * after a kill would be refused, and it keeps no owner to name in the message.
 */
export interface LockOwner {
  pid: number;
  host: string;
  /** The PID namespace (Linux): PIDs of two containers on one host are not comparable. */
  pidns?: string;
  /** When the run took the lock (ISO time). */
  since: string;
}

/** How often a live run touches its lock. */
export const HEARTBEAT_MS = 5_000;
/** A lock untouched this long belongs to no live run, wherever its owner ran. */
export const STALE_MS = 30_000;
/** A lock file with no readable owner (its creator died between create and write) is stale after this. */
const UNWRITTEN_MS = 2_000;

/** How a lock's owner is judged; replaced in tests. */
export interface LockWorld {
  now(): number;
  alive(pid: number): boolean;
  self: Omit<LockOwner, 'since'>;
}

const defaultWorld: LockWorld = {
  now: () => Date.now(),
  alive: (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (err) {
      // EPERM: a process of another user: alive.
      return (err as NodeJS.ErrnoException).code === 'EPERM';
    }
  },
  self: { pid: process.pid, host: hostname(), pidns: pidNamespace() },
};

function pidNamespace(): string | undefined {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return undefined;
  }
}

/** Locks this process holds, by lock path: the web page runs several runs in one process. */
const held = new Map<string, JournalLock>();
let exitHookSet = false;

export class JournalLock {
  private timer: NodeJS.Timeout | undefined;

  constructor(
    readonly path: string,
    readonly owner: LockOwner,
    /** What this run wrote in the lock: a lock with other content is another run's. */
    private readonly text: string,
  ) {
    this.timer = setInterval(() => this.touch(), HEARTBEAT_MS);
    this.timer.unref();
  }

  /** Removes the lock (when it is still this run's). Safe to call more than once. */
  release(): void {
    if (held.get(this.path) !== this) return;
    held.delete(this.path);
    clearInterval(this.timer);
    this.timer = undefined;
    try {
      if (readFileSync(this.path, 'utf8') === this.text) unlinkSync(this.path);
    } catch {
      // Gone already: nothing to release.
    }
  }

  private touch(): void {
    const now = new Date();
    try {
      utimesSync(this.path, now, now);
    } catch {
      // Removed under us (by hand): the run goes on; the next run finds no lock.
    }
  }
}

/**
 * Takes the lock of `journal`, or throws RUN_IN_PROGRESS naming the live run that holds it. Call it
 * before the journal is read: what a run decides from the journal holds only while no other writes it.
 */
export function lockJournal(journal: string, world: LockWorld = defaultWorld): JournalLock {
  const path = `${resolve(journal)}.lock`;
  const mine = held.get(path);
  if (mine) throw busy(journal, mine.owner);
  setExitHook();
  for (let attempt = 0; ; attempt++) {
    const owner: LockOwner = { ...world.self, since: new Date(world.now()).toISOString() };
    const text = JSON.stringify(owner) + '\n';
    if (create(path, text)) {
      const lock = new JournalLock(path, owner, text);
      held.set(path, lock);
      return lock;
    }
    const found = readLock(path);
    // Released between our try and our look: try again (a few times: another process may be racing).
    if (found && (!isStale(found, world) || attempt >= 3)) throw busy(journal, found.owner);
    if (!found && attempt >= 3) throw busy(journal, undefined);
    if (found) takeOver(path, found);
  }
}

/** Creates the lock file with its owner; false when a lock exists. */
function create(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw localizedRunError('WRITE_FAILED', 'journal.cannotWrite', {
      path,
      reason: String((err as NodeJS.ErrnoException).code),
    });
  }
  try {
    writeSync(fd, text);
    return true;
  } finally {
    closeSync(fd);
  }
}

export interface FoundLock {
  owner?: LockOwner;
  text: string;
  mtimeMs: number;
  ino: number;
}

function readLock(path: string): FoundLock | undefined {
  try {
    const stat = statSync(path);
    const text = readFileSync(path, 'utf8');
    let owner: LockOwner | undefined;
    try {
      const parsed = JSON.parse(text) as LockOwner;
      if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') owner = parsed;
    } catch {
      // Not (yet) written: judged by its age alone.
    }
    return { owner, text, mtimeMs: stat.mtimeMs, ino: stat.ino };
  } catch {
    return undefined;
  }
}

export function isStale(found: FoundLock, world: LockWorld): boolean {
  const age = world.now() - found.mtimeMs;
  const { owner } = found;
  if (!owner) return age > UNWRITTEN_MS;
  if (age > STALE_MS) return true;
  const here = owner.host === world.self.host && owner.pidns === world.self.pidns;
  if (!here) return false;
  // Our own PID, but not a lock of ours (`held`): left by an earlier process given the same PID
  // (PID 1 of a container run again).
  if (owner.pid === world.self.pid) return true;
  return !world.alive(owner.pid);
}

/**
 * Removes a stale lock so the next create can take it. Two processes may judge the same lock stale
 * at once: each moves it aside under its own name, and the one that finds it moved a lock other than
 * the one it judged (a fresh lock the other just took) puts it back.
 */
function takeOver(path: string, judged: FoundLock): void {
  const aside = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}`;
  try {
    renameSync(path, aside);
  } catch {
    return; // taken over by another process already
  }
  try {
    const moved = statSync(aside).ino === judged.ino && readFileSync(aside, 'utf8') === judged.text;
    if (!moved) linkSync(aside, path);
  } catch {
    // A lock exists again at `path`: the newest holder keeps it.
  } finally {
    try {
      unlinkSync(aside);
    } catch {
      // nothing to clean
    }
  }
}

function busy(journal: string, owner: LockOwner | undefined) {
  return localizedRunError('RUN_IN_PROGRESS', 'runLock.busy', {
    journal,
    pid: owner ? String(owner.pid) : '?',
    host: owner?.host ?? '?',
    since: new Date(owner?.since ?? 0),
  });
}

/** A process that ends (a second Ctrl-C, an uncaught error) removes its locks on the way out. */
function setExitHook(): void {
  if (exitHookSet) return;
  exitHookSet = true;
  process.on('exit', () => {
    for (const lock of [...held.values()]) lock.release();
  });
}
