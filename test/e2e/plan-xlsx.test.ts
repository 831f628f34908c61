/**
 * End to end: `plan` of a products workbook (issue #15) — the plan sheet is a workbook too, each
 * cell an update would change is tinted with its old value in a note, and flags mark a unit
 * removal (`--units replace`) and a name that now belongs to someone else. Nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { PLAN_TINTS } from '../../src/write/index.js';
import { cliEnv, readXlsx, runCli, startSandbox, summaryOf, tempDir } from './helpers.js';
import { dataRequests, writeXlsx } from './import-helpers.js';

const tmp = tempDir('plan-xlsx');
let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ seed: 'demo' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

describe('plan of a products workbook', () => {
  it('tints the changed cells with their old value in a note and flags unit removals and identity changes', async () => {
    const p1 = sandbox.state.products().find((p) => p.ext_product_code === 'P-1001');
    const p2 = sandbox.state.products().find((p) => p.ext_product_code === 'P-1002');
    expect(p1?.product_units.map((u) => u.name)).toEqual(['PCS', 'PAK', 'DUS']);
    const file = await writeXlsx(
      tmp.path('produk.xlsx'),
      ['Kode Produk', 'Nama Produk', 'unit', 'price', 'ratio'],
      [
        ['P-1001', p1?.name ?? '', 'PCS', 3600, 1], // the price changes, PAK and DUS would go
        ['P-1002', 'Sabun Cuci Piring Jeruk Nipis', 'PCS', 3200, 1], // someone else's name; DUS would go
      ],
      { textColumns: ['Kode Produk'] },
    );
    const before = sandbox.requests.length;
    const result = await runCli(
      ['plan', 'products', file, '--mode', 'update', '--units', 'replace', '--json'],
      {
        env: cliEnv(sandbox),
      },
    );
    expect(result.code).toBe(0);
    expect(summaryOf(result).actions).toEqual({ update: 2 });
    expect(dataRequests(sandbox, before).filter((r) => r.method !== 'GET')).toEqual([]);

    const rows = await readXlsx(tmp.path('produk.plan.xlsx'));
    expect(rows.map((r) => [r._action, r._id, r._flags])).toEqual([
      ['update', String(p1?.id), 'UNITS_REMOVED'],
      ['update', String(p2?.id), 'UNITS_REMOVED, IDENTITY_DIFFERS'],
    ]);
    expect(rows[0]._changes).toBe('unit: PCS ×1 @3500, PAK ×5 @17000, DUS ×40 @132000 → PCS ×1 @3600');
    expect(rows[1]._changes).toContain(`Nama Produk: ${p2?.name} → Sabun Cuci Piring Jeruk Nipis`);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(tmp.path('produk.plan.xlsx'));
    const sheet = workbook.worksheets[0];
    const fill = (row: number, col: number) =>
      (sheet.getRow(row).getCell(col).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    const note = (row: number, col: number) => JSON.stringify(sheet.getRow(row).getCell(col).note ?? '');
    expect(fill(3, 2)).toBe(PLAN_TINTS.changedCell); // row 3: the name changed
    expect(note(3, 2)).toContain(`before: ${p2?.name}`);
    expect(fill(2, 2)).toBeUndefined(); // row 2: the name is the same
    expect(fill(2, 3)).toBe(PLAN_TINTS.changedCell); // the units' column
    expect(sandbox.state.products().find((p) => p.id === p1?.id)?.product_units).toHaveLength(3);
  });
});
