/**
 * End to end: an import killed in the middle (SIGKILL: no chance to clean up; SIGTERM: a clean stop)
 * and finished with `--resume` — each customer exactly once on the server, and a result sheet that
 * covers every input row once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  customersWithPrefix,
  errorCodes,
  folder,
  generatedCustomersCsv,
  importCli,
  journalDoneCount,
  waitFor,
  writeText,
} from './import-helpers.js';

const ROWS = 2000;
/** The clean stop needs fewer rows to be caught in the middle. */
const TERM_ROWS = 600;
const FAST = ['--rate', '400', '--concurrency', '8', '--log-level', 'warn'];
let sandbox: Sandbox;
const tmp = tempDir('import-resume');

beforeAll(async () => {
  // A little latency, so requests are in flight when the kill comes.
  sandbox = await startSandbox({ seed: 'empty', rateLimit: 500, latencyMs: 5, jitterMs: 10 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

/** Checks the end state: one customer per key, and the result sheet has every row once, created. */
function expectEachOnce(prefix: string, resultPath: string, count: number): void {
  const stored = new Map<string, number[]>();
  for (const c of customersWithPrefix(sandbox, prefix)) {
    stored.set(c.ext_cust_no as string, [...(stored.get(c.ext_cust_no as string) ?? []), c.id]);
  }
  expect(stored.size).toBe(count);
  expect([...stored.values()].filter((ids) => ids.length !== 1)).toEqual([]);
  const rows = readCsv(resultPath);
  expect(rows.map((r) => r._row)).toEqual(Array.from({ length: count }, (_, i) => String(i + 2)));
  expect(rows.filter((r) => r._status !== 'created')).toEqual([]);
  expect(rows.filter((r) => r._id !== String(stored.get(r.ext_cust_no)?.[0]))).toEqual([]);
}

/** Starts the import and calls `kill` once the journal has `doneLines` finished rows. */
async function importAndKill(
  file: string,
  dir: string,
  journal: string,
  doneLines: number,
  kill: (child: ChildProcess) => void,
) {
  let child: ChildProcess | undefined;
  const run = importCli(sandbox, 'customers', file, dir, FAST, { onStart: (c) => (child = c) });
  await waitFor(
    () => journalDoneCount(journal) >= doneLines,
    60_000,
    `${doneLines} done rows in the journal`,
  );
  kill(child as ChildProcess);
  return run;
}

describe('resume', () => {
  it('after SIGKILL: --resume finishes, each customer once, every row once in the result sheet', async () => {
    const dir = folder(tmp, 'kill');
    const file = writeText(`${dir}/besar.csv`, generatedCustomersCsv('RK-', ROWS));
    const journal = `${dir}/besar.journal.jsonl`;
    const killed = await importAndKill(file, dir, journal, 300, (c) => c.kill('SIGKILL'));
    expect(killed.signal).toBe('SIGKILL');
    const doneBefore = journalDoneCount(journal);
    expect(doneBefore).toBeLessThan(ROWS);
    expect(customersWithPrefix(sandbox, 'RK-').length).toBeLessThan(ROWS);

    // The same command without --resume refuses to start over: the journal may hold rows in doubt.
    const refused = await importCli(sandbox, 'customers', file, dir, FAST);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error \[JOURNAL_MISMATCH\].*--resume/);

    const posts = () => sandbox.requests.filter((r) => r.method === 'POST').length;
    const postsBefore = posts();
    const resumed = await importCli(sandbox, 'customers', file, dir, [...FAST, '--resume']);
    expect(resumed.stderr).not.toMatch(/INTERNAL/);
    expect(resumed.code).toBe(0);
    expect(summaryOf(resumed)).toMatchObject({ total: ROWS, counts: { created: ROWS } });
    // Rows the killed run finished were not sent again.
    expect(posts() - postsBefore).toBeLessThanOrEqual(ROWS - doneBefore);
    expectEachOnce('RK-', `${dir}/besar.result.csv`, ROWS);
    // The journal now ends the run: a further --resume sends nothing and writes the same sheet.
    const tail = readFileSync(journal, 'utf8').trim().split('\n').pop() ?? '';
    expect(JSON.parse(tail)).toMatchObject({ t: 'end' });
  });

  it('after SIGTERM: a clean stop (exit 143, sheets written), then --resume finishes', async () => {
    const dir = folder(tmp, 'term');
    const file = writeText(`${dir}/besar.csv`, generatedCustomersCsv('RT-', TERM_ROWS));
    const journal = `${dir}/besar.journal.jsonl`;
    const stopped = await importAndKill(file, dir, journal, 150, (c) => c.kill('SIGTERM'));
    expect(stopped.code).toBe(143);
    expect(stopped.stderr).toMatch(/SIGTERM received/);
    const summary = summaryOf(stopped);
    expect(summary.interrupted).toBe('SIGTERM');
    expect(summary.counts.created).toBeLessThan(TERM_ROWS);
    // The stopped run's result sheet covers the rows it read, in order: created, or not finished.
    const partial = readCsv(`${dir}/besar.result.csv`);
    expect(partial.length).toBe(summary.total);
    expect(partial.map((r) => r._row)).toEqual(partial.map((_, i) => String(i + 2)));
    const unfinished = partial.filter((r) => r._status !== 'created');
    expect(unfinished.length).toBe((summary.total as number) - (summary.counts.created ?? 0));
    expect(unfinished.length).toBeGreaterThan(0);
    // Never sent: not_sent; still on the wire when the grace ended (at most --concurrency): in_doubt.
    expect(
      unfinished.filter(
        (r) => !['not_sent', 'in_doubt'].includes(r._status) || errorCodes(r._error).join() !== 'INTERRUPTED',
      ),
    ).toEqual([]);
    expect(unfinished.filter((r) => r._status === 'in_doubt').length).toBeLessThanOrEqual(8);
    // No journal end: the run is not finished.
    expect(readFileSync(journal, 'utf8')).not.toMatch(/"t":"end"/);

    const resumed = await importCli(sandbox, 'customers', file, dir, [...FAST, '--resume']);
    expect(resumed.code).toBe(0);
    expect(summaryOf(resumed)).toMatchObject({ total: TERM_ROWS, counts: { created: TERM_ROWS } });
    expectEachOnce('RT-', `${dir}/besar.result.csv`, TERM_ROWS);
  });

  it('a stop never hangs: SIGINT during a long Retry-After pause exits 130, then --resume finishes', async () => {
    const dir = folder(tmp, 'pause');
    const count = 50;
    const file = writeText(`${dir}/jeda.csv`, generatedCustomersCsv('RP-', count));
    // The server asks for two minutes' rest (the client waits at most 60 s): the whole queue pauses.
    sandbox.script({
      method: 'POST',
      path: '/extapi/v1.0/customers',
      action: 'status',
      status: 429,
      retryAfterSec: 120,
    });
    const before = sandbox.requests.length;
    let child: ChildProcess | undefined;
    const run = importCli(sandbox, 'customers', file, dir, [...FAST, '--timeout', '2000'], {
      onStart: (c) => (child = c),
      timeoutMs: 40_000, // a hang would be killed here (signal SIGKILL) and fail the exit code check
    });
    await waitFor(() => sandbox.requests.slice(before).some((r) => r.status === 429), 20_000, 'the 429');
    child?.kill('SIGINT');
    const stopped = await run;
    expect(stopped.signal).toBeNull();
    expect(stopped.code).toBe(130);
    const summary = summaryOf(stopped);
    expect(summary.interrupted).toBe('SIGINT');
    expect(summary.counts.not_sent).toBeGreaterThan(0);
    expect(summary.counts.skipped).toBeUndefined();

    const resumed = await importCli(sandbox, 'customers', file, dir, [...FAST, '--resume']);
    expect(resumed.code).toBe(0);
    expect(summaryOf(resumed)).toMatchObject({ total: count, counts: { created: count } });
    expectEachOnce('RP-', `${dir}/jeda.result.csv`, count);
  });

  it('a stop while reading the existing records (upsert) also ends at once: exit 143, nothing written', async () => {
    const dir = folder(tmp, 'index');
    const file = writeText(`${dir}/indeks.csv`, generatedCustomersCsv('RI-', 5));
    sandbox.script({
      method: 'GET',
      path: '/extapi/v1.0/customers',
      action: 'status',
      status: 429,
      retryAfterSec: 120,
    });
    const before = sandbox.requests.length;
    let child: ChildProcess | undefined;
    const run = importCli(
      sandbox,
      'customers',
      file,
      dir,
      [...FAST, '--mode', 'upsert', '--timeout', '2000'],
      {
        onStart: (c) => (child = c),
        timeoutMs: 40_000,
      },
    );
    await waitFor(() => sandbox.requests.slice(before).some((r) => r.status === 429), 20_000, 'the 429');
    child?.kill('SIGTERM');
    const stopped = await run;
    expect(stopped.signal).toBeNull();
    expect(stopped.code).toBe(143);
    expect(stopped.stderr).toMatch(/stopped by SIGTERM before any row was sent/);
    expect(sandbox.requests.slice(before).filter((r) => r.method === 'POST')).toEqual([]);
    expect(existsSync(`${dir}/indeks.result.csv`)).toBe(false);
    expect(existsSync(`${dir}/indeks.journal.jsonl`)).toBe(false);
  });
});
