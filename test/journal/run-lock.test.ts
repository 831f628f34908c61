/**
 * The journal lock's own rules (journal/run-lock.ts): who holds a journal, and when a lock left by a
 * process that died is taken over. Real files in a temporary folder; the owner's liveness and the
 * process's own identity are injected, so a "dead" or "live" owner needs no real process.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isRunError } from '../../src/errors.js';
import { lockJournal } from '../../src/journal/index.js';
import { STALE_MS, type LockOwner, type LockWorld } from '../../src/journal/run-lock.js';

const dir = mkdtempSync(join(tmpdir(), 'salesmania-run-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LIVE_PID = 4242;
const DEAD_PID = 4343;
const world: LockWorld = {
  now: () => Date.now(),
  alive: (pid) => pid === LIVE_PID,
  self: { pid: process.pid, host: 'kasir-1', pidns: 'pid:[1]' },
};

let n = 0;
function journal(): string {
  return join(dir, `run${++n}.journal.jsonl`);
}

/** A lock file as another process would have left it; `ageMs`: how long since its last heartbeat. */
function leaveLock(path: string, owner: Partial<LockOwner> | string, ageMs = 0): void {
  const content =
    typeof owner === 'string'
      ? owner
      : JSON.stringify({
          pid: LIVE_PID,
          host: 'kasir-1',
          pidns: 'pid:[1]',
          since: '2026-12-07T10:00:00Z',
          ...owner,
        });
  writeFileSync(`${path}.lock`, content);
  const at = new Date(Date.now() - ageMs);
  utimesSync(`${path}.lock`, at, at);
}

function refusal(path: string): { code: string; message: string } {
  try {
    lockJournal(path, world).release();
  } catch (err) {
    if (isRunError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  return { code: 'TAKEN', message: '' };
}

function ownerOf(path: string): LockOwner {
  return JSON.parse(readFileSync(`${path}.lock`, 'utf8')) as LockOwner;
}

describe('journal lock', () => {
  it('a journal this process runs is refused to a second run in it (the web page), and free once released', () => {
    const path = journal();
    const lock = lockJournal(path, world);
    expect(ownerOf(path)).toMatchObject({ pid: process.pid, host: 'kasir-1' });
    expect(refusal(path).code).toBe('RUN_IN_PROGRESS');
    lock.release();
    expect(existsSync(`${path}.lock`)).toBe(false);
    expect(refusal(path).code).toBe('TAKEN');
  });

  it('a live process on this machine keeps its lock; the message names it', () => {
    const path = journal();
    leaveLock(path, {});
    const refused = refusal(path);
    expect(refused.code).toBe('RUN_IN_PROGRESS');
    expect(refused.message).toContain(`another run is using ${path} since`);
    expect(refused.message).toContain(`(process ${LIVE_PID} on kasir-1)`);
    expect(refused.message).toContain('--resume');
    expect(ownerOf(path).pid).toBe(LIVE_PID);
  });

  it('a lock of a process gone from this machine is taken over at once (kill -9, then --resume)', () => {
    const path = journal();
    leaveLock(path, { pid: DEAD_PID });
    const lock = lockJournal(path, world);
    expect(ownerOf(path).pid).toBe(process.pid);
    lock.release();
  });

  it('a lock with our own PID that is not ours (PID 1 of a container run again) is taken over', () => {
    const path = journal();
    leaveLock(path, { pid: process.pid });
    const lock = lockJournal(path, world);
    expect(ownerOf(path).since).not.toBe('2026-12-07T10:00:00Z');
    lock.release();
  });

  it('a lock of another machine or container is kept while its heartbeat is fresh, taken once it is stale', () => {
    const path = journal();
    // A dead PID here says nothing about a process in another PID namespace.
    leaveLock(path, { pid: DEAD_PID, pidns: 'pid:[2]' }, STALE_MS - 5_000);
    expect(refusal(path).code).toBe('RUN_IN_PROGRESS');
    leaveLock(path, { pid: DEAD_PID, host: 'laptop-2' }, STALE_MS - 5_000);
    expect(refusal(path).code).toBe('RUN_IN_PROGRESS');
    leaveLock(path, { pid: DEAD_PID, host: 'laptop-2' }, STALE_MS + 5_000);
    expect(refusal(path).code).toBe('TAKEN');
  });

  it('a live PID whose lock has not been touched for long is a PID taken again (after a reboot): stale', () => {
    const path = journal();
    leaveLock(path, {}, STALE_MS + 5_000);
    expect(refusal(path).code).toBe('TAKEN');
  });

  it('a lock file left empty (its creator died before writing) is refused only while it is new', () => {
    const path = journal();
    leaveLock(path, '');
    expect(refusal(path)).toMatchObject({ code: 'RUN_IN_PROGRESS' });
    leaveLock(path, '', 5_000);
    expect(refusal(path).code).toBe('TAKEN');
  });

  it('release leaves alone a lock another process took over meanwhile', () => {
    const path = journal();
    const lock = lockJournal(path, world);
    rmSync(`${path}.lock`);
    leaveLock(path, { pid: LIVE_PID });
    lock.release();
    expect(ownerOf(path).pid).toBe(LIVE_PID);
  });
});
