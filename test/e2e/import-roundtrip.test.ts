/**
 * End to end: the result sheet read back cell by cell, then the "needs attention" file fixed and
 * imported again as it is — in XLSX, and in CSV where formula-like text is guarded with `'` on
 * write and must come back without it.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, readXlsx, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  csvLine,
  customersWithPrefix,
  errorCodes,
  folder,
  importCli,
  writeText,
  writeXlsx,
} from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-roundtrip');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const HEADERS = ['Kode Pelanggan', 'Nama Pelanggan', 'Kota', 'Latitude', 'Longitude', 'Aktif', 'Sales'];

describe('XLSX: result sheet cell by cell, errors file fixed and imported again', () => {
  it('round-trips', async () => {
    const dir = folder(tmp, 'xlsx');
    const input = [
      ['R-01', 'Toko Benar', 'Semarang', '-6.98', '110.41', 'Ya', 'Budi'],
      ['R-02', '', 'Solo', '-7.56', '110.82', 'Ya', 'Budi'], // no name
      ['R-03', 'Toko Terbalik', 'Kudus', '110.84', '-6.80', 'Ya', 'Ani'], // lat out of range
      ['R-04', 'Toko Aneh', 'Pati', '', '-6.75', 'mungkin', 'Ani'], // lon without lat, bad status
      ['R-05', 'Toko Benar Juga', 'Rembang', '', '', '', 'Ani'],
    ];
    const file = await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, input, {
      sheetName: 'Pelanggan',
      textColumns: HEADERS,
    });
    const first = await importCli(sandbox, 'customers', file, dir);
    expect(first.code).toBe(2);
    const summary = summaryOf(first);
    expect(summary.counts).toEqual({ created: 2, invalid: 3 });
    expect(summary.files).toMatchObject({
      result: `${dir}/pelanggan.result.xlsx`,
      errors: `${dir}/pelanggan.errors.xlsx`,
    });

    const created = new Map(customersWithPrefix(sandbox, 'R-').map((c) => [c.ext_cust_no, c.id]));
    const rows = await readXlsx(`${dir}/pelanggan.result.xlsx`);
    expect(Object.keys(rows[0])).toEqual(['_row', '_status', '_id', '_error', ...HEADERS]);
    expect(rows.map((r) => HEADERS.map((h) => r[h]))).toEqual(input);
    expect(rows.map((r) => [r._row, r._status, r._id])).toEqual([
      ['2', 'created', String(created.get('R-01'))],
      ['3', 'invalid', ''],
      ['4', 'invalid', ''],
      ['5', 'invalid', ''],
      ['6', 'created', String(created.get('R-05'))],
    ]);
    expect(rows[0]._error).toBe('');
    expect(rows[1]._error).toBe('Nama Pelanggan: is required [MAP_REQUIRED]');
    expect(errorCodes(rows[2]._error)).toEqual(['MAP_OUT_OF_RANGE']);
    expect(rows[2]._error).toMatch(/^Latitude: /);
    expect(errorCodes(rows[3]._error).sort()).toEqual(['MAP_BOTH_OR_NEITHER', 'MAP_INVALID']);

    // The offending cells carry a note in the result sheet (our four columns come first: Nama is F).
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(`${dir}/pelanggan.result.xlsx`);
    const sheet = book.getWorksheet('Pelanggan');
    expect(sheet).toBeDefined();
    const note = sheet?.getCell('F3').note;
    expect(JSON.stringify(note)).toContain('MAP_REQUIRED');

    const errorsPath = `${dir}/pelanggan.errors.xlsx`;
    const errors = await readXlsx(errorsPath);
    expect(errors.map((r) => HEADERS.map((h) => r[h]))).toEqual(input.slice(1, 4));
    expect(Object.keys(errors[0])).toEqual(['_row', '_status', '_error', ...HEADERS]);
    expect(errors.map((r) => r._row)).toEqual(['3', '4', '5']);

    // Fix the three rows in the errors file itself (input columns from D) and import it as it is.
    const fix = new ExcelJS.Workbook();
    await fix.xlsx.readFile(errorsPath);
    const ws = fix.worksheets[0];
    ws.getCell('E2').value = 'Toko Bernama';
    ws.getCell('G3').value = '-6.80';
    ws.getCell('H3').value = '110.84';
    ws.getCell('G4').value = '-6.75';
    ws.getCell('H4').value = '111.04';
    ws.getCell('I4').value = 'Tidak';
    await fix.xlsx.writeFile(errorsPath);

    const second = await importCli(sandbox, 'customers', errorsPath, dir);
    expect(second.code).toBe(0);
    expect(summaryOf(second).counts).toEqual({ created: 3 });
    const all = new Map(customersWithPrefix(sandbox, 'R-').map((c) => [c.ext_cust_no, c]));
    expect([...all.keys()].sort()).toEqual(['R-01', 'R-02', 'R-03', 'R-04', 'R-05']);
    expect(all.get('R-02')?.name).toBe('Toko Bernama');
    expect(all.get('R-03')?.location).toEqual({ lat: -6.8, lon: 110.84 });
    expect(all.get('R-04')).toMatchObject({ location: { lat: -6.75, lon: 111.04 }, status: false });
    const again = await readXlsx(`${dir}/pelanggan.errors.result.xlsx`);
    expect(again.map((r) => [r['Kode Pelanggan'], r._row, r._status])).toEqual([
      ['R-02', '2', 'created'],
      ['R-03', '3', 'created'],
      ['R-04', '4', 'created'],
    ]);
    // The first run's files are untouched; no new errors file.
    expect(existsSync(`${dir}/pelanggan.errors.errors.xlsx`)).toBe(false);
  });
});

describe('CSV: formula-guarded text round-trips through the errors file', () => {
  it('imports the fixed errors file with the original text, not the guarded one', async () => {
    const dir = folder(tmp, 'csv');
    const input = [
      ['G-01', '=Toko Rumus', '-', '+62 812 3456 001', '-6.9', '110.4'], // valid
      ['G-02', '-Toko Minus-', '@kantor', '+62 812 3456 002', 'utara', '110.4'], // invalid lat
      ['G-03', 'Toko Biasa', '=1+2', '-7.5', '-6.9', ''], // lon without lat
    ];
    const headers = ['ext_cust_no', 'name', 'address', 'phone', 'lat', 'lon'];
    const file = writeText(`${dir}/rumus.csv`, [headers, ...input].map((r) => csvLine(r)).join('\n') + '\n');
    const first = await importCli(sandbox, 'customers', file, dir);
    expect(first.code).toBe(2);
    expect(summaryOf(first).counts).toEqual({ created: 1, invalid: 2 });
    expect(customersWithPrefix(sandbox, 'G-01')).toEqual([
      expect.objectContaining({ name: '=Toko Rumus', address: '-', phone: '+62 812 3456 001' }),
    ]);

    // On disk the dangerous texts are guarded; read back they are the input again.
    const errorsPath = `${dir}/rumus.errors.csv`;
    const raw = readFileSync(errorsPath, 'utf8');
    expect(raw).toContain("'-Toko Minus-");
    expect(raw).toContain("'@kantor");
    expect(raw).toContain("'=1+2");
    const result = readCsv(`${dir}/rumus.result.csv`);
    expect(result.map((r) => r.name)).toEqual(["'=Toko Rumus", "'-Toko Minus-", 'Toko Biasa']);
    expect(result.map((r) => r._status)).toEqual(['created', 'invalid', 'invalid']);

    // Fix the coordinates in the errors file, keep everything else as it is on disk.
    const fixed = raw.replace(',utara,110.4', ',-6.91,110.42').replace(',-7.5,-6.9,', ',-7.5,-6.9,110.5');
    expect(fixed).not.toBe(raw);
    writeText(errorsPath, fixed);
    const second = await importCli(sandbox, 'customers', errorsPath, dir);
    expect(second.code).toBe(0);
    expect(summaryOf(second).counts).toEqual({ created: 2 });
    const stored = new Map(customersWithPrefix(sandbox, 'G-').map((c) => [c.ext_cust_no, c]));
    expect(stored.get('G-02')).toMatchObject({
      name: '-Toko Minus-',
      address: '@kantor',
      phone: '+62 812 3456 002',
      location: { lat: -6.91, lon: 110.42 },
    });
    expect(stored.get('G-03')).toMatchObject({ address: '=1+2', phone: '-7.5' });
  });
});
