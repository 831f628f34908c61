/**
 * End to end: files as they come from other systems and from Excel — semicolons, a BOM, Windows-1252,
 * Indonesian headers, decimal commas, blank lines, quoted newlines; numeric phone cells, dates,
 * formulas and error cells — imported by the built CLI, read back from the sandbox and the result sheet.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import iconv from 'iconv-lite';
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
const tmp = tempDir('import-messy');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const MESSY_HEADER = 'Kode Pelanggan;Nama Pelanggan;Alamat;Kota;No HP;Latitude;Longitude;Label;Aktif';

describe('messy CSV', () => {
  it('reads a semicolon CSV with a BOM, decimal commas, blank lines and quoted newlines', async () => {
    const dir = folder(tmp, 'utf8');
    const lines = [
      MESSY_HEADER, // line 1
      'M-01;Toko Café Sejahtera;"Jl. Malioboro No. 60\nLantai 2";Yogyakarta;081227001115;-7,7925;110,3659;retail;Ya', // 2-3
      '', // 4
      'M-02;"Warung ""Bu Tini""";Jl. Veteran No. 3;Surabaya;+6285712340002;-7,2575;112,7521;"warung; makan";aktif', // 5
      ';;;;;;;;', // 6: only delimiters, a blank row
      'M-03;Apotek Bunda;"Jl. Fatmawati; No. 30";Jakarta;021-7654321;;;apotek|24 jam;nonaktif', // 7
      'M-04;Toko Koordinat Aneh;Jl. Braga;Bandung;0812;-7,1;abc;;ya', // 8: invalid
      '',
      '',
    ];
    const file = writeText(`${dir}/pelanggan-dari-erp.csv`, '\uFEFF' + lines.join('\r\n'));
    const result = await importCli(sandbox, 'customers', file, dir);
    expect(result.stderr).not.toMatch(/INTERNAL/);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ created: 3, invalid: 1 });

    const stored = new Map(customersWithPrefix(sandbox, 'M-').map((c) => [c.ext_cust_no, c]));
    expect(stored.size).toBe(3);
    expect(stored.get('M-01')).toMatchObject({
      name: 'Toko Café Sejahtera',
      address: 'Jl. Malioboro No. 60\nLantai 2',
      phone: '081227001115',
      location: { lat: -7.7925, lon: 110.3659 },
      tags: ['retail'],
      status: true,
    });
    expect(stored.get('M-02')).toMatchObject({
      name: 'Warung "Bu Tini"',
      phone: '+6285712340002',
      location: { lat: -7.2575, lon: 112.7521 },
      tags: ['warung', 'makan'],
    });
    expect(stored.get('M-03')).toMatchObject({
      address: 'Jl. Fatmawati; No. 30',
      phone: '021-7654321',
      location: null,
      tags: ['apotek', '24 jam'],
      status: false,
    });

    // Same format as the input: semicolons, and the row numbers a text editor shows.
    const rows = readCsv(`${dir}/pelanggan-dari-erp.result.csv`);
    expect(rows.map((r) => [r['Kode Pelanggan'], r._row, r._status])).toEqual([
      ['M-01', '2', 'created'],
      ['M-02', '5', 'created'],
      ['M-03', '7', 'created'],
      ['M-04', '8', 'invalid'],
    ]);
    expect(rows[0]).toMatchObject({ Alamat: 'Jl. Malioboro No. 60\nLantai 2', Latitude: '-7,7925' });
    expect(rows[0]._id).toBe(String(stored.get('M-01')?.id));
    expect(errorCodes(rows[3]._error)).toEqual(['MAP_NOT_A_NUMBER']);
    expect(rows[3]._error).toMatch(/^Longitude: /);
  });

  it('reads Windows-1252 (detected), and says so in the summary', async () => {
    const dir = folder(tmp, 'cp1252');
    const text = [
      'Kode Pelanggan;Nama Pelanggan;Kota',
      'W-01;Café Sejahtera;Yogyakarta',
      'W-02;Toko Señor Jaya;Bandung',
      '',
    ].join('\r\n');
    const file = writeText(`${dir}/ekspor-lama.csv`, iconv.encode(text, 'windows-1252'));
    const result = await importCli(sandbox, 'customers', file, dir);
    expect(result.code).toBe(0);
    const summary = summaryOf(result);
    expect(summary.counts).toEqual({ created: 2 });
    expect((summary.warnings as string[]).some((w) => /Windows-1252/.test(w))).toBe(true);
    expect(
      customersWithPrefix(sandbox, 'W-')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Café Sejahtera', 'Toko Señor Jaya']);
    // The result file is UTF-8 (with a BOM, so Excel reads it right).
    const rows = readCsv(`${dir}/ekspor-lama.result.csv`);
    expect(rows.map((r) => r['Nama Pelanggan'])).toEqual(['Café Sejahtera', 'Toko Señor Jaya']);
  });

  it('reports a warning found late in the stream (the first non-UTF-8 byte after 64 KB)', async () => {
    const dir = folder(tmp, 'late');
    const lines = ['name;city'];
    for (let i = 0; i < 4000; i++) lines.push(`Toko Nomor ${i};Semarang`);
    lines.push('Café Terakhir;Yogyakarta', '');
    const file = writeText(`${dir}/panjang.csv`, iconv.encode(lines.join('\n'), 'windows-1252'));
    const result = await runCli(['validate', 'customers', file, '--json'], { env: cliEnv(undefined) });
    expect(result.code).toBe(0);
    const summary = summaryOf(result);
    expect(summary.counts).toEqual({ valid: 4001 });
    expect((summary.warnings as string[]).some((w) => /Windows-1252/.test(w))).toBe(true);
    const rows = readCsv(`${dir}/panjang.result.csv`);
    expect(rows[rows.length - 1]).toMatchObject({ name: 'Café Terakhir', _row: '4002' });
  });
});

describe('XLSX from Excel', () => {
  it('reads numeric phone cells, dates, formulas and error cells the way the user sees them', async () => {
    const dir = folder(tmp, 'xlsx');
    const headers = [
      'Kode Pelanggan',
      'Nama Pelanggan',
      'Kota',
      'No HP',
      'Latitude',
      'Longitude',
      'Tgl Daftar',
      'Total',
    ];
    const date = new Date(Date.UTC(2026, 2, 15));
    const file = await writeXlsx(
      `${dir}/dari-excel.xlsx`,
      headers,
      [
        [
          'X-01',
          { formula: '"Toko "&"Maju"', result: 'Toko Maju' },
          'Semarang',
          81234567890,
          -7.143478499999999,
          110.4,
          date,
          { formula: '1+1', result: 2 },
        ],
        ['X-02', 'Toko Rusak', { error: '#REF!' }, 6281234567890, -7.2, 110.5, date, 5],
        ['X-03', 'Toko Total Error', 'Pati', '081299990003', null, null, date, { error: '#DIV/0!' }],
        [
          { formula: '"X-"&"04"', result: 'X-04' },
          'Toko Kode Rumus',
          'Kudus',
          6281299990004,
          0,
          0,
          null,
          true,
        ],
      ],
      { sheetName: 'Data' },
    );
    const result = await importCli(sandbox, 'customers', file, dir);
    expect(result.stderr).not.toMatch(/INTERNAL/);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ created: 3, invalid: 1 });

    const stored = new Map(customersWithPrefix(sandbox, 'X-').map((c) => [c.ext_cust_no, c]));
    expect([...stored.keys()].sort()).toEqual(['X-01', 'X-03', 'X-04']);
    // A numeric phone cell lost its leading 0 (or +) in Excel: put back, with a warning on the row.
    expect(stored.get('X-01')).toMatchObject({
      name: 'Toko Maju',
      phone: '081234567890',
      location: { lat: -7.1434785, lon: 110.4 },
    });
    expect(stored.get('X-04')).toMatchObject({
      name: 'Toko Kode Rumus',
      phone: '+6281299990004',
      location: { lat: 0, lon: 0 },
    });

    const rows = await readXlsx(`${dir}/dari-excel.result.xlsx`);
    expect(rows.map((r) => [r['Kode Pelanggan'], r._row, r._status])).toEqual([
      ['X-01', '2', 'created'],
      ['X-02', '3', 'invalid'],
      ['X-03', '4', 'created'],
      ['X-04', '5', 'created'],
    ]);
    expect(rows[0]).toMatchObject({
      'Nama Pelanggan': 'Toko Maju',
      'No HP': '81234567890',
      // The result sheet keeps the input's own number and date cells (Excel shows -7.1434785).
      Latitude: '-7.143478499999999',
      'Tgl Daftar': '2026-03-15',
      Total: '2',
    });
    expect(errorCodes(rows[0]._error)).toEqual(['MAP_ZERO_RESTORED']);
    expect(rows[3]).toMatchObject({ Total: 'TRUE', 'Tgl Daftar': '' });
    // An error cell in a column the import uses makes the row invalid, naming the cell.
    expect(errorCodes(rows[1]._error)).toEqual(['READ_CELL_ERROR']);
    expect(rows[1]._error).toMatch(/^Kota: .*#REF!/);
    // In a column the import does not use, it is only reported.
    expect(errorCodes(rows[2]._error)).toEqual(['READ_CELL_ERROR']);
    expect(rows[2]._error).toMatch(/^Total: .*#DIV\/0!/);
    expect(rows.map((r) => r._id)).toEqual([
      String(stored.get('X-01')?.id),
      '',
      String(stored.get('X-03')?.id),
      String(stored.get('X-04')?.id),
    ]);
    // The errors sheet holds the invalid row only, with the input's sheet name.
    const errors = await readXlsx(`${dir}/dari-excel.errors.xlsx`);
    expect(errors.map((r) => r['Kode Pelanggan'])).toEqual(['X-02']);
    expect(Object.keys(errors[0])).toEqual(['_row', '_status', '_error', ...headers]);
  });

  it('reads the sheet given with --sheet', async () => {
    const dir = folder(tmp, 'sheet');
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Catatan').addRow(['bukan data pelanggan']);
    const data = workbook.addWorksheet('Pelanggan Baru');
    data.addRow([]);
    data.addRow(['Kode Pelanggan', 'Nama']);
    data.addRow(['S-01', 'Toko Lembar Dua']);
    const file = `${dir}/dua-lembar.xlsx`;
    await workbook.xlsx.writeFile(file);
    const result = await importCli(sandbox, 'customers', file, dir, ['--sheet', 'Pelanggan Baru']);
    expect(result.code).toBe(0);
    expect(customersWithPrefix(sandbox, 'S-').map((c) => c.name)).toEqual(['Toko Lembar Dua']);
    const rows = await readXlsx(`${dir}/dua-lembar.result.xlsx`);
    expect(rows).toEqual([
      expect.objectContaining({ 'Kode Pelanggan': 'S-01', _row: '3', _status: 'created' }),
    ]);
  });
});
