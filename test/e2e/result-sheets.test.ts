/**
 * End to end: the result and errors sheets a run writes, read as a person would — our columns first,
 * the input's cell types kept — and an errors sheet imported again as is, then after a fix.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, readXlsx, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  customersWithPrefix,
  errorCodes,
  folder,
  importCli,
  writeText,
  writeXlsx,
} from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('result-sheets');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const HEADERS = ['Kode Pelanggan', 'Nama', 'Latitude', 'Longitude', 'Telepon'];
const rowsOf = (p: string) => [
  [`${p}-1`, 'Toko Valid', -7.1, 110.4, '081200000001'],
  [`${p}-2`, '', -7.1, 110.4, '081200000002'], // no name
  [`${p}-3`, 'Toko Salah', 110.4, -7.1, '081200000003'], // latitude and longitude swapped
  [`${p}-4`, 'Toko Valid Juga', -6.2, 106.8, '081200000004'],
];
const ROWS = rowsOf('RS');

async function workbookOf(path: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets[0];
}

describe('result and errors sheets', () => {
  it('put _row, _status, _id, _error first, frozen, with widths; input values unchanged (XLSX)', async () => {
    const dir = folder(tmp, 'layout');
    const file = await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, ROWS, { textColumns: ['Telepon'] });
    const result = await runCli(['validate', 'customers', file, '--json'], { env: cliEnv(undefined) });
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ valid: 2, invalid: 2 });

    const sheet = await workbookOf(`${dir}/pelanggan.result.xlsx`);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '_row',
      '_status',
      '_id',
      '_error',
      ...HEADERS,
    ]);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
    expect(sheet.getColumn(4).width).toBeGreaterThanOrEqual(40);
    expect(sheet.getRow(3).getCell(2).value).toBe('invalid');
    expect(errorCodes(String(sheet.getRow(3).getCell(4).value))).toEqual(['MAP_REQUIRED']);
    // Latitude was a number in the input. It is written back with the type the reader gives it
    // (SourceRow.typed: a number; a reader that gives text only: text), never as something else.
    expect(Number(sheet.getRow(2).getCell(7).value)).toBe(-7.1);
    expect(sheet.getRow(2).getCell(9).value).toBe('081200000001');
  });

  it.each(['xlsx', 'csv'] as const)(
    'an errors sheet (%s) imports again as is, and after a fix creates the fixed rows',
    async (format) => {
      const dir = folder(tmp, `again-${format}`);
      const p = format === 'xlsx' ? 'RX' : 'RC';
      const ROWS = rowsOf(p);
      const file =
        format === 'xlsx'
          ? await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, ROWS, { textColumns: ['Telepon'] })
          : writeText(`${dir}/pelanggan.csv`, [HEADERS, ...ROWS].map((r) => r.join(',')).join('\n'));
      const validate = await runCli(['validate', 'customers', file, '--json'], { env: cliEnv(undefined) });
      expect(validate.code).toBe(2);
      const errorsFile = `${dir}/pelanggan.errors.${format}`;
      const read = format === 'xlsx' ? await readXlsx(errorsFile) : readCsv(errorsFile);
      expect(read.map((r) => [r._row, r._status, r['Kode Pelanggan']])).toEqual([
        ['3', 'invalid', `${p}-2`],
        ['4', 'invalid', `${p}-3`],
      ]);
      expect(errorCodes(read[0]._error)).toEqual(['MAP_REQUIRED']);

      // As is: the `_` columns are ignored, the same rows fail for the same reasons, nothing is sent.
      const again = await runCli(['validate', 'customers', errorsFile, '--json'], { env: cliEnv(undefined) });
      expect(again.code).toBe(2);
      const rerun =
        format === 'xlsx'
          ? await readXlsx(`${dir}/pelanggan.errors.result.xlsx`)
          : readCsv(`${dir}/pelanggan.errors.result.csv`);
      expect(Object.keys(rerun[0])).toEqual(['_row', '_status', '_id', '_error', ...HEADERS]);
      expect(rerun.map((r) => [r._row, r._status, errorCodes(r._error)[0]])).toEqual([
        ['2', 'invalid', 'MAP_REQUIRED'],
        ['3', 'invalid', read[1]._error.match(/\[([A-Z_]+)\]/)?.[1]],
      ]);

      // Fixed by a person: the name typed in, latitude and longitude swapped back; then imported.
      if (format === 'xlsx') {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(errorsFile);
        const ws = workbook.worksheets[0];
        ws.getRow(2).getCell(5).value = 'Toko Diperbaiki';
        ws.getRow(3).getCell(6).value = -7.1;
        ws.getRow(3).getCell(7).value = 110.4;
        await workbook.xlsx.writeFile(errorsFile);
      } else {
        const text = (await import('node:fs')).readFileSync(errorsFile, 'utf8');
        writeText(
          errorsFile,
          text.replace(`,${p}-2,,`, `,${p}-2,Toko Diperbaiki,`).replace(',110.4,-7.1,', ',-7.1,110.4,'),
        );
      }
      const imported = await importCli(sandbox, 'customers', errorsFile, `${dir}/out`);
      expect(imported.code).toBe(0);
      expect(summaryOf(imported).counts).toEqual({ created: 2 });
      expect(
        customersWithPrefix(sandbox, `${p}-`).map((c) => [c.ext_cust_no, c.name, c.location?.lat]),
      ).toEqual([
        [`${p}-2`, 'Toko Diperbaiki', -7.1],
        [`${p}-3`, 'Toko Salah', -7.1],
      ]);
    },
  );
});
