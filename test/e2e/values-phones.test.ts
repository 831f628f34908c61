/**
 * End to end: phone cells typed by hand that are no phone number (docs/spreadsheet-numbers.md):
 * words fail the row, `-` keeps the stored phone, real numbers in any usual writing go through.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, tempDir } from './helpers.js';
import { csvLine, errorCodes, importCli, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('values-phones');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const phoneOf = (code: string) => sandbox.state.customers().find((c) => c.ext_cust_no === code)?.phone;
const sheet = (rows: string[][]) =>
  [csvLine(['Kode Pelanggan', 'Nama', 'No HP']), ...rows.map((r) => csvLine(r))].join('\n') + '\n';

it('words fail the row, a placeholder sends no phone, usual writings are kept; --mode update keeps a stored phone for "-"', async () => {
  const file = writeText(
    tmp.path('pelanggan.csv'),
    sheet([
      ['HP-1', 'Toko Satu', 'telp kantor'],
      ['HP-2', 'Toko Dua', '0812-xxx'],
      ['HP-3', 'Toko Tiga', '-'],
      ['HP-4', 'Toko Empat', '+62 812-3456-7890'],
      ['HP-5', 'Toko Lima', '(024) 351-2345'],
    ]),
  );
  const result = await importCli(sandbox, 'customers', file, tmp.dir, ['--lang', 'id']);
  expect(result.code).toBe(2);
  const rows = readCsv(tmp.path('pelanggan.result.csv'));
  expect(rows.map((r) => [r._status, errorCodes(r._error)])).toEqual([
    ['invalid', ['MAP_BAD_PHONE']],
    ['invalid', ['MAP_BAD_PHONE']],
    ['created', ['MAP_PHONE_PLACEHOLDER']],
    ['created', []],
    ['created', []],
  ]);
  expect(rows[0]._error).toContain('Kolom "No HP": "telp kantor" bukan nomor telepon (tidak ada angka)');
  expect(rows[1]._error).toContain('berisi huruf ("xxx")');
  expect(['HP-1', 'HP-2', 'HP-3', 'HP-4', 'HP-5'].map(phoneOf)).toEqual([
    undefined,
    undefined,
    null,
    '+62 812-3456-7890',
    '(024) 351-2345',
  ]);

  const update = writeText(tmp.path('ubah.csv'), sheet([['HP-4', 'Toko Empat Baru', '-']]));
  const updated = await importCli(sandbox, 'customers', update, tmp.dir, ['--mode', 'update']);
  expect(updated.code).toBe(0);
  expect(phoneOf('HP-4')).toBe('+62 812-3456-7890');
  expect(sandbox.state.customers().find((c) => c.ext_cust_no === 'HP-4')?.name).toBe('Toko Empat Baru');
});
