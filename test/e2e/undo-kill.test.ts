/**
 * `undo` killed (SIGKILL: no clean stop) halfway, then `undo --resume`: the server ends as the run
 * found it, as an undo that was never interrupted would leave it (docs/UNDO.md).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { importCli, waitFor } from './import-helpers.js';
import { writeCsv } from './field-helpers.js';

const ROWS = 40;
let sandbox: Sandbox;
const tmp = tempDir('undo-kill');

beforeAll(async () => {
  // Some latency, so that requests are on the wire when the kill comes.
  sandbox = await startSandbox({ latencyMs: 20, jitterMs: 40, requestLogLimit: 100_000 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const env = () => cliEnv(sandbox);
const deletesSince = (since: number) =>
  sandbox.requests.slice(since).filter((r) => r.method === 'DELETE' && r.status === 200).length;

async function customersExport(): Promise<string[]> {
  const out = tmp.path(`export-${Date.now()}.csv`);
  expect((await runCli(['export', 'customers', '--out', out], { env: env() })).code).toBe(0);
  return readCsv(out)
    .map(({ id: _id, ...rest }) => JSON.stringify(rest))
    .sort();
}

describe('undo killed and resumed', () => {
  it('SIGKILL during undo, then undo --resume: every created record deleted, none twice', async () => {
    const before = await customersExport();
    const rows = Array.from({ length: ROWS }, (_, i) => [
      `K-${String(i).padStart(3, '0')}`,
      `Toko Kill ${i}`,
    ]);
    const file = writeCsv(tmp.path('banyak.csv'), ['ext_cust_no', 'name'], rows);
    const out = tmp.path('banyak');
    expect(summaryOf(await importCli(sandbox, 'customers', file, out)).counts).toEqual({ created: ROWS });
    const source = `${out}/banyak.result.csv`;

    const since = sandbox.requests.length;
    const killed = await runCli(['undo', source, '--yes', '--rate', '10', '--concurrency', '3', '--json'], {
      env: env(),
      onStart: (child) => {
        void waitFor(() => deletesSince(since) >= 12, 60_000, 'twelve deletes').then(() =>
          child.kill('SIGKILL'),
        );
      },
    });
    expect(killed.signal).toBe('SIGKILL');
    const afterKill = deletesSince(since);
    expect(afterKill).toBeLessThan(ROWS);

    // Without --resume the unfinished undo is not started over.
    const refused = await runCli(['undo', source, '--json'], { env: env() });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/JOURNAL_MISMATCH/);

    const resumed = await runCli(['undo', source, '--yes', '--resume', '--json', '--rate', '200'], {
      env: env(),
    });
    expect(resumed.code).toBe(0);
    const summary = summaryOf(resumed);
    expect(summary.counts).toEqual({ deleted: ROWS });
    // Each record deleted once: the resume sent only what the killed undo had not.
    expect(deletesSince(since)).toBe(ROWS);
    expect(await customersExport()).toEqual(before);

    const done = await runCli(['undo', source, '--yes', '--resume', '--json'], { env: env() });
    expect(done.code).toBe(0);
  });

  it('Ctrl-C during undo stops cleanly (exit 130, sheet and journal written), then --resume finishes it', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => [`I-${String(i).padStart(3, '0')}`, `Toko Int ${i}`]);
    const file = writeCsv(tmp.path('sela.csv'), ['ext_cust_no', 'name'], rows);
    const out = tmp.path('sela');
    expect(summaryOf(await importCli(sandbox, 'customers', file, out)).counts).toEqual({ created: 20 });
    const source = `${out}/sela.result.csv`;
    const since = sandbox.requests.length;
    const stopped = await runCli(['undo', source, '--yes', '--rate', '5', '--json'], {
      env: env(),
      onStart: (child) => {
        void waitFor(() => deletesSince(since) >= 3, 60_000, 'three deletes').then(() =>
          child.kill('SIGINT'),
        );
      },
    });
    expect(stopped.code).toBe(130);
    const summary = summaryOf(stopped);
    expect(summary.interrupted).toBe('SIGINT');
    expect(
      (summary.counts.deleted ?? 0) + (summary.counts.not_sent ?? 0) + (summary.counts.in_doubt ?? 0),
    ).toBe(20);
    expect(summary.counts.not_sent).toBeGreaterThan(0);
    const sheet = readCsv(`${out}/sela.undo.result.csv`);
    expect(sheet.filter((r) => r._status === 'deleted')).toHaveLength(summary.counts.deleted ?? 0);

    const resumed = await runCli(['undo', source, '--yes', '--resume', '--json', '--rate', '200'], {
      env: env(),
    });
    expect(resumed.code).toBe(0);
    expect(summaryOf(resumed).counts).toEqual({ deleted: 20 });
    expect(sandbox.state.customers().filter((c) => c.ext_cust_no?.startsWith('I-'))).toEqual([]);
    expect(deletesSince(since)).toBe(20);
  });
});
