/**
 * End to end: the four modes (create, update, upsert, delete) on customers, keys that repeat in the
 * file or on the server, `unchanged` without a request, `--blank clear`, and products with several
 * units and discount chains. The sandbox's state is checked after every step.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Customer } from '../../src/contract/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  csvLine,
  customersWithPrefix,
  dataRequests,
  errorCodes,
  folder,
  importCli,
  productsWithPrefix,
  sandboxClient,
  writeText,
} from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-modes');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

function csv(dir: string, name: string, rows: Array<Array<string | number>>): string {
  return writeText(`${dir}/${name}`, rows.map((r) => csvLine(r)).join('\n') + '\n');
}

function byKey(prefix: string): Map<string, Customer> {
  return new Map(customersWithPrefix(sandbox, prefix).map((c) => [c.ext_cust_no as string, c]));
}

describe('modes on customers, one after another', () => {
  const dir = () => folder(tmp, 'customers');
  let ids: Map<string, number>;

  it('create: four new customers', async () => {
    const file = csv(dir(), 'baru.csv', [
      ['ext_cust_no', 'name', 'address', 'city', 'phone'],
      ['K-1', 'Toko Satu', 'Jl. Satu', 'Semarang', '0811'],
      ['K-2', 'Toko Dua', 'Jl. Dua', 'Solo', '0812'],
      ['K-3', 'Toko Tiga', 'Jl. Tiga', 'Kudus', '0813'],
      ['K-4', 'Toko Empat', 'Jl. Empat', 'Pati', '0814'],
    ]);
    const result = await importCli(sandbox, 'customers', file, dir());
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ created: 4 });
    const stored = byKey('K-');
    expect([...stored.keys()].sort()).toEqual(['K-1', 'K-2', 'K-3', 'K-4']);
    ids = new Map([...stored].map(([k, c]) => [k, c.id]));
  });

  it('update: changed rows PATCHed, equal rows unchanged without a request, unknown keys failed', async () => {
    const file = csv(dir(), 'ubah.csv', [
      ['ext_cust_no', 'name', 'address', 'city', 'phone'],
      ['K-1', 'Toko Satu Baru', 'Jl. Satu', 'Semarang', '0811'], // 2 updated
      ['K-2', 'Toko Dua', 'Jl. Dua', 'Solo', '0812'], // 3 unchanged
      ['K-3', 'Toko Tiga Jaya', '', '', ''], // 4 updated; blanks leave fields alone
      ['K-9', 'Toko Sembilan', '', '', ''], // 5 failed: not on the server
      ['', 'Toko Tanpa Kode', '', '', ''], // 6 invalid: no key
      ['K-1', 'Toko Satu Lagi', '', '', ''], // 7 invalid: repeated key
    ]);
    const before = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', file, dir(), ['--mode', 'update']);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ updated: 2, unchanged: 1, failed: 1, invalid: 2 });

    const writes = dataRequests(sandbox, before).filter((r) => r.method !== 'GET');
    expect(writes.sort((a, b) => a.path.localeCompare(b.path))).toEqual(
      [ids.get('K-1'), ids.get('K-3')].map((id) => ({
        method: 'PATCH',
        path: `/extapi/v1.0/customers/${id}`,
      })),
    );
    const stored = byKey('K-');
    expect(stored.get('K-1')).toMatchObject({ name: 'Toko Satu Baru', city: 'Semarang' });
    expect(stored.get('K-3')).toMatchObject({
      name: 'Toko Tiga Jaya',
      address: 'Jl. Tiga',
      city: 'Kudus',
      phone: '0813',
    });
    expect(stored.has('K-9')).toBe(false);
    expect(customersWithPrefix(sandbox, '').filter((c) => c.name === 'Toko Tanpa Kode')).toEqual([]);

    const rows = readCsv(`${dir()}/ubah.result.csv`);
    expect(rows.map((r) => [r._row, r._status, r._id, errorCodes(r._error).join()])).toEqual([
      ['2', 'updated', String(ids.get('K-1')), ''],
      ['3', 'unchanged', String(ids.get('K-2')), ''],
      ['4', 'updated', String(ids.get('K-3')), ''],
      ['5', 'failed', '', 'KEY_NOT_FOUND'],
      ['6', 'invalid', '', 'KEY_MISSING'],
      ['7', 'invalid', '', 'DUPLICATE_IN_FILE'],
    ]);
    expect(rows[3]._error).toMatch(/^ext_cust_no: /);
    expect(rows[5]._error).toMatch(/^ext_cust_no: .*row 2/);
  });

  it('update --blank clear: a blank cell clears its field', async () => {
    const file = csv(dir(), 'kosongkan.csv', [
      ['ext_cust_no', 'address', 'city'],
      ['K-3', '', 'Kudus'],
    ]);
    const result = await importCli(sandbox, 'customers', file, dir(), [
      '--mode',
      'update',
      '--blank',
      'clear',
    ]);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ updated: 1 });
    const k3 = byKey('K-').get('K-3');
    expect(k3?.address ?? '').toBe('');
    expect(k3).toMatchObject({ city: 'Kudus', phone: '0813', name: 'Toko Tiga Jaya' });
  });

  it('upsert: updates by key, creates the rest, sends a repeated key once', async () => {
    const file = csv(dir(), 'upsert.csv', [
      ['ext_cust_no', 'name', 'city'],
      ['K-4', 'Toko Empat', 'Rembang'], // updated
      ['K-5', 'Toko Lima', 'Blora'], // created
      ['K-5', 'Toko Lima Kembar', 'Blora'], // DUPLICATE_IN_FILE
      ['K-2', 'Toko Dua', 'Solo'], // unchanged
    ]);
    const result = await importCli(sandbox, 'customers', file, dir(), ['--mode', 'upsert']);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ updated: 1, created: 1, invalid: 1, unchanged: 1 });
    const stored = byKey('K-');
    expect(stored.get('K-4')).toMatchObject({ id: ids.get('K-4'), city: 'Rembang' });
    expect(customersWithPrefix(sandbox, 'K-5')).toEqual([expect.objectContaining({ name: 'Toko Lima' })]);
    const rows = readCsv(`${dir()}/upsert.result.csv`);
    expect(rows.map((r) => [r._status, r._id])).toEqual([
      ['updated', String(ids.get('K-4'))],
      ['created', String(stored.get('K-5')?.id)],
      ['invalid', ''],
      ['unchanged', String(ids.get('K-2'))],
    ]);
    expect(errorCodes(rows[2]._error)).toEqual(['DUPLICATE_IN_FILE']);
  });

  it('delete: removes by key; a key not on the server is skipped', async () => {
    const file = csv(dir(), 'hapus.csv', [
      ['ext_cust_no', 'name'],
      ['K-1', 'Toko Satu Baru'],
      ['K-9', 'Toko Sembilan'],
    ]);
    const result = await importCli(sandbox, 'customers', file, dir(), ['--mode', 'delete', '--yes']);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ deleted: 1, skipped: 1 });
    expect([...byKey('K-').keys()].sort()).toEqual(['K-2', 'K-3', 'K-4', 'K-5']);
    const rows = readCsv(`${dir()}/hapus.result.csv`);
    expect(rows.map((r) => [r._status, r._id, errorCodes(r._error).join()])).toEqual([
      ['deleted', String(ids.get('K-1')), ''],
      ['skipped', '', 'KEY_NOT_FOUND'],
    ]);
  });

  it('a key held by two records on the server is KEY_AMBIGUOUS; an id column picks one', async () => {
    const client = sandboxClient(sandbox);
    await client.customers.create({ name: 'Toko Kembar A', ext_cust_no: 'AMB-1' });
    await client.customers.create({ name: 'Toko Kembar B', ext_cust_no: 'AMB-1' });
    const twins = customersWithPrefix(sandbox, 'AMB-1');
    expect(twins).toHaveLength(2);

    const file = csv(dir(), 'kembar.csv', [
      ['ext_cust_no', 'city'],
      ['AMB-1', 'Demak'],
    ]);
    const before = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', file, dir(), ['--mode', 'update']);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ failed: 1 });
    expect(dataRequests(sandbox, before).filter((r) => r.method !== 'GET')).toEqual([]);
    const [row] = readCsv(`${dir()}/kembar.result.csv`);
    expect(errorCodes(row._error)).toEqual(['KEY_AMBIGUOUS']);
    expect(row._error).toContain(String(twins[0].id));

    const byId = csv(dir(), 'kembar-id.csv', [
      ['id', 'ext_cust_no', 'city'],
      [twins[1].id, 'AMB-1', 'Demak'],
    ]);
    const fixed = await importCli(sandbox, 'customers', byId, dir(), ['--mode', 'update']);
    expect(fixed.code).toBe(0);
    const after = new Map(customersWithPrefix(sandbox, 'AMB-1').map((c) => [c.id, c]));
    expect(after.get(twins[1].id)?.city).toBe('Demak');
    expect(after.get(twins[0].id)?.city).toBeNull();
  });
});

describe('products', () => {
  const dir = () => folder(tmp, 'products');
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
    'Satuan 3',
    'Harga 3',
    'Isi 3',
    'Diskon',
  ];

  it('creates products with several units and discount chains', async () => {
    const file = csv(dir(), 'produk.csv', [
      HEADERS,
      ['PR-1', 'Mie Kuah Ayam 70 g', 1800, 'PCS', 3200, 1, 'DUS', 122000, 40, '', '', '', '5+2,5'],
      [
        'PR-2',
        'Sirup Cocopandan 620 ml',
        360,
        'BTL',
        19000,
        1,
        'DUS',
        440000,
        24,
        'PAK',
        110000,
        6,
        '55.55+3',
      ],
      ['PR-3', 'Kacang Goreng 1 kg', 100, 'DUS', 250000, 12, '', '', '', '', '', '', ''], // no unit of ratio 1
      ['PR-4', 'Teh Botol 350 ml', 480, 'PCS', -5000, 1, '', '', '', '', '', '', 'abc'], // two problems
    ]);
    const result = await importCli(sandbox, 'products', file, dir());
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ created: 2, invalid: 2 });

    const stored = new Map(productsWithPrefix(sandbox, 'PR-').map((p) => [p.ext_product_code, p]));
    expect([...stored.keys()].sort()).toEqual(['PR-1', 'PR-2']);
    const units = (code: string) =>
      stored.get(code)?.product_units.map(({ name, price, ratio }) => ({ name, price, ratio }));
    expect(stored.get('PR-1')).toMatchObject({ qty_on_hand: 1800, default_disc: '5+2.5' });
    expect(units('PR-1')).toEqual([
      { name: 'PCS', price: 3200, ratio: 1 },
      { name: 'DUS', price: 122000, ratio: 40 },
    ]);
    expect(stored.get('PR-2')).toMatchObject({ default_disc: '55.55+3' });
    expect(units('PR-2')).toEqual([
      { name: 'BTL', price: 19000, ratio: 1 },
      { name: 'DUS', price: 440000, ratio: 24 },
      { name: 'PAK', price: 110000, ratio: 6 },
    ]);

    const rows = readCsv(`${dir()}/produk.result.csv`);
    expect(rows.map((r) => [r._status, r._id])).toEqual([
      ['created', String(stored.get('PR-1')?.id)],
      ['created', String(stored.get('PR-2')?.id)],
      ['invalid', ''],
      ['invalid', ''],
    ]);
    expect(errorCodes(rows[2]._error)).toEqual(['MAP_INVALID']);
    expect(errorCodes(rows[3]._error).sort()).toEqual(['MAP_INVALID', 'MAP_OUT_OF_RANGE']);
    expect(rows[3]._error).toMatch(/Harga: /);
    expect(rows[3]._error).toMatch(/Diskon: /);
  });

  it('reads one units column too, and updates: units replaced, equal products unchanged', async () => {
    const file = csv(dir(), 'produk-satuan.csv', [
      ['Kode Produk', 'Nama Produk', 'Stok', 'units', 'Diskon'],
      ['PR-1', 'Mie Kuah Ayam 70 g', 1800, 'PCS:1:3200; DUS:40:125000', '5+2.5'], // new box price
      ['PR-2', 'Sirup Cocopandan 620 ml', 360, 'PAK:6:110000; BTL:1:19000; DUS:24:440000', '55.55+3'], // same, reordered
      ['PR-5', 'Garam 250 g', 1500, 'PCS:1:2500; BAL:25:55000', ''], // new
    ]);
    const before = sandbox.requests.length;
    const result = await importCli(sandbox, 'products', file, dir(), ['--mode', 'upsert']);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ updated: 1, unchanged: 1, created: 1 });
    const stored = new Map(productsWithPrefix(sandbox, 'PR-').map((p) => [p.ext_product_code, p]));
    expect(stored.get('PR-1')?.product_units.map((u) => [u.name, u.price, u.ratio])).toEqual([
      ['PCS', 3200, 1],
      ['DUS', 125000, 40],
    ]);
    expect(stored.get('PR-5')?.product_units.map((u) => [u.name, u.price, u.ratio])).toEqual([
      ['PCS', 2500, 1],
      ['BAL', 55000, 25],
    ]);
    const writes = dataRequests(sandbox, before).filter((r) => r.method !== 'GET');
    expect(writes).toEqual(
      expect.arrayContaining([
        { method: 'PATCH', path: `/extapi/v1.0/products/${stored.get('PR-1')?.id}` },
        { method: 'POST', path: '/extapi/v1.0/products' },
      ]),
    );
    expect(writes).toHaveLength(2);
  });
});
