/**
 * End to end: the built CLI imports clean customer files (XLSX and CSV) into the sandbox, validates
 * without the network, and stops before any request when the file cannot be imported.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, readXlsx, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  csvLine,
  customersWithPrefix,
  dataRequests,
  errorCodes,
  folder,
  importCli,
  sheetNames,
  writeText,
  writeXlsx,
} from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-basics');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const HEADERS = [
  'ext_cust_no',
  'name',
  'address',
  'city',
  'phone',
  'lat',
  'lon',
  'tags',
  'status',
  'Catatan',
];
const ROWS = [
  [
    'A-001',
    'Toko Sumber Makmur',
    'Jl. Pemuda No. 12',
    'Semarang',
    '081225670000',
    '-6.9817',
    '110.4136',
    'grosir, vip',
    'TRUE',
    'langganan lama',
  ],
  ['A-002', 'Warung Bu Sri', 'Jl. Pandanaran No. 45', 'Semarang', '+6285640112233', '', '', '', '', ''],
  [
    'A-003',
    'Apotek Kimia Sehat',
    '',
    'Bandung',
    '0227654321',
    '-6.8851',
    '107.6134',
    'apotek',
    'tidak',
    'tutup sementara',
  ],
];

describe('import customers: clean files', () => {
  it('imports an XLSX file: every row created, ids filled, result sheet cell by cell', async () => {
    const dir = folder(tmp, 'xlsx');
    const out = tmp.path('xlsx-out'); // made by --out-dir
    const file = await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, ROWS, {
      sheetName: 'Pelanggan',
      textColumns: ['ext_cust_no', 'phone'],
    });
    const result = await importCli(sandbox, 'customers', file, out);
    expect(result.stderr).not.toMatch(/INTERNAL/);
    expect(result.code).toBe(0);

    const summary = summaryOf(result);
    expect(summary).toMatchObject({ command: 'import', entity: 'customers', mode: 'create', total: 3 });
    expect(summary.counts).toEqual({ created: 3 });
    // The unknown column is reported once and kept in the result sheet.
    expect((summary.warnings as string[]).filter((w) => w.includes('Catatan'))).toHaveLength(1);
    expect((summary.files as Record<string, string>).errors).toBeUndefined();

    const stored = new Map(customersWithPrefix(sandbox, 'A-').map((c) => [c.ext_cust_no, c]));
    expect(stored.size).toBe(3);
    expect(stored.get('A-001')).toMatchObject({
      name: 'Toko Sumber Makmur',
      address: 'Jl. Pemuda No. 12',
      city: 'Semarang',
      phone: '081225670000',
      location: { lat: -6.9817, lon: 110.4136 },
      tags: ['grosir', 'vip'],
      status: true,
    });
    expect(stored.get('A-002')).toMatchObject({
      phone: '+6285640112233',
      location: null,
      tags: [],
      status: true,
    });
    expect(stored.get('A-003')).toMatchObject({ address: null, status: false, tags: ['apotek'] });

    const resultPath = `${out}/pelanggan.result.xlsx`;
    expect(summary.files).toMatchObject({ result: resultPath });
    // The result sheet is named like the input sheet, so `--sheet` works on it as on the input.
    expect(await sheetNames(resultPath)).toEqual(['Pelanggan']);
    const rows = await readXlsx(resultPath);
    expect(rows).toHaveLength(3);
    rows.forEach((row, i) => {
      HEADERS.forEach((h, c) => expect(row[h]).toBe(ROWS[i][c]));
      expect(row._row).toBe(String(i + 2));
      expect(row._status).toBe('created');
      expect(row._id).toBe(String(stored.get(ROWS[i][0])?.id));
      expect(row._error).toBe('');
    });
    expect(existsSync(`${out}/pelanggan.errors.xlsx`)).toBe(false);
  });

  it('imports a CSV file the same way, with the result sheet in CSV', async () => {
    const dir = folder(tmp, 'csv');
    const rows = ROWS.map((r) => [r[0].replace('A-', 'B-'), ...r.slice(1)]);
    const file = writeText(
      `${dir}/pelanggan.csv`,
      [HEADERS, ...rows].map((r) => csvLine(r)).join('\r\n') + '\r\n',
    );
    const result = await importCli(sandbox, 'customers', file, dir);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ created: 3 });

    const stored = new Map(customersWithPrefix(sandbox, 'B-').map((c) => [c.ext_cust_no, c]));
    expect(stored.size).toBe(3);
    expect(stored.get('B-001')).toMatchObject({
      tags: ['grosir', 'vip'],
      location: { lat: -6.9817, lon: 110.4136 },
    });

    const out = readCsv(`${dir}/pelanggan.result.csv`);
    expect(out).toHaveLength(3);
    out.forEach((row, i) => {
      HEADERS.forEach((h, c) => expect(row[h]).toBe(rows[i][c]));
      expect(row).toMatchObject({ _row: String(i + 2), _status: 'created', _error: '' });
      expect(row._id).toBe(String(stored.get(rows[i][0])?.id));
    });
  });

  it('maps other headers with --mapping, ignores a column mapped to ""', async () => {
    const dir = folder(tmp, 'mapping');
    const file = writeText(
      `${dir}/toko.csv`,
      ['Kode Toko,Nama Outlet,Wilayah,Catatan Sales', 'MAP-1,Toko Mapping,Kudus,jangan diimpor'].join('\n'),
    );
    const mapping = writeText(
      `${dir}/mapping.json`,
      JSON.stringify({
        'Kode Toko': 'ext_cust_no',
        'Nama Outlet': 'name',
        Wilayah: 'city',
        'Catatan Sales': '',
      }),
    );
    const result = await importCli(sandbox, 'customers', file, dir, ['--mapping', mapping]);
    expect(result.code).toBe(0);
    const summary = summaryOf(result);
    expect(summary.counts).toEqual({ created: 1 });
    expect(summary.warnings).toEqual([]); // every column is accounted for by the mapping
    expect(customersWithPrefix(sandbox, 'MAP-')).toEqual([
      expect.objectContaining({ name: 'Toko Mapping', city: 'Kudus', address: null }),
    ]);
    const [row] = readCsv(`${dir}/toko.result.csv`);
    expect(row).toMatchObject({ 'Catatan Sales': 'jangan diimpor', _status: 'created' });
  });
});

describe('validate', () => {
  it('needs no credentials and writes valid / invalid, exit 2 when some rows are invalid', async () => {
    const dir = folder(tmp, 'validate');
    const file = writeText(
      `${dir}/cek.csv`,
      [
        'Kode Pelanggan,Nama,Latitude,Longitude,Aktif',
        'V-1,Toko Valid,-7.1,110.4,ya',
        'V-2,,-7.1,110.4,ya',
        'V-3,Toko Salah,110.4,-7.1,mungkin',
        'V-4,Toko Valid Juga,,,',
      ].join('\n'),
    );
    const before = sandbox.requests.length;
    const result = await runCli(['validate', 'customers', file, '--json'], { env: cliEnv(undefined) });
    expect(result.code).toBe(2);
    const summary = summaryOf(result);
    expect(summary).toMatchObject({ command: 'validate', total: 4 });
    expect(summary.counts).toEqual({ valid: 2, invalid: 2 });
    expect(sandbox.requests.length).toBe(before);

    const rows = readCsv(`${dir}/cek.result.csv`);
    expect(rows.map((r) => [r._row, r._status])).toEqual([
      ['2', 'valid'],
      ['3', 'invalid'],
      ['4', 'invalid'],
      ['5', 'valid'],
    ]);
    expect(errorCodes(rows[1]._error)).toEqual(['MAP_REQUIRED']);
    expect(rows[1]._error).toMatch(/^Nama: /);
    expect(errorCodes(rows[2]._error).sort()).toEqual(['MAP_INVALID', 'MAP_OUT_OF_RANGE'].sort());
    expect(rows[2]._error).toMatch(/Latitude: /);
    expect(rows[2]._error).toMatch(/Aktif: /);
    // The errors file holds the two invalid rows: the row, status and reason, then the input's columns.
    const errors = readCsv(`${dir}/cek.errors.csv`);
    expect(errors.map((r) => r['Kode Pelanggan'])).toEqual(['V-2', 'V-3']);
    expect(Object.keys(errors[0])).toEqual([
      '_row',
      '_status',
      '_error',
      'Kode Pelanggan',
      'Nama',
      'Latitude',
      'Longitude',
      'Aktif',
    ]);
    expect(errors.map((r) => r._error)).toEqual([rows[1]._error, rows[2]._error]);
    // No journal for a run that sends nothing.
    expect(existsSync(`${dir}/cek.journal.jsonl`)).toBe(false);
  });

  // A CSV is screened for repeated keys in a first pass (push/duplicate-screen.ts); a workbook is
  // not, and every key is kept instead: both must find the same repeats.
  it.each(['csv', 'xlsx'])('finds keys repeated anywhere in a %s file, by code and by id', async (format) => {
    const dir = folder(tmp, `validate-repeats-${format}`);
    const headers = ['id', 'Kode Pelanggan', 'Nama'];
    const rows = [
      ['', 'R-1', 'Toko Satu'],
      ['', 'R-2', ''], // invalid: its key is not taken
      ['', 'R-2', 'Toko Dua'],
      ['7', 'R-3', 'Toko Tiga'], // keyed by id 7
      ['', 'R-1', 'Toko Satu Lagi'], // repeats row 2
      ['', ' R-4 ', 'Toko Empat'],
      ['7', 'R-5', 'Toko Lima'], // repeats id 7 of row 5
      ['', 'R-4', 'Toko Empat Lagi'], // repeats row 7 once trimmed
      ['', 'R-1', 'Toko Satu Ketiga'], // a third time
      ['', 'r-1', 'Toko Satu Kecil'], // keys are exact: not a repeat
    ];
    const file =
      format === 'csv'
        ? writeText(`${dir}/ulang.csv`, [headers, ...rows].map((r) => csvLine(r)).join('\n') + '\n')
        : await writeXlsx(`${dir}/ulang.xlsx`, headers, rows);
    const result = await runCli(['validate', 'customers', file, '--mode', 'upsert', '--json'], {
      env: cliEnv(undefined),
    });
    expect(result.code).toBe(2);
    const out =
      format === 'csv' ? readCsv(`${dir}/ulang.result.csv`) : await readXlsx(`${dir}/ulang.result.xlsx`);
    expect(out.map((r) => [r._row, r._status, errorCodes(r._error).join()])).toEqual([
      ['2', 'valid', ''],
      ['3', 'invalid', 'MAP_REQUIRED'],
      ['4', 'valid', ''],
      ['5', 'valid', ''],
      ['6', 'invalid', 'DUPLICATE_IN_FILE'],
      ['7', 'valid', ''],
      ['8', 'invalid', 'DUPLICATE_IN_FILE'],
      ['9', 'invalid', 'DUPLICATE_IN_FILE'],
      ['10', 'invalid', 'DUPLICATE_IN_FILE'],
      ['11', 'valid', ''],
    ]);
    expect(out[4]._error).toMatch(/R-1 is on row 2/);
    expect(out[6]._error).toMatch(/id 7 is on row 5/);
    expect(out[7]._error).toMatch(/R-4 is on row 7/);
    expect(out[8]._error).toMatch(/R-1 is on row 2/);
  });

  it('exits 0 when every row is valid', async () => {
    const dir = folder(tmp, 'validate-ok');
    const file = writeText(`${dir}/ok.csv`, 'name,city\nToko A,Pati\nToko B,Rembang\n');
    const result = await runCli(['validate', 'customers', file, '--json'], { env: cliEnv(undefined) });
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ valid: 2 });
  });
});

describe('runs that cannot start: exit 1, nothing sent', () => {
  it('a missing required column stops before any request, naming the closest header', async () => {
    const dir = folder(tmp, 'missing');
    const file = writeText(`${dir}/tanpa-nama.csv`, 'ext_cust_no,Nama Tokoo,city\nX-1,Toko,Pati\n');
    const before = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', file, dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error \[MAP_MISSING_COLUMN\]: Required column "name" not found/);
    expect(result.stderr).toMatch(/Closest header in the file: "Nama Tokoo"/);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(result.stdout).toBe('');
    expect(dataRequests(sandbox, before)).toEqual([]);
    expect(existsSync(`${dir}/tanpa-nama.result.csv`)).toBe(false);
    expect(existsSync(`${dir}/tanpa-nama.journal.jsonl`)).toBe(false);
  });

  it('bad arguments, a missing file and rejected credentials exit 1 with a stable code', async () => {
    const dir = folder(tmp, 'bad');
    const file = writeText(`${dir}/ok.csv`, 'ext_cust_no,name\nBAD-1,Toko\n');
    const badMode = await importCli(sandbox, 'customers', file, dir, ['--mode', 'replace']);
    expect(badMode.code).toBe(1);
    expect(badMode.stderr).toMatch(/replace/);

    const missing = await importCli(sandbox, 'customers', `${dir}/nope.csv`, dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/error \[READ_NOT_FOUND\]/);

    const before = sandbox.requests.length;
    const denied = await runCli(['import', 'customers', file, '--json'], {
      env: cliEnv(sandbox, { SALESMANIA_PASSWORD: 'wrong' }),
    });
    expect(denied.code).toBe(1);
    expect(denied.stderr).toMatch(/error \[API_AUTH\]/);
    expect(denied.stderr).not.toMatch(/wrong/);
    expect(dataRequests(sandbox, before)).toEqual([]);

    // The failed login left nothing that blocks the corrected run (no journal to resume).
    const fixed = await importCli(sandbox, 'customers', file, dir);
    expect(fixed.code).toBe(0);
    expect(customersWithPrefix(sandbox, 'BAD-')).toHaveLength(1);
  });

  it('import without credentials exits 1 before reading anything', async () => {
    const dir = folder(tmp, 'nocred');
    const file = writeText(`${dir}/ok.csv`, 'ext_cust_no,name\nNC-1,Toko\n');
    const result = await runCli(['import', 'customers', file], { env: cliEnv(undefined) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error \[CONFIG_MISSING\]/);
    expect(existsSync(`${dir}/ok.result.csv`)).toBe(false);
  });
});

describe('in doubt: exit 3', () => {
  it('a create whose answer is lost, with no key to look it up, ends in_doubt and is listed', async () => {
    const dir = folder(tmp, 'doubt');
    const file = writeText(`${dir}/tanpa-kode.csv`, 'name,city\nToko Ragu Ragu,Blora\nToko Pasti,Blora\n');
    sandbox.script({ method: 'POST', path: '/extapi/v1.0/customers', action: 'commit-then-drop' });
    const result = await importCli(sandbox, 'customers', file, dir, ['--concurrency', '1']);
    expect(result.code).toBe(3);
    const summary = summaryOf(result);
    expect(summary.counts).toEqual({ in_doubt: 1, created: 1 });
    expect(summary.inDoubtRows).toEqual([2]);
    // Never resent blindly: the committed record exists once.
    expect(sandbox.state.customers().filter((c) => c.name === 'Toko Ragu Ragu')).toHaveLength(1);
    const rows = readCsv(`${dir}/tanpa-kode.result.csv`);
    expect(rows.map((r) => r._status)).toEqual(['in_doubt', 'created']);
    expect(errorCodes(rows[0]._error)).toEqual(['API_AMBIGUOUS']);
    expect(readCsv(`${dir}/tanpa-kode.errors.csv`).map((r) => r.name)).toEqual(['Toko Ragu Ragu']);
  });
});
