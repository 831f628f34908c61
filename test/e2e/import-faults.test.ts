/**
 * End to end, the safety model under fire: 2,000 new customers in upsert mode against a sandbox that
 * answers 10 % of requests with a 5xx and drops the answer of 5 % of writes after applying them.
 * Afterwards the server holds each customer once, and every row has a final status.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  customersWithPrefix,
  folder,
  generatedCustomersCsv,
  importCli,
  writeText,
} from './import-helpers.js';

const ROWS = 2000;
let sandbox: Sandbox;
const tmp = tempDir('import-faults');

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 'demo',
    rateLimit: 500,
    failRate: 0.1,
    commitFailRate: 0.05,
    randomSeed: 20261101,
  });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe('faults: 10 % 5xx, 5 % commit-then-fail', () => {
  it('upserts 2,000 customers: each exactly once on the server, every row with a final status', async () => {
    const dir = folder(tmp, 'faults');
    const file = writeText(`${dir}/banyak.csv`, generatedCustomersCsv('F-', ROWS));
    const result = await importCli(sandbox, 'customers', file, dir, [
      '--mode',
      'upsert',
      '--rate',
      '400',
      '--concurrency',
      '8',
      '--log-level',
      'error',
    ]);
    expect(result.stderr).not.toMatch(/INTERNAL/);
    // The faults really happened: creates answered 5xx, and applied creates whose answer was lost.
    const posts = sandbox.requests.filter((r) => r.method === 'POST' && r.path === '/extapi/v1.0/customers');
    expect(posts.filter((r) => r.fault === 'random-fail').length).toBeGreaterThan(50);
    expect(posts.filter((r) => r.fault?.startsWith('random-commit')).length).toBeGreaterThan(20);

    const summary = summaryOf(result);
    const inDoubt = new Set(summary.inDoubtRows as number[]);
    expect(result.code).toBe(inDoubt.size > 0 ? 3 : 0);
    expect(summary.total).toBe(ROWS);
    expect((summary.counts.created ?? 0) + (summary.counts.in_doubt ?? 0)).toBe(ROWS);

    const stored = new Map<string, number[]>();
    for (const c of customersWithPrefix(sandbox, 'F-')) {
      stored.set(c.ext_cust_no as string, [...(stored.get(c.ext_cust_no as string) ?? []), c.id]);
    }
    const rows = readCsv(`${dir}/banyak.result.csv`);
    expect(rows).toHaveLength(ROWS);
    rows.forEach((row, i) => {
      expect(row._row).toBe(String(i + 2));
      const ids = stored.get(row.ext_cust_no) ?? [];
      if (row._status === 'in_doubt') {
        // Allowed only when listed, and never duplicated.
        expect(inDoubt.has(i + 2)).toBe(true);
        expect(ids.length).toBeLessThanOrEqual(1);
      } else {
        expect([row.ext_cust_no, row._status, ids.length]).toEqual([row.ext_cust_no, 'created', 1]);
        expect(row._id).toBe(String(ids[0]));
      }
    });
    expect(stored.size + [...inDoubt].filter((n) => !stored.has(rows[n - 2].ext_cust_no)).length).toBe(ROWS);
    expect(inDoubt.size).toBeLessThan(5);
  });
});
