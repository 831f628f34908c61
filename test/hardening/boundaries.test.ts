/**
 * Issue 7, part 5: input boundaries, through the built CLI and the sandbox. Coordinates at exactly
 * ±90/±180 pass and just beyond are row issues; product names of 200 characters pass and 201 do
 * not; NaN, Infinity, 1e999, hex and blanks in numeric columns are row issues (never sent); and
 * Unicode names — Arabic, Chinese, emoji, right-to-left text with its control marks, decomposed
 * accents — come back unchanged from the server, the result sheet and an export.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, readXlsx, runCli, startSandbox, summaryOf, tempDir } from '../e2e/helpers.js';
import { csvText } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('boundaries');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

function cli(args: string[]) {
  return runCli([...args, '--json', '--rate', '200'], { env: cliEnv(sandbox), cwd: tmp.dir });
}

/** The issue codes of an `_error` cell. */
const codes = (cell: string | undefined) => [...(cell ?? '').matchAll(/\[([A-Z_]+)\]/g)].map((m) => m[1]);

describe('coordinates', () => {
  it('takes exactly ±90 and ±180, and refuses just beyond as a row issue on that column', async () => {
    const rows: Array<[string, string, string, string]> = [
      ['GEO-N90', 'Kutub Utara', '90', '0'],
      ['GEO-S90', 'Kutub Selatan', '-90', '0'],
      ['GEO-E180', 'Garis Tanggal Timur', '0', '180'],
      ['GEO-W180', 'Garis Tanggal Barat', '0', '-180'],
      ['GEO-CORNER', 'Pojok', '-90.0', '-180.000'],
      ['GEO-N90+', 'Lewat Utara', '90.000001', '0'],
      ['GEO-S90-', 'Lewat Selatan', '-90.000001', '0'],
      ['GEO-E180+', 'Lewat Timur', '0', '180.000001'],
      ['GEO-W180-', 'Lewat Barat', '0', '-180.0000001'],
    ];
    writeFileSync(tmp.path('koordinat.csv'), csvText(['ext_cust_no', 'name', 'lat', 'lon'], rows));
    const result = await cli(['import', 'customers', 'koordinat.csv']);
    expect(result.code).toBe(2);
    const sheet = readCsv(tmp.path('koordinat.result.csv'));
    const stored = new Map(sandbox.state.customers().map((c) => [c.ext_cust_no, c]));
    for (const [key, , lat, lon] of rows.slice(0, 5)) {
      const row = sheet.find((r) => r.ext_cust_no === key);
      expect({ key, status: row?._status, location: stored.get(key)?.location }).toEqual({
        key,
        status: 'created',
        location: { lat: Number(lat), lon: Number(lon) },
      });
    }
    for (const [key, , lat] of rows.slice(5)) {
      const row = sheet.find((r) => r.ext_cust_no === key);
      const column = lat === '0' ? 'lon' : 'lat';
      expect({ key, status: row?._status, codes: codes(row?._error), sent: stored.has(key) }).toEqual({
        key,
        status: 'invalid',
        codes: ['MAP_OUT_OF_RANGE'],
        sent: false,
      });
      expect(row?._error).toMatch(new RegExp(`^${column}: must be between`));
    }
  });
});

describe('numbers that are not numbers', () => {
  const JUNK = ['NaN', 'Infinity', '-Infinity', '1e999', '0x1A', '0b101', '1_000', '٣', 'Rp 5.000'];

  it('are row issues in every numeric column, never sent; blanks where a number is needed too', async () => {
    const rows: string[][] = [['NUM-OK', 'Produk Baik', '10', 'PCS', '2500', '1']];
    const expected = new Map<string, { column: string; codes: string[] }>();
    JUNK.forEach((junk, i) => {
      rows.push([`NUM-Q${i}`, `Produk Q${i}`, junk, 'PCS', '2500', '1']);
      expected.set(`NUM-Q${i}`, { column: 'qty_on_hand', codes: ['MAP_NOT_A_NUMBER'] });
      rows.push([`NUM-P${i}`, `Produk P${i}`, '10', 'PCS', junk, '1']);
      expected.set(`NUM-P${i}`, { column: 'price', codes: ['MAP_NOT_A_NUMBER'] });
      rows.push([`NUM-R${i}`, `Produk R${i}`, '10', 'PCS', '2500', junk]);
      expected.set(`NUM-R${i}`, { column: 'ratio', codes: ['MAP_NOT_A_NUMBER'] });
    });
    rows.push(['NUM-QBLANK', 'Produk Tanpa Stok', '', 'PCS', '2500', '1']);
    expected.set('NUM-QBLANK', { column: 'qty_on_hand', codes: ['MAP_REQUIRED'] });
    rows.push(['NUM-PBLANK', 'Produk Tanpa Harga', '10', 'PCS', '', '1']);
    expected.set('NUM-PBLANK', { column: 'price', codes: ['MAP_REQUIRED'] });
    writeFileSync(
      tmp.path('angka.csv'),
      csvText(['ext_product_code', 'name', 'qty_on_hand', 'unit', 'price', 'ratio'], rows),
    );
    const result = await cli(['import', 'products', 'angka.csv']);
    expect(result.code).toBe(2);
    const sheet = readCsv(tmp.path('angka.result.csv'));
    const stored = new Set(sandbox.state.products().map((p) => p.ext_product_code));
    expect(sheet.find((r) => r.ext_product_code === 'NUM-OK')?._status).toBe('created');
    const wrong = [...expected].flatMap(([key, want]) => {
      const row = sheet.find((r) => r.ext_product_code === key);
      const got = { status: row?._status, column: row?._error?.split(':')[0], sent: stored.has(key) };
      const ok =
        got.status === 'invalid' &&
        got.column === want.column &&
        !got.sent &&
        want.codes.some((c) => codes(row?._error).includes(c));
      return ok ? [] : [{ key, want, got, error: row?._error }];
    });
    expect(wrong).toEqual([]);
    expect(sandbox.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/products'))).toHaveLength(
      1,
    );
  });

  it('are row issues in coordinates too', async () => {
    const rows = ['NaN', 'Infinity', '1e999', '0x1A', ''].map((junk, i) => [
      `GEO-J${i}`,
      `Toko J${i}`,
      junk,
      '110',
    ]);
    writeFileSync(tmp.path('koordinat-aneh.csv'), csvText(['ext_cust_no', 'name', 'lat', 'lon'], rows));
    const result = await cli(['import', 'customers', 'koordinat-aneh.csv']);
    expect(result.code).toBe(2);
    const sheet = readCsv(tmp.path('koordinat-aneh.result.csv'));
    expect(sheet.map((r) => [r._status, r._error?.split(':')[0], codes(r._error)])).toEqual([
      ['invalid', 'lat', ['MAP_NOT_A_NUMBER']],
      ['invalid', 'lat', ['MAP_NOT_A_NUMBER']],
      ['invalid', 'lat', ['MAP_NOT_A_NUMBER']],
      ['invalid', 'lat', ['MAP_NOT_A_NUMBER']],
      ['invalid', 'lat', ['MAP_BOTH_OR_NEITHER']],
    ]);
  });
});

describe('product names', () => {
  it('take 200 characters (an emoji counts as one) and refuse 201 as a row issue', async () => {
    const name200 = 'N'.repeat(200);
    const name201 = 'N'.repeat(201);
    const emoji200 = `${'N'.repeat(198)}🍜🔥`; // 200 characters, 202 UTF-16 units
    const rows = [
      ['LEN-200', name200, '1', 'PCS', '1000', '1'],
      ['LEN-EMOJI-200', emoji200, '1', 'PCS', '1000', '1'],
      ['LEN-201', name201, '1', 'PCS', '1000', '1'],
    ];
    writeFileSync(
      tmp.path('nama.csv'),
      csvText(['ext_product_code', 'name', 'qty_on_hand', 'unit', 'price', 'ratio'], rows),
    );
    const result = await cli(['import', 'products', 'nama.csv']);
    expect(result.code).toBe(2);
    const sheet = readCsv(tmp.path('nama.result.csv'));
    expect(sheet.map((r) => [r.ext_product_code, r._status, codes(r._error)])).toEqual([
      ['LEN-200', 'created', []],
      ['LEN-EMOJI-200', 'created', []],
      ['LEN-201', 'invalid', ['MAP_TOO_LONG']],
    ]);
    expect(sheet[2]._error).toMatch(/^name: must be at most 200 characters, got 201/);
    const stored = new Map(sandbox.state.products().map((p) => [p.ext_product_code, p.name]));
    expect(stored.get('LEN-200')).toBe(name200);
    expect(stored.get('LEN-EMOJI-200')).toBe(emoji200);
    expect(stored.has('LEN-201')).toBe(false);
  });
});

describe('Unicode names round-trip unchanged', () => {
  const NAMES = [
    'مخزن النور للتجارة',
    '东方便利店 (北京)',
    'Warung 🍜🔥 Bu Sri',
    '👨‍👩‍👧‍👦 Toko Keluarga',
    'חנות הכל בשקל',
    '\u200Fمتجر\u200F ABC 123',
    'Toko \u202Bالعربية\u202C Jaya',
    'Toko Cafe\u0301 (terurai)',
    'Toko Café (tersusun)',
    'Ünal & Söhne «Ελλάδα» Ваня',
  ];
  const CITIES = ['الرياض', '上海', 'Tel Aviv-Yafo תל אביב', 'Semarang'];

  it('through import (CSV and XLSX), the result sheets and export (CSV and XLSX)', async () => {
    // CSV in, CSV out.
    const csvRows = NAMES.map((n, i) => [`UNI-C${i}`, n, CITIES[i % CITIES.length]]);
    writeFileSync(tmp.path('unicode.csv'), csvText(['ext_cust_no', 'name', 'city'], csvRows));
    const fromCsv = await cli(['import', 'customers', 'unicode.csv']);
    expect(fromCsv.code).toBe(0);
    expect(summaryOf(fromCsv).counts).toEqual({ created: NAMES.length });
    // XLSX in, XLSX out.
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Pelanggan');
    ws.addRow(['ext_cust_no', 'name', 'city']);
    NAMES.forEach((n, i) => ws.addRow([`UNI-X${i}`, n, CITIES[i % CITIES.length]]));
    await workbook.xlsx.writeFile(tmp.path('unicode.xlsx'));
    const fromXlsx = await cli(['import', 'customers', 'unicode.xlsx']);
    expect(fromXlsx.code).toBe(0);

    // The server holds each name exactly: same code points, same order, nothing normalised.
    const stored = new Map(sandbox.state.customers().map((c) => [c.ext_cust_no, c]));
    const want = (prefix: string) => NAMES.map((n, i) => [`${prefix}${i}`, n, CITIES[i % CITIES.length]]);
    const onServer = (prefix: string) =>
      NAMES.map((_, i) => {
        const c = stored.get(`${prefix}${i}`);
        return [`${prefix}${i}`, c?.name, c?.city];
      });
    expect(onServer('UNI-C')).toEqual(want('UNI-C'));
    expect(onServer('UNI-X')).toEqual(want('UNI-X'));

    // The result sheets give the cells back as read.
    const csvResult = readCsv(tmp.path('unicode.result.csv'));
    expect(csvResult.map((r) => [r.ext_cust_no, r.name, r.city])).toEqual(want('UNI-C'));
    const xlsxResult = await readXlsx(tmp.path('unicode.result.xlsx'));
    expect(xlsxResult.map((r) => [r.ext_cust_no, r.name, r.city])).toEqual(want('UNI-X'));

    // Exported, in both formats, the names are the same.
    for (const out of ['ekspor.csv', 'ekspor.xlsx']) {
      const exported = await cli(['export', 'customers', '--out', out, '--search', 'Toko']);
      expect(exported.code).toBe(0);
    }
    const all = await cli(['export', 'customers', '--out', 'semua.csv']);
    expect(all.code).toBe(0);
    const fromExport = (rows: Array<Record<string, string>>, prefix: string) =>
      NAMES.map((_, i) => {
        const r = rows.find((x) => x.ext_cust_no === `${prefix}${i}`);
        return [`${prefix}${i}`, r?.name, r?.city];
      });
    const exportedCsv = readCsv(tmp.path('semua.csv'));
    expect(fromExport(exportedCsv, 'UNI-C')).toEqual(want('UNI-C'));
    expect(fromExport(exportedCsv, 'UNI-X')).toEqual(want('UNI-X'));
    const exportedXlsx = await readXlsx(tmp.path('ekspor.xlsx'));
    const tokoNames = NAMES.filter((n) => n.includes('Toko'));
    const xlsxNames = exportedXlsx.filter((r) => r.ext_cust_no?.startsWith('UNI-')).map((r) => r.name);
    for (const n of tokoNames) expect(xlsxNames.filter((x) => x === n)).toHaveLength(2);

    // And the export imports again as it is: nothing differs, so nothing is sent.
    const before = sandbox.requests.length;
    const again = await cli(['import', 'customers', 'semua.csv', '--mode', 'update']);
    expect(again.code).toBe(0);
    const counts = summaryOf(again).counts;
    expect(Object.keys(counts)).toEqual(['unchanged']);
    expect(sandbox.requests.slice(before).filter((r) => r.method === 'PATCH')).toEqual([]);
  });
});
