/**
 * Run errors in Bahasa Indonesia end to end (issue 16): the built CLI, in an Indonesian locale or with
 * `--lang id`, reports an unreadable or damaged file, a missing sheet, an encrypted workbook, a file
 * over the size limit, a bad `--out-dir`, a wrong password and an export to a bad path with no English
 * message text; the codes stay. With `--lang en` the same runs are English.
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { ole2 } from '../hardening/files.js';
import { englishIn, INDONESIAN } from './english-words.js';
import { cliEnv, runCli, startSandbox, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('lang-errors');
const file = (name: string, content: string | Buffer) => {
  const path = tmp.path(name);
  writeFileSync(path, content);
  return path;
};

let workbook: string;
let csv: string;
beforeAll(async () => {
  sandbox = await startSandbox();
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Pelanggan').addRows([
    ['Kode Pelanggan', 'Nama'],
    ['C-001', 'Toko Budi'],
  ]);
  workbook = tmp.path('pelanggan.xlsx');
  await book.xlsx.writeFile(workbook);
  csv = file('pelanggan.csv', 'Kode Pelanggan,Nama\nC-001,Toko Budi\n');
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const idEnv = (extra: Record<string, string> = {}) =>
  cliEnv(sandbox, { LANG: 'id_ID.UTF-8', LC_ALL: '', LC_MESSAGES: '', ...extra });

/** Each case: the arguments, extra environment, the code and a piece of the Indonesian message. */
type Case = [string, () => string[], Record<string, string>, string, RegExp];
const cases: Case[] = [
  [
    'a damaged workbook',
    () => ['validate', 'customers', file('data-1.xlsx', Buffer.from('PK\u0003\u0004 bukan zip sungguhan'))],
    {},
    'READ_CORRUPT',
    /rusak atau tidak lengkap/,
  ],
  [
    'a missing file',
    () => ['validate', 'customers', tmp.path('data-2.csv')],
    {},
    'READ_NOT_FOUND',
    /File tidak ditemukan/,
  ],
  [
    'a missing sheet',
    () => ['validate', 'customers', workbook, '--sheet', 'Produk'],
    {},
    'READ_SHEET_NOT_FOUND',
    /Sheet 'Produk' tidak ditemukan di 'pelanggan.xlsx'; sheet yang ada: 'Pelanggan'/,
  ],
  [
    'an encrypted workbook',
    () => ['validate', 'customers', file('data-3.xlsx', ole2(['EncryptionInfo', 'EncryptedPackage']))],
    {},
    'READ_UNSUPPORTED_FORMAT',
    /dilindungi kata sandi/,
  ],
  [
    'a file over the size limit',
    () => ['validate', 'customers', csv],
    { SALESMANIA_MAX_FILE_MB: '0.00001' },
    'READ_LIMIT',
    /36 byte, melebihi batas 10 byte\b/,
  ],
  [
    'a bad --out-dir',
    () => ['validate', 'customers', csv, '--out-dir', `${csv}/hasil`],
    {},
    'WRITE_FAILED',
    /Folder output .* tidak dapat dibuat \(ENOTDIR\)/,
  ],
  [
    'a wrong password on import',
    () => ['import', 'customers', csv, '--out-dir', tmp.dir],
    { SALESMANIA_PASSWORD: 'wrong-password' },
    'API_AUTH',
    /login gagal/,
  ],
  [
    'a PDF named .csv',
    () => ['validate', 'customers', file('data-4.csv', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n'))],
    {},
    'READ_UNSUPPORTED_FORMAT',
    /dokumen PDF/,
  ],
  [
    'a file without a required column',
    () => ['validate', 'customers', file('data-5.csv', 'Kode Pelanggan,Alamat\nC-001,Jl. Merdeka 1\n')],
    {},
    'MAP_MISSING_COLUMN',
    /Kolom wajib "Nama" tidak ditemukan\. Header yang diterima: "Nama", /,
  ],
  [
    'an update without a key column',
    () => ['validate', 'customers', file('data-6.csv', 'Nama\nToko Budi\n'), '--mode', 'update'],
    {},
    'MAP_MISSING_COLUMN',
    /mode update memerlukan "Kode Pelanggan" atau "ID SalesMania"/,
  ],
  [
    'an export to a file that is no spreadsheet',
    () => ['export', 'customers', '--out', tmp.path('ekspor.pdf')],
    {},
    'CONFIG_INVALID',
    /harus berakhiran \.csv, \.tsv atau \.xlsx/,
  ],
  [
    'an export option that does not apply',
    () => ['export', 'customers', '--out', tmp.path('ekspor.csv'), '--from', '2026-11-01'],
    {},
    'CONFIG_INVALID',
    /`from` hanya berlaku untuk visits dan orders, tidak untuk customers/,
  ],
  [
    'an export with --layout sheets to CSV',
    () => ['export', 'orders', '--out', tmp.path('pesanan.csv'), '--layout', 'sheets'],
    {},
    'CONFIG_INVALID',
    /memerlukan output \.xlsx/,
  ],
  [
    'an export with a date that is no date',
    () => ['export', 'visits', '--out', tmp.path('kunjungan.csv'), '--from', 'kemarin'],
    {},
    'CONFIG_INVALID',
    /`from` harus berupa tanggal/,
  ],
  [
    'an export to a bad path',
    () => ['export', 'customers', '--out', `${csv}/ekspor.csv`],
    {},
    'WRITE_FAILED',
    /Tidak dapat menulis|tidak dapat dibuat/,
  ],
];

describe('run errors with LANG=id_ID.UTF-8', () => {
  it.each(cases)('%s: Indonesian, no English text, the code kept', async (_, args, extra, code, text) => {
    const result = await runCli(args(), { env: idEnv(extra), cwd: tmp.dir });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^Kesalahan \\[${code}\\]: `, 'm'));
    expect(result.stderr).toMatch(text);
    expect(englishIn(result.stderr)).toEqual([]);
    expect(result.stderr).not.toContain('wrong-password');
  });
});

describe('the same runs with --lang en', () => {
  it.each(cases)('%s: English, the same code', async (_, args, extra, code) => {
    const result = await runCli([...args(), '--lang', 'en'], { env: idEnv(extra), cwd: tmp.dir });
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(new RegExp(`^error \\[${code}\\]: `, 'm'));
    expect(result.stderr).not.toMatch(INDONESIAN);
  });
});
