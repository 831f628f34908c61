/**
 * End to end: the everyday mistakes of running a file twice, or `--resume` at the wrong moment,
 * never duplicate data (issue: the same create import run twice created every customer twice;
 * `--resume` after a finished run, or with no journal where it looked, started a new run).
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
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
  writeText,
} from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-rerun');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

function customersCsv(rows: Array<[string, string]>): string {
  return (
    [csvLine(['ext_cust_no', 'name', 'city']), ...rows.map(([k, n]) => csvLine([k, n, 'Bandung']))].join(
      '\n',
    ) + '\n'
  );
}

const writes = (since: number) => dataRequests(sandbox, since).filter((r) => r.method !== 'GET');

describe('create: a key that exists on the server is not sent again', () => {
  it('customers: skipped with KEY_EXISTS and the existing id; --allow-existing-keys sends it anyway', async () => {
    const dir = folder(tmp, 'key-exists');
    const first = writeText(
      `${dir}/awal.csv`,
      customersCsv([
        ['KX-1', 'Toko Satu'],
        ['KX-2', 'Toko Dua'],
      ]),
    );
    expect((await importCli(sandbox, 'customers', first, dir)).code).toBe(0);
    const stored = new Map(customersWithPrefix(sandbox, 'KX-').map((c) => [c.ext_cust_no, c.id]));
    expect(stored.size).toBe(2);

    // Another file repeating both keys and adding one: only the new one is created.
    const second = writeText(
      `${dir}/lagi.csv`,
      customersCsv([
        ['KX-1', 'Toko Satu'],
        ['KX-2', 'Toko Dua Baru'],
        ['KX-3', 'Toko Tiga'],
      ]),
    );
    const since = sandbox.requests.length;
    const run = await importCli(sandbox, 'customers', second, dir);
    expect(run.code).toBe(0);
    expect(summaryOf(run).counts).toMatchObject({ skipped: 2, created: 1 });
    const rows = readCsv(`${dir}/lagi.result.csv`);
    expect(rows.map((r) => r._status)).toEqual(['skipped', 'skipped', 'created']);
    expect(errorCodes(rows[0]._error)).toEqual(['KEY_EXISTS']);
    expect(rows[0]._id).toBe(String(stored.get('KX-1')));
    expect(rows[1]._id).toBe(String(stored.get('KX-2')));
    expect(writes(since)).toHaveLength(1);
    expect(customersWithPrefix(sandbox, 'KX-')).toHaveLength(3);

    const third = writeText(`${dir}/paksa.csv`, customersCsv([['KX-3', 'Toko Tiga Lagi']]));
    const forced = await importCli(sandbox, 'customers', third, dir, ['--allow-existing-keys']);
    expect(forced.code).toBe(0);
    expect(summaryOf(forced).counts).toMatchObject({ created: 1 });
    expect(customersWithPrefix(sandbox, 'KX-3')).toHaveLength(2);
  });

  it('products: skipped with KEY_EXISTS', async () => {
    const dir = folder(tmp, 'key-exists-products');
    const csv =
      'Kode Produk,Nama Produk,Stok,Satuan,Harga,Isi\n' +
      'PX-1,Sabun,10,PCS,5000,1\n' +
      'PX-2,Sampo,10,PCS,12000,1\n';
    const first = writeText(`${dir}/produk.csv`, csv);
    expect((await importCli(sandbox, 'products', first, dir)).code).toBe(0);
    const second = writeText(`${dir}/produk-2.csv`, csv + 'PX-3,Odol,10,PCS,8000,1\n');
    const run = await importCli(sandbox, 'products', second, dir);
    expect(run.code).toBe(0);
    const rows = readCsv(`${dir}/produk-2.result.csv`);
    expect(rows.map((r) => r._status)).toEqual(['skipped', 'skipped', 'created']);
    expect(errorCodes(rows[1]._error)).toEqual(['KEY_EXISTS']);
    expect(productsWithPrefix(sandbox, 'PX-')).toHaveLength(3);
  });
});

describe('the same file imported twice', () => {
  it('stops with ALREADY_IMPORTED before sending anything, even a keyless file; --again runs it again', async () => {
    const dir = folder(tmp, 'already');
    const file = writeText(
      `${dir}/tanpa-kode.csv`,
      'name,city\nWarung Tanpa Kode A,Solo\nWarung Tanpa Kode B,Solo\n',
    );
    const count = () =>
      sandbox.state.customers().filter((c) => c.name.startsWith('Warung Tanpa Kode')).length;
    expect((await importCli(sandbox, 'customers', file, dir)).code).toBe(0);
    expect(count()).toBe(2);

    const since = sandbox.requests.length;
    const again = await importCli(sandbox, 'customers', file, dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(
      /\[ALREADY_IMPORTED\].*tanpa-kode\.csv.* on \w+ \d{1,2}, \d{4} at .*--again/,
    );
    expect(dataRequests(sandbox, since)).toEqual([]);
    expect(count()).toBe(2);

    const forced = await importCli(sandbox, 'customers', file, dir, ['--again']);
    expect(forced.code).toBe(0);
    expect(count()).toBe(4);
  });

  it('a copy of it under another name is ALREADY_IMPORTED too, naming the original; another mode or folder is not', async () => {
    const dir = folder(tmp, 'copy');
    const text = 'name,city\nWarung Salinan A,Solo\nWarung Salinan B,Solo\n';
    const count = () => sandbox.state.customers().filter((c) => c.name.startsWith('Warung Salinan')).length;
    const original = writeText(`${dir}/salinan.csv`, text);
    expect((await importCli(sandbox, 'customers', original, dir)).code).toBe(0);
    expect(count()).toBe(2);

    const since = sandbox.requests.length;
    const copy = writeText(`${dir}/salinan (1).csv`, text);
    const refused = await importCli(sandbox, 'customers', copy, dir);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(
      /\[ALREADY_IMPORTED\].*salinan \(1\)\.csv.*same content as salinan\.csv.*--again/,
    );
    expect(dataRequests(sandbox, since)).toEqual([]);
    expect(count()).toBe(2);

    // Another output folder holds no finished run of it: the guard goes by the folder's journals.
    const elsewhere = await importCli(sandbox, 'customers', copy, `${dir}/lain`, ['--mode', 'upsert']);
    expect(elsewhere.code).toBe(0);
    expect(count()).toBe(4);
    const forced = await importCli(sandbox, 'customers', copy, dir, ['--again']);
    expect(forced.code).toBe(0);
    expect(count()).toBe(6);
  });
});

describe('--resume at the wrong moment', () => {
  it('after a run that finished: sends nothing, says the run is complete, exit 0', async () => {
    const dir = folder(tmp, 'resume-done');
    const file = writeText(`${dir}/selesai.csv`, 'name,city\nToko Selesai A,Solo\nToko Selesai B,Solo\n');
    const count = () => sandbox.state.customers().filter((c) => c.name.startsWith('Toko Selesai')).length;
    expect((await importCli(sandbox, 'customers', file, dir)).code).toBe(0);
    const since = sandbox.requests.length;
    const resumed = await importCli(sandbox, 'customers', file, dir, ['--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr + resumed.stdout).toMatch(/already complete/);
    expect(dataRequests(sandbox, since)).toEqual([]);
    expect(count()).toBe(2);
  });

  it('with no journal where it looks: refuses with JOURNAL_NOT_FOUND, naming the place, exit 1', async () => {
    const dir = folder(tmp, 'resume-none');
    const file = writeText(`${dir}/hilang.csv`, 'name,city\nToko Hilang A,Solo\n');
    expect((await importCli(sandbox, 'customers', file, `${dir}/pertama`)).code).toBe(0);
    const since = sandbox.requests.length;
    const resumed = await importCli(sandbox, 'customers', file, `${dir}/lain`, ['--resume']);
    expect(resumed.code).toBe(1);
    expect(resumed.stderr).toMatch(/\[JOURNAL_NOT_FOUND\].*lain.*hilang\.journal\.jsonl/);
    expect(dataRequests(sandbox, since)).toEqual([]);
    expect(sandbox.state.customers().filter((c) => c.name === 'Toko Hilang A')).toHaveLength(1);
  });
});
