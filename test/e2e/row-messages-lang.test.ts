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

/** Products, under the Indonesian template's headers: every kind of units and value mistake. */
const PRODUCTS = csv([
  [
    'Kode Produk',
    'Nama Produk',
    'Kode SKU',
    'Stok',
    'Satuan',
    'Harga',
    'Isi',
    'Satuan 2',
    'Harga 2',
    'Isi 2',
    'Diskon',
  ],
  ['P-001', 'Teh Celup', '899001', '120', 'PCS', '12500', '1', 'DUS', '290000', '24', '5+2.5'], // fine
  ['P-002', 'Kopi', '899002', '10', 'PCS', '12500', '1', 'PCS', '290000', '24', ''], // unit name twice
  ['P-003', 'Gula', '899003', '10', 'PCS', '', '1', '', '', '', ''], // no price
  ['P-004', 'Susu', '899004', '10', 'PCS', '12000', '1', 'DUS', '100000', '', ''], // no ratio
  ['P-005', 'Roti', '899005', 'banyak', 'PCS', '12000', '1', '', '', '', ''], // not a number
  ['P-006', 'Mie', '899006', '10', 'PCS', '12000', '1', '', '', '', '150'], // discount > 100
  ['P-007', 'Sabun', '899007', '10', 'PCS', '12000', '2', '', '', '', ''], // no base unit
  ['P-008', 'Sampo', '899008', '10', '', '', '', 'DUS', '100000', '24', ''], // gap before unit 2
  ['P-001', 'Teh lagi', '899009', '10', 'PCS', '12000', '1', '', '', '', ''], // duplicate
  ['P-010', '', '899010', '10', 'PCS', '12000', '1', '', '', '', ''], // required
  ['P-011', 'Kecap', '899011', '10', 'PCS', '12000', '1', '', '', '', '5++'], // no discount chain
]);

/** Orders, under the Indonesian template's headers: line and order mistakes. */
const ORDERS = csv([
  [
    'No Order',
    'Tanggal',
    'Kode Pelanggan',
    'Sales',
    'Status Order',
    'Kode Produk',
    'Jumlah',
    'Satuan',
    'Harga',
    'Diskon',
    'Diskon Rp',
  ],
  ['SO-1', '2026-11-02', 'C-0001', 'S-014', 'Baru', 'P-1001', '2', 'DUS', '132000', '', ''], // fine
  ['SO-2', '2026-11-02', 'C-0001', 'S-014', 'Hilang', 'P-1001', '2', 'DUS', '132000', '', ''], // status
  ['SO-3', '2026-11-02', 'C-0001', 'S-014', 'Baru', 'P-1001', '0', 'DUS', '132000', '', ''], // qty 0
  ['SO-4', '2026-11-02', 'C-0001', 'S-014', 'Baru', 'P-1001', '1', 'DUS', '132000', '10', '5000'], // both
  ['SO-5', '2026-11-02', 'C-0001', 'S-014', 'Baru', 'P-1001', '1', 'DUS', '132000', '', ''], // the lines of
  ['SO-5', '2026-11-03', 'C-0001', 'S-014', 'Baru', 'P-1001', '1', 'DUS', '132000', '', ''], // SO-5 disagree
  ['SO-6', '', 'C-0001', 'S-014', 'Baru', 'P-1001', '1', 'DUS', '132000', '', ''], // no date
  ['SO-7', '02/30/2026', 'C-0001', 'S-014', 'Baru', 'P-1001', '1', 'DUS', '-5', '', ''], // date, price
]);

const RUNS = [
  { entity: 'customers', file: 'pelanggan.csv', body: CUSTOMERS, extra: [] },
  { entity: 'visits', file: 'kunjungan.csv', body: VISITS, extra: ['--date-format', 'auto'] },
  { entity: 'products', file: 'produk.csv', body: PRODUCTS, extra: [] },
  { entity: 'orders', file: 'pesanan.csv', body: ORDERS, extra: [] },
] as const;

/** How many rows of each file have mistakes. */
const MISTAKES = { customers: 8, visits: 2, products: 10, orders: 7 } as const;

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
    expect(errors.size).toBeGreaterThanOrEqual(MISTAKES[run.entity]);
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
    if (run.entity === 'products') {
      expect(errors.get('3')).toBe('Kolom "Satuan 2": mengulang nama satuan "PCS" [MAP_INVALID]');
      expect(errors.get('4')).toBe(
        'Kolom "Harga": kosong: setiap satuan wajib memiliki harga [MAP_REQUIRED]',
      );
      expect(errors.get('5')).toMatch(/^Kolom "Isi 2": kosong: setiap satuan setelah yang pertama/);
      expect(errors.get('8')).toBe('Kolom "Isi": memerlukan satuan dasar dengan rasio 1 [MAP_INVALID]');
      expect(errors.get('9')).toMatch(/^Kolom "Satuan": kosong, padahal satuan berikutnya diisi/);
    }
    if (run.entity === 'orders') {
      expect(errors.get('3')).toMatch(/^Kolom "Status Order": harus salah satu dari Baru, Diproses/);
      expect(errors.get('4')).toBe(
        'Kolom "Jumlah": harus lebih dari 0, tetapi berisi "0" [MAP_OUT_OF_RANGE]',
      );
      expect(errors.get('5')).toMatch(/^Kolom "Diskon": isi diskon baris .*; Kolom "Diskon Rp": /);
      for (const row of ['6', '7']) {
        expect(errors.get(row)).toBe(
          'Kolom "Tanggal": baris-baris pesanan SO-5 tidak sama: baris 6 berisi "2026-11-02", baris 7 berisi "2026-11-03" [MAP_CONFLICT]',
        );
      }
      expect(errors.get('8')).toBe(
        'Kolom "Tanggal": pesanan SO-6 tidak memiliki tanggal di baris mana pun [MAP_REQUIRED]',
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
    if (run.entity === 'products') {
      expect(en.get('3')).toBe('Satuan 2: repeats the unit name "PCS" [MAP_INVALID]');
    }
    if (run.entity === 'orders') {
      expect(en.get('8')).toBe('Tanggal: order SO-6 has no date on any of its lines [MAP_REQUIRED]');
    }
  });
});
