/**
 * End to end: a date column written month first (a US-locale export) is never read day first
 * silently (docs/DATES.md). Its ambiguous dates are refused, in import and validate alike.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { codes, importField, resultRows, writeCsv, writeWorkbook } from './field-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('values-dates');

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-03-10' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const customerId = (code: string) => sandbox.state.customers().find((c) => c.ext_cust_no === code)?.id;
const visitsOn = (date: string) => sandbox.state.visits().filter((v) => v.date === date);

const US_ROWS = [
  ['1/13/2026', 'C-0001'], // only a date month first: the column writes the month first
  ['12/7/2026', 'C-0002'], // 12 July day first, 7 December month first
  ['2026-12-08', 'C-0003'],
];

describe('a date column written month first', () => {
  it('import refuses its ambiguous dates instead of storing them day first, and says why in Indonesian', async () => {
    const file = writeCsv(tmp.path('kunjungan-us.csv'), ['Tanggal', 'Kode Pelanggan'], US_ROWS);
    const out = tmp.path('us');
    const result = await importField(sandbox, 'visits', file, out, ['--lang', 'id']);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ created: 1, invalid: 2 });
    const rows = await resultRows(out, 'kunjungan-us.csv');
    expect(rows.map((r) => [r._row, r._status, codes(r._error)])).toEqual([
      ['2', 'invalid', ['MAP_BAD_DATE']],
      ['3', 'invalid', ['MAP_AMBIGUOUS_DATE']],
      ['4', 'created', []],
    ]);
    expect(rows[1]._error).toContain(
      'Kolom "Tanggal": bisa berarti 2026-07-12 (hari lebih dulu) atau 2026-12-07',
    );
    expect(rows[1]._error).toContain('baris 2: "1/13/2026"');
    expect(rows[1]._error).toContain('--date-format month-first');
    expect(visitsOn('2026-07-12')).toEqual([]);

    // As the message says: the same file with --date-format month-first stores 7 December.
    const us = await importField(sandbox, 'visits', file, tmp.path('us-2'), ['--date-format', 'month-first']);
    expect(summaryOf(us).counts).toEqual({ created: 2, unchanged: 1 });
    expect(visitsOn('2026-12-07').map((v) => v.customer_id)).toEqual([customerId('C-0002')]);
    expect(visitsOn('2026-01-13').map((v) => v.customer_id)).toEqual([customerId('C-0001')]);
  });

  it('validate of a workbook refuses the same rows as import (the column is read through first)', async () => {
    const file = await writeWorkbook(
      tmp.path('kunjungan-us.xlsx'),
      ['Tanggal', 'Kode Pelanggan'],
      [
        ['12/7/2026', 'C-0004'], // before the row that shows the order
        ...US_ROWS,
      ],
    );
    const out = tmp.path('validate');
    const result = await runCli(['validate', 'visits', file, '--out-dir', out, '--json'], {
      env: cliEnv(sandbox),
    });
    expect(result.code).toBe(2);
    const rows = await resultRows(out, 'kunjungan-us.xlsx');
    expect(rows.map((r) => [r._row, r._status, codes(r._error)])).toEqual([
      ['2', 'invalid', ['MAP_AMBIGUOUS_DATE']],
      ['3', 'invalid', ['MAP_BAD_DATE']],
      ['4', 'invalid', ['MAP_AMBIGUOUS_DATE']],
      ['5', 'valid', []],
    ]);
  });

  it('orders: an ambiguous date of a month-first column is refused on its line', async () => {
    const file = writeCsv(
      tmp.path('pesanan-us.csv'),
      ['ext_order_no', 'date', 'customer', 'product', 'qty'],
      [
        ['US-1', '1/13/2026', 'C-0005', 'P-1002', 1],
        ['US-2', '12/7/2026', 'C-0005', 'P-1002', 1],
      ],
    );
    const out = tmp.path('orders');
    const result = await runCli(['validate', 'orders', file, '--out-dir', out, '--json'], {
      env: cliEnv(sandbox),
    });
    expect(result.code).toBe(2);
    const rows = await resultRows(out, 'pesanan-us.csv');
    expect(rows.map((r) => codes(r._error))).toEqual([['MAP_BAD_DATE'], ['MAP_AMBIGUOUS_DATE']]);
  });

  it('orders: an order number already on the other reading of an ambiguous date is named on the line', async () => {
    const header = ['ext_order_no', 'date', 'customer', 'product', 'qty'];
    const first = writeCsv(tmp.path('pesanan-1.csv'), header, [
      ['SWAP-1', '2026-12-07', 'C-0007', 'P-1002', 1],
    ]);
    expect(summaryOf(await importField(sandbox, 'orders', first, tmp.path('swap-1'))).counts).toEqual({
      created: 1,
    });
    const id = sandbox.state.orders().find((o) => o.ext_order_no === 'SWAP-1')?.id;

    // The same order again, its date written 12/7/2026: read day first, 12 July.
    const again = writeCsv(tmp.path('pesanan-2.csv'), header, [
      ['SWAP-1', '12/7/2026', 'C-0007', 'P-1002', 1],
    ]);
    const out = tmp.path('swap-2');
    const result = await importField(sandbox, 'orders', again, out, ['--lang', 'id']);
    expect(summaryOf(result).counts).toEqual({ created: 1 });
    const rows = await resultRows(out, 'pesanan-2.csv');
    expect(rows.map((r) => [r._status, codes(r._error)])).toEqual([['created', ['ORDER_EXISTS_OTHER_DATE']]]);
    expect(rows[0]._error).toContain(
      `nomor pesanan SWAP-1 sudah ada pada 2026-12-07 (pesanan ${String(id)})`,
    );

    // An order number on no other date, or a date that is not ambiguous, says nothing.
    const plain = writeCsv(tmp.path('pesanan-3.csv'), header, [
      ['SWAP-2', '12/7/2026', 'C-0007', 'P-1002', 1],
    ]);
    const out3 = tmp.path('swap-3');
    await importField(sandbox, 'orders', plain, out3);
    expect((await resultRows(out3, 'pesanan-3.csv')).map((r) => [r._status, r._error])).toEqual([
      ['created', ''],
    ]);
  });

  it('a column with no month-first-only value is read day first as before', async () => {
    const file = writeCsv(
      tmp.path('kunjungan-id.csv'),
      ['Tanggal', 'Kode Pelanggan'],
      [
        ['12/7/2026', 'C-0006'],
        ['13/7/2026', 'C-0006'],
      ],
    );
    const result = await importField(sandbox, 'visits', file, tmp.path('id'));
    expect(summaryOf(result).counts).toEqual({ created: 2 });
    expect(visitsOn('2026-07-12').filter((v) => v.customer_id === customerId('C-0006'))).toHaveLength(1);
  });
});
