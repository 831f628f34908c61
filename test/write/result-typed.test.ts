/**
 * The result and errors sheets write a workbook's cells back with their own types (SourceRow.typed),
 * keep cells right of the header (SourceRow.extra) in place, and never write a formula as a formula.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RowOutcome } from '../../src/types.js';
import { openResultWriter, TINTS } from '../../src/write/index.js';
import { argbOf, makeTempDir, noteOf, readCsv, readXlsx, removeDir } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

const headers = ['Kode', 'Harga', 'Tanggal', 'Aktif', 'Total', 'Rumus'];

function typedOutcome(): RowOutcome {
  return {
    source: {
      rowNumber: 2,
      cells: {
        Kode: '00123',
        Harga: '1,234.50',
        Tanggal: '29/02/2024',
        Aktif: 'TRUE',
        Total: '42',
        Rumus: '#ERROR',
      },
      typed: {
        Harga: { type: 'number', value: 1234.5, numFmt: '#,##0.00' },
        Tanggal: { type: 'date', value: new Date(Date.UTC(2024, 1, 29)), numFmt: 'dd/mm/yyyy' },
        Aktif: { type: 'boolean', value: true },
        Total: { type: 'formula', formula: 'SUM(B2:B3)', result: 42 },
        Rumus: { type: 'formula', formula: 'A1*2' },
      },
      extra: { K: 'catatan', M: '7' },
    },
    status: 'invalid',
    issues: [{ code: 'MAP_OUT_OF_RANGE', column: 'Harga', field: 'price', message: 'is too large' }],
    attempts: 1,
  };
}

async function write(format: 'xlsx' | 'csv', extraColumns?: string[]) {
  const inputPath = join(dir, `harga.${format}`);
  await writeFile(inputPath, 'x');
  const writer = await openResultWriter({ inputPath, format, headers, rawHeaders: headers, extraColumns });
  await writer.write(typedOutcome());
  return writer.close();
}

describe('XLSX result sheet: the input cells keep their types', () => {
  it('writes numbers, dates and booleans as such, with their number formats', async () => {
    const files = await write('xlsx');
    const sheet = (await readXlsx(files.resultPath)).worksheets[0];
    const row = sheet.getRow(2);
    // _row _status _id _error | Kode(E) Harga(F) Tanggal(G) Aktif(H) Total(I) Rumus(J)
    expect(row.getCell(5).value).toBe('00123');
    expect(row.getCell(5).numFmt).toBe('@');
    expect(row.getCell(6).value).toBe(1234.5);
    expect(row.getCell(6).numFmt).toBe('#,##0.00');
    // The offending cell keeps its tint and note besides its number format.
    expect(argbOf(row.getCell(6))).toBe(TINTS.failedCell);
    expect(noteOf(row.getCell(6))).toBe('is too large [MAP_OUT_OF_RANGE]');
    expect(row.getCell(7).type).toBe(ExcelJS.ValueType.Date);
    expect((row.getCell(7).value as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(row.getCell(7).numFmt).toBe('dd/mm/yyyy');
    expect(row.getCell(8).value).toBe(true);
  });

  it('writes a formula as its cached result, or as its text when it had none, never as a formula', async () => {
    const files = await write('xlsx');
    for (const path of [files.resultPath, files.errorsPath!]) {
      const row = (await readXlsx(path)).worksheets[0].getRow(2);
      const offset = path === files.resultPath ? 4 : 3;
      expect(row.getCell(offset + 5).value).toBe(42);
      expect(row.getCell(offset + 6).value).toBe('=A1*2');
      expect(row.getCell(offset + 6).type).toBe(ExcelJS.ValueType.String);
    }
  });

  it('keeps cells right of the last header in place, under their letters when known', async () => {
    const files = await write('xlsx', ['K']);
    const result = (await readXlsx(files.resultPath)).worksheets[0];
    // Input A–F are columns 5–10; the input's K is 4 columns right of F: column 15 (O); M: 17 (Q).
    expect(result.getRow(1).getCell(15).value).toBe('K');
    expect(result.getRow(2).getCell(15).value).toBe('catatan');
    expect(result.getRow(1).getCell(17).value).toBeNull(); // M was not known when the header was written
    expect(result.getRow(2).getCell(17).value).toBe('7');
    expect(result.getRow(2).getCell(16).value).toBeNull();
    const errors = (await readXlsx(files.errorsPath!)).worksheets[0];
    expect(errors.getRow(1).getCell(14).value).toBe('K');
    expect(errors.getRow(2).getCell(14).value).toBe('catatan');
    expect(errors.getRow(2).getCell(16).value).toBe('7');
  });

  it('falls back to the text of cells without a typed value', async () => {
    const inputPath = join(dir, 'plain.xlsx');
    const writer = await openResultWriter({ inputPath, format: 'xlsx', headers: ['A'], rawHeaders: ['A'] });
    await writer.write({
      source: { rowNumber: 2, cells: { A: '12' } },
      status: 'valid',
      issues: [],
      attempts: 1,
    });
    const files = await writer.close();
    const cell = (await readXlsx(files.resultPath)).worksheets[0].getRow(2).getCell(5);
    expect(cell.value).toBe('12');
    expect(cell.numFmt).toBe('@');
  });
});

describe('CSV result sheet', () => {
  it('writes the text as read (a CSV has no cell types) and no cells right of the header', async () => {
    const files = await write('csv', ['K']);
    const { rows } = await readCsv(files.resultPath);
    expect(rows[0]).toEqual(['_row', '_status', '_id', '_error', ...headers]);
    expect(rows[1].slice(4)).toEqual(['00123', '1,234.50', '29/02/2024', 'TRUE', '42', '#ERROR']);
  });
});
