/**
 * End to end: `import visits` with the built CLI against the sandbox — every date form, codes
 * resolved to ids, identical visits `unchanged`, lost answers reconciled, never duplicated.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATHS } from '../../src/contract/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';
import {
  codes,
  excelDate,
  importField,
  requestsTo,
  resultRows,
  writeCsv,
  writeWorkbook,
} from './field-helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('import-visits');
const API_USER = 24728; // Budi Santoso, S-014: the member the team token names

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-03-10' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

const customerId = (code: string) => {
  const c = sandbox.state.customers().find((x) => x.ext_cust_no === code);
  if (!c) throw new Error(`no customer ${code} in the sandbox`);
  return c.id;
};
const visitsOn = (date: string) => sandbox.state.visits().filter((v) => v.date === date);

describe('import visits', () => {
  it('reads every date form, resolves customers and salespeople, and rejects impossible and ambiguous dates', async () => {
    const file = await writeWorkbook(
      tmp.path('kunjungan.xlsx'),
      ['Tanggal', 'Kode Pelanggan', 'Sales'],
      [
        [excelDate('2026-11-02'), 'C-0001', 'S-014'], // an Excel date cell, salesman number
        ['2026-11-03', 'c-0002', 'Siti Rahayu'], // YYYY-MM-DD, name, code in another case
        ['04/11/2026', 'C-0003', 'agus.wijaya@majujaya.co.id'], // DD/MM/YYYY, email
        ['05-11-2026', 'C-0004', ''], // DD-MM-YYYY, blank: the API user
        ['6/11/26', 'C-0005', '24729'], // D/M/YY, an id in the team cell
        ['31/11/2026', 'C-0006', 'S-014'], // impossible
        ['2026-11-07T10:00:00Z', 'C-0007', 'S-014'], // a time zone: which day is ambiguous
        ['2026-11-08', 'C-9999', 'S-014'], // no such customer
        ['2026-11-08', 'C-0008', 'Joko'], // no such salesperson
      ],
    );
    const out = tmp.path('forms');
    const before = sandbox.state.visits().length;
    const result = await importField(sandbox, 'visits', file, out);
    expect(result.code).toBe(2);
    expect(summaryOf(result).counts).toEqual({ created: 5, invalid: 4 });

    const rows = await resultRows(out, 'kunjungan.xlsx');
    expect(rows.map((r) => [r._row, r._status, codes(r._error)])).toEqual([
      ['2', 'created', []],
      ['3', 'created', []],
      ['4', 'created', []],
      ['5', 'created', []],
      ['6', 'created', []],
      ['7', 'invalid', ['MAP_BAD_DATE']],
      ['8', 'invalid', ['MAP_AMBIGUOUS_DATE']],
      ['9', 'invalid', ['REF_NOT_FOUND']],
      ['10', 'invalid', ['REF_NOT_FOUND']],
    ]);
    expect(rows[7]._error).toMatch(/^Kode Pelanggan: .*"C-9999"/);
    expect(rows[8]._error).toMatch(/^Sales: .*"Joko"/);

    // Exactly five new visits, each with the date as written (no time-zone shift) and the ids.
    // (Rows are sent side by side: the server's order is not the file's.)
    const created = sandbox.state
      .visits()
      .slice(before)
      .sort((a, b) => a.date.localeCompare(b.date));
    const shape = created.map((v) => ({ date: v.date, customer_id: v.customer_id, team_id: v.team_id }));
    expect(shape).toEqual([
      { date: '2026-11-02', customer_id: customerId('C-0001'), team_id: 24728 },
      { date: '2026-11-03', customer_id: customerId('C-0002'), team_id: 24729 },
      { date: '2026-11-04', customer_id: customerId('C-0003'), team_id: 24730 },
      { date: '2026-11-05', customer_id: customerId('C-0004'), team_id: API_USER },
      { date: '2026-11-06', customer_id: customerId('C-0005'), team_id: 24729 },
    ]);
    // The result sheet carries each visit's SalesMania id.
    expect(rows.slice(0, 5).map((r) => Number(r._id))).toEqual(created.map((v) => v.id));
    expect(created.every((v) => v.visit_status === 'Planned')).toBe(true);
  });

  it("keeps a salesperson's route for a day in the file's order, even with requests side by side", async () => {
    const codes = ['C-0011', 'C-0009', 'C-0014', 'C-0010', 'C-0012', 'C-0013'];
    const file = writeCsv(
      tmp.path('rute.csv'),
      ['Tanggal', 'Kode Pelanggan', 'Sales'],
      codes.map((code) => ['2026-12-01', code, 'S-015']),
    );
    const result = await importField(sandbox, 'visits', file, tmp.path('route'), ['--concurrency', '8']);
    expect(result.code).toBe(0);
    const route = visitsOn('2026-12-01')
      .filter((v) => v.team_id === 24729)
      .sort((a, b) => a.sequence - b.sequence);
    expect(route.map((v) => v.customer_id)).toEqual(codes.map(customerId));
  });

  it('an identical visit is unchanged (nothing sent) unless --allow-duplicate-visits', async () => {
    const file = writeCsv(
      tmp.path('ulang.csv'),
      ['date', 'customer', 'team'],
      [
        ['2026-11-12', 'C-0010', 'S-015'],
        ['12/11/2026', 'C-0010', 'Siti Rahayu'], // the same visit written otherwise, in the same file
        ['2026-11-12', 'C-0011', ''],
      ],
    );
    const first = await importField(sandbox, 'visits', file, tmp.path('ulang-1'));
    expect(summaryOf(first).counts).toEqual({ created: 2, unchanged: 1 });
    expect(visitsOn('2026-11-12')).toHaveLength(2);

    const since = sandbox.requests.length;
    const again = await importField(sandbox, 'visits', file, tmp.path('ulang-2'));
    expect(again.code).toBe(0);
    expect(summaryOf(again).counts).toEqual({ unchanged: 3 });
    expect(requestsTo(sandbox, /visits$/, since).filter((r) => r.startsWith('POST'))).toEqual([]);
    const rows = await resultRows(tmp.path('ulang-2'), 'ulang.csv');
    const idOf = (code: string) =>
      String(visitsOn('2026-11-12').find((v) => v.customer_id === customerId(code))?.id);
    expect(rows.map((r) => r._id)).toEqual([idOf('C-0010'), idOf('C-0010'), idOf('C-0011')]);

    const dup = await importField(sandbox, 'visits', file, tmp.path('ulang-3'), ['--allow-duplicate-visits']);
    expect(summaryOf(dup).counts).toEqual({ created: 3 });
    expect(visitsOn('2026-11-12')).toHaveLength(5);
  });

  it('--date-format: month-first reads US dates; auto refuses a date that reads both ways', async () => {
    const file = writeCsv(
      tmp.path('format.csv'),
      ['date', 'customer'],
      [
        ['11/20/2026', 'C-0012'],
        ['04/03/2026', 'C-0013'],
      ],
    );
    const us = await importField(sandbox, 'visits', file, tmp.path('format-us'), [
      '--date-format',
      'month-first',
    ]);
    expect(summaryOf(us).counts).toEqual({ created: 2 });
    expect(visitsOn('2026-11-20').map((v) => v.customer_id)).toEqual([customerId('C-0012')]);
    expect(visitsOn('2026-04-03').map((v) => v.customer_id)).toEqual([customerId('C-0013')]);

    const auto = await importField(sandbox, 'visits', file, tmp.path('format-auto'), [
      '--date-format',
      'auto',
    ]);
    const rows = await resultRows(tmp.path('format-auto'), 'format.csv');
    expect(rows.map((r) => [r._status, codes(r._error)])).toEqual([
      ['unchanged', ['VISIT_EXISTS']], // 11/20 can only be month first
      ['invalid', ['MAP_AMBIGUOUS_DATE']],
    ]);
    expect(auto.code).toBe(2);
  });

  it('--match-customer-by name finds customers by their exact name, only when asked', async () => {
    const file = writeCsv(
      tmp.path('nama.csv'),
      ['Tanggal', 'Nama Pelanggan'],
      [
        ['2026-11-14', 'warung bu sri'],
        ['2026-11-14', 'Toko Tidak Ada'],
      ],
    );
    const byCode = await importField(sandbox, 'visits', file, tmp.path('nama-1'));
    expect(summaryOf(byCode).counts).toEqual({ invalid: 2 });
    const byName = await importField(sandbox, 'visits', file, tmp.path('nama-2'), [
      '--match-customer-by',
      'name',
    ]);
    expect(summaryOf(byName).counts).toEqual({ created: 1, invalid: 1 });
    expect(visitsOn('2026-11-14').map((v) => v.customer_id)).toEqual([customerId('C-0002')]);
  });

  it('a visit whose answer was lost is looked up, not sent again', async () => {
    sandbox.script({ action: 'commit-then-drop', method: 'POST', path: PATHS.visits });
    sandbox.script({ action: 'commit-then-502', method: 'POST', path: PATHS.visits });
    const file = writeCsv(
      tmp.path('hilang.csv'),
      ['date', 'customer', 'team'],
      [
        ['2026-11-16', 'C-0014', 'S-017'],
        ['2026-11-16', 'C-0015', 'S-017'],
        ['2026-11-16', 'C-0016', 'S-017'],
      ],
    );
    const result = await importField(sandbox, 'visits', file, tmp.path('hilang'), ['--concurrency', '1']);
    expect(result.code).toBe(0);
    expect(summaryOf(result).counts).toEqual({ created: 3 });
    const route = visitsOn('2026-11-16');
    expect(route.map((v) => v.customer_id)).toEqual(['C-0014', 'C-0015', 'C-0016'].map(customerId));
    const rows = await resultRows(tmp.path('hilang'), 'hilang.csv');
    expect(rows.map((r) => Number(r._id))).toEqual(route.map((v) => v.id));
    expect(sandbox.pendingFaults).toBe(0);
  });
});
