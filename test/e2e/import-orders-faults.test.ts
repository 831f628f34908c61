/**
 * End to end, under faults: 500 orders (some of several lines) imported while a tenth of the writes
 * are applied and then fail (connection dropped or 502). Every lost answer must be reconciled
 * through the visits: afterwards exactly one order per ext_order_no, each line with its order's id.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';
import { importField, resultRows, writeCsv } from './field-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-orders-faults');
const ORDERS = 500;

beforeAll(async () => {
  sandbox = await startSandbox({
    today: '2026-03-10',
    rateLimit: 1000,
    commitFailRate: 0.1,
    commitFailMode: 'mixed',
    randomSeed: 4,
  });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe('import orders under commit-then-fail faults', () => {
  it('creates exactly one order per ext_order_no, and reports each with its id', async () => {
    const rows: Array<Array<string | number>> = [];
    for (let i = 1; i <= ORDERS; i++) {
      const no = `F-${String(i).padStart(4, '0')}`;
      // Several orders per customer and day, so lookups must tell them apart by ext_order_no.
      const customer = `C-${String((i % 19) + 1).padStart(4, '0')}`;
      const date = `2026-12-${String((i % 5) + 10)}`;
      rows.push([no, date, customer, `P-100${(i % 9) + 1}`, (i % 4) + 1, '']);
      if (i % 3 === 0) rows.push([no, '', '', 'P-1001', 1, 'DUS']); // a second line
    }
    const file = writeCsv(
      tmp.path('banyak.csv'),
      ['ext_order_no', 'date', 'customer', 'product', 'qty', 'unit'],
      rows,
    );
    const result = await importField(sandbox, 'orders', file, tmp.path('out'), [
      '--rate',
      '400',
      '--concurrency',
      '8',
    ]);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ created: rows.length });

    // Faults did happen: some POSTs were answered with 502 or not at all, after being applied.
    const posts = sandbox.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/orders'));
    expect(posts.filter((r) => r.status !== 200).length).toBeGreaterThan(10);

    const byNo = new Map<string, string[]>();
    for (const o of sandbox.state.orders()) {
      if (o.ext_order_no?.startsWith('F-'))
        byNo.set(o.ext_order_no, [...(byNo.get(o.ext_order_no) ?? []), o.id]);
    }
    expect(byNo.size).toBe(ORDERS);
    expect([...byNo.values()].filter((ids) => ids.length !== 1)).toEqual([]);

    const sheet = await resultRows(tmp.path('out'), 'banyak.csv');
    expect(sheet).toHaveLength(rows.length);
    expect(sheet.filter((r) => r._id !== byNo.get(r.ext_order_no)?.[0])).toEqual([]);
  });
});
