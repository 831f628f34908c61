/**
 * End to end: `--since last` over three runs with changes between them exports each change once —
 * customers by their update time, orders and visits by date (with the overlap that catches late
 * entries), and nothing again that an earlier run already exported.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { addDays, todayIn } from '../../src/export/index.js';
import { exportCli, readExportCsv, sandboxClient } from './export-helpers.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-since');
/** The sandbox places its demo visits around today in Jakarta, as the export's "today" is. */
const today = todayIn('Asia/Jakarta');

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

async function run(entity: string, name: string) {
  const out = tmp.path(name);
  const result = await exportCli(sandbox, [entity, '--out', out, '--since', 'last']);
  expect(result.stderr).not.toMatch(/error \[/);
  expect(result.code).toBe(0);
  return { rows: readExportCsv(out).rows, summary: summaryOf(result) };
}

describe('customers: by update time', () => {
  it('exports every change once over three runs', async () => {
    const client = sandboxClient(sandbox);
    const first = await run('customers', 'customers-1.csv');
    expect(first.rows).toHaveLength(sandbox.state.customers().length);
    expect(first.summary.files).toMatchObject({ state: tmp.path('.customers.export-state.json') });

    const [a, b, c] = sandbox.state.customers();
    await client.customers.update(a.id, { name: 'Toko Ganti Nama' });
    await client.customers.create({ name: 'Toko Baru', ext_cust_no: 'NEW-1' });
    const second = await run('customers', 'customers-2.csv');
    expect(second.rows.map((r) => [r.ext_cust_no, r.name])).toEqual([
      [a.ext_cust_no, 'Toko Ganti Nama'],
      ['NEW-1', 'Toko Baru'],
    ]);

    await client.customers.update(a.id, { city: 'Kudus' });
    await client.customers.update(c.id, { tags: ['pindah'] });
    const third = await run('customers', 'customers-3.csv');
    expect(third.rows.map((r) => [r.id, r.city, r.tags])).toEqual([
      [String(a.id), 'Kudus', a.tags.join(', ')],
      [String(c.id), c.city ?? '', 'pindah'],
    ]);
    expect(third.rows.some((r) => r.id === String(b.id))).toBe(false);

    const fourth = await run('customers', 'customers-4.csv');
    expect(fourth.rows).toEqual([]); // nothing changed: a file with the header only
    const state = JSON.parse(readFileSync(tmp.path('.customers.export-state.json'), 'utf8'));
    expect(state).toMatchObject({ version: 1, entity: 'customers', lastRun: { records: 0 } });
    expect(Date.parse(state.updatedSince)).toBeGreaterThan(Date.parse(a.updated_at));
  });
});

describe('orders and visits: by date, with overlap', () => {
  it('exports each new order once, late entries and orders on old visits included', async () => {
    const client = sandboxClient(sandbox);
    const [p1] = sandbox.state.products();
    const customers = sandbox.state.customers().filter((c) => c.status);
    const line = { product_id: p1.id, qty: 1, unit: p1.product_units[0].name, price: 3500 };
    const order = (ext: string, date: string, customerId = customers[0].id, teamId?: number) =>
      client.orders.create({
        date,
        customer_id: customerId,
        ...(teamId ? { team_id: teamId } : {}),
        ext_order_no: ext,
        ordered_products: [line],
      });
    const orderNos = (rows: Array<Record<string, string>>) => [...new Set(rows.map((r) => r.ext_order_no))];

    const first = await run('orders', 'orders-1.csv');
    expect(first.summary.total).toBe(sandbox.state.orders().length);
    const visits1 = await run('visits', 'visits-1.csv');
    expect(visits1.rows).toHaveLength(sandbox.state.visits().length);

    await order('X-TODAY', today);
    await order('X-TOMORROW', addDays(today, 1)); // planned ahead: no upper date bound
    const second = await run('orders', 'orders-2.csv');
    expect(orderNos(second.rows)).toEqual(['X-TODAY', 'X-TOMORROW']);
    const visits2 = await run('visits', 'visits-2.csv');
    expect(visits2.rows.map((r) => r.date)).toEqual([today, addDays(today, 1)]);

    // A late entry for yesterday (within the overlap), and an order taken at a visit planned
    // before the first run (an old visit, a new order).
    await order('X-LATE', addDays(today, -1));
    const planned = sandbox.state.visits().find((v) => v.date === today && v.order_id === null);
    expect(planned).toBeDefined();
    await order('X-PLANNED', today, planned?.customer_id, planned?.team_id);
    expect(sandbox.state.visits().find((v) => v.id === planned?.id)?.order_id).not.toBeNull();
    const third = await run('orders', 'orders-3.csv');
    expect(orderNos(third.rows)).toEqual(expect.arrayContaining(['X-LATE', 'X-PLANNED']));
    expect(orderNos(third.rows)).toHaveLength(2);

    const all = [...first.rows, ...second.rows, ...third.rows];
    const ids = [...new Set(all.map((r) => r.order_id))];
    expect(ids).toHaveLength(sandbox.state.orders().length); // each order exactly once over the runs
    const visits3 = await run('visits', 'visits-3.csv');
    expect(visits3.rows.map((r) => r.date)).toEqual([addDays(today, -1)]); // the late visit only
  });
});
