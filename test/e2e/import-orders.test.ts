/**
 * End to end: `import orders` with the built CLI against the sandbox — lines grouped into orders
 * wherever they are, references resolved, every line reported with its order's outcome, nothing
 * partial and nothing twice; `--mode update-status`; `--resume` after a kill.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATHS } from '../../src/contract/index.js';
import type { OrderRecord, Sandbox } from '../../src/sandbox/index.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  codes,
  excelDate,
  importField,
  journalLines,
  requestsTo,
  resultRows,
  writeCsv,
  writeJournal,
  writeWorkbook,
} from './field-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-orders');

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-03-10' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const customerId = (code: string) => sandbox.state.customers().find((c) => c.ext_cust_no === code)?.id;
const productId = (code: string) => sandbox.state.products().find((p) => p.ext_product_code === code)?.id;
const ordersWith = (ext: string): OrderRecord[] =>
  sandbox.state.orders().filter((o) => o.ext_order_no === ext);
const only = (ext: string): OrderRecord => {
  const found = ordersWith(ext);
  expect([ext, found.length]).toEqual([ext, 1]);
  return found[0];
};
/** A stored line as the fields the import decides. */
const lineOf = (l: OrderRecord['lines'][number]) => ({
  product_id: l.product_id,
  qty: l.qty,
  unit: l.unit.name,
  price: l.price,
  item_disc_percent: l.item_disc_percent,
  item_disc_amount: l.item_disc_amount,
});

const HEADERS = [
  'No Order',
  'Tanggal',
  'Kode Pelanggan',
  'Sales',
  'Status',
  'Keterangan',
  'Kode Produk',
  'Jumlah',
  'Satuan',
  'Harga',
  'Diskon',
  'Diskon Rp',
];
// Lines of seven orders, interleaved; the header given once or repeated.
const LINES: Array<Array<string | number | Date>> = [
  [
    'A-101',
    excelDate('2026-12-01'),
    'C-0001',
    'S-014',
    'Baru',
    'kirim pagi',
    'P-1001',
    2,
    'DUS',
    '',
    '10+5',
    '',
  ],
  ['A-102', '01/12/2026', 'C-0002', 'Siti Rahayu', 'processing', '', 'P-1002', 12, '', '', '', 1500],
  ['A-101', '', '', '', '', '', 'P-1001', 3, 'pak', 16500, '', ''],
  ['A-103', '2026-12-02', 'C-0003', '', 'Lunas', '', 'P-1003', 1, 'DUS', '', '', ''],
  ['A-102', '01/12/2026', 'C-0002', 'Siti Rahayu', 'processing', '', 'P-1004', 2, 'PCS', 7000, '2.5', ''],
  ['A-104', '2026-12-02', 'C-0004', 'S-017', 'delivered', '', '', 1, '', '', '', ''], // no product code
  ['A-103', '', '', '', '', '', 'P-1005', 4, 'PCS', '', '', 250],
  ['A-105', '2026-12-03', 'C-0005', '', 'cancelled', '', 'P-1006', 1, 'BOX', '', '', ''], // no unit BOX
  ['A-104', '', '', '', '', '', 'P-1007', 1, '', '', '', ''],
  ['A-106', '2026-12-03', 'C-0006', 'S-015', 'Terkirim', '', 'P-1008', 24, 'PCS', '', '', ''],
  ['A-105', '', '', '', '', '', 'P-1009', 1, '', '', '', ''],
  ['A-107', '2026-12-04', 'C-0007', '', 'paid', '', 'P-1001', 1, '', '', '', ''],
];
const SENT = ['A-101', 'A-102', 'A-103', 'A-106', 'A-107'];

describe('import orders', () => {
  let file: string;
  beforeAll(async () => {
    file = await writeWorkbook(tmp.path('pesanan.xlsx'), HEADERS, LINES);
  });

  it('groups interleaved lines, resolves codes and units, and stores each order field by field', async () => {
    const out = tmp.path('first');
    const result = await importField(sandbox, 'orders', file, out);
    expect(result.code).toBe(2);
    expect(summaryOf(result)).toMatchObject({ total: 12, counts: { created: 8, invalid: 4 } });

    expect(only('A-101')).toMatchObject({
      date: '2026-12-01',
      customer_id: customerId('C-0001'),
      team_id: 24728,
      status: 'Baru',
      description: 'kirim pagi',
    });
    expect(only('A-101').lines.map(lineOf)).toEqual([
      {
        product_id: productId('P-1001'),
        qty: 2,
        unit: 'DUS',
        price: 132000,
        item_disc_percent: '10+5',
        item_disc_amount: null,
      },
      {
        product_id: productId('P-1001'),
        qty: 3,
        unit: 'PAK',
        price: 16500,
        item_disc_percent: null,
        item_disc_amount: null,
      },
    ]);
    expect(only('A-102')).toMatchObject({
      date: '2026-12-01',
      customer_id: customerId('C-0002'),
      team_id: 24729,
      status: 'Diproses',
    });
    expect(only('A-102').lines.map(lineOf)).toEqual([
      {
        product_id: productId('P-1002'),
        qty: 12,
        unit: 'PCS',
        price: 3200,
        item_disc_percent: null,
        item_disc_amount: 1500,
      },
      {
        product_id: productId('P-1004'),
        qty: 2,
        unit: 'PCS',
        price: 7000,
        item_disc_percent: '2.5',
        item_disc_amount: null,
      },
    ]);
    // No team member: the API user's order.
    expect(only('A-103')).toMatchObject({
      date: '2026-12-02',
      customer_id: customerId('C-0003'),
      team_id: 24728,
      status: 'Lunas',
    });
    expect(only('A-103').lines.map(lineOf)).toEqual([
      {
        product_id: productId('P-1003'),
        qty: 1,
        unit: 'DUS',
        price: 336000,
        item_disc_percent: null,
        item_disc_amount: null,
      },
      {
        product_id: productId('P-1005'),
        qty: 4,
        unit: 'PCS',
        price: 12500,
        item_disc_percent: null,
        item_disc_amount: 250,
      },
    ]);
    expect(only('A-106')).toMatchObject({
      customer_id: customerId('C-0006'),
      team_id: 24729,
      status: 'Terkirim',
    });
    expect(only('A-106').lines.map(lineOf)).toEqual([
      {
        product_id: productId('P-1008'),
        qty: 24,
        unit: 'PCS',
        price: 3000,
        item_disc_percent: null,
        item_disc_amount: null,
      },
    ]);
    expect(only('A-107')).toMatchObject({
      date: '2026-12-04',
      customer_id: customerId('C-0007'),
      status: 'Lunas',
    });
    // Each line carries its place in its order, counted in file order across interleaved rows.
    for (const no of ['A-101', 'A-102', 'A-103', 'A-106']) {
      const lines = only(no).lines;
      expect(lines.map((l) => l.ext_order_line_id)).toEqual(lines.map((_l, i) => i + 1));
    }
    // Nothing partial: an order with a bad line was not sent at all.
    expect(ordersWith('A-104')).toEqual([]);
    expect(ordersWith('A-105')).toEqual([]);
  });

  it('lists every line in input order with its order’s status and id', async () => {
    const rows = await resultRows(tmp.path('first'), 'pesanan.xlsx');
    const id = (ext: string) => only(ext).id;
    expect(rows.map((r) => [r['No Order'], r._row, r._status, r._id, codes(r._error)])).toEqual([
      ['A-101', '2', 'created', id('A-101'), []],
      ['A-102', '3', 'created', id('A-102'), []],
      ['A-101', '4', 'created', id('A-101'), []],
      ['A-103', '5', 'created', id('A-103'), []],
      ['A-102', '6', 'created', id('A-102'), []],
      ['A-104', '7', 'invalid', '', ['MAP_REQUIRED']],
      ['A-103', '8', 'created', id('A-103'), []],
      ['A-105', '9', 'invalid', '', ['REF_NOT_FOUND']],
      ['A-104', '10', 'invalid', '', ['ORDER_INVALID']],
      ['A-106', '11', 'created', id('A-106'), []],
      ['A-105', '12', 'invalid', '', ['ORDER_INVALID']],
      ['A-107', '13', 'created', id('A-107'), []],
    ]);
    expect(rows[5]._error).toMatch(/^Kode Produk: /);
    expect(rows[7]._error).toMatch(/^Satuan: product P-1006 has no unit "BOX"/);
    expect(rows[8]._error).toMatch(/row 7 of this order/);
  });

  it('running the same file again creates nothing: existing orders are skipped with their ids', async () => {
    const count = sandbox.state.orders().length;
    const since = sandbox.requests.length;
    const result = await importField(sandbox, 'orders', file, tmp.path('again'));
    expect(summaryOf(result).counts).toEqual({ skipped: 8, invalid: 4 });
    expect(sandbox.state.orders()).toHaveLength(count);
    expect(requestsTo(sandbox, /\/orders$/, since).filter((r) => r.startsWith('POST'))).toEqual([]);
    const rows = await resultRows(tmp.path('again'), 'pesanan.xlsx');
    const skipped = rows.filter((r) => r._status === 'skipped');
    expect(skipped.map((r) => r._id)).toEqual(
      ['A-101', 'A-102', 'A-101', 'A-103', 'A-102', 'A-103', 'A-106', 'A-107'].map((ext) => only(ext).id),
    );
    expect(skipped.every((r) => codes(r._error).join() === 'ORDER_EXISTS')).toBe(true);
    for (const ext of SENT) only(ext);
  });

  it('--no-skip-existing sends an order again', async () => {
    const one = writeCsv(
      tmp.path('dobel.csv'),
      ['ext_order_no', 'date', 'customer', 'product', 'qty'],
      [['D-1', '2026-12-05', 'C-0008', 'P-1002', 1]],
    );
    await importField(sandbox, 'orders', one, tmp.path('dobel-1'));
    const again = await importField(sandbox, 'orders', one, tmp.path('dobel-2'), ['--no-skip-existing']);
    expect(summaryOf(again).counts).toEqual({ created: 1 });
    expect(ordersWith('D-1')).toHaveLength(2);
  });

  it('an order without ext_order_no whose answer was lost is in doubt, never resent', async () => {
    sandbox.script({ action: 'commit-then-drop', method: 'POST', path: PATHS.orders });
    const lost = writeCsv(
      tmp.path('ragu.csv'),
      ['date', 'customer', 'product', 'qty'],
      [['2026-12-06', 'C-0009', 'P-1003', 2]],
    );
    const result = await importField(sandbox, 'orders', lost, tmp.path('ragu'));
    expect(result.code).toBe(3);
    expect(summaryOf(result)).toMatchObject({ counts: { in_doubt: 1 }, inDoubtRows: [2] });
    const there = sandbox.state.orders().filter((o) => o.date === '2026-12-06');
    expect(there).toHaveLength(1);
    expect(sandbox.pendingFaults).toBe(0);
  });

  it('--resume reconciles an order a killed run left "sending", through the visits', async () => {
    const two = writeCsv(
      tmp.path('lanjut.csv'),
      ['ext_order_no', 'date', 'customer', 'product', 'qty', 'unit'],
      [
        ['R-1', '2026-12-07', 'C-0010', 'P-1001', 1, 'PAK'],
        ['R-2', '2026-12-07', 'C-0011', 'P-1002', 2, ''],
        ['R-1', '2026-12-07', 'C-0010', 'P-1003', 1, ''],
      ],
    );
    const out = tmp.path('lanjut');
    expect((await importField(sandbox, 'orders', two, out)).code).toBe(0);
    const r1 = only('R-1');
    // As if killed after R-1's POST went out: its `done` lines and the end are missing.
    const journal = `${out}/lanjut.journal.jsonl`;
    const lines = journalLines(journal);
    expect(lines.filter((l) => l.t === 'sending').map((l) => [l.row, l.key])).toEqual(
      expect.arrayContaining([
        [2, 'R-1'],
        [3, 'R-2'],
      ]),
    );
    writeJournal(
      journal,
      lines.filter((l) => l.t !== 'end' && !(l.t === 'done' && (l.row === 2 || l.row === 4))),
    );
    const count = sandbox.state.orders().length;
    const since = sandbox.requests.length;
    const resumed = await importField(sandbox, 'orders', two, out, ['--resume']);
    expect(resumed.code).toBe(0);
    expect(summaryOf(resumed).counts).toEqual({ created: 3 });
    expect(sandbox.state.orders()).toHaveLength(count);
    expect(requestsTo(sandbox, /\/orders$/, since).filter((r) => r.startsWith('POST'))).toEqual([]);
    const rows = await resultRows(out, 'lanjut.csv');
    expect(rows.map((r) => r._id)).toEqual([r1.id, only('R-2').id, r1.id]);
  });
});

describe('import orders --mode update-status', () => {
  it('PATCHes ext_order_status_name of orders named by id or by ext_order_no + date + customer', async () => {
    const a101 = only('A-101');
    const file = writeCsv(
      tmp.path('status.csv'),
      ['order_id', 'ext_order_no', 'date', 'customer', 'ext_order_status_name'],
      [
        [a101.id, '', '', '', 'Dikirim'],
        ['', 'A-102', '01/12/2026', 'C-0002', 'Lunas'],
        ['', 'A-999', '2026-12-01', 'C-0002', 'Lunas'], // no such order
        ['SO-999999', '', '', '', 'Lunas'], // no such order
        ['', 'A-103', '2026-12-02', '', 'Lunas'], // no customer: names no order
      ],
    );
    const since = sandbox.requests.length;
    const result = await importField(sandbox, 'orders', file, tmp.path('status'), [
      '--mode',
      'update-status',
    ]);
    expect(result.code).toBe(2);
    expect(summaryOf(result)).toMatchObject({
      mode: 'update-status',
      counts: { updated: 2, failed: 2, invalid: 1 },
    });
    expect(only('A-101')).toMatchObject({ ext_order_status_name: 'Dikirim' });
    expect(only('A-102')).toMatchObject({ ext_order_status_name: 'Lunas', status: 'Lunas' });
    const patches = requestsTo(sandbox, /\/orders\//, since).filter((r) => r.startsWith('PATCH'));
    expect(patches.sort()).toEqual(
      [`PATCH ${PATHS.orders}/${a101.id}`, `PATCH ${PATHS.orders}/${only('A-102').id}`].sort(),
    );
    const rows = await resultRows(tmp.path('status'), 'status.csv');
    expect(rows.map((r) => [r._status, r._id, codes(r._error)])).toEqual([
      ['updated', a101.id, []],
      ['updated', only('A-102').id, []],
      ['failed', '', ['KEY_NOT_FOUND']],
      ['failed', '', ['KEY_NOT_FOUND']],
      ['invalid', '', ['KEY_MISSING']],
    ]);

    // Again: the orders already show these statuses, nothing is sent.
    const again = await importField(sandbox, 'orders', file, tmp.path('status-2'), [
      '--mode',
      'update-status',
    ]);
    expect(summaryOf(again).counts).toMatchObject({ unchanged: 2 });
  });
});
