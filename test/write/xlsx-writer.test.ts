import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { openTableWriter, openWorkbookWriter } from '../../src/write/index.js';
import { safeSheetName } from '../../src/write/xlsx-writer.js';
import type { ColumnDef } from '../../src/write/index.js';
import { argbOf, makeTempDir, noteOf, readXlsx, removeDir } from './helpers.js';

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

const columns: ColumnDef[] = [
  { header: 'name', kind: 'text' },
  { header: 'phone', kind: 'code' },
  { header: 'price', kind: 'number' },
  { header: 'qty', kind: 'integer' },
  { header: 'visit_date', kind: 'date' },
  { header: 'active', kind: 'boolean' },
];

describe('XLSX table writer', () => {
  it('writes typed cells by column kind', async () => {
    const path = join(dir, 'out.xlsx');
    const writer = await openTableWriter(path, { format: 'xlsx', columns, sheetName: 'Customers' });
    await writer.writeRow(['Toko', '00812', '-7.14', 3, '2024-02-29', true]);
    await writer.writeRow(['Toko 2', 628123, 'n/a', '2.5', 'not a date', 'yes']);
    await writer.commit();

    const sheet = (await readXlsx(path)).getWorksheet('Customers')!;
    expect(sheet).toBeDefined();
    const r2 = sheet.getRow(2);
    expect(r2.getCell(1).value).toBe('Toko');
    expect(r2.getCell(2).value).toBe('00812');
    expect(r2.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(r2.getCell(2).numFmt).toBe('@');
    expect(r2.getCell(3).value).toBe(-7.14);
    expect(r2.getCell(4).value).toBe(3);
    expect(r2.getCell(4).numFmt).toBe('0');
    expect(r2.getCell(5).type).toBe(ExcelJS.ValueType.Date);
    expect((r2.getCell(5).value as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(r2.getCell(5).numFmt).toBe('yyyy-mm-dd');
    expect(r2.getCell(6).value).toBe(true);

    const r3 = sheet.getRow(3);
    expect(r3.getCell(2).value).toBe('628123'); // a number in a code column becomes text
    expect(r3.getCell(3).value).toBe('n/a'); // not a number: kept as text
    expect(r3.getCell(4).value).toBe(2.5);
    expect(r3.getCell(5).value).toBe('not a date');
    expect(r3.getCell(6).value).toBe('yes');
    // The whole code column is text-formatted, so values typed in later keep leading zeros.
    expect(sheet.getColumn(2).numFmt).toBe('@');
  });

  it('freezes, filters and bolds the header; widths are set', async () => {
    const path = join(dir, 'out.xlsx');
    const writer = await openTableWriter(path, { format: 'xlsx', columns });
    for (let i = 0; i < 5; i++) await writer.writeRow([`n${i}`]);
    await writer.commit();
    const sheet = (await readXlsx(path)).worksheets[0];
    expect(sheet.name).toBe('Sheet1');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBe('A1:F6');
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual(12);
  });

  it('can leave the header unfrozen and unfiltered', async () => {
    const path = join(dir, 'out.xlsx');
    const writer = await openTableWriter(path, {
      format: 'xlsx',
      columns,
      freezeHeader: false,
      autoFilter: false,
    });
    await writer.commit();
    const sheet = (await readXlsx(path)).worksheets[0];
    expect((sheet.views ?? []).some((v) => v.state === 'frozen')).toBe(false);
    expect(sheet.autoFilter).toBeUndefined();
  });

  it('writes formula-like text as inert string cells, verbatim', async () => {
    const path = join(dir, 'out.xlsx');
    const values = ['=HYPERLINK("http://x","y")', '-2+3', '+62812', '-7.14', '@SUM(A1)', '\tlead'];
    const writer = await openTableWriter(path, {
      format: 'xlsx',
      columns: values.map((_, i) => ({ header: `c${i}`, kind: i % 2 ? 'code' : 'text' })),
    });
    await writer.writeRow(values);
    await writer.commit();
    const row = (await readXlsx(path)).worksheets[0].getRow(2);
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.formula).toBeUndefined();
      expect(cell.value).toBe(value);
    });
  });

  it('styles rows and cells: row fill, stronger cell fill, cell notes', async () => {
    const path = join(dir, 'out.xlsx');
    const writer = await openTableWriter(path, { format: 'xlsx', columns });
    await writer.writeRow(['a', 'b'], {
      fill: 'FFFDE4E4',
      cells: { 1: { fill: 'FFF4A6A6', note: 'bad phone [X]' } },
    });
    await writer.writeRow(['plain']);
    await writer.commit();
    const sheet = (await readXlsx(path)).worksheets[0];
    const styled = sheet.getRow(2);
    expect(argbOf(styled.getCell(1))).toBe('FFFDE4E4');
    expect(argbOf(styled.getCell(6))).toBe('FFFDE4E4'); // empty cells in the table are tinted too
    expect(argbOf(styled.getCell(2))).toBe('FFF4A6A6');
    expect(noteOf(styled.getCell(2))).toBe('bad phone [X]');
    expect(noteOf(styled.getCell(1))).toBeUndefined();
    expect(argbOf(sheet.getRow(3).getCell(1))).toBeUndefined();
    expect(argbOf(styled.getCell(7))).toBeUndefined(); // nothing beyond the table
  });

  it('stops adding notes at maxNotes but keeps the tint', async () => {
    const path = join(dir, 'out.xlsx');
    const writer = await openTableWriter(path, { format: 'xlsx', columns, maxNotes: 2 });
    for (let i = 0; i < 4; i++)
      await writer.writeRow([`r${i}`], { cells: { 0: { fill: 'FFF4A6A6', note: `n${i}` } } });
    await writer.commit();
    const sheet = (await readXlsx(path)).worksheets[0];
    expect([2, 3, 4, 5].map((r) => noteOf(sheet.getRow(r).getCell(1)))).toEqual([
      'n0',
      'n1',
      undefined,
      undefined,
    ]);
    expect(argbOf(sheet.getRow(5).getCell(1))).toBe('FFF4A6A6');
  });

  it('writes a valid workbook even when no sheet was started', async () => {
    const path = join(dir, 'empty.xlsx');
    const workbook = await openWorkbookWriter(path, { format: 'xlsx' });
    await workbook.commit();
    expect((await readXlsx(path)).worksheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  it('puts header notes on header cells', async () => {
    const path = join(dir, 'out.xlsx');
    const writer = await openTableWriter(path, {
      format: 'xlsx',
      columns: [{ header: 'ext_cust_no', kind: 'code', note: 'Your own customer number' }],
    });
    await writer.commit();
    expect(noteOf((await readXlsx(path)).worksheets[0].getRow(1).getCell(1))).toBe(
      'Your own customer number',
    );
  });

  it('round-trips unicode: Arabic, Chinese, emoji, right-to-left marks', async () => {
    const path = join(dir, 'out.xlsx');
    const values = ['متجر الأمل', '北京市朝阳区', '🛒 Toko 👍🏽', '\u202Bשלום\u202C', 'two\nlines', '<&>"\''];
    const writer = await openTableWriter(path, {
      format: 'xlsx',
      columns: values.map((v) => ({ header: v })),
    });
    await writer.writeRow(values);
    await writer.commit();
    const sheet = (await readXlsx(path)).worksheets[0];
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(values);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(values);
  });

  it('writes several sheets, one after another, with safe unique names', async () => {
    const path = join(dir, 'orders.xlsx');
    const workbook = await openWorkbookWriter(path, { format: 'xlsx' });
    const orders = workbook.sheet('Orders', [{ header: 'order_id', kind: 'integer' }]);
    await orders.writeRow([1]);
    await orders.writeRow([2]);
    const lines = workbook.sheet('Lines: items/units', [{ header: 'order_id' }, { header: 'product' }]);
    await lines.writeRow([1, 'A']);
    const again = workbook.sheet('orders', [{ header: 'x' }]);
    await expect(orders.writeRow([3])).rejects.toThrow(/finished/);
    await workbook.commit();

    const read = await readXlsx(path);
    expect(read.worksheets.map((s) => s.name)).toEqual(['Orders', 'Lines_ items_units', 'orders (2)']);
    expect(again.name).toBe('orders (2)');
    expect(read.worksheets[0].rowCount).toBe(3);
    expect(read.worksheets[0].autoFilter).toBe('A1:A3');
    expect((read.worksheets[1].getRow(2).values as unknown[]).slice(1)).toEqual([1, 'A']);
  });

  it('writes verbatim cells with their own types and formats, frozen columns and cells past the header', async () => {
    const path = join(dir, 'out.xlsx');
    const writer = await openTableWriter(path, {
      format: 'xlsx',
      columns: [
        { header: '_row', kind: 'integer' },
        { header: 'input', kind: 'verbatim' },
      ],
      freezeColumns: 1,
      allowExtraCells: true,
    });
    await writer.writeRow([2, new Date(Date.UTC(2024, 0, 31, 9, 30))]);
    await writer.writeRow([3, 1234.5, null, 'past'], { cells: { 1: { numFmt: '#,##0.00' } } });
    await writer.writeRow([4, '0812', null]);
    await writer.commit();
    const sheet = (await readXlsx(path)).worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2' });
    expect(sheet.getRow(2).getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(sheet.getRow(2).getCell(2).numFmt).toBe('yyyy-mm-dd hh:mm:ss');
    expect((sheet.getRow(2).getCell(2).value as Date).toISOString()).toBe('2024-01-31T09:30:00.000Z');
    expect(sheet.getRow(3).getCell(2).value).toBe(1234.5);
    expect(sheet.getRow(3).getCell(2).numFmt).toBe('#,##0.00');
    expect(sheet.getRow(3).getCell(4).value).toBe('past');
    expect(sheet.getRow(4).getCell(2).value).toBe('0812');
    expect(sheet.getRow(4).getCell(2).numFmt).toBe('@');
    expect(sheet.autoFilter).toBe('A1:B4'); // the filter covers the declared columns
  });

  it('refuses a row wider than its columns unless cells past the header are allowed', async () => {
    const writer = await openTableWriter(join(dir, 'out.xlsx'), {
      format: 'xlsx',
      columns: [{ header: 'a' }],
    });
    await expect(writer.writeRow(['x', 'y'])).rejects.toThrow(/2 values for 1 columns/);
    await writer.abort();
  });

  it.each([
    ['Customers', 'Customers'],
    ['a/b:c*d?e[f]g\\h', 'a_b_c_d_e_f_g_h'],
    ["'quoted'", 'quoted'],
    ['', 'Sheet1'],
    ['x'.repeat(40), 'x'.repeat(31)],
    [`${'x'.repeat(30)}🛒`, 'x'.repeat(30)],
  ])('makes %j a valid sheet name: %j', (name, expected) => {
    expect(safeSheetName(name)).toBe(expected);
  });
});
