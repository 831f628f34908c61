/**
 * End to end: Ctrl-C (SIGINT) while created rows wait for their batched id lookup (created-ids.ts).
 * Such a row's create went through: the stopped run must not call it `not_sent` ("no request left").
 * What the result sheet says is checked against what the server holds, then `--resume` finishes
 * every row once.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  customersWithPrefix,
  errorCodes,
  folder,
  generatedCustomersCsv,
  importCli,
  waitFor,
  writeText,
} from './import-helpers.js';

const CUSTOMERS = '/extapi/v1.0/customers';
/** Slow enough that the rows created in the last second still wait for their lookup at the stop. */
const RATE = ['--rate', '20', '--concurrency', '2', '--log-level', 'warn'];
let sandbox: Sandbox;
const tmp = tempDir('import-stop-lookup');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty', latencyMs: 20 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe('stop (SIGINT) while created rows wait for their id lookup', () => {
  it('reports every record on the server as created or in doubt, none not_sent; resume finishes each once', async () => {
    const rows = 200;
    const prefix = 'SL-';
    const dir = folder(tmp, 'lookup');
    const file = writeText(`${dir}/pelanggan.csv`, generatedCustomersCsv(prefix, rows));
    const since = sandbox.requests.length;
    const posts = () =>
      sandbox.requests.slice(since).filter((r) => r.method === 'POST' && r.path === CUSTOMERS);

    let child: ChildProcess | undefined;
    const run = importCli(sandbox, 'customers', file, dir, RATE, { onStart: (c) => (child = c) });
    await waitFor(() => posts().length >= 30, 60_000, '30 creates');
    child?.kill('SIGINT');
    const stopped = await run;
    expect(stopped.code).toBe(130);
    const summary = summaryOf(stopped);
    expect(summary.interrupted).toBe('SIGINT');

    const onServer = new Set(customersWithPrefix(sandbox, prefix).map((c) => c.ext_cust_no as string));
    expect(onServer.size).toBeGreaterThan(0);
    expect(onServer.size).toBeLessThan(rows);
    const sheet = readCsv(`${dir}/pelanggan.result.csv`);
    expect(sheet.length).toBe(rows);
    const reportedSent = new Set(
      sheet.filter((r) => r._status === 'created' || r._status === 'in_doubt').map((r) => r.ext_cust_no),
    );
    // Every record the run made on the server is reported as sent (created or in doubt)…
    expect([...onServer].filter((key) => !reportedSent.has(key))).toEqual([]);
    // …and no row reported not_sent is on the server.
    const notSent = sheet.filter((r) => r._status === 'not_sent').map((r) => r.ext_cust_no);
    expect(notSent.length).toBeGreaterThan(0);
    expect(notSent.filter((key) => onServer.has(key))).toEqual([]);
    // A created row whose id lookup the stop cut short says so (the resume fills the id in).
    const noId = sheet.filter((r) => r._status === 'created' && !r._id);
    expect(noId.filter((r) => !errorCodes(r._error).includes('INTERRUPTED'))).toEqual([]);
    // The summary counts agree with the sheet.
    expect(summary.counts.not_sent).toBe(notSent.length);
    expect((summary.counts.created ?? 0) + (summary.counts.in_doubt ?? 0)).toBe(reportedSent.size);

    const resumed = await importCli(sandbox, 'customers', file, dir, [...RATE, '--resume']);
    expect(resumed.stderr).not.toMatch(/INTERNAL/);
    const after = summaryOf(resumed);
    expect(resumed.code).toBe(0);
    expect(after.counts.created).toBe(rows);
    const stored = customersWithPrefix(sandbox, prefix);
    expect(stored.length).toBe(rows);
    expect(new Set(stored.map((c) => c.ext_cust_no)).size).toBe(rows);
    const final = readCsv(`${dir}/pelanggan.result.csv`);
    const idOf = new Map(stored.map((c) => [c.ext_cust_no as string, String(c.id)]));
    expect(final.filter((r) => r._status !== 'created' || r._id !== idOf.get(r.ext_cust_no))).toEqual([]);
  });
});
