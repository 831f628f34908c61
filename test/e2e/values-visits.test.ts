/**
 * End to end: a repeated visit row is `unchanged` with a note that says why (VISIT_EXISTS, the id of
 * the visit that is there), in import and plan, in Indonesian and English.
 */
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { codes, importField, resultRows, writeCsv } from './field-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('values-visits');

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-03-10' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

it('a visit already there, or repeated in the file, is unchanged with a note naming the visit', async () => {
  const file = writeCsv(
    tmp.path('kunjungan.csv'),
    ['Tanggal', 'Kode Pelanggan'],
    [
      ['2026-11-20', 'C-0020'],
      ['20/11/2026', 'C-0020'], // the same visit, written otherwise
    ],
  );
  const first = await importField(sandbox, 'visits', file, tmp.path('1'), ['--lang', 'id']);
  expect(summaryOf(first).counts).toEqual({ created: 1, unchanged: 1 });
  const id = String(sandbox.state.visits().find((v) => v.date === '2026-11-20')?.id);
  const rows = await resultRows(tmp.path('1'), 'kunjungan.csv');
  expect(rows.map((r) => [r._status, codes(r._error)])).toEqual([
    ['created', []],
    ['unchanged', ['VISIT_EXISTS']],
  ]);
  expect(rows[1]._error).toBe(
    `kunjungan yang sama (tanggal 2026-11-20, pelanggan dan sales ini) sudah ada (id ${id}): tidak dikirim lagi; --allow-duplicate-visits tetap mengirimnya [VISIT_EXISTS]`,
  );

  const again = await importField(sandbox, 'visits', file, tmp.path('2'), ['--lang', 'en', '--again']);
  expect(again.code).toBe(0);
  const rows2 = await resultRows(tmp.path('2'), 'kunjungan.csv');
  expect(rows2.map((r) => r._status)).toEqual(['unchanged', 'unchanged']);
  expect(rows2[0]._error).toContain(
    `the same visit (on 2026-11-20, this customer and team member) exists already (id ${id})`,
  );

  const plan = await runCli(['plan', 'visits', file, '--out-dir', tmp.path('3'), '--json'], {
    env: cliEnv(sandbox),
  });
  expect(plan.code).toBe(0);
  const planned = readCsv(tmp.path('3/kunjungan.plan.csv'));
  expect(planned.map((p) => codes(p._reason))).toEqual([['VISIT_EXISTS'], ['VISIT_EXISTS']]);
});
