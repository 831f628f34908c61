/**
 * End to end: `--mode delete` deletes nothing unless confirmed (docs/GUARDS.md). Without a
 * terminal `--yes` is required; on a real terminal (util-linux `script` gives the CLI a pty) the
 * person types the number of records to be deleted.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';
import { onTerminal } from './terminal.js';
import {
  csvLine,
  customersWithPrefix,
  folder,
  importCli,
  sandboxClient,
  writeText,
} from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('delete-guard');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

/** Three customers `<prefix>1..3` on the server, and a delete file naming them plus one unknown key. */
async function deleteFile(prefix: string): Promise<{ dir: string; file: string }> {
  const client = sandboxClient(sandbox);
  for (const n of [1, 2, 3])
    await client.customers.create({ name: `Toko ${prefix}${n}`, ext_cust_no: `${prefix}${n}` });
  const dir = folder(tmp, prefix);
  const lines = [['ext_cust_no'], [`${prefix}1`], [`${prefix}2`], [`${prefix}3`], [`${prefix}-tidak-ada`]];
  const file = writeText(`${dir}/hapus.csv`, lines.map((l) => csvLine(l)).join('\n') + '\n');
  return { dir, file };
}

const deletes = (since: number) => sandbox.requests.slice(since).filter((r) => r.method === 'DELETE');

describe('without a terminal', () => {
  it('no --yes: exit 1, DELETE_NEEDS_YES, no DELETE sent, no sheet written', async () => {
    const { dir, file } = await deleteFile('NY');
    const since = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', file, dir, ['--mode', 'delete']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[DELETE_NEEDS_YES]');
    expect(result.stderr).toContain('--yes');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(deletes(since)).toEqual([]);
    // Refused before anything was read or sent: not even a login.
    expect(sandbox.requests.length).toBe(since);
    expect(customersWithPrefix(sandbox, 'NY')).toHaveLength(3);
    expect(existsSync(`${dir}/hapus.result.csv`)).toBe(false);
  });

  it('--yes deletes', async () => {
    const { dir, file } = await deleteFile('YS');
    const since = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', file, dir, ['--mode', 'delete', '--yes']);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ deleted: 3, skipped: 1 });
    expect(deletes(since)).toHaveLength(3);
    expect(customersWithPrefix(sandbox, 'YS')).toEqual([]);
  });
});

const runOnTerminal = (args: string[], answer: string | undefined) => onTerminal(sandbox, args, answer);

describe('on a terminal (util-linux `script` runs the CLI on a pseudo-terminal)', () => {
  it('typing the number of records to be deleted deletes them', async () => {
    const { dir, file } = await deleteFile('TR');
    const since = sandbox.requests.length;
    const args = ['import', 'customers', file, '--mode', 'delete', '--out-dir', dir, '--no-progress'];
    const { code, screen } = await runOnTerminal(args, '3');
    expect(screen).toContain('Delete 3 customers from SalesMania? Type 3 and press Enter');
    expect(code).toBe(0);
    expect(deletes(since)).toHaveLength(3);
    expect(customersWithPrefix(sandbox, 'TR')).toEqual([]);
  });

  it('a wrong count deletes nothing: exit 1, DELETE_NOT_CONFIRMED', async () => {
    const { dir, file } = await deleteFile('TW');
    const since = sandbox.requests.length;
    const args = ['import', 'customers', file, '--mode', 'delete', '--out-dir', dir, '--no-progress'];
    const { code, screen } = await runOnTerminal(args, '4');
    expect(screen).toContain('[DELETE_NOT_CONFIRMED]');
    expect(code).toBe(1);
    expect(deletes(since)).toEqual([]);
    expect(customersWithPrefix(sandbox, 'TW')).toHaveLength(3);
    // Nothing recorded: no journal is left to trip the next run, no result sheet claims anything.
    expect(existsSync(`${dir}/hapus.journal.jsonl`)).toBe(false);
    expect(existsSync(`${dir}/hapus.result.csv`)).toBe(false);
  });

  it('Ctrl-D at the prompt deletes nothing', async () => {
    const { dir, file } = await deleteFile('TD');
    const since = sandbox.requests.length;
    const args = [
      'import',
      'customers',
      file,
      '--mode',
      'delete',
      '--out-dir',
      dir,
      '--no-progress',
      '--lang',
      'id',
    ];
    const { code, screen } = await runOnTerminal(args, undefined);
    // The question in the person's language, with the entity's own word (not "3 data (customers)").
    expect(screen).toContain('Hapus 3 pelanggan dari SalesMania? Ketik 3 lalu tekan Enter');
    expect(screen).toContain('[DELETE_NOT_CONFIRMED]');
    expect(code).toBe(1);
    expect(deletes(since)).toEqual([]);
    expect(customersWithPrefix(sandbox, 'TD')).toHaveLength(3);
  });
});
