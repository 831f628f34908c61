/**
 * End to end (docs/REIMPORT.md, "Phones SalesMania holds that are no number"): a phone SalesMania
 * already holds with letters in it (`0812-xxx`, `telp kantor`, typed in the mobile app) comes out
 * of an export as it is. Imported back unchanged it is no change: the row is `unchanged` (or updates
 * its other fields) with the warning PHONE_STORED_INVALID, in import, plan and validate alike; a bad
 * phone that differs from the stored one still fails with MAP_BAD_PHONE.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, readXlsx, runCli, startSandbox, tempDir } from './helpers.js';
import { errorCodes, folder, importCli, sandboxClient, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('reimport-stored-phones');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  // Entered in the mobile app, which takes any text as a phone.
  const client = sandboxClient(sandbox);
  await client.customers.create({ name: 'Toko Huruf', ext_cust_no: 'SP-1', phone: '0812-xxx' });
  await client.customers.create({ name: 'Toko Kantor', ext_cust_no: 'SP-2', phone: 'telp kantor' });
  await client.customers.create({ name: 'Toko Baik', ext_cust_no: 'SP-3', phone: '081234567890' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const cli = (args: string[]) =>
  runCli([...args, '--json', '--rate', '200', '--lang', 'id'], { env: cliEnv(sandbox) });
const writes = (since: number) =>
  sandbox.requests.slice(since).filter((r) => r.method !== 'GET' && !/\/(login|auth)/.test(r.path));
const customer = (code: string) => sandbox.state.customers().find((c) => c.ext_cust_no === code);
const byCode = (rows: Array<Record<string, string>>) =>
  Object.fromEntries(rows.map((r) => [r.ext_cust_no, [r._status, errorCodes(r._error)]]));

it('an export imported back unchanged: every row unchanged, the stored bad phones warned about, nothing sent', async () => {
  const dir = folder(tmp, 'as-is');
  expect((await cli(['export', 'customers', '--out', `${dir}/pelanggan.csv`])).code).toBe(0);
  expect((await cli(['export', 'customers', '--out', `${dir}/pelanggan-xl.xlsx`])).code).toBe(0);
  for (const [mode, file] of [
    ['update', 'pelanggan.csv'],
    ['upsert', 'pelanggan.csv'],
    ['update', 'pelanggan-xl.xlsx'],
  ]) {
    const since = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', `${dir}/${file}`, dir, [
      '--mode',
      mode,
      '--lang',
      'id',
    ]);
    expect(result.code).toBe(0);
    expect(writes(since)).toEqual([]);
    const rows = file.endsWith('.xlsx')
      ? await readXlsx(`${dir}/pelanggan-xl.result.xlsx`)
      : readCsv(`${dir}/pelanggan.result.csv`);
    expect(byCode(rows)).toEqual({
      'SP-1': ['unchanged', ['PHONE_STORED_INVALID']],
      'SP-2': ['unchanged', ['PHONE_STORED_INVALID']],
      'SP-3': ['unchanged', []],
    });
    expect(rows.find((r) => r.ext_cust_no === 'SP-2')?._error).toContain('"telp kantor"');
  }

  const planned = await cli([
    'plan',
    'customers',
    `${dir}/pelanggan.csv`,
    '--mode',
    'update',
    '--out-dir',
    dir,
  ]);
  expect(planned.code).toBe(0);
  const plan = readCsv(`${dir}/pelanggan.plan.csv`);
  expect(Object.fromEntries(plan.map((r) => [r.ext_cust_no, [r._action, errorCodes(r._reason)]]))).toEqual({
    'SP-1': ['unchanged', ['PHONE_STORED_INVALID']],
    'SP-2': ['unchanged', ['PHONE_STORED_INVALID']],
    'SP-3': ['unchanged', []],
  });

  // apply of that plan: nothing to send, nothing refused.
  const since = sandbox.requests.length;
  const applied = await cli(['apply', `${dir}/pelanggan.plan.json`]);
  expect(applied.code).toBe(0);
  expect(writes(since)).toEqual([]);

  // validate reads no records: the row is valid, the warning says when an import refuses the phone.
  const checked = await runCli(
    [
      'validate',
      'customers',
      `${dir}/pelanggan.csv`,
      '--mode',
      'update',
      '--out-dir',
      dir,
      '--json',
      '--lang',
      'id',
    ],
    { env: cliEnv(sandbox) },
  );
  expect(checked.code).toBe(0);
  const valid = readCsv(`${dir}/pelanggan.result.csv`);
  expect(byCode(valid)).toEqual({
    'SP-1': ['valid', ['MAP_BAD_PHONE']],
    'SP-2': ['valid', ['MAP_BAD_PHONE']],
    'SP-3': ['valid', []],
  });
  expect(valid.find((r) => r.ext_cust_no === 'SP-1')?._error).toContain('sudah tersimpan di SalesMania');
}, 60_000);

it('other fields of the row are updated and the stored phone kept; a bad phone that differs fails MAP_BAD_PHONE', async () => {
  const dir = folder(tmp, 'changed');
  const file = writeText(
    `${dir}/ubah.csv`,
    [
      'ext_cust_no,name,phone',
      'SP-1,Toko Huruf Baru,0812-xxx',
      'SP-2,Toko Kantor,telp rumah',
      'SP-3,Toko Baik,0812-yyy',
    ].join('\n') + '\n',
  );
  const result = await importCli(sandbox, 'customers', file, dir, ['--mode', 'update', '--lang', 'id']);
  expect(result.code).toBe(2);
  const rows = readCsv(`${dir}/ubah.result.csv`);
  expect(byCode(rows)).toEqual({
    'SP-1': ['updated', ['PHONE_STORED_INVALID']],
    'SP-2': ['invalid', ['MAP_BAD_PHONE']],
    'SP-3': ['invalid', ['MAP_BAD_PHONE']],
  });
  expect(customer('SP-1')).toMatchObject({ name: 'Toko Huruf Baru', phone: '0812-xxx' });
  expect(customer('SP-2')?.phone).toBe('telp kantor');
  expect(customer('SP-3')?.phone).toBe('081234567890');

  // Create never has a stored phone to compare with: the row is refused as before.
  const created = writeText(`${dir}/baru.csv`, 'ext_cust_no,name,phone\nSP-9,Toko Baru,0812-xxx\n');
  const refused = await importCli(sandbox, 'customers', created, dir, ['--lang', 'id']);
  expect(refused.code).toBe(2);
  expect(byCode(readCsv(`${dir}/baru.result.csv`))).toEqual({ 'SP-9': ['invalid', ['MAP_BAD_PHONE']] });
  expect(customer('SP-9')).toBeUndefined();
}, 60_000);
