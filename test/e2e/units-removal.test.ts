/**
 * End to end: updating a product from a sheet that lists two of its three units. Without
 * `--units replace` the row fails with UNITS_WOULD_REMOVE naming the third unit, and the product
 * keeps all three; with it, the row's units replace the list.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, summaryOf, tempDir } from './helpers.js';
import { csvLine, errorCodes, importCli, productsWithPrefix, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('units-removal');
const HEADERS = [
  'Kode Produk',
  'Nama Produk',
  'Stok',
  'Satuan',
  'Harga',
  'Isi',
  'Satuan 2',
  'Harga 2',
  'Isi 2',
];

function sheet(name: string, rows: Array<Array<string | number>>): string {
  return writeText(tmp.path(name), rows.map((r) => csvLine(r)).join('\n') + '\n');
}

const unitsOf = (code: string) =>
  productsWithPrefix(sandbox, code)[0]?.product_units.map((u) => `${u.name}:${u.ratio}:${u.price}`);

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  const file = sheet('baru.csv', [
    [...HEADERS, 'Satuan 3', 'Harga 3', 'Isi 3'],
    ['UR-1', 'Sirup Cocopandan 620 ml', 360, 'BTL', 19000, 1, 'DUS', 440000, 24, 'PAK', 110000, 6],
  ]);
  const created = await importCli(sandbox, 'products', file, tmp.dir);
  expect(summaryOf(created).counts).toEqual({ created: 1 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const twoUnits = [HEADERS, ['UR-1', 'Sirup Cocopandan 620 ml', 360, 'BTL', 19500, 1, 'DUS', 450000, 24]];

it('an update listing two of three units fails with UNITS_WOULD_REMOVE and changes nothing', async () => {
  const before = unitsOf('UR-1');
  expect(before).toHaveLength(3);
  const result = await importCli(sandbox, 'products', sheet('dua.csv', twoUnits), tmp.dir, [
    '--mode',
    'update',
  ]);
  expect(result.code).toBe(2);
  const [row] = readCsv(tmp.path('dua.result.csv'));
  expect(row._status).toBe('failed');
  expect(errorCodes(row._error)).toEqual(['UNITS_WOULD_REMOVE']);
  expect(row._error).toContain('"PAK"');
  expect(unitsOf('UR-1')).toEqual(before);
});

it('with --units replace the row replaces the list', async () => {
  // The same rows as dua.csv, whose run went to its end: a copy of a file imported is ALREADY_IMPORTED
  // unless --again (docs/rerun.md).
  const result = await importCli(sandbox, 'products', sheet('ganti.csv', twoUnits), tmp.dir, [
    '--mode',
    'update',
    '--units',
    'replace',
    '--again',
  ]);
  expect(result.code).toBe(0);
  expect(summaryOf(result).counts).toEqual({ updated: 1 });
  expect(unitsOf('UR-1')).toEqual(['BTL:1:19500', 'DUS:24:450000']);
});
