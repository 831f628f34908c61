/**
 * End to end: an import's progress knows its total (the file is read through before sending), and
 * the summary counts rows per issue code, in `--json` as the stable field `codes`.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { csvLine, folder, generatedCustomersCsv, importCli, writeText } from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-progress-codes');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

/** Two rows without a name (MAP_REQUIRED), two with a latitude that is no number (MAP_NOT_A_NUMBER, one of them twice), two good. */
function mixedFile(dir: string): string {
  const lines = [
    csvLine(['ext_cust_no', 'name', 'city', 'lat', 'lon']),
    csvLine(['PC-001', 'Toko Satu', 'Semarang', '-6.98', '110.41']),
    csvLine(['PC-002', '', 'Semarang', '-6.98', '110.41']),
    csvLine(['PC-003', '', 'Semarang', 'utara', '110.41']),
    csvLine(['PC-004', 'Toko Empat', 'Kudus', 'utara', 'timur']),
    csvLine(['PC-005', 'Toko Lima', 'Kudus', '', '']),
    csvLine(['PC-006', 'Toko Enam', 'Kudus', '', '']),
  ];
  return writeText(`${dir}/pelanggan.csv`, lines.join('\n') + '\n');
}

describe('the summary counts rows per issue code', () => {
  it('--json carries codes: rows per code, a row counted once per code', async () => {
    const dir = folder(tmp, 'codes-json');
    const result = await importCli(sandbox, 'customers', mixedFile(dir), dir);
    const summary = summaryOf(result);
    expect(summary.counts).toEqual({ created: 3, invalid: 3 });
    const codes = summary.codes as Record<string, number>;
    expect(codes.MAP_REQUIRED).toBe(2);
    expect(codes.MAP_NOT_A_NUMBER).toBe(2);
    expect(Object.keys(codes)).toEqual([...Object.keys(codes)].sort());
  });

  it('a clean file has codes: {}', async () => {
    const dir = folder(tmp, 'codes-clean');
    const file = writeText(`${dir}/bersih.csv`, generatedCustomersCsv('PK', 3));
    const summary = summaryOf(await importCli(sandbox, 'customers', file, dir));
    expect(summary.counts).toEqual({ created: 3 });
    expect(summary.codes).toEqual({});
  });

  it('the table for people lists the codes, most rows first', async () => {
    const dir = folder(tmp, 'codes-table');
    const result = await runCli(['validate', 'customers', mixedFile(dir), '--out-dir', dir], {
      env: cliEnv(sandbox),
    });
    expect(result.stderr).toMatch(/problems by code: MAP_NOT_A_NUMBER 2, MAP_REQUIRED 2/);
  });
});

describe('import progress has a total', () => {
  it('the progress log line (no terminal) says "of <total> rows"', async () => {
    const dir = folder(tmp, 'progress');
    // 70 rows at 10 requests/s: over 5 s, so at least one progress line is logged.
    const file = writeText(`${dir}/banyak.csv`, generatedCustomersCsv('PG', 70));
    const result = await runCli(['import', 'customers', file, '--out-dir', dir, '--rate', '10'], {
      env: cliEnv(sandbox),
    });
    expect(result.code).toBe(0);
    const progressLines = result.stderr.split('\n').filter((l) => l.includes('import customers:'));
    expect(progressLines.length).toBeGreaterThan(0);
    expect(progressLines[0]).toMatch(/import customers: \d+ of 70 rows/);
    expect(progressLines[0]).toMatch(/"total":70/);
  });
});
