/**
 * End to end (docs/EXPORT.md, "CSV for Excel set to Indonesian"): a `;` export writes decimals with a
 * comma, so a spreadsheet program set to Indonesian reads them as the numbers they are and saves them
 * back alike; the import reads a `;` file's comma as a decimal comma. Export → LibreOffice in
 * Indonesian → import back: every row unchanged, nothing sent. Before: `-7.125` was read as -7125
 * (`.` is the Indonesian thousands separator) and `-7,125` refused as ambiguous.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, tempDir } from './helpers.js';
import { errorCodes, folder, importCli, sandboxClient } from './import-helpers.js';
import { resaveCsvInIndonesian } from './soffice-locale.js';

let sandbox: Sandbox;
const tmp = tempDir('export-decimal-comma');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  // Three decimals: what a `.` in Indonesian reads as thousands.
  const client = sandboxClient(sandbox);
  await client.customers.create({
    name: 'Toko Koordinat',
    ext_cust_no: 'DC-1',
    location: { lat: -7.125, lon: 110.425 },
  });
  await client.products.create({
    name: 'Beras Curah',
    ext_product_code: 'DP-1',
    qty_on_hand: 2.125,
    product_units: [
      { name: 'KG', price: 12.5, ratio: 1 },
      { name: 'KARUNG', price: 1250.75, ratio: 25 },
    ],
  });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const writes = (since: number) =>
  sandbox.requests.slice(since).filter((r) => r.method !== 'GET' && !/\/(login|auth)/.test(r.path));

it.each([
  ['customers', 'DC-1', ['-7,125', '110,425']],
  ['products', 'DP-1', ['2,125', '12,5', '1250,75']],
] as const)(
  '%s: a ; export writes decimal commas, and comes back from LibreOffice in Indonesian unchanged',
  async (entity, code, decimals) => {
    const dir = folder(tmp, entity);
    const file = `${dir}/ekspor.csv`;
    const exported = await runCli(['export', entity, '--out', file, '--delimiter', 'semicolon', '--json'], {
      env: cliEnv(sandbox),
    });
    expect(exported.code).toBe(0);
    const line = readFileSync(file, 'utf8').split('\r\n')[1].split(';');
    expect(line).toEqual(expect.arrayContaining([...decimals]));

    const saved = resaveCsvInIndonesian(dir, file, 'lo');
    const savedLine = readFileSync(saved, 'utf8').split(/\r?\n/)[1].split(';');
    expect(savedLine).toEqual(expect.arrayContaining([...decimals]));

    const since = sandbox.requests.length;
    const result = await importCli(sandbox, entity, saved, dir, ['--mode', 'update', '--lang', 'id']);
    expect(result.code).toBe(0);
    const rows = readCsv(`${dir}/ekspor.result.csv`);
    expect(
      rows.map((r) => [r[entity === 'customers' ? 'ext_cust_no' : 'ext_product_code'], r._status]),
    ).toEqual([[code, 'unchanged']]);
    expect(rows.flatMap((r) => errorCodes(r._error)).filter((c) => c !== 'MAP_ZERO_RESTORED')).toEqual([]);
    expect(writes(since)).toEqual([]);
  },
  120_000,
);
