/**
 * End to end: Ctrl-C (SIGINT) in the middle of a keyless import, then `--resume` (issue 14, point 4).
 * A row is journaled `sending` only as its request leaves, so after a stop only the requests truly
 * on the wire (at most --concurrency) are in doubt; the rows that never left are `not_sent` and the
 * resume simply sends them. The stop does not wait for a slow answer: the process has exited while
 * the sandbox still holds that answer back (order of events, no clock).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, summaryOf, tempDir } from './helpers.js';
import { errorCodes, folder, importCli, waitFor, writeText } from './import-helpers.js';
import { keylessCustomersCsv, storedNameCounts } from './stop-helpers.js';

const CUSTOMERS = '/extapi/v1.0/customers';
const CONCURRENCY = 2;
const RATE = ['--rate', '20', '--concurrency', String(CONCURRENCY), '--log-level', 'warn'];
/** Longer than the 3 s a stop may take: the answer comes after the process is gone. */
const HELD_MS = 8_000;
let sandbox: Sandbox;
const tmp = tempDir('import-stop');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty', latencyMs: 20 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

/** `sending` lines of the journal with no `done` line after them. */
function openSending(journalPath: string): number[] {
  const open = new Set<number>();
  for (const line of readFileSync(journalPath, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = JSON.parse(line) as { t: string; row: number };
    if (entry.t === 'sending') open.add(entry.row);
    if (entry.t === 'done') open.delete(entry.row);
  }
  return [...open];
}

describe('stop (SIGINT) and resume of a keyless import', () => {
  it('in doubt only what was on the wire, never-sent rows not_sent, exit before a held answer, resume sends the rest once', async () => {
    const rows = 160;
    const prefix = 'KS-';
    const dir = folder(tmp, 'sigint');
    const file = writeText(`${dir}/tanpa-kunci.csv`, keylessCustomersCsv(prefix, rows));
    const journal = `${dir}/tanpa-kunci.journal.jsonl`;
    const since = sandbox.requests.length;
    const posts = () =>
      sandbox.requests.slice(since).filter((r) => r.method === 'POST' && r.path === CUSTOMERS);

    let child: ChildProcess | undefined;
    const run = importCli(sandbox, 'customers', file, dir, RATE, { onStart: (c) => (child = c) });
    await waitFor(() => posts().length >= 20, 30_000, '20 creates');
    // The next create is applied at once but answered only after HELD_MS.
    sandbox.script({ method: 'POST', path: CUSTOMERS, action: 'delay', ms: HELD_MS });
    await waitFor(() => posts().some((r) => r.fault === 'delay'), 10_000, 'the held create');
    child?.kill('SIGINT');
    const stopped = await run;
    const held = posts().find((r) => r.fault === 'delay');
    // The process is gone while the server still holds the answer back: the stop did not wait for it.
    expect(held?.status).toBe(0);
    expect(stopped.signal).toBeNull();
    expect(stopped.code).toBe(130);

    const received = posts().length;
    expect(received).toBeLessThan(rows);
    // Only requests that had left are journaled without an answer: at most --concurrency.
    expect(openSending(journal).length).toBeLessThanOrEqual(CONCURRENCY);
    expect(openSending(journal).length).toBeGreaterThanOrEqual(1); // the held one

    const summary = summaryOf(stopped);
    expect(summary.interrupted).toBe('SIGINT');
    expect(summary.counts.in_doubt ?? 0).toBeLessThanOrEqual(CONCURRENCY);
    const sheet = readCsv(`${dir}/tanpa-kunci.result.csv`);
    expect(sheet.filter((r) => r._status === 'skipped')).toEqual([]);
    const notSent = sheet.filter((r) => r._status === 'not_sent');
    expect(notSent.length).toBeGreaterThan(0);
    expect(notSent.filter((r) => errorCodes(r._error).join() !== 'INTERRUPTED')).toEqual([]);
    // No row the server never received is reported created or in doubt.
    const reported = sheet.filter((r) => r._status === 'created' || r._status === 'in_doubt').length;
    expect(reported).toBeLessThanOrEqual(received);
    expect(sheet.length).toBe(summary.total);
    // The speed counts the rows handled, not those never sent (they were not worked on).
    const handled = Number(summary.total) - notSent.length;
    expect(summary.rate).toBeCloseTo(handled / (Number(summary.durationMs) / 1000), 6);

    // Let the held answer come, so the server's state is final before the resume looks.
    await waitFor(() => held?.status !== 0, 30_000, 'the held answer');
    const resumed = await importCli(sandbox, 'customers', file, dir, [...RATE, '--resume']);
    expect(resumed.stderr).not.toMatch(/INTERNAL/);
    const after = summaryOf(resumed);
    // In doubt: at most the requests that were on the wire at the stop (keyless: cannot be looked up).
    expect(after.counts.in_doubt ?? 0).toBeLessThanOrEqual(CONCURRENCY);
    expect(after.counts.not_sent ?? 0).toBe(0);
    expect(resumed.code).toBe((after.counts.in_doubt ?? 0) > 0 ? 3 : 0);
    // Every row exactly once on the server: the in-doubt ones were not resent, the rest were sent.
    const counts = storedNameCounts(sandbox, prefix);
    expect(counts.size).toBe(rows);
    expect([...counts.entries()].filter(([, n]) => n !== 1)).toEqual([]);
    expect(after.counts.created).toBe(rows - (after.counts.in_doubt ?? 0));
  });
});
