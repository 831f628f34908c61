/**
 * The journal's header names the input by size and SHA-256, now taken from the bytes of the read-through
 * itself (no pass of its own): it must still be the SHA-256 of the whole file, for a workbook as Excel
 * libraries write it (parts with data descriptors) and for a CSV with a byte order mark.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startSandbox, tempDir } from './helpers.js';
import { csvLine, folder, importCli, writeText, writeXlsx } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('journal-fingerprint');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const HEADERS = ['ext_cust_no', 'name', 'city'];
const rows = (prefix: string) =>
  Array.from({ length: 40 }, (_, i) => [`${prefix}-${i}`, `Toko Sumber Rejeki ${i}`, 'Semarang']);

function journalInput(path: string) {
  const header = JSON.parse(readFileSync(path, 'utf8').split('\n')[0]) as { input: unknown };
  return header.input;
}

const fingerprintOf = (path: string, name: string) => {
  const bytes = readFileSync(path);
  return { name, size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
};

describe('the journal header fingerprint', () => {
  it('is the size and SHA-256 of an imported workbook', async () => {
    const dir = folder(tmp, 'xlsx');
    const out = tmp.path('xlsx-out');
    const file = await writeXlsx(`${dir}/pelanggan.xlsx`, HEADERS, rows('FX'));
    const result = await importCli(sandbox, 'customers', file, out);
    expect(result.code).toBe(0);
    expect(journalInput(`${out}/pelanggan.journal.jsonl`)).toEqual(fingerprintOf(file, 'pelanggan.xlsx'));
  });

  it('is the size and SHA-256 of an imported CSV, its byte order mark included', async () => {
    const dir = folder(tmp, 'csv');
    const out = tmp.path('csv-out');
    const text = [HEADERS, ...rows('FC')].map((r) => csvLine(r)).join('\r\n') + '\r\n';
    const file = writeText(
      `${dir}/pelanggan.csv`,
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    );
    const result = await importCli(sandbox, 'customers', file, out);
    expect(result.code).toBe(0);
    expect(journalInput(`${out}/pelanggan.journal.jsonl`)).toEqual(fingerprintOf(file, 'pelanggan.csv'));
  });
});
