/**
 * End to end, the rows that are not records (docs/reading.md) in an orders file: the order steps
 * check them as they read the lines (src/run/row-checks.ts), as the customer steps do. A total row
 * is not a line of any order and is written as skipped in its place; a garbled cell refuses its
 * line (and so its order); a hidden line is marked. Both order step kinds: lines grouped into
 * orders, and `--mode update-status`. validate needs no server.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { readCsv, readXlsx, runCli, tempDir } from './helpers.js';
import { csvLine, errorCodes, folder, writeText } from './import-helpers.js';

const tmp = tempDir('order-rows-not-records');
afterAll(() => tmp.cleanup());

type Sheet = Array<Record<string, string>>;
const byRow = (rows: Sheet) => rows.map((r) => [r._row, r._status, errorCodes(r._error).join(' ')]);

async function validate(file: string, dir: string, extra: string[] = []) {
  const run = await runCli(['validate', 'orders', file, '--out-dir', dir, '--json', ...extra]);
  expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
  return run;
}

describe('validate orders: total, garbled and hidden rows', () => {
  it('CSV lines: each total row skipped in its place, between and after the lines; a garbled note refuses its order', async () => {
    const dir = folder(tmp, 'lines');
    const file = writeText(
      `${dir}/pesanan.csv`,
      [
        ['No Order', 'Tanggal', 'Kode Pelanggan', 'Kode Produk', 'Jumlah', 'Keterangan'],
        ['A-1', '2026-12-01', 'C-0001', 'P-1001', '2', 'kirim pagi'],
        ['A-2', '2026-12-01', 'C-0002', 'P-1002', '1', 'dekat Caf\u00C3\u00A9 pasar'],
        ['', 'Subtotal', '', '', '3', ''],
        ['A-1', '', '', 'P-1003', '3', ''],
        ['A-2', '', '', 'P-1004', '1', ''],
        ['', 'TOTAL: 4 baris', '', '', '7', ''],
      ]
        .map((l) => csvLine(l))
        .join('\n') + '\n',
    );
    await validate(file, `${dir}/v`);
    expect(byRow(readCsv(`${dir}/v/pesanan.result.csv`))).toEqual([
      ['2', 'valid', ''],
      ['3', 'invalid', 'MAP_GARBLED_TEXT'],
      ['4', 'skipped', 'READ_TOTAL_ROW'],
      ['5', 'valid', ''],
      ['6', 'invalid', 'ORDER_INVALID'],
      ['7', 'skipped', 'READ_TOTAL_ROW'],
    ]);
  });

  it('XLSX lines: a hidden line is valid and marked READ_HIDDEN_ROW; a =SUM() total below is skipped', async () => {
    const dir = folder(tmp, 'hidden');
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Pesanan');
    ws.addRow(['No Order', 'Tanggal', 'Kode Pelanggan', 'Kode Produk', 'Jumlah']);
    ws.addRow(['H-1', '2026-12-01', 'C-0001', 'P-1001', 2]);
    ws.addRow(['H-1', '', '', 'P-1002', 5]).hidden = true;
    ws.addRow(['H-2', '2026-12-02', 'C-0002', 'P-1001', 1]);
    ws.addRow([null, null, null, null, { formula: 'SUM(E2:E4)', result: 8 }]);
    const file = `${dir}/tersembunyi.xlsx`;
    await workbook.xlsx.writeFile(file);
    await validate(file, `${dir}/v`);
    expect(byRow(await readXlsx(`${dir}/v/tersembunyi.result.xlsx`))).toEqual([
      ['2', 'valid', ''],
      ['3', 'valid', 'READ_HIDDEN_ROW'],
      ['4', 'valid', ''],
      ['5', 'skipped', 'READ_TOTAL_ROW'],
    ]);
  });

  it('--mode update-status: a total row skipped in its place, a garbled status refuses its row', async () => {
    const dir = folder(tmp, 'status');
    const file = writeText(
      `${dir}/status.csv`,
      [
        ['order_id', 'Status ERP'],
        ['SO-1', 'Dikirim'],
        ['', 'Jumlah: 2'],
        ['SO-2', 'Dikirim \u00C3\u00A9'],
        ['SO-3', 'Lunas'],
      ]
        .map((l) => csvLine(l))
        .join('\n') + '\n',
    );
    await validate(file, `${dir}/v`, ['--mode', 'update-status']);
    const rows = readCsv(`${dir}/v/status.result.csv`);
    expect(byRow(rows).map(([row, status]) => [row, status])).toEqual([
      ['2', 'valid'],
      ['3', 'skipped'],
      ['4', 'invalid'],
      ['5', 'valid'],
    ]);
    expect(errorCodes(rows[1]._error)).toEqual(['READ_TOTAL_ROW']);
    expect(errorCodes(rows[2]._error)).toContain('MAP_GARBLED_TEXT');
  });
});
