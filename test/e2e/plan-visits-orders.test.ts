/**
 * End to end (issue #15): `plan visits` and `plan orders` resolve references and make the reads
 * import makes before sending (an identical visit, an order with the same number), GET only — and
 * say for each row what `import` then does on a twin sandbox holding the same data.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { codes, importField, resultRows, writeCsv } from './field-helpers.js';

const tmp = tempDir('plan-visits-orders');
let sandbox: Sandbox;
let twin: Sandbox;

beforeAll(async () => {
  [sandbox, twin] = await Promise.all([
    startSandbox({ today: '2026-03-10' }),
    startSandbox({ today: '2026-03-10' }),
  ]);
});
afterAll(async () => {
  await Promise.all([sandbox.close(), twin.close()]);
  tmp.cleanup();
});

const writesSince = (box: Sandbox, since: number) =>
  box.requests.slice(since).filter((r) => r.method !== 'GET');

/** import's result status as the action a plan names for it. */
const ACTION: Record<string, string> = {
  created: 'create',
  invalid: 'invalid',
  skipped: 'skip',
  unchanged: 'unchanged',
};

/** The same data on both sandboxes: `seed` imported on each. */
async function seedBoth(entity: 'visits' | 'orders', seed: string): Promise<void> {
  for (const [name, box] of [
    ['a', sandbox],
    ['b', twin],
  ] as const) {
    const result = await importField(box, entity, seed, tmp.path(`seed-${entity}-${name}`));
    expect(result.code).toBe(0);
  }
}

/** Plan on one sandbox, import on its twin: the plan's rows against import's, and the plan's writes. */
async function planThenImport(entity: 'visits' | 'orders', file: string, name: string) {
  const planDir = tmp.path(`plan-${entity}`);
  const before = sandbox.requests.length;
  const plan = await runCli(['plan', entity, file, '--out-dir', planDir, '--json', '--rate', '200'], {
    env: cliEnv(sandbox),
  });
  const writes = writesSince(sandbox, before);
  const reads = sandbox.requests.length - before;
  const planned = readCsv(`${planDir}/${name.replace(/\.csv$/, '.plan.csv')}`);
  const importDir = tmp.path(`import-${entity}`);
  const imported = await importField(twin, entity, file, importDir);
  const results = await resultRows(importDir, name);
  return { plan, writes, reads, planned, imported, results };
}

describe('plan visits and orders', () => {
  it('visits: an unknown customer or salesperson is invalid and an existing visit unchanged, as import finds them', async () => {
    const header = ['Tanggal', 'Kode Pelanggan', 'Sales'];
    await seedBoth(
      'visits',
      writeCsv(tmp.path('seed-visits.csv'), header, [['2026-11-09', 'C-0002', 'S-014']]),
    );
    const file = writeCsv(tmp.path('kunjungan.csv'), header, [
      ['2026-11-10', 'C-0001', 'S-014'], // valid
      ['2026-11-10', 'C-9999', 'S-014'], // no such customer
      ['2026-11-10', 'C-0003', 'Joko'], // no such salesperson
      ['2026-11-09', 'C-0002', 'S-014'], // already there
    ]);
    const r = await planThenImport('visits', file, 'kunjungan.csv');

    expect(r.writes).toEqual([]);
    expect(r.reads).toBeGreaterThan(0);
    expect(r.plan.code).toBe(2);
    expect(summaryOf(r.plan).actions).toEqual({ create: 1, invalid: 2, unchanged: 1 });
    const plannedRows = r.planned.map((p) => [p._row, p._action, codes(p._reason)]);
    expect(plannedRows).toEqual([
      ['2', 'create', []],
      ['3', 'invalid', ['REF_NOT_FOUND']],
      ['4', 'invalid', ['REF_NOT_FOUND']],
      ['5', 'unchanged', ['VISIT_EXISTS']],
    ]);
    expect(r.planned[1]._reason).toMatch(/^Kode Pelanggan: .*"C-9999"/);
    expect(r.planned[2]._reason).toMatch(/^Sales: .*"Joko"/);
    // The id of the visit already there, as import reports it.
    expect(r.planned[3]._id).toBe(
      String(sandbox.state.visits().find((v) => v.date === '2026-11-09' && v.team_id === 24728)?.id),
    );

    // import on the twin does what the plan said, row by row and reason by reason.
    expect(r.imported.code).toBe(2);
    expect(r.results.map((x) => [x._row, ACTION[x._status], codes(x._error)])).toEqual(plannedRows);
    expect(r.results[1]._error).toBe(r.planned[1]._reason);
    expect(r.results[2]._error).toBe(r.planned[2]._reason);
  });

  it('orders: an unknown customer or product is invalid and an existing order number a skip, as import finds them', async () => {
    const header = ['No Order', 'Tanggal', 'Kode Pelanggan', 'Kode Produk', 'Jumlah'];
    await seedBoth(
      'orders',
      writeCsv(tmp.path('seed-orders.csv'), header, [['B-4', '2026-12-05', 'C-0004', 'P-1002', 1]]),
    );
    const file = writeCsv(tmp.path('pesanan.csv'), header, [
      ['B-1', '2026-12-05', 'C-0001', 'P-1001', 2], // valid
      ['B-2', '2026-12-05', 'C-9999', 'P-1001', 1], // no such customer
      ['B-3', '2026-12-05', 'C-0003', 'P-9999', 1], // no such product
      ['B-4', '2026-12-05', 'C-0004', 'P-1002', 1], // that order is already there
    ]);
    const r = await planThenImport('orders', file, 'pesanan.csv');

    expect(r.writes).toEqual([]);
    expect(r.reads).toBeGreaterThan(0);
    expect(r.plan.code).toBe(2);
    expect(summaryOf(r.plan).actions).toEqual({ create: 1, invalid: 2, skip: 1 });
    const plannedRows = r.planned.map((p) => [p._row, p._action, codes(p._reason)]);
    expect(plannedRows).toEqual([
      ['2', 'create', []],
      ['3', 'invalid', ['REF_NOT_FOUND']],
      ['4', 'invalid', ['REF_NOT_FOUND']],
      ['5', 'skip', ['ORDER_EXISTS']],
    ]);
    expect(r.planned[1]._reason).toMatch(/^Kode Pelanggan: .*"C-9999"/);
    expect(r.planned[2]._reason).toMatch(/^Kode Produk: .*"P-9999"/);
    const existing = sandbox.state.orders().find((o) => o.ext_order_no === 'B-4');
    expect(r.planned[3]._id).toBe(String(existing?.id));

    expect(r.imported.code).toBe(2);
    expect(r.results.map((x) => [x._row, ACTION[x._status], codes(x._error)])).toEqual(plannedRows);
    expect(r.results[1]._error).toBe(r.planned[1]._reason);
    expect(r.results[2]._error).toBe(r.planned[2]._reason);
    // Only the valid order was created by import, once.
    expect(twin.state.orders().filter((o) => o.ext_order_no === 'B-1')).toHaveLength(1);
    expect(sandbox.state.orders().filter((o) => o.ext_order_no === 'B-1')).toHaveLength(0);
  });
});
