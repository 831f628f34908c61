/**
 * End to end: orders over a date range, found through the visits of those dates (the API has no
 * order list) and fetched one by one — checked line by line against the orders the sandbox holds,
 * in both layouts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import type { OrderRecord } from '../../src/sandbox/index.js';
import { exportCli, readExportCsv, readWorkbook } from './export-helpers.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-orders');
const FROM = '2026-10-31';
const TO = '2026-11-01';

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-11-02' });
  // Orders of our own in the range, with several lines, units, both discount forms and an order
  // discount, placed through the API as an ERP would.
  const { sandboxClient } = await import('./export-helpers.js');
  const client = sandboxClient(sandbox);
  const [c1, c2] = sandbox.state.customers();
  const [p1, p2, p3] = sandbox.state.products();
  const member = sandbox.state.teams()[2];
  await client.orders.create({
    date: '2026-11-01',
    customer_id: c1.id,
    team_id: member.id,
    ext_order_no: 'ERP-1',
    description: 'Kirim pagi',
    disc_percent: '2+1',
    total_paid: 1000,
    status: 'Diproses',
    ordered_products: [
      { product_id: p1.id, qty: 3, unit: p1.product_units[0].name, price: 3400, item_disc_percent: '10+5' },
      { product_id: p2.id, qty: 1.5, unit: p2.product_units[1].name, price: 120000, item_disc_amount: 1500 },
      { product_id: p3.id, qty: 7, unit: p3.product_units[0].name, price: 999, description: 'bonus' },
    ],
  });
  await client.orders.create({
    date: '2026-10-31',
    customer_id: c2.id,
    ext_order_no: 'ERP-2',
    disc_amount: 5000,
    ordered_products: [{ product_id: p2.id, qty: 2, unit: p2.product_units[0].name, price: 3200 }],
  });
  // Outside the range: must not appear.
  await client.orders.create({
    date: '2026-11-02',
    customer_id: c2.id,
    ext_order_no: 'ERP-3',
    ordered_products: [{ product_id: p1.id, qty: 1, unit: p1.product_units[0].name, price: 3500 }],
  });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

/** The orders of the range as the sandbox stores them, in the order of their visits. */
function ordersInRange(): OrderRecord[] {
  const byId = new Map(sandbox.state.orders().map((o) => [o.id, o]));
  return sandbox.state
    .visits()
    .filter((v) => v.date >= FROM && v.date <= TO && v.order_id)
    .map((v) => byId.get(v.order_id as string) as OrderRecord);
}

/** A stored order line in the export's words, straight from the sandbox's own record. */
function expectedLines(orders: OrderRecord[]) {
  const customers = new Map(sandbox.state.customers().map((c) => [c.id, c]));
  const teams = new Map(sandbox.state.teams().map((m) => [m.id, m]));
  const text = (v: string | null | undefined) => v ?? '';
  const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  return orders.flatMap((o) =>
    o.lines.map((l) => ({
      order_id: o.id,
      ext_order_no: text(o.ext_order_no),
      date: o.date,
      customer: text(customers.get(o.customer_id)?.ext_cust_no),
      customer_id: String(o.customer_id),
      team: text(teams.get(o.team_id)?.ext_salesman_number),
      team_id: String(o.team_id),
      status: o.status,
      description: text(o.description),
      disc_percent: text(o.disc_percent),
      disc_amount: num(o.disc_amount),
      total_paid: num(o.total_paid),
      ext_order_status_name: text(o.ext_order_status_name),
      product: text(l.ext_product_code),
      product_id: String(l.product_id),
      qty: String(l.qty),
      unit: l.unit.name,
      price: String(l.price),
      item_disc_percent: text(l.item_disc_percent),
      item_disc_amount: num(l.item_disc_amount),
      line_description: text(l.description),
    })),
  );
}

describe('orders over a date range', () => {
  it('CSV, one row per line: every line of every order in the range, field by field', async () => {
    const out = tmp.path('orders-{from}-{to}.csv');
    const result = await exportCli(sandbox, ['orders', '--from', FROM, '--to', TO, '--out', out]);
    expect(result.code).toBe(0);
    const file = tmp.path(`orders-${FROM}-${TO}.csv`);
    const orders = ordersInRange();
    expect(orders.map((o) => o.ext_order_no)).toEqual(expect.arrayContaining(['ERP-1', 'ERP-2']));
    expect(orders.some((o) => o.ext_order_no === 'ERP-3')).toBe(false);
    const { rows } = readExportCsv(file);
    expect(rows).toEqual(expectedLines(orders));
    expect(summaryOf(result).total).toBe(orders.length);
    // Found through the visits and fetched by id: a GET per order of the range, none for other dates.
    const fetched = new Set(
      sandbox.requests
        .filter((r) => r.method === 'GET' && r.path.includes('/orders/'))
        .map((r) => r.path.split('/').pop()),
    );
    for (const o of orders) expect(fetched.has(o.id)).toBe(true);
    const outside = sandbox.state.orders().find((o) => o.ext_order_no === 'ERP-3') as OrderRecord;
    expect(fetched.has(outside.id)).toBe(false);
  });

  it('XLSX with --layout sheets: an orders sheet and an order_lines sheet, typed cells', async () => {
    const out = tmp.path('orders.xlsx');
    const result = await exportCli(sandbox, [
      'orders',
      '--from',
      FROM,
      '--to',
      TO,
      '--out',
      out,
      '--layout',
      'sheets',
    ]);
    expect(result.code).toBe(0);
    const orders = ordersInRange();
    const lines = expectedLines(orders);
    const [orderSheet, lineSheet] = await readWorkbook(out);
    expect([orderSheet.name, lineSheet.name]).toEqual(['orders', 'order_lines']);
    const headerKeys = orderSheet.headers;
    expect(headerKeys).toEqual([
      'order_id',
      'ext_order_no',
      'date',
      'customer',
      'customer_id',
      'team',
      'team_id',
      'status',
      'description',
      'disc_percent',
      'disc_amount',
      'total_paid',
      'ext_order_status_name',
    ]);
    const firstLineOf = new Map<string, (typeof lines)[number]>();
    for (const l of lines) if (!firstLineOf.has(l.order_id)) firstLineOf.set(l.order_id, l);
    expect(orderSheet.rows).toEqual(
      orders.map((o) => {
        const l = firstLineOf.get(o.id) as Record<string, string>;
        return Object.fromEntries(headerKeys.map((h) => [h, l[h]]));
      }),
    );
    expect(lineSheet.headers.slice(0, 2)).toEqual(['order_id', 'ext_order_no']);
    expect(lineSheet.rows).toEqual(
      lines.map((l) =>
        Object.fromEntries(lineSheet.headers.map((h) => [h, (l as Record<string, string>)[h]])),
      ),
    );
    expect(summaryOf(result).sheets).toEqual({ orders: orders.length, order_lines: lines.length });
    // Typed: dates are dates, quantities and prices numbers, codes text.
    const row2 = lineSheet.sheet.getRow(2);
    const col = (h: string) => lineSheet.headers.indexOf(h) + 1;
    expect(typeof row2.getCell(col('qty')).value).toBe('number');
    expect(typeof row2.getCell(col('price')).value).toBe('number');
    expect(typeof row2.getCell(col('product')).value).toBe('string');
    expect(orderSheet.sheet.getRow(2).getCell(3).value).toBeInstanceOf(Date);
  });

  it('--layout sheets needs an XLSX file', async () => {
    const result = await exportCli(sandbox, ['orders', '--out', tmp.path('o.csv'), '--layout', 'sheets']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/CONFIG_INVALID/);
  });
});
