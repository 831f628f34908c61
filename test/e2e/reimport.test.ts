/**
 * End to end (user test, docs/REIMPORT.md): an export imported back — as it is, or after a save
 * in LibreOffice — in create mode leaves the server as it was: no order created again, no order's
 * lines split, no customer or product (keyed or not) created twice; and an update that would set
 * a code another record holds is refused, in `plan` and in `import`, with nothing sent.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, readXlsx, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { csvLine, errorCodes, folder, importCli, writeText } from './import-helpers.js';
import { convertWithLibreOffice } from './soffice.js';

let sandbox: Sandbox;
const tmp = tempDir('reimport');

beforeAll(async () => {
  sandbox = await startSandbox();
  // A customer without a code, as the demo's "TOTAL" rows made one: only its id names it.
  const dir = folder(tmp, 'setup');
  const keyless = writeText(`${dir}/tanpa-kode.csv`, 'name,city\nWarung Tanpa Kode,Solo\n');
  expect((await importCli(sandbox, 'customers', keyless, dir)).code).toBe(0);
}, 60_000);
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const run = (args: string[]) => runCli([...args, '--json', '--rate', '200'], { env: cliEnv(sandbox) });
const writes = (since: number) =>
  sandbox.requests.slice(since).filter((r) => r.method !== 'GET' && !/\/(login|auth)/.test(r.path));

/** A result sheet's rows, CSV or XLSX. */
const resultRows = (path: string) =>
  path.endsWith('.xlsx') ? readXlsx(path) : Promise.resolve(readCsv(path));

/**
 * The row's `id` cell. LibreOffice reads our UTF-8 CSV as Windows-1252 and keeps its byte order
 * mark as `ï»¿` in the first header (`ï»¿id`): the import binds it as `id` all the same.
 */
const idCell = (row: Record<string, string>) => row.id ?? row['\u00ef\u00bb\u00bfid'];

/** Every order with its lines, as the sandbox stores them. */
function ordersSnapshot() {
  return sandbox.state
    .orders()
    .map((o) => ({
      id: o.id,
      lines: o.lines.map((l) => `${l.product_id}:${l.qty}:${l.unit.name}:${l.price}`),
    }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

async function exported(entity: string, file: string): Promise<string> {
  const result = await run(['export', entity, '--out', file]);
  expect(result.code).toBe(0);
  return file;
}

describe('orders: an export imported back in create mode creates nothing', () => {
  it.each([
    ['a copy of the CSV export', 'csv', false],
    ['the XLSX export saved by LibreOffice', 'xlsx', true],
  ] as const)(
    '%s: every line skipped ORDER_EXISTS with its order id, lines grouped by order_id',
    async (_, ext, lo) => {
      const dir = folder(tmp, `orders-${ext}`);
      const before = ordersSnapshot();
      expect(before.some((o) => o.lines.length > 1)).toBe(true);
      const file = await exported('orders', `${dir}/pesanan.${ext}`);
      const back = lo ? convertWithLibreOffice(dir, file, 'xlsx', 'lo') : `${dir}/pesanan-salinan.${ext}`;
      if (!lo) copyFileSync(file, back);

      const since = sandbox.requests.length;
      const result = await run(['import', 'orders', back, '--out-dir', dir]);
      expect(result.code).toBe(0);
      expect(writes(since)).toEqual([]);
      expect(ordersSnapshot()).toEqual(before);
      const lines = await resultRows(`${dir}/${lo ? 'pesanan.result.xlsx' : 'pesanan-salinan.result.csv'}`);
      expect(lines).toHaveLength(before.reduce((n, o) => n + o.lines.length, 0));
      for (const line of lines) {
        expect(line._status).toBe('skipped');
        expect(errorCodes(line._error)).toEqual(['ORDER_EXISTS']);
        expect(line._id).toBe(line.order_id);
      }
      expect(summaryOf(result).counts).toMatchObject({ skipped: lines.length });
    },
    180_000,
  );

  it('plan says skip for each line; an order_id the server does not have is refused, not created', async () => {
    const dir = folder(tmp, 'orders-plan');
    const file = await exported('orders', `${dir}/pesanan.csv`);
    const rows = readCsv(file);
    const gone: Record<string, string> = { ...rows[0], order_id: 'SO-999999' };
    const header = Object.keys(rows[0]);
    const edited = writeText(
      `${dir}/dengan-id-hilang.csv`,
      [csvLine(header), ...[...rows, gone].map((r) => csvLine(header.map((h) => r[h])))].join('\n') + '\n',
    );
    const before = ordersSnapshot();
    const since = sandbox.requests.length;
    const plan = await run(['plan', 'orders', edited, '--out-dir', dir]);
    expect(plan.code).not.toBe(0);
    const planned = readCsv(`${dir}/dengan-id-hilang.plan.csv`);
    expect(planned.slice(0, rows.length).map((r) => r._action)).toEqual(rows.map(() => 'skip'));
    expect(planned[rows.length]._action).toBe('invalid');
    expect(errorCodes(planned[rows.length]._reason)).toEqual(['KEY_NOT_FOUND']);

    const result = await run(['import', 'orders', edited, '--out-dir', dir]);
    const lines = readCsv(`${dir}/dengan-id-hilang.result.csv`);
    expect(lines[rows.length]._status).toBe('failed');
    expect(lines[rows.length]._error).toContain('SO-999999');
    expect(summaryOf(result).counts).toMatchObject({ skipped: rows.length, failed: 1 });
    expect(writes(since)).toEqual([]);
    expect(ordersSnapshot()).toEqual(before);
  }, 120_000);
});

describe('customers and products: an export imported back in create mode creates nothing', () => {
  it.each([
    ['customers', 'csv', false],
    ['customers', 'xlsx', true],
    ['products', 'csv', false],
    ['products', 'xlsx', true],
  ] as const)(
    '%s, %s (LibreOffice: %s): every row skipped KEY_EXISTS by its id, keyless ones too',
    async (entity, ext, lo) => {
      const dir = folder(tmp, `${entity}-${ext}`);
      const count = () =>
        (entity === 'customers' ? sandbox.state.customers() : sandbox.state.products()).length;
      const before = count();
      const file = await exported(entity, `${dir}/data.csv`);
      const back = lo ? convertWithLibreOffice(dir, file, 'xlsx', 'lo') : `${dir}/salinan.csv`;
      if (!lo) copyFileSync(file, back);
      const since = sandbox.requests.length;
      const result = await importCli(sandbox, entity, back, dir, ['--mode', 'create']);
      expect(writes(since)).toEqual([]);
      expect(count()).toBe(before);
      const rows = await resultRows(`${dir}/${lo ? 'data.result.xlsx' : 'salinan.result.csv'}`);
      expect(rows).toHaveLength(before);
      for (const row of rows) {
        expect(row._status).toBe('skipped');
        // LibreOffice drops phones' leading zeros (put back: MAP_ZERO_RESTORED, a warning).
        expect(errorCodes(row._error).filter((c) => c !== 'MAP_ZERO_RESTORED')).toEqual(['KEY_EXISTS']);
        expect(row._id).toBe(idCell(row));
      }
      if (entity === 'customers') expect(rows.some((r) => r.ext_cust_no === '')).toBe(true);
      expect(result.code).toBe(0);
    },
    180_000,
  );

  it('an id the server does not have is refused (KEY_NOT_FOUND), even with --allow-existing-keys', async () => {
    const dir = folder(tmp, 'unknown-id');
    const file = writeText(
      `${dir}/id-asing.csv`,
      [csvLine(['id', 'ext_cust_no', 'name']), csvLine(['9999999', 'RI-1', 'Toko Asing'])].join('\n') + '\n',
    );
    const before = sandbox.state.customers().length;
    for (const extra of [[], ['--allow-existing-keys']]) {
      const result = await importCli(sandbox, 'customers', file, dir, ['--mode', 'create', ...extra]);
      const [row] = readCsv(`${dir}/id-asing.result.csv`);
      expect(row._status).toBe('failed');
      expect(errorCodes(row._error)).toEqual(['KEY_NOT_FOUND']);
      expect(row._error).toContain('9999999');
      expect(result.code).not.toBe(0);
    }
    expect(sandbox.state.customers().length).toBe(before);
  }, 60_000);
});

describe('an update never gives a record a code another record holds (KEY_TAKEN)', () => {
  const idOf = (code: string) => {
    const found = sandbox.state.customers().find((c) => c.ext_cust_no === code);
    if (!found) throw new Error(`no customer ${code}`);
    return found.id;
  };
  const nameOf = (id: number) => sandbox.state.customers().find((c) => c.id === id)?.name ?? '';

  it('codes shifted by sorting one column: plan flags both rows, import and apply send nothing', async () => {
    const dir = folder(tmp, 'key-taken');
    const [a, b] = [idOf('C-0004'), idOf('C-0005')];
    // The code column sorted on its own: each record would get the other's code.
    const file = writeText(
      `${dir}/urut.csv`,
      [
        csvLine(['id', 'ext_cust_no', 'name', 'city']),
        csvLine([a, 'C-0005', nameOf(a), 'Surabaya']),
        csvLine([b, 'C-0004', nameOf(b), 'Bandung']),
      ].join('\n') + '\n',
    );
    const since = sandbox.requests.length;
    const plan = await run(['plan', 'customers', file, '--mode', 'upsert', '--out-dir', dir]);
    expect(plan.code).not.toBe(0);
    const planned = readCsv(`${dir}/urut.plan.csv`);
    expect(planned.map((r) => r._action)).toEqual(['invalid', 'invalid']);
    expect(planned.map((r) => errorCodes(r._reason))).toEqual([['KEY_TAKEN'], ['KEY_TAKEN']]);
    expect(planned[0]._reason).toContain(`id ${b}`);

    const applied = await run(['apply', `${dir}/urut.plan.json`]);
    expect(applied.code).not.toBe(0);
    for (const mode of ['upsert', 'update']) {
      const result = await importCli(sandbox, 'customers', file, dir, ['--mode', mode]);
      expect(result.code).not.toBe(0);
      const rows = readCsv(`${dir}/urut.result.csv`);
      expect(rows.map((r) => r._status)).toEqual(['failed', 'failed']);
      expect(rows.map((r) => errorCodes(r._error))).toEqual([['KEY_TAKEN'], ['KEY_TAKEN']]);
    }
    expect(writes(since)).toEqual([]);
    expect([idOf('C-0004'), idOf('C-0005')]).toEqual([a, b]);
  }, 120_000);

  it('a new code given to two records in one file: the first row takes it, the second is refused', async () => {
    const dir = folder(tmp, 'key-taken-run');
    const [a, b] = [idOf('C-0006'), idOf('C-0007')];
    const file = writeText(
      `${dir}/kode-baru.csv`,
      [csvLine(['id', 'ext_cust_no']), csvLine([a, 'C-0999']), csvLine([b, 'C-0999'])].join('\n') + '\n',
    );
    const plan = await run(['plan', 'customers', file, '--mode', 'update', '--out-dir', dir]);
    expect(readCsv(`${dir}/kode-baru.plan.csv`).map((r) => r._action)).toEqual(['update', 'invalid']);
    expect(plan.code).not.toBe(0);
    await importCli(sandbox, 'customers', file, dir, ['--mode', 'update']);
    const rows = readCsv(`${dir}/kode-baru.result.csv`);
    expect(rows.map((r) => r._status)).toEqual(['updated', 'failed']);
    expect(errorCodes(rows[1]._error)).toEqual(['KEY_TAKEN']);
    expect(rows[1]._error).toContain('row 2');
    expect(
      sandbox.state
        .customers()
        .filter((c) => c.ext_cust_no === 'C-0999')
        .map((c) => c.id),
    ).toEqual([a]);
  }, 120_000);
});
