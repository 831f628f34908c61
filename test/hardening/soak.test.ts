/**
 * Issue 7, part 1: the fault soak. Customers in upsert mode, then orders, against a sandbox that
 * at once answers 10 % of requests with 5xx, applies 5 % of writes and then drops the connection
 * or answers 502, holds 3 % of answers longer than the client's timeout, refuses a few requests
 * every few hundred (429 with Retry-After: one second of pause), and lets bearer tokens expire (a
 * short lifetime, and every token revoked every few hundred requests on top).
 *
 * Afterwards: one record per external key, every row with one final status, the summary's counts
 * equal to what the server holds, exit 0 (or 3 with each row in doubt listed).
 *
 * Default size for CI; `SOAK_FULL=1 npm test -- test/hardening/soak` runs the full size of the
 * issue (5,000 customers, 300 orders, tokens living 20 s) and prints its figures.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { writeFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir } from '../e2e/helpers.js';
import { csvText, faultCounts, idsByKey, journalEntries, keepFaults } from './helpers.js';

const FULL = process.env.SOAK_FULL === '1';
const SIZE = FULL
  ? { customers: 5000, orders: 300, tokenLifetimeSec: 20, expireEvery: 4000 }
  : { customers: 600, orders: 60, tokenLifetimeSec: 4, expireEvery: 400 };
const CLIENT = ['--rate', '300', '--concurrency', '8', '--timeout', '1000', '--json', '--log-level', 'warn'];
const FINAL = new Set(['created', 'updated', 'unchanged', 'in_doubt']);

let sandbox: Sandbox;
const tmp = tempDir('soak');
const figures: string[] = [];

beforeAll(async () => {
  sandbox = await startSandbox({
    seed: 'demo',
    failRate: 0.1,
    commitFailRate: 0.05,
    commitFailMode: 'mixed',
    slowRate: 0.03,
    slowMs: 1500,
    tokenLifetimeSec: SIZE.tokenLifetimeSec,
    randomSeed: Number(process.env.SOAK_SEED ?? 20261130),
    requestLogLimit: 1_000_000,
  });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
  if (FULL) process.stderr.write(`\nFull-size soak figures:\n${figures.join('\n')}\n`);
});

/** Runs the CLI while the periodic faults are kept up. */
async function importUnderFaults(args: string[]) {
  // Counted in requests: a burst every 300 and a revocation every `expireEvery`.
  const faults = keepFaults(sandbox, { burstEvery: 300, expireEvery: SIZE.expireEvery });
  const started = Date.now();
  try {
    const result = await runCli(args, { env: cliEnv(sandbox), timeoutMs: FULL ? 1_800_000 : 240_000 });
    return { result, seconds: (Date.now() - started) / 1000, bursts: faults.bursts() };
  } finally {
    faults.stop();
  }
}

/** Rows of the result sheet: each input row once, in order, each with a final status. */
function expectEveryRowOnce(rows: Array<Record<string, string>>, count: number): void {
  expect(rows.map((r) => Number(r._row))).toEqual(Array.from({ length: count }, (_, i) => i + 2));
  expect(rows.filter((r) => !FINAL.has(r._status))).toEqual([]);
}

/** Exit 0, or 3 with exactly the in-doubt rows listed in the summary (and nothing failed). */
function expectCleanExit(
  code: number | null,
  summary: ReturnType<typeof summaryOf>,
  rows: Array<Record<string, string>>,
): number[] {
  const inDoubt = rows.filter((r) => r._status === 'in_doubt').map((r) => Number(r._row));
  expect(code).toBe(inDoubt.length > 0 ? 3 : 0);
  expect(summary.inDoubtRows).toEqual(inDoubt);
  expect(summary.counts.failed ?? 0).toBe(0);
  expect(summary.counts.invalid ?? 0).toBe(0);
  for (const r of rows.filter((x) => x._status === 'in_doubt')) expect(r._error).toContain('[API_AMBIGUOUS]');
  return inDoubt;
}

describe(`fault soak (${FULL ? 'full size' : 'CI size; SOAK_FULL=1 for the full size'})`, () => {
  it(
    `upserts ${SIZE.customers} new customers and updates existing ones, each exactly once`,
    async () => {
      const before = sandbox.state.customers();
      const keyed = before.filter((c) => c.ext_cust_no);
      const changed = keyed.slice(0, 10);
      const same = keyed.slice(10, 15);
      const rows: Array<Array<string | number>> = [];
      for (let i = 0; i < SIZE.customers; i++) {
        const n = String(i).padStart(5, '0');
        rows.push([`SOAK-${n}`, `Toko Soak ${n}`, `Kota ${i % 37}`, (-7 + i / 100_000).toFixed(5), '110.4']);
      }
      const updates = changed.map((c) => [c.ext_cust_no as string, c.name, 'Kota Soak Baru', '', '']);
      const unchanged = same.map((c) => [c.ext_cust_no as string, c.name, c.city ?? '', '', '']);
      // Spread the existing records among the new ones, so their PATCHes meet the same faults.
      const all = [...rows];
      [...updates, ...unchanged].forEach((row, i) => all.splice(40 + i * 37, 0, row));
      const file = tmp.path('pelanggan.csv');
      writeFileSync(file, csvText(['ext_cust_no', 'name', 'city', 'lat', 'lon'], all));

      const { result, seconds, bursts } = await importUnderFaults([
        'import',
        'customers',
        file,
        '--mode',
        'upsert',
        '--out-dir',
        tmp.path('out'),
        ...CLIENT,
      ]);
      expect(result.stderr).not.toMatch(/error \[|\n\s+at /);
      const summary = summaryOf(result);
      const sheet = readCsv(tmp.path('out/pelanggan.result.csv'));
      expectEveryRowOnce(sheet, all.length);
      const inDoubt = expectCleanExit(result.code, summary, sheet);

      // One record per key; the new ones hold what the file says.
      const after = sandbox.state.customers();
      const byKey = idsByKey(
        after,
        (c) => c.ext_cust_no,
        (c) => c.id,
      );
      expect([...byKey].filter(([, ids]) => ids.length !== 1)).toEqual([]);
      const stored = new Map(after.map((c) => [c.ext_cust_no, c]));
      const doubtKeys = new Set(sheet.filter((r) => r._status === 'in_doubt').map((r) => r.ext_cust_no));
      for (const [key, name, city, lat] of rows) {
        const c = stored.get(String(key));
        if (doubtKeys.has(String(key)) && !c) continue; // in doubt, and in fact not created
        expect({ key, name: c?.name, city: c?.city, lat: c?.location?.lat }).toEqual({
          key,
          name,
          city,
          lat: Number(lat),
        });
      }
      for (const [key] of updates) expect(stored.get(String(key))?.city).toBe('Kota Soak Baru');

      // The summary's counts are what the server holds.
      const createdOnServer = after.length - before.length;
      const doubtOnServer = [...doubtKeys].filter((k) => stored.has(k)).length;
      expect(summary.counts.created ?? 0).toBe(createdOnServer - doubtOnServer);
      expect(summary.counts.updated).toBe(updates.length);
      expect(summary.counts.unchanged).toBe(unchanged.length);
      expect(summary.total).toBe(all.length);
      // Ids in the sheet are the server's.
      const wrongIds = sheet.filter((r) => r._id && String(stored.get(r.ext_cust_no)?.id) !== r._id);
      expect(wrongIds).toEqual([]);
      // The journal knows the run ended.
      expect(journalEntries(tmp.path('out/pelanggan.journal.jsonl')).at(-1)?.t).toBe('end');

      // The faults did happen, all of them.
      const { faults, statuses } = faultCounts(sandbox);
      expect(faults['random-fail']).toBeGreaterThan(0);
      expect((faults['random-commit-drop'] ?? 0) + (faults['random-commit-502'] ?? 0)).toBeGreaterThan(0);
      expect(faults['random-slow']).toBeGreaterThan(0);
      expect(statuses[429]).toBeGreaterThan(0);
      expect(statuses[401]).toBeGreaterThan(0);
      const logins = sandbox.requests.filter((r) => r.path.endsWith('/token')).length;
      expect(logins).toBeGreaterThan(1);
      figures.push(
        `customers: ${all.length} rows in ${seconds.toFixed(1)} s, exit ${result.code}, counts ${JSON.stringify(summary.counts)}, ` +
          `in doubt ${inDoubt.length}; ${sandbox.requests.length} requests, faults ${JSON.stringify(faults)}, ` +
          `401s ${statuses[401]}, 429s ${statuses[429]} (${bursts} bursts), logins ${logins}`,
      );
    },
    FULL ? 1_800_000 : 240_000,
  );

  it(
    `creates ${SIZE.orders} orders, exactly one per ext_order_no`,
    async () => {
      sandbox.resetLog();
      const rows: Array<Array<string | number>> = [];
      for (let i = 1; i <= SIZE.orders; i++) {
        const no = `SOAK-O-${String(i).padStart(4, '0')}`;
        const customer = `C-${String((i % 19) + 1).padStart(4, '0')}`;
        const date = `2026-12-${String((i % 5) + 10)}`;
        rows.push([no, date, customer, `P-100${(i % 9) + 1}`, (i % 4) + 1, '']);
        if (i % 3 === 0) rows.push([no, '', '', 'P-1001', 1, 'DUS']); // a second line of the order
      }
      const file = tmp.path('pesanan.csv');
      writeFileSync(file, csvText(['ext_order_no', 'date', 'customer', 'product', 'qty', 'unit'], rows));
      const { result, seconds, bursts } = await importUnderFaults([
        'import',
        'orders',
        file,
        '--out-dir',
        tmp.path('out'),
        ...CLIENT,
      ]);
      expect(result.stderr).not.toMatch(/error \[|\n\s+at /);
      const summary = summaryOf(result);
      const sheet = readCsv(tmp.path('out/pesanan.result.csv'));
      expectEveryRowOnce(sheet, rows.length);
      const inDoubt = expectCleanExit(result.code, summary, sheet);

      const orders = sandbox.state.orders().filter((o) => o.ext_order_no?.startsWith('SOAK-O-'));
      const byNo = idsByKey(
        orders,
        (o) => o.ext_order_no,
        (o) => o.id,
      );
      expect([...byNo].filter(([, ids]) => ids.length !== 1)).toEqual([]);
      const doubtNos = new Set(sheet.filter((r) => r._status === 'in_doubt').map((r) => r.ext_order_no));
      const created = new Set(sheet.filter((r) => r._status === 'created').map((r) => r.ext_order_no));
      expect(byNo.size).toBe(created.size + [...doubtNos].filter((no) => byNo.has(no)).length);
      expect(summary.counts.created ?? 0).toBe(sheet.filter((r) => r._status === 'created').length);
      // Each order holds all its lines, and the sheet names its id.
      for (const o of orders) {
        const lines = rows.filter((r) => r[0] === o.ext_order_no).length;
        expect({ no: o.ext_order_no, lines: o.lines.length }).toEqual({ no: o.ext_order_no, lines });
      }
      const wrongIds = sheet.filter(
        (r) => r._status === 'created' && r._id !== byNo.get(r.ext_order_no)?.[0],
      );
      expect(wrongIds).toEqual([]);

      const { faults, statuses } = faultCounts(sandbox);
      expect(faults['random-fail']).toBeGreaterThan(0);
      figures.push(
        `orders: ${rows.length} lines of ${SIZE.orders} orders in ${seconds.toFixed(1)} s, exit ${result.code}, ` +
          `counts ${JSON.stringify(summary.counts)}, in doubt ${inDoubt.length}; ${sandbox.requests.length} requests, ` +
          `faults ${JSON.stringify(faults)}, 401s ${statuses[401] ?? 0}, 429s ${statuses[429] ?? 0} (${bursts} bursts)`,
      );
    },
    FULL ? 1_800_000 : 240_000,
  );
});
