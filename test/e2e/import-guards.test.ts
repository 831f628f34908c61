/**
 * End to end: the guards that stop a failing import cleanly (docs/GUARDS.md) — a systemic API
 * failure (the first 50 rows sent all refused the same way) and `--max-errors` — each stopping with
 * exit 1 and its own code, the result sheet written, and `--resume` finishing the run.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { readCsv, startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  csvLine,
  customersWithPrefix,
  folder,
  generatedCustomersCsv,
  importCli,
  writeText,
} from './import-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-guards');

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'empty' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const CUSTOMERS = '/extapi/v1.0/customers';
const posts = (since: number) =>
  sandbox.requests.slice(since).filter((r) => r.method === 'POST' && r.path === CUSTOMERS);

/** The next `times` customer creates refused with a 422 that names `field` (nothing is created). */
function refuseCreates(field: string, message: string, times = 1): void {
  sandbox.script({
    method: 'POST',
    path: CUSTOMERS,
    action: 'status',
    status: 422,
    body: { message: 'The given data was invalid.', errors: { [field]: [message] } },
    times,
  });
}

describe('a systemic API failure', () => {
  const dir = () => folder(tmp, 'systemic');

  it('every create refused the same way: stops after 50 rows, the rest not_sent, exit 1', async () => {
    const file = writeText(`${dir()}/pelanggan.csv`, generatedCustomersCsv('SYS', 200));
    // A field the API no longer accepts: every POST answers the same 422.
    refuseCreates('phone', 'The phone field is not allowed.', 1000);
    const since = sandbox.requests.length;
    const result = await importCli(sandbox, 'customers', file, dir());
    sandbox.clearScript();

    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[SYSTEMIC_API_FAILURE]');
    expect(result.stderr).toContain('The phone field is not allowed.');
    expect(result.stderr).not.toMatch(/at .*\.js:\d+/);
    const summary = summaryOf(result);
    expect((summary.stopped as { code: string }).code).toBe('SYSTEMIC_API_FAILURE');
    // Stopped after the 50th refusal: only requests already on the wire went out after it.
    const sent = posts(since).length;
    expect(sent).toBeGreaterThanOrEqual(50);
    expect(sent).toBeLessThan(80);
    const rows = readCsv(`${dir()}/pelanggan.result.csv`);
    expect(rows).toHaveLength(200);
    const failed = rows.filter((r) => r._status === 'failed').length;
    expect(failed).toBe(sent);
    expect(rows.filter((r) => r._status === 'not_sent')).toHaveLength(200 - sent);
    expect(customersWithPrefix(sandbox, 'SYS')).toEqual([]);
  });

  it('--resume after the cause is fixed sends the rest', async () => {
    const file = `${dir()}/pelanggan.csv`;
    const failedBefore = readCsv(`${dir()}/pelanggan.result.csv`).filter(
      (r) => r._status === 'failed',
    ).length;
    const result = await importCli(sandbox, 'customers', file, dir(), ['--resume']);
    // The rows refused before stay failed (the errors sheet holds them for another run).
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ created: 200 - failedBefore, failed: failedBefore });
    expect(summaryOf(result).stopped).toBeUndefined();
    expect(customersWithPrefix(sandbox, 'SYS')).toHaveLength(200 - failedBefore);
  });

  it('failures with different errors are not systemic: the run goes to the end', async () => {
    const file = writeText(`${dir()}/campur.csv`, generatedCustomersCsv('MIX', 60));
    for (let i = 0; i < 60; i++) refuseCreates(i % 2 ? 'phone' : 'city', 'is not allowed');
    const result = await importCli(sandbox, 'customers', file, dir());
    sandbox.clearScript();
    expect(result.stderr).not.toContain('SYSTEMIC_API_FAILURE');
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ failed: 60 });
  });
});

describe('--max-errors', () => {
  /** 10 good rows, then 20 without a name (invalid). */
  function mixedFile(dir: string, prefix: string): string {
    const lines = [['ext_cust_no', 'name', 'city']];
    for (let i = 1; i <= 10; i++) lines.push([`${prefix}${i}`, `Toko ${i}`, 'Solo']);
    for (let i = 11; i <= 30; i++) lines.push([`${prefix}${i}`, '', 'Solo']);
    return writeText(`${dir}/campur.csv`, lines.map((l) => csvLine(l)).join('\n') + '\n');
  }

  it('a count: stops once that many rows are invalid, exit 1, resumable', async () => {
    const dir = folder(tmp, 'max-count');
    const file = mixedFile(dir, 'MC');
    const result = await importCli(sandbox, 'customers', file, dir, ['--max-errors', '5']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[MAX_ERRORS_REACHED]');
    expect((summaryOf(result).stopped as { code: string }).code).toBe('MAX_ERRORS_REACHED');
    const invalid = summaryOf(result).counts.invalid;
    expect(invalid).toBeGreaterThanOrEqual(5);
    expect(invalid).toBeLessThan(20);

    const resumed = await importCli(sandbox, 'customers', file, dir, ['--resume', '--max-errors', '50']);
    expect(resumed.code).toBe(2);
    expect(summaryOf(resumed).counts).toEqual({ created: 10, invalid: 20 });
    expect(customersWithPrefix(sandbox, 'MC')).toHaveLength(10);
  });

  it('a percentage of the file: 10% of 30 rows stops at the 3rd bad row', async () => {
    const dir = folder(tmp, 'max-percent');
    const file = mixedFile(dir, 'MP');
    const result = await importCli(sandbox, 'customers', file, dir, ['--max-errors', '10%']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('[MAX_ERRORS_REACHED]');
    expect(result.stderr).toContain('--max-errors 10%');
    expect(summaryOf(result).counts.invalid).toBeGreaterThanOrEqual(3);
    expect(summaryOf(result).counts.invalid).toBeLessThan(20);
  });

  it('fewer bad rows than the limit: the run goes to the end', async () => {
    const dir = folder(tmp, 'max-under');
    const file = mixedFile(dir, 'MU');
    const result = await importCli(sandbox, 'customers', file, dir, ['--max-errors', '21']);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ created: 10, invalid: 20 });
  });

  it.each(['abc', '0', '150%', '-3', '5%%'])(
    '%s is refused before anything is sent (CONFIG_INVALID)',
    async (value) => {
      const dir = folder(tmp, `max-bad-${value.replace(/\W/g, '_')}`);
      const file = mixedFile(dir, 'MB');
      const since = sandbox.requests.length;
      const result = await importCli(sandbox, 'customers', file, dir, ['--max-errors', value]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('[CONFIG_INVALID]');
      expect(result.stderr).toContain('max-errors');
      expect(sandbox.requests.length).toBe(since);
    },
  );
});
