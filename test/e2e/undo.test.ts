/**
 * End to end: `undo` with the built CLI against the sandbox over real HTTP (docs/UNDO.md). Each run
 * is followed by `undo`, and an export taken before the run is compared with one taken after the
 * undo (ids of re-created records aside): the server is as it was.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir, type CliResult } from './helpers.js';
import { importCli } from './import-helpers.js';
import { codes, importField, twoOrdersWorkbook, writeCsv } from './field-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('undo');

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-03-10', requestLogLimit: 100_000 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

function cli(args: string[], options: Parameters<typeof runCli>[1] = {}): Promise<CliResult> {
  return runCli([...args, '--json', '--rate', '200'], { env: cliEnv(sandbox), ...options });
}

// --yes: these runs have no terminal, and an undo that deletes asks first (test/e2e/undo-confirm.test.ts).
const undo = (source: string, extra: string[] = [], options: Parameters<typeof runCli>[1] = {}) =>
  cli(['undo', source, '--yes', ...extra], options);

let exports = 0;
/** The entity as `export` writes it, rows without their id, in a stable order. */
async function snapshot(entity: 'customers' | 'products'): Promise<string[]> {
  const out = tmp.path(`export-${++exports}.csv`);
  const result = await cli(['export', entity, '--out', out]);
  expect(result.code).toBe(0);
  return readCsv(out)
    .map(({ id: _id, ...rest }) => JSON.stringify(rest))
    .sort();
}

/** Write requests (POST, PATCH, DELETE) the sandbox received since log index `since`. */
const writesSince = (since: number) =>
  sandbox.requests
    .slice(since)
    .filter((r) => r.method !== 'GET')
    .map((r) => `${r.method} ${r.path}`);

const customer = (code: string) => sandbox.state.customers().find((c) => c.ext_cust_no === code);

describe('undo customers', () => {
  it('an upsert run, then undo: created records deleted, updated fields restored — the export as before', async () => {
    const before = await snapshot('customers');
    const file = writeCsv(
      tmp.path('upsert.csv'),
      ['ext_cust_no', 'name', 'city', 'phone', 'tags'],
      [
        ['C-0001', 'Toko Sumber Makmur', 'Solo', '081225673401', 'grosir'],
        ['C-0003', 'Apotek Sehat Sentosa Baru', 'Jakarta', '', 'apotek;vip'],
        ['C-0900', 'Toko Baru Satu', 'Kudus', '0811111111', ''],
        ['C-0901', 'Toko Baru Dua', 'Pati', '', ''],
        ['', 'Toko Tanpa Kode', 'Kendal', '', ''], // keyless: created without an id in the journal
      ],
    );
    const out = tmp.path('upsert');
    const run = await importCli(sandbox, 'customers', file, out, ['--mode', 'upsert']);
    expect(summaryOf(run).counts).toEqual({ updated: 2, created: 3 });
    expect(customer('C-0001')?.city).toBe('Solo');
    expect(await snapshot('customers')).not.toEqual(before);

    const result = await undo(`${out}/upsert.result.csv`);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ updated: 2, deleted: 3 });
    expect(await snapshot('customers')).toEqual(before);
    const sheet = readCsv(`${out}/upsert.undo.result.csv`);
    expect(sheet.map((r) => [r.change, r.undo, r._status])).toEqual([
      ['created', 'delete', 'deleted'],
      ['created', 'delete', 'deleted'],
      ['created', 'delete', 'deleted'],
      ['updated', 'restore', 'updated'],
      ['updated', 'restore', 'updated'],
    ]);
    expect(sheet.find((r) => r.row === '2')?.fields).toBe('city: Solo → Semarang');

    // A second undo of the same run does nothing: no write, exit 0.
    const since = sandbox.requests.length;
    const again = await undo(`${out}/upsert.result.csv`);
    expect(again.code).toBe(0);
    expect(again.stdout + again.stderr).toMatch(/already undone/);
    expect(writesSince(since)).toEqual([]);
    expect(await snapshot('customers')).toEqual(before);
  });

  it('a delete run, then undo: the records created again from the journal (new ids, old ids in the sheet)', async () => {
    const before = await snapshot('customers');
    const oldIds = ['C-0004', 'C-0005'].map((code) => customer(code)?.id);
    const file = writeCsv(tmp.path('hapus.csv'), ['ext_cust_no'], [['C-0004'], ['C-0005']]);
    const out = tmp.path('hapus');
    expect(
      summaryOf(await importCli(sandbox, 'customers', file, out, ['--mode', 'delete', '--yes'])).counts,
    ).toEqual({
      deleted: 2,
    });
    expect(customer('C-0004')).toBeUndefined();

    const result = await undo(`${out}/hapus.journal.jsonl`);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ created: 2 });
    expect(await snapshot('customers')).toEqual(before);
    const sheet = readCsv(`${out}/hapus.undo.result.csv`);
    expect(sheet.map((r) => [r.key, r.undo, r.old_id, r._id])).toEqual([
      ['C-0005', 'recreate', String(oldIds[1]), String(customer('C-0005')?.id)],
      ['C-0004', 'recreate', String(oldIds[0]), String(customer('C-0004')?.id)],
    ]);
    expect(customer('C-0004')?.id).not.toBe(oldIds[0]);

    // The undo can itself be undone: the re-created records are deleted again.
    const twice = await undo(`${out}/hapus.undo.result.csv`);
    expect(summaryOf(twice).counts).toEqual({ deleted: 2 });
    expect(customer('C-0004')).toBeUndefined();
  });

  it('a record changed after the run is a conflict and keeps its values; undo --plan sends no write', async () => {
    const file = writeCsv(
      tmp.path('ubah.csv'),
      ['ext_cust_no', 'name', 'city'],
      [
        ['C-0006', 'Toko C6', 'Demak'],
        ['C-0007', 'Toko C7', 'Blora'],
      ],
    );
    const out = tmp.path('ubah');
    expect(summaryOf(await importCli(sandbox, 'customers', file, out, ['--mode', 'update'])).counts).toEqual({
      updated: 2,
    });
    // Someone edits C-0007's city in SalesMania after the run.
    const edit = writeCsv(tmp.path('edit.csv'), ['ext_cust_no', 'city'], [['C-0007', 'Rembang']]);
    await importCli(sandbox, 'customers', edit, tmp.path('edit'), ['--mode', 'update']);

    const since = sandbox.requests.length;
    const plan = await undo(`${out}/ubah.result.csv`, ['--plan']);
    expect(plan.code).toBe(2);
    expect(summaryOf(plan).counts).toEqual({ valid: 1, conflict: 1 });
    expect(summaryOf(plan).undoActions).toEqual({ restore: 1 });
    // For people: what it would do per action, in their language, not "valid 1".
    const told = await runCli(['undo', `${out}/ubah.result.csv`, '--plan', '--lang', 'id', '--rate', '200'], {
      env: cliEnv(sandbox),
    });
    expect(told.stderr).toMatch(/kembalikan nilai lama \[restore\]\s+1/);
    expect(told.stderr).toMatch(/bentrok \[conflict\]\s+1/);
    expect(told.stderr).not.toMatch(/^\s+valid\s/m);
    expect(writesSince(since)).toEqual([]);
    const planned = readCsv(`${out}/ubah.undo-plan.csv`);
    expect(planned.map((r) => [r.key, r.old_id, r.undo, r._status, codes(r._error)])).toEqual([
      ['C-0007', String(customer('C-0007')?.id), 'none', 'conflict', ['CHANGED_SINCE']],
      ['C-0006', String(customer('C-0006')?.id), 'restore', 'valid', []],
    ]);

    const result = await undo(`${out}/ubah.result.csv`);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ updated: 1, conflict: 1 });
    expect(customer('C-0007')).toMatchObject({ name: 'Toko C7', city: 'Rembang' });
    expect(customer('C-0006')?.name).not.toBe('Toko C6');
  });
});

describe('undo products', () => {
  it('an upsert and a delete run of products, each undone: the export as before', async () => {
    const before = await snapshot('products');
    const upsert = writeCsv(
      tmp.path('produk.csv'),
      ['ext_product_code', 'name', 'qty_on_hand', 'unit', 'price', 'ratio', 'unit_2', 'price_2', 'ratio_2'],
      [
        ['P-1002', 'Mie Kuah Rasa Ayam Bawang 70 g', 999, 'PCS', 3300, 1, 'DUS', 125000, 40],
        ['P-1003', 'Produk Ganti Nama', 5, 'PCS', 1000, 1, '', '', ''],
        ['P-9001', 'Produk Baru', 10, 'PCS', 2000, 1, 'PAK', 9000, 5],
      ],
    );
    const out = tmp.path('produk');
    const run = await importCli(sandbox, 'products', upsert, out, ['--mode', 'upsert', '--units', 'replace']);
    expect(summaryOf(run).counts).toEqual({ updated: 2, created: 1 });
    const undone = await undo(`${out}/produk.result.csv`);
    expect(summaryOf(undone).counts).toEqual({ updated: 2, deleted: 1 });
    expect(await snapshot('products')).toEqual(before);

    const remove = writeCsv(tmp.path('hapus-produk.csv'), ['ext_product_code'], [['P-1004'], ['P-1005']]);
    const removed = tmp.path('hapus-produk');
    await importCli(sandbox, 'products', remove, removed, ['--mode', 'delete', '--yes']);
    expect(await snapshot('products')).not.toEqual(before);
    const back = await undo(`${removed}/hapus-produk.result.csv`);
    expect(summaryOf(back).counts).toEqual({ created: 2 });
    expect(await snapshot('products')).toEqual(before);
  });
});

describe('undo visits and orders', () => {
  it('orders the run created are cancelled; visits cannot be undone', async () => {
    const orders = await twoOrdersWorkbook(tmp.path('pesanan.xlsx'), ['U-1', 'U-2']);
    const out = tmp.path('pesanan');
    expect(summaryOf(await importField(sandbox, 'orders', orders, out)).counts).toEqual({ created: 2 });
    const result = await undo(`${out}/pesanan.result.xlsx`);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ updated: 2 });
    const made = sandbox.state.orders().filter((o) => o.ext_order_no?.startsWith('U-'));
    expect(made.map((o) => o.status)).toEqual(['Batal', 'Batal']);

    const visits = writeCsv(
      tmp.path('kunjungan.csv'),
      ['Tanggal', 'Kode Pelanggan'],
      [['2026-12-05', 'C-0003']],
    );
    const vout = tmp.path('kunjungan');
    expect(summaryOf(await importField(sandbox, 'visits', visits, vout)).counts).toEqual({ created: 1 });
    const since = sandbox.requests.length;
    const cannot = await undo(`${vout}/kunjungan.result.csv`);
    expect(cannot.code).toBe(2);
    expect(summaryOf(cannot).counts).toEqual({ cannot_undo: 1 });
    expect(codes(readCsv(`${vout}/kunjungan.undo.result.csv`)[0]._error)).toEqual(['CANNOT_UNDO']);
    expect(writesSince(since)).toEqual([]);
  });
});
