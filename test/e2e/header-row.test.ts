/**
 * End to end: a sheet that opens with a title, a blank row and a date line above the header (the
 * usual Indonesian report layout) imports without `--header-row`; `--header-row N` takes row N;
 * `_row` stays the row number Excel shows.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  readCsv,
  readXlsx,
  runCli,
  cliEnv,
  startSandbox,
  summaryOf,
  tempDir,
  type CliResult,
} from './helpers.js';
import { csvLine, customersWithPrefix, folder, importCli, writeText, writeXlsx } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('header-row');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const HEADERS = ['Kode Pelanggan', 'Nama Toko', 'Kota', 'No HP'];
const TITLE = [['DAFTAR PELANGGAN PT MAJU JAYA'], [], ['Per tanggal: 07/12/2026']];

function rows(prefix: string): string[][] {
  return [
    [`${prefix}-001`, 'Toko Sumber Makmur', 'Semarang', '081225670000'],
    [`${prefix}-002`, 'Warung Bu Sri', 'Semarang', '085640112233'],
    [`${prefix}-003`, 'Apotek Kimia Sehat', 'Kudus', '081328765432'],
  ];
}

function warningsOf(result: CliResult): string[] {
  return summaryOf(result).warnings as string[];
}

describe('a title above the header', () => {
  it('XLSX with a merged title row, a blank row and a date line: imported, _row as Excel shows', async () => {
    const dir = folder(tmp, 'xlsx-title');
    const file = await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, rows('HX'), { above: TITLE });
    const result = await importCli(sandbox, 'customers', file, dir);
    expect(result.stderr).not.toContain('MAP_MISSING_COLUMN');
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ created: 3 });
    expect(
      customersWithPrefix(sandbox, 'HX-')
        .map((c) => c.name)
        .sort(),
    ).toEqual(['Apotek Kimia Sehat', 'Toko Sumber Makmur', 'Warung Bu Sri']);
    // Title (1), blank (2), date (3), header (4): the data starts on row 5.
    const sheet = await readXlsx(`${dir}/pelanggan.result.xlsx`);
    expect(sheet.map((r) => r._row)).toEqual(['5', '6', '7']);
    expect(warningsOf(result).join('\n')).toMatch(
      /row 4 taken as the header: its cells hold 4 known column names/,
    );
  });

  it('CSV with title lines: imported, _row as the text editor shows', async () => {
    const dir = folder(tmp, 'csv-title');
    const text =
      [
        'DAFTAR PELANGGAN PT MAJU JAYA,,,',
        ',,,',
        'Dicetak: 07/12/2026',
        csvLine(HEADERS),
        ...rows('HC').map((r) => csvLine(r)),
      ].join('\r\n') + '\r\n';
    const file = writeText(`${dir}/pelanggan.csv`, text);
    const result = await importCli(sandbox, 'customers', file, dir);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ created: 3 });
    expect(customersWithPrefix(sandbox, 'HC-')).toHaveLength(3);
    expect(readCsv(`${dir}/pelanggan.result.csv`).map((r) => r._row)).toEqual(['5', '6', '7']);
    expect(warningsOf(result).join('\n')).toContain('row 4 taken as the header');
  });

  it('a file whose header is the first row says nothing about the header', async () => {
    const dir = folder(tmp, 'plain');
    const file = await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, rows('HP'));
    const result = await runCli(['validate', 'customers', file, '--out-dir', dir, '--json'], {
      env: cliEnv(sandbox),
    });
    expect(result.code).toBe(0);
    expect(warningsOf(result).join('\n')).not.toContain('taken as the header');
  });
});

describe('--header-row', () => {
  it('takes the row named, even when the rows above hold known column names', async () => {
    const dir = folder(tmp, 'option');
    // Row 1 looks like a header of its own (an old layout kept above); row 3 is the real one.
    const text =
      [
        csvLine(['Nama Toko', 'Kota']),
        'Daftar baru',
        csvLine(HEADERS),
        ...rows('HO').map((r) => csvLine(r)),
      ].join('\n') + '\n';
    const file = writeText(`${dir}/pelanggan.csv`, text);
    const result = await importCli(sandbox, 'customers', file, dir, ['--header-row', '3']);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ created: 3 });
    expect(readCsv(`${dir}/pelanggan.result.csv`).map((r) => r._row)).toEqual(['4', '5', '6']);
    expect(warningsOf(result).join('\n')).toContain('row 3 taken as the header (--header-row)');
  });

  it('a blank row named is refused before anything is sent', async () => {
    const dir = folder(tmp, 'option-blank');
    const file = await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, rows('HB'), { above: TITLE });
    const before = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', file, dir, ['--header-row', '2']);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/READ_EMPTY.*--header-row 2 names a blank row/);
    expect(sandbox.requests.length).toBe(before);
    expect(customersWithPrefix(sandbox, 'HB-')).toHaveLength(0);
  });

  it('says in Indonesian which row was taken', async () => {
    const dir = folder(tmp, 'option-id');
    const file = await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, rows('HI'), { above: TITLE });
    const result = await runCli(['validate', 'customers', file, '--out-dir', dir, '--json', '--lang', 'id'], {
      env: cliEnv(sandbox),
    });
    expect(result.code).toBe(0);
    expect(warningsOf(result).join('\n')).toContain('baris 4 dipakai sebagai header');
  });
});
