/**
 * End to end: a visits export reads the customers and team members once for their codes. When one
 * of those lists cannot be read, the other stops paging, and the visits are exported with blank
 * codes (their ids filled) and a warning.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { PATHS } from '../../src/contract/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { VisitCodes } from '../../src/export/visit-codes.js';
import { exportCli, readExportCsv, sandboxClient } from './export-helpers.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-visit-codes');

beforeAll(async () => {
  // 3,000 customers more than the demo's: 30 pages of customers to read.
  sandbox = await startSandbox({ extraCustomers: 3000, latencyMs: 20 });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

it('a team list the account may not read: visits exported with blank codes and a warning', async () => {
  sandbox.resetLog();
  sandbox.script({ method: 'GET', path: PATHS.teams, action: 'status', status: 403 });
  const out = tmp.path('visits.csv');
  const result = await exportCli(sandbox, ['visits', '--out', out]);
  expect(result.code).toBe(0);
  const summary = summaryOf(result);
  expect(summary.warnings).toContainEqual(expect.stringMatching(/code columns are left blank/));
  const { rows } = readExportCsv(out);
  expect(rows.length).toBe(sandbox.state.visits().length);
  expect(rows.every((r) => r.customer === '' && r.team === '' && r.customer_id !== '')).toBe(true);
});

const customerPages = () =>
  sandbox.requests.filter((r) => r.method === 'GET' && r.path === PATHS.customers).length;

// In one process (`schedule` runs jobs one after another in one), a walk left paging on after the
// other failed would spend the request budget the next jobs share. The load settles only once both
// walks have ended: a customer walk that paged on would read all 30 pages before it did.
it('when the team list fails, the customer walk stops with it', async () => {
  sandbox.resetLog();
  sandbox.script({ method: 'GET', path: PATHS.teams, action: 'status', status: 403 });
  const codes = new VisitCodes();
  const failed = codes.load(sandboxClient(sandbox), { signal: new AbortController().signal });
  await expect(failed).rejects.toMatchObject({ code: 'API_FORBIDDEN' });
  expect(customerPages()).toBeLessThan(30);
  // Nothing left on the wire: every customer page asked for was answered before the load settled.
  expect(sandbox.requests.filter((r) => r.path === PATHS.customers && r.status === 0)).toEqual([]);
});

it('with both lists readable, the export reads every page of customers and succeeds', async () => {
  const out = tmp.path('visits-ok.csv');
  const result = await exportCli(sandbox, ['visits', '--out', out]);
  expect(result.code).toBe(0);
  expect(customerPages()).toBeGreaterThanOrEqual(30);
});
