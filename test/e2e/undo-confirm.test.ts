/**
 * End to end: an undo that deletes (or cancels, or creates again) records asks first, as
 * `--mode delete` does (docs/GUARDS.md); an undo that only gives fields back does not.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { customersWithPrefix, dataRequests, folder, importCli, writeText } from './import-helpers.js';
import { onTerminal } from './terminal.js';
import { importField, twoOrdersWorkbook } from './field-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('undo-confirm');

beforeAll(async () => {
  // The default seed's customers and products, for the orders below.
  sandbox = await startSandbox({ today: '2026-03-10' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

/** Imports three new customers `<prefix>1..3`; returns the folder and the result sheet to undo. */
async function created(prefix: string): Promise<{ dir: string; source: string }> {
  const dir = folder(tmp, prefix);
  const lines = ['ext_cust_no,name', ...[1, 2, 3].map((n) => `${prefix}${n},Toko ${prefix}${n}`)];
  const file = writeText(`${dir}/baru.csv`, lines.join('\n') + '\n');
  expect(summaryOf(await importCli(sandbox, 'customers', file, dir)).counts).toEqual({ created: 3 });
  return { dir, source: `${dir}/baru.result.csv` };
}

/** Requests since `since` that changed customers (anything but a read). */
const writes = (since: number) => dataRequests(sandbox, since).filter((r) => r.method !== 'GET');

const undoCli = (source: string, extra: string[] = []) =>
  runCli(['undo', source, '--json', '--rate', '200', ...extra], { env: cliEnv(sandbox) });

describe('without a terminal', () => {
  it('no --yes: exit 1, DELETE_NEEDS_YES, nothing written; then --yes undoes', async () => {
    const { dir, source } = await created('UN');
    const since = sandbox.requests.length;
    const refused = await undoCli(source);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[DELETE_NEEDS_YES]');
    expect(refused.stderr).toContain('creates again 3 customers and there is no terminal');
    expect(refused.stderr).toContain('--yes');
    expect(refused.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(writes(since)).toEqual([]);
    expect(customersWithPrefix(sandbox, 'UN')).toHaveLength(3);
    // Nothing recorded: the next undo is neither ALREADY_UNDONE nor asked to --resume.
    expect(existsSync(`${dir}/baru.undo.journal.jsonl`)).toBe(false);
    expect(existsSync(`${dir}/baru.undo.result.csv`)).toBe(false);

    const done = await undoCli(source, ['--yes']);
    expect(done.code).toBe(0);
    expect(summaryOf(done).counts).toEqual({ deleted: 3 });
    expect(writes(since).filter((r) => r.method === 'DELETE')).toHaveLength(3);
    expect(customersWithPrefix(sandbox, 'UN')).toEqual([]);
  });

  it('an undo that only gives fields back asks nothing', async () => {
    const { dir } = await created('UR');
    const file = writeText(`${dir}/ubah.csv`, 'ext_cust_no,city\nUR1,Solo\nUR2,Solo\n');
    expect(summaryOf(await importCli(sandbox, 'customers', file, dir, ['--mode', 'update'])).counts).toEqual({
      updated: 2,
    });
    const result = await undoCli(`${dir}/ubah.result.csv`);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ updated: 2 });
    expect(customersWithPrefix(sandbox, 'UR').map((c) => c.city ?? null)).toEqual([null, null, null]);
  });
});

describe('on a terminal (util-linux `script` runs the CLI on a pseudo-terminal)', () => {
  it('a wrong count stops with DELETE_NOT_CONFIRMED and writes nothing; the right one undoes', async () => {
    const { source } = await created('UT');
    const since = sandbox.requests.length;
    const args = ['undo', source, '--no-progress'];
    const wrong = await onTerminal(sandbox, args, '30');
    expect(wrong.screen).toContain('Undo the changes to customers in SalesMania? 3 deleted, 0 created again');
    expect(wrong.screen).toContain('Type 3');
    expect(wrong.screen).toContain('[DELETE_NOT_CONFIRMED]');
    expect(wrong.code).toBe(1);
    expect(writes(since)).toEqual([]);
    expect(customersWithPrefix(sandbox, 'UT')).toHaveLength(3);

    const right = await onTerminal(sandbox, args, '3');
    expect(right.code).toBe(0);
    expect(writes(since).filter((r) => r.method === 'DELETE')).toHaveLength(3);
    expect(customersWithPrefix(sandbox, 'UT')).toEqual([]);
  });
});

describe('an undo of an orders run', () => {
  it('asks for the orders it cancels', async () => {
    const orders = await twoOrdersWorkbook(tmp.path('pesanan.xlsx'), ['UC-1', 'UC-2']);
    const out = tmp.path('pesanan');
    expect(summaryOf(await importField(sandbox, 'orders', orders, out)).counts).toEqual({ created: 2 });
    const statuses = () =>
      sandbox.state
        .orders()
        .filter((o) => o.ext_order_no?.startsWith('UC-'))
        .map((o) => o.status);
    const before = statuses();

    const refused = await undoCli(`${out}/pesanan.result.xlsx`);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('[DELETE_NEEDS_YES]');
    expect(statuses()).toEqual(before);

    const { code, screen } = await onTerminal(
      sandbox,
      ['undo', `${out}/pesanan.result.xlsx`, '--no-progress'],
      '2',
    );
    expect(screen).toContain('Undo the changes to orders in SalesMania? 0 deleted, 2 cancelled');
    expect(code).toBe(0);
    expect(statuses()).toEqual(['Batal', 'Batal']);
  });
});
