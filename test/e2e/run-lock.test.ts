/**
 * End to end: a run's journal belongs to one live process (docs/journal.md, "One run at a time").
 * A user started `import … &` against a slow server and, as our own JOURNAL_MISMATCH message advises,
 * `import … --resume` in another terminal: both ran, and the rows were created twice. Now the second
 * is refused (RUN_IN_PROGRESS, exit 1) before it sends anything; a `kill -9` of the first leaves a lock
 * that the next `--resume` takes over at once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { journalEntries, listFiles } from '../hardening/helpers.js';
import { cliEnv, runCli, startSandbox, summaryOf, tempDir, type CliResult } from './helpers.js';
import { folder, importCli, waitFor, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('run-lock');
/** Rows with a code, and rows without one: a keyless create sent twice is a duplicate nothing catches. */
const KEYED = 20;
const KEYLESS = 10;
const SLOW = ['--concurrency', '1', '--log-level', 'warn'];

beforeAll(async () => {
  // Slow enough that the first run is still sending when the second starts.
  sandbox = await startSandbox({ seed: 'empty', latencyMs: 120, jitterMs: 60 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

function inputCsv(prefix: string): string {
  const lines = ['ext_cust_no,name,city'];
  for (let i = 1; i <= KEYED + KEYLESS; i++) {
    const code = i <= KEYED ? `${prefix}${String(i).padStart(3, '0')}` : '';
    lines.push(`${code},Toko ${prefix} ${i},Tegal`);
  }
  return lines.join('\n') + '\n';
}

/** How many customers the server holds per name of this test's rows. */
function storedByName(prefix: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of sandbox.state.customers()) {
    if (!c.name.startsWith(`Toko ${prefix} `)) continue;
    counts.set(c.name, (counts.get(c.name) ?? 0) + 1);
  }
  return counts;
}

function expectEachRowOnce(prefix: string): void {
  const counts = storedByName(prefix);
  expect(counts.size).toBe(KEYED + KEYLESS);
  expect([...counts].filter(([, n]) => n !== 1)).toEqual([]);
}

/** Token requests: every CLI process that connects asks for one first. */
function tokenRequests(): number {
  return sandbox.requests.filter((r) => r.path.endsWith('/token')).length;
}

/** Starts the first import and resolves once its journal shows a request sent (not after a time). */
async function startFirst(
  prefix: string,
): Promise<{ dir: string; file: string; journal: string; child: ChildProcess; done: Promise<CliResult> }> {
  const dir = folder(tmp, prefix);
  const file = writeText(join(dir, 'par2.csv'), inputCsv(prefix));
  const journal = join(dir, 'par2.journal.jsonl');
  let child: ChildProcess | undefined;
  let exited = false;
  const done = importCli(sandbox, 'customers', file, dir, SLOW, { onStart: (c) => (child = c) }).then((r) => {
    exited = true;
    return r;
  });
  await waitFor(
    () => exited || journalEntries(journal).some((line) => line.t === 'sending'),
    60_000,
    'the first run to send',
  );
  expect(exited).toBe(false);
  return { dir, file, journal, child: child as ChildProcess, done };
}

describe('one live run per journal', () => {
  it('a --resume while the first import runs is refused at once and sends nothing; the first finishes each row once', async () => {
    const first = await startFirst('LA');
    const tokensBefore = tokenRequests();
    const second = await importCli(sandbox, 'customers', first.file, first.dir, [...SLOW, '--resume']);
    expect(second.code).toBe(1);
    expect(second.stderr).toMatch(
      /error \[RUN_IN_PROGRESS\]: another run is using .*par2\.journal\.jsonl since/,
    );
    expect(second.stderr).toContain(`(process ${first.child.pid} on `);
    expect(second.stderr).not.toMatch(/\n\s+at /);
    // Refused before it connected: the sandbox never heard from it.
    expect(tokenRequests()).toBe(tokensBefore);

    const ran = await first.done;
    expect(ran.code).toBe(0);
    expect(summaryOf(ran).counts.created).toBe(KEYED + KEYLESS);
    expectEachRowOnce('LA');
    // The lock went with the run.
    expect(listFiles(first.dir).filter((f) => f.endsWith('.lock'))).toEqual([]);
  }, 120_000);

  it('a plain rerun and an undo of a run still running are refused too (in Indonesian as well)', async () => {
    const first = await startFirst('LB');
    const tokensBefore = tokenRequests();
    const rerun = await importCli(sandbox, 'customers', first.file, first.dir, [...SLOW, '--lang', 'id']);
    expect(rerun.code).toBe(1);
    expect(rerun.stderr).toMatch(
      /\[RUN_IN_PROGRESS\]: proses lain sedang memakai .*par2\.journal\.jsonl sejak/,
    );
    const undo = await runCli(['undo', first.journal, '--json'], {
      env: cliEnv(sandbox),
    });
    expect(undo.code).toBe(1);
    expect(undo.stderr).toMatch(/error \[RUN_IN_PROGRESS\]/);
    expect(tokenRequests()).toBe(tokensBefore);
    expect((await first.done).code).toBe(0);
    expectEachRowOnce('LB');
  }, 120_000);

  it('after kill -9 of the first, --resume takes the lock over at once and finishes without duplicates', async () => {
    const first = await startFirst('LC');
    first.child.kill('SIGKILL');
    const killed = await first.done;
    expect(killed.signal).toBe('SIGKILL');
    // The dead process's lock is still there: the resume must not wait for it to go stale.
    expect(existsSync(`${first.journal}.lock`)).toBe(true);
    const resumed = await importCli(sandbox, 'customers', first.file, first.dir, [...SLOW, '--resume']);
    expect(resumed.stderr).not.toMatch(/error \[/);
    expect(resumed.code).toBe(0);
    expect(summaryOf(resumed).total).toBe(KEYED + KEYLESS);
    expectEachRowOnce('LC');
    expect(existsSync(`${first.journal}.lock`)).toBe(false);
  }, 120_000);
});
