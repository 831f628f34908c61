/**
 * Row messages in the run's language (issue 16, issue 14 point 11): `validate` on files with every
 * kind of row mistake writes a result sheet whose `_error` texts are Indonesian under an Indonesian
 * locale and English with `--lang en`, and name the columns as the user's file does — never an API
 * field (`ext_cust_no`, `location.lat`).
 */
import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { englishIn } from './english-words.js';
import { cliEnv, readCsv, runCli, startSandbox, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('row-lang');
beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const csv = (rows: string[][]) =>
  rows.map((r) => r.map((c) => JSON.stringify(c)).join(',')).join('\n') + '\n';

/** Every kind of customers row mistake, under Indonesian headers; the comment says which. */
const CUSTOMERS = csv([
  ['Kode Pelanggan', 'Nama', 'Alamat', 'Kota', 'No HP', 'Lat', 'Lon', 'Aktif'],
  ['C-001', 'Toko Maju', 'Jl. Merdeka 1', 'Semarang', '081234567890', '-7.1', '110.4', 'ya'], // fine
  ['C-002', '', 'Jl. Merdeka 2', 'Semarang', '081234567891', '-7.1', '110.4', 'ya'], // required
  ['C-003', 'Toko Tiga', 'Jl. Merdeka 3', 'Semarang', '081234567892', 'abc', '110.4', 'ya'], // number
  ['C-004', 'Toko Empat', 'Jl. Merdeka 4', 'Semarang', '081234567893', '200', '110.4', 'ya'], // range
  ['C-005', 'Toko Lima', 'Jl. Merdeka 5', 'Semarang', '081234567894', '-7.1', '', 'ya'], // lat, no lon
  ['C-006', 'Toko Enam', 'Jl. Merdeka 6', 'Semarang', '081234567895', '-7.1', '110.4', 'mungkin'], // enum
  ['C-001', 'Toko Tujuh', 'Jl. Merdeka 7', 'Semarang', '081234567896', '-7.1', '110.4', 'ya'], // duplicate
  ['C-008', 'Toko Delapan', 'Jl. Merdeka 8', 'Semarang', '8.12346E+11', '-7.1', '110.4', 'ya'], // mangled
  ['C-009', 'Toko Sembilan', 'Jl. Merdeka 9', 'Semarang', '081234567898', '1,234', '110.4', 'ya'], // 1,234
]);

/** Visits: a bad date, an ambiguous date, a date with a time zone, a text that is no date. */
const VISITS = csv([
  ['Tanggal', 'Kode Pelanggan', 'Sales'],
  ['2026-02-30', 'C-0001', 'S-014'], // no such day
  ['03/04/2026', 'C-0001', 'S-014'], // ambiguous under --date-format auto
  ['2026-11-02T20:00:00Z', 'C-0001', 'S-014'], // a time zone
  ['kemarin', 'C-0001', 'S-014'], // not a date
  ['2026-11-02', 'TIDAK-ADA', 'S-014'], // unknown reference
]);

const RUNS = [
  { entity: 'customers', file: 'pelanggan.csv', body: CUSTOMERS, extra: [] },
  { entity: 'visits', file: 'kunjungan.csv', body: VISITS, extra: ['--date-format', 'auto'] },
] as const;

/** The `_error` texts of a validate run's result sheet, by row number. */
async function errorsOf(run: (typeof RUNS)[number], lang: 'id' | 'en'): Promise<Map<string, string>> {
  const dir = tmp.path(`${run.entity}-${lang}`);
  const file = tmp.path(`${lang}-${run.file}`);
  writeFileSync(file, run.body);
  const args = ['validate', run.entity, file, '--out-dir', dir, ...run.extra];
  // Both under an Indonesian locale: `--lang en` must win over it.
  const env = cliEnv(sandbox, { LANG: 'id_ID.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
  const result = await runCli(lang === 'en' ? [...args, '--lang', 'en'] : args, { env });
  expect(result.stderr).not.toMatch(/INTERNAL/);
  const sheet = readCsv(`${dir}/${lang}-${run.file.replace('.csv', '.result.csv')}`);
  return new Map(sheet.filter((r) => r._error !== '').map((r) => [r._row, r._error]));
}

/** API field names that a user's file with its own headers must never see. */
const FIELD_NAMES = /ext_cust_no|ext_product_code|customer_id|team_id|product_id|location\.|\bsku\b/;

describe('validate with LANG=id_ID.UTF-8', () => {
  it.each(RUNS)('$entity: every _error is Indonesian and names the file’s own headers', async (run) => {
    const errors = await errorsOf(run, 'id');
    expect(errors.size).toBeGreaterThanOrEqual(run.entity === 'customers' ? 8 : 2);
    for (const text of errors.values()) {
      expect({ text, english: englishIn(text) }).toEqual({ text, english: [] });
      expect(text).not.toMatch(FIELD_NAMES);
    }
    if (run.entity === 'customers') {
      expect(errors.get('3')).toBe('Kolom "Nama": wajib diisi, tetapi kosong [MAP_REQUIRED]');
      expect(errors.get('4')).toBe('Kolom "Lat": harus berupa angka, tetapi berisi "abc" [MAP_NOT_A_NUMBER]');
      expect(errors.get('5')).toBe(
        'Kolom "Lat": harus antara -90 dan 90, tetapi berisi "200" [MAP_OUT_OF_RANGE]',
      );
      expect(errors.get('6')).toMatch(/^Kolom "Lon": kosong, padahal kolom "Lat" diisi/);
      expect(errors.get('8')).toBe(
        'Kolom "Kode Pelanggan": nilai C-001 yang sama sudah ada di baris 2; tidak dikirim [DUPLICATE_IN_FILE]',
      );
    }
    if (run.entity === 'visits') {
      expect(errors.get('2')).toMatch(/^Kolom "Tanggal": bukan tanggal yang valid.*\[MAP_BAD_DATE\]$/);
      expect(errors.get('3')).toMatch(
        /^Kolom "Tanggal": bisa berarti 2026-04-03 atau 2026-03-04.*\[MAP_AMBIGUOUS_DATE\]$/,
      );
    }
  });
});

describe('validate with --lang en', () => {
  it.each(RUNS)('$entity: the same rows get English texts naming the same headers', async (run) => {
    const id = await errorsOf(run, 'id');
    const en = await errorsOf(run, 'en');
    expect([...en.keys()]).toEqual([...id.keys()]);
    for (const [row, text] of en) {
      // the same codes, the same columns, another language
      expect(text.match(/\[[A-Z_]+\]$/)?.[0]).toBe(id.get(row)?.match(/\[[A-Z_]+\]$/)?.[0]);
      expect(text).not.toBe(id.get(row));
      expect(text).not.toMatch(FIELD_NAMES);
      expect(text).not.toMatch(/^Kolom /);
    }
    if (run.entity === 'customers') {
      expect(en.get('3')).toBe('Nama: is required [MAP_REQUIRED]');
    }
  });
});
