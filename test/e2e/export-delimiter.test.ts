/**
 * A CSV export for Excel set to Indonesian: `--delimiter semicolon` (or ";") writes `;`, and the file
 * imports back unchanged — the reader finds the delimiter itself — and with edits holding `;` and `,`.
 * `export --help` says how to get such a file, in English and Indonesian.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { copyFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Sandbox } from '../../src/sandbox/index.js';
import { exportCli, readExportCsv } from './export-helpers.js';
import { cliEnv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-delimiter');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

async function importUpdate(file: string, results: string) {
  const result = await runCli(
    ['import', 'customers', file, '--mode', 'update', '--out-dir', tmp.path(results), '--json'],
    { env: cliEnv(sandbox) },
  );
  expect(result.stderr).not.toMatch(/error \[/);
  return { code: result.code, counts: summaryOf(result).counts };
}

describe('export --delimiter for Excel set to Indonesian', () => {
  it('takes the name semicolon as ;, with the byte order mark', async () => {
    const out = tmp.path('named.csv');
    const result = await exportCli(sandbox, ['customers', '--out', out, '--delimiter', 'semicolon']);
    expect(result.stderr).not.toMatch(/error \[/);
    expect(result.code).toBe(0);
    const { text, headers, rows } = readExportCsv(out, ';');
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(headers.join(';'));
    expect(headers.slice(0, 3)).toEqual(['id', 'ext_cust_no', 'name']);
    expect(rows).toHaveLength(sandbox.state.customers().length);
  });

  it('imports a ; export back unchanged, and with edits holding ; and , in the cells', async () => {
    const first = tmp.path('pelanggan.csv');
    expect((await exportCli(sandbox, ['customers', '--out', first, '--delimiter', ';'])).code).toBe(0);
    const { headers, rows } = readExportCsv(first, ';');

    const untouched = tmp.path('pelanggan-untouched.csv');
    copyFileSync(first, untouched);
    const same = await importUpdate(untouched, 'results-untouched');
    expect(same.code).toBe(0);
    expect(same.counts).toEqual({ unchanged: rows.length });

    const edits: Record<number, Record<string, string>> = {
      0: { name: 'Toko Makmur; cabang 2, Solo' },
      1: { tags: 'grosir, VIP', city: 'Salatiga' },
    };
    const edited = rows.map((row, i) => ({ ...row, ...(edits[i] ?? {}) }));
    const changed = tmp.path('pelanggan-edited.csv');
    writeFileSync(
      changed,
      '\uFEFF' +
        Papa.unparse(
          { fields: headers, data: edited.map((r) => headers.map((h) => r[h])) },
          { delimiter: ';', newline: '\r\n' },
        ),
    );
    const update = await importUpdate(changed, 'results-edited');
    expect(update.code).toBe(0);
    expect(update.counts).toEqual({ updated: 2, unchanged: rows.length - 2 });

    const again = tmp.path('pelanggan-again.csv');
    expect((await exportCli(sandbox, ['customers', '--out', again, '--delimiter', 'semicolon'])).code).toBe(
      0,
    );
    const back = readExportCsv(again, ';');
    expect(back.headers).toEqual(headers);
    expect(back.rows).toEqual(edited);
  });
});

describe('export --help', () => {
  it.each([
    ['en', /Excel set to Indonesian[\s\S]*--delimiter semicolon/],
    ['id', /Excel berbahasa\s+Indonesia[\s\S]*--delimiter semicolon/],
  ])('says how to get a file for Excel set to Indonesian (%s)', async (lang, pattern) => {
    const help = await runCli(['export', '--help', '--lang', lang]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(pattern);
  });
});
