/**
 * End to end (issue #15): `plan` reads and writes nothing to SalesMania, and says per row what
 * an import would do and which fields it would change; `apply` carries out that plan, ends where
 * `import` ends on a twin sandbox, leaves a record changed since the plan alone (conflict), refuses
 * a changed input file, and finishes after a SIGKILL with `--resume`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, readFileSync } from 'node:fs';
import type { Customer } from '../../src/contract/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  csvLine,
  customersWithPrefix,
  dataRequests,
  folder,
  importCli,
  sandboxClient,
  waitFor,
  writeText,
} from './import-helpers.js';

const tmp = tempDir('plan-apply');
let sandbox: Sandbox;
let twin: Sandbox;

beforeAll(async () => {
  [sandbox, twin] = await Promise.all([startSandbox({ seed: 'empty' }), startSandbox({ seed: 'empty' })]);
});
afterAll(async () => {
  await Promise.all([sandbox.close(), twin.close()]);
  tmp.cleanup();
});

function csv(dir: string, name: string, rows: Array<Array<string | number>>): string {
  return writeText(`${dir}/${name}`, rows.map((r) => csvLine(r)).join('\n') + '\n');
}

const HEADER = ['Kode Pelanggan', 'Nama Toko', 'Alamat', 'Kota', 'No HP'];

/** The same four customers on a sandbox, created by an import. */
async function seedCustomers(box: Sandbox, dir: string, prefix: string): Promise<void> {
  const file = csv(dir, `seed-${prefix}.csv`, [
    HEADER,
    [`${prefix}1`, 'Toko Satu', 'Jl. Satu', 'Semarang', '081200000001'],
    [`${prefix}2`, 'Toko Dua', 'Jl. Dua', 'Solo', '081200000002'],
    [`${prefix}3`, 'Toko Tiga', 'Jl. Tiga', 'Kudus', '081200000003'],
    [`${prefix}4`, 'Toko Empat', 'Jl. Empat', 'Pati', '081200000004'],
  ]);
  const result = await importCli(box, 'customers', file, dir);
  expect(result.code).toBe(0);
}

/** An upsert touching every action: update (city), update (phone), unchanged, update (someone else's name), create, invalid. */
function upsertFile(dir: string, prefix: string): string {
  return csv(dir, `upsert-${prefix}.csv`, [
    HEADER,
    [`${prefix}1`, 'Toko Satu', 'Jl. Satu', 'Salatiga', '081200000001'],
    [`${prefix}2`, 'Toko Dua', 'Jl. Dua', 'Solo', '081299999999'],
    [`${prefix}3`, 'Toko Tiga', 'Jl. Tiga', 'Kudus', '081200000003'],
    [`${prefix}4`, 'Apotek Sehat Sentosa', 'Jl. Empat', 'Pati', '081200000004'],
    [`${prefix}9`, 'Toko Sembilan', 'Jl. Sembilan', 'Demak', '081200000009'],
    [`${prefix}10`, '', 'Jl. Sepuluh', 'Demak', '081200000010'],
  ]);
}

function planCli(box: Sandbox, entity: string, file: string, extra: string[] = []) {
  return runCli(['plan', entity, file, '--json', '--rate', '200', ...extra], { env: cliEnv(box) });
}

function applyCli(
  box: Sandbox,
  planFile: string,
  extra: string[] = [],
  options: Parameters<typeof runCli>[1] = {},
) {
  return runCli(['apply', planFile, '--json', '--rate', '200', ...extra], { env: cliEnv(box), ...options });
}

const writesSince = (box: Sandbox, since: number) =>
  dataRequests(box, since).filter((r) => r.method !== 'GET');

/** What a customer holds, without what the server sets itself (id, timestamps). */
function content(c: Customer) {
  const { id: _id, created_at: _c, updated_at: _u, ...rest } = c;
  return rest;
}

interface PlanJson {
  input: { sha256: string; path: string };
  options: { mode: string };
  rows: Array<{ row: number; action: string; id?: number; before?: Record<string, unknown> }>;
}

describe('plan', () => {
  it('sends no write and lists each row’s action, target and field changes', async () => {
    const dir = folder(tmp, 'plan');
    await seedCustomers(sandbox, dir, 'P-');
    const ids = new Map(customersWithPrefix(sandbox, 'P-').map((c) => [c.ext_cust_no, c.id]));
    const file = upsertFile(dir, 'P-');
    const before = sandbox.requests.length;
    const result = await planCli(sandbox, 'customers', file, ['--mode', 'upsert']);
    expect(result.code).toBe(2); // one invalid row, as validate would exit
    expect(writesSince(sandbox, before)).toEqual([]);
    expect(dataRequests(sandbox, before).length).toBeGreaterThan(0); // it did read the records
    const summary = summaryOf(result);
    expect(summary.command).toBe('plan');
    expect(summary.actions).toEqual({ update: 3, unchanged: 1, create: 1, invalid: 1 });

    const rows = readCsv(`${dir}/upsert-P-.plan.csv`);
    expect(Object.keys(rows[0])).toEqual([
      ...HEADER,
      '_row',
      '_action',
      '_reason',
      '_id',
      '_changes',
      '_flags',
    ]);
    const pick = (r: Record<string, string>) => [r._action, r._id, r._changes, r._flags];
    expect(rows.map(pick)).toEqual([
      ['update', String(ids.get('P-1')), 'Kota: Semarang → Salatiga', ''],
      ['update', String(ids.get('P-2')), 'No HP: 081200000002 → 081299999999', 'PHONE_CHANGED'],
      ['unchanged', String(ids.get('P-3')), '', ''],
      ['update', String(ids.get('P-4')), 'Nama Toko: Toko Empat → Apotek Sehat Sentosa', 'IDENTITY_DIFFERS'],
      ['create', '', '', ''],
      ['invalid', '', '', ''],
    ]);
    expect(rows[5]._reason).toContain('[MAP_REQUIRED]');

    const plan = JSON.parse(readFileSync(`${dir}/upsert-P-.plan.json`, 'utf8')) as PlanJson;
    expect(plan.options.mode).toBe('upsert');
    expect(plan.input.path).toBe('upsert-P-.csv');
    expect(plan.rows[0]).toMatchObject({ row: 2, action: 'update', id: ids.get('P-1') });
    expect(plan.rows[0].before).toMatchObject({ city: 'Semarang', name: 'Toko Satu' });
    expect(readFileSync(`${dir}/upsert-P-.plan.json`, 'utf8')).not.toContain(sandbox.credentials.password);
  });

  it('a delete plan names each record to delete and keeps it whole; a key not on the server is a skip', async () => {
    const dir = folder(tmp, 'plan');
    const target = customersWithPrefix(sandbox, 'P-').find((c) => c.ext_cust_no === 'P-3') as Customer;
    const file = csv(dir, 'hapus.csv', [['Kode Pelanggan'], ['P-3'], ['P-77']]);
    const before = sandbox.requests.length;
    const result = await planCli(sandbox, 'customers', file, ['--mode', 'delete']);
    expect(result.code).toBe(0);
    expect(writesSince(sandbox, before)).toEqual([]);
    const rows = readCsv(`${dir}/hapus.plan.csv`);
    expect(rows.map((r) => [r._action, r._id])).toEqual([
      ['delete', String(target.id)],
      ['skip', ''],
    ]);
    expect(rows[1]._reason).toContain('[KEY_NOT_FOUND]');
    const plan = JSON.parse(readFileSync(`${dir}/hapus.plan.json`, 'utf8')) as PlanJson;
    expect(plan.rows[0].before).toEqual(JSON.parse(JSON.stringify(target)));
    expect(customersWithPrefix(sandbox, 'P-')).toHaveLength(4); // nothing deleted

    // Without a terminal, a plan that deletes needs --yes: refused before anything is sent.
    const sent = sandbox.requests.length;
    const refused = await applyCli(sandbox, `${dir}/hapus.plan.json`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('DELETE_NEEDS_YES');
    expect(writesSince(sandbox, sent)).toEqual([]);

    // Applied: the record is deleted, the key not on the server skipped, the journal keeps the record.
    const applied = await applyCli(sandbox, `${dir}/hapus.plan.json`, ['--yes']);
    expect(applied.code).toBe(0);
    expect(summaryOf(applied).counts).toEqual({ deleted: 1, skipped: 1 });
    expect(
      customersWithPrefix(sandbox, 'P-')
        .map((c) => c.ext_cust_no)
        .sort(),
    ).toEqual(['P-1', 'P-2', 'P-4']);
    expect(readFileSync(`${dir}/hapus.journal.jsonl`, 'utf8')).toContain('"name":"Toko Tiga"');
  });
});

describe('apply', () => {
  it('plan then apply ends where import ends on a twin sandbox', async () => {
    const dirA = folder(tmp, 'twin-a');
    const dirB = folder(tmp, 'twin-b');
    await Promise.all([seedCustomers(sandbox, dirA, 'T-'), seedCustomers(twin, dirB, 'T-')]);
    const planned = await planCli(sandbox, 'customers', upsertFile(dirA, 'T-'), ['--mode', 'upsert']);
    expect(planned.code).toBe(2);
    const applied = await applyCli(sandbox, `${dirA}/upsert-T-.plan.json`);
    const imported = await importCli(twin, 'customers', upsertFile(dirB, 'T-'), dirB, ['--mode', 'upsert']);
    expect(applied.code).toBe(2);
    expect(imported.code).toBe(2);
    expect(summaryOf(applied).counts).toEqual(summaryOf(imported).counts);
    expect(summaryOf(applied).counts).toEqual({ updated: 3, unchanged: 1, created: 1, invalid: 1 });
    const byKey = (box: Sandbox) =>
      customersWithPrefix(box, 'T-')
        .map(content)
        .sort((a, b) => String(a.ext_cust_no).localeCompare(String(b.ext_cust_no)));
    expect(byKey(sandbox)).toEqual(byKey(twin));
    // The result sheet and the journal are import's, beside the input.
    const result = readCsv(`${dirA}/upsert-T-.result.csv`);
    expect(result.map((r) => r._status)).toEqual([
      'updated',
      'updated',
      'unchanged',
      'updated',
      'created',
      'invalid',
    ]);
    expect(readFileSync(`${dirA}/upsert-T-.journal.jsonl`, 'utf8')).toContain('"t":"end"');
  });

  it('a record changed on the server since the plan is a conflict and keeps its new values', async () => {
    const dir = folder(tmp, 'conflict');
    await seedCustomers(sandbox, dir, 'C-');
    const file = upsertFile(dir, 'C-');
    expect((await planCli(sandbox, 'customers', file, ['--mode', 'upsert'])).code).toBe(2);
    const changed = customersWithPrefix(sandbox, 'C-').find((c) => c.ext_cust_no === 'C-2') as Customer;
    // Someone else edits C-2's address (a field the plan's update sends, but does not change).
    await sandboxClient(sandbox).customers.update(changed.id, { address: 'Jl. Baru 5' });

    const before = sandbox.requests.length;
    const result = await applyCli(sandbox, `${dir}/upsert-C-.plan.json`);
    expect(result.code).toBe(2);
    const rows = readCsv(`${dir}/upsert-C-.result.csv`);
    expect(rows[1]._status).toBe('conflict');
    expect(rows[1]._error).toContain('"Alamat"');
    expect(rows[1]._error).toContain('[PLAN_CONFLICT]');
    expect(rows.map((r) => r._status)).toEqual([
      'updated',
      'conflict',
      'unchanged',
      'updated',
      'created',
      'invalid',
    ]);
    const now = customersWithPrefix(sandbox, 'C-').find((c) => c.id === changed.id) as Customer;
    expect(now.address).toBe('Jl. Baru 5');
    expect(now.phone).toBe('081200000002'); // the planned phone change was not made either
    expect(writesSince(sandbox, before).some((w) => w.path.endsWith(`/${changed.id}`))).toBe(false);
  });

  it('--force writes a record changed since the plan', async () => {
    const dir = folder(tmp, 'force');
    await seedCustomers(sandbox, dir, 'F-');
    const file = csv(dir, 'kota.csv', [HEADER, ['F-1', 'Toko Satu', 'Jl. Satu', 'Magelang', '081200000001']]);
    expect((await planCli(sandbox, 'customers', file, ['--mode', 'update'])).code).toBe(0);
    const record = customersWithPrefix(sandbox, 'F-').find((c) => c.ext_cust_no === 'F-1') as Customer;
    await sandboxClient(sandbox).customers.update(record.id, { city: 'Wonosobo' });
    const result = await applyCli(sandbox, `${dir}/kota.plan.json`, ['--force']);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ updated: 1 });
    expect(customersWithPrefix(sandbox, 'F-').find((c) => c.id === record.id)?.city).toBe('Magelang');
  });

  it('refuses, sending nothing, when the input file changed since the plan', async () => {
    const dir = folder(tmp, 'changed');
    const file = csv(dir, 'baru.csv', [HEADER, ['X-1', 'Toko X', 'Jl. X', 'Blora', '081200000011']]);
    expect((await planCli(sandbox, 'customers', file)).code).toBe(0);
    appendFileSync(file, csvLine(['X-2', 'Toko Y', 'Jl. Y', 'Blora', '081200000012']) + '\n');
    const before = sandbox.requests.length;
    const result = await applyCli(sandbox, `${dir}/baru.plan.json`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PLAN_INPUT_CHANGED');
    expect(writesSince(sandbox, before)).toEqual([]);
    expect(customersWithPrefix(sandbox, 'X-')).toEqual([]);
  });

  it('refuses, sending nothing, when the mapping changed since the plan', async () => {
    const dir = folder(tmp, 'mapping');
    const mapping = writeText(`${dir}/kolom.json`, JSON.stringify({ Toko: 'name', Kode: 'ext_cust_no' }));
    const file = csv(dir, 'm.csv', [
      ['Kode', 'Toko', 'Kota'],
      ['M-1', 'Toko M', 'Blora'],
    ]);
    expect((await planCli(sandbox, 'customers', file, ['--mapping', mapping])).code).toBe(0);
    writeText(mapping, JSON.stringify({ Toko: 'name', Kode: 'ext_cust_no', Kota: 'city' }));
    const before = sandbox.requests.length;
    const result = await applyCli(sandbox, `${dir}/m.plan.json`);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PLAN_MAPPING_CHANGED');
    expect(writesSince(sandbox, before)).toEqual([]);
  });

  it('refuses an option that differs from the plan’s', async () => {
    const dir = folder(tmp, 'options');
    const file = csv(dir, 'opsi.csv', [HEADER, ['O-1', 'Toko O', 'Jl. O', 'Blora', '081200000021']]);
    expect((await planCli(sandbox, 'customers', file, ['--mode', 'upsert'])).code).toBe(0);
    const before = sandbox.requests.length;
    const result = await applyCli(sandbox, `${dir}/opsi.plan.json`, ['--mode', 'create']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('PLAN_OPTIONS_CHANGED');
    expect(writesSince(sandbox, before)).toEqual([]);
  });
});

describe('apply killed and resumed', () => {
  const ROWS = 120;

  it('SIGKILL during apply, then apply --resume, ends with every planned row done once', async () => {
    const dir = folder(tmp, 'kill');
    await seedCustomers(sandbox, dir, 'K-');
    const rows: Array<Array<string | number>> = [HEADER];
    rows.push(['K-1', 'Toko Satu', 'Jl. Satu', 'Grobogan', '081200000001']); // an update among the creates
    for (let i = 100; i < 100 + ROWS; i++)
      rows.push([`K-${i}`, `Toko ${i}`, `Jl. ${i}`, 'Rembang', `0812${i}`]);
    const file = csv(dir, 'banyak.csv', rows);
    expect((await planCli(sandbox, 'customers', file, ['--mode', 'upsert'])).code).toBe(0);

    const creates = () =>
      sandbox.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/customers')).length;
    const start = creates();
    const killed = await applyCli(sandbox, `${dir}/banyak.plan.json`, ['--rate', '20'], {
      onStart: (child) => {
        void waitFor(() => creates() - start >= 30, 60_000, '30 creates').then(() => child.kill('SIGKILL'));
      },
    });
    expect(killed.signal).toBe('SIGKILL');
    expect(customersWithPrefix(sandbox, 'K-').length).toBeLessThan(4 + ROWS);

    const resumed = await applyCli(sandbox, `${dir}/banyak.plan.json`, ['--resume']);
    expect(resumed.code).toBe(0);
    const stored = customersWithPrefix(sandbox, 'K-');
    const keys = stored.map((c) => c.ext_cust_no);
    expect(new Set(keys).size).toBe(keys.length); // no row twice
    expect(stored).toHaveLength(4 + ROWS);
    expect(stored.find((c) => c.ext_cust_no === 'K-1')?.city).toBe('Grobogan');
    const result = readCsv(`${dir}/banyak.result.csv`);
    expect(result).toHaveLength(ROWS + 1);
    expect(result.filter((r) => r._status === 'conflict')).toEqual([]);
  });
});
