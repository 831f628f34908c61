/**
 * End to end (docs/EXPORT.md): a CSV export guards text that a spreadsheet would take for a formula
 * with a leading `'` (`'+62 813 …`, `'=Toko`). Opened in a spreadsheet program, the `'` of a CSV cell
 * is literal text, and saved as a workbook it stays in the cell. Imported back, that `'` is the guard,
 * not the data: every row unchanged, nothing sent. Before: the phone was updated to `'+62 813 1111
 * 2222` (seen by hand: export `;` → LibreOffice in Indonesian → XLSX → import --mode update).
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, readXlsx, runCli, startSandbox, tempDir } from './helpers.js';
import { errorCodes, folder, importCli, sandboxClient } from './import-helpers.js';
import { resaveCsvInIndonesian } from './soffice-locale.js';

let sandbox: Sandbox;
const tmp = tempDir('export-guard-roundtrip');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
  const client = sandboxClient(sandbox);
  await client.customers.create({ name: 'Toko Plus', ext_cust_no: 'GR-1', phone: '+62 813 1111 2222' });
  await client.customers.create({ name: '=Toko Sama Dengan', ext_cust_no: 'GR-2', phone: '0812 3456' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const writes = (since: number) =>
  sandbox.requests.slice(since).filter((r) => r.method !== 'GET' && !/\/(login|auth)/.test(r.path));

it.each(['csv', 'xlsx'] as const)(
  'a guarded CSV export saved by LibreOffice as %s imports back unchanged',
  async (as) => {
    const dir = folder(tmp, as);
    const file = `${dir}/ekspor.csv`;
    const exported = await runCli(['export', 'customers', '--out', file, '--delimiter', 'semicolon'], {
      env: cliEnv(sandbox),
    });
    expect(exported.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(";'+62 813 1111 2222;");
    expect(text).toContain(";'=Toko Sama Dengan;");

    const saved = resaveCsvInIndonesian(dir, file, 'lo', as);
    const since = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', saved, dir, ['--mode', 'update', '--lang', 'id']);
    expect(result.code).toBe(0);
    const rows =
      as === 'xlsx' ? await readXlsx(`${dir}/ekspor.result.xlsx`) : readCsv(`${dir}/ekspor.result.csv`);
    expect(rows.map((r) => [r.ext_cust_no, r._status])).toEqual([
      ['GR-1', 'unchanged'],
      ['GR-2', 'unchanged'],
    ]);
    expect(rows.flatMap((r) => errorCodes(r._error))).toEqual([]);
    expect(writes(since)).toEqual([]);
  },
  120_000,
);
