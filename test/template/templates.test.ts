/**
 * Templates: generated from the column tables, shipped under templates/, and the shipped files hold
 * exactly what the generator writes now (compared by content: XLSX zips carry timestamps).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { ORDER_STATUSES } from '../../src/contract/index.js';
import { TABLE_ENTITIES, allColumns, specOf } from '../../src/map/index.js';
import {
  DOC_SHEET,
  REQUIRED_FILL,
  exampleCells,
  templateColumns,
  writeShippedTemplates,
  writeTemplate,
} from '../../src/template/index.js';

const SHIPPED = fileURLToPath(new URL('../../templates/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'salesmania-templates-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What a workbook holds, without the zip's timestamps: per sheet, cells, notes, fills, formats, lists. */
async function content(path: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((ws) => {
    const rows: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => {
        cells.push({ c, value: cell.value, note: cell.note, fill: cell.fill, numFmt: cell.numFmt });
      });
      rows.push({ r, cells });
    });
    const columns = (ws.columns ?? []).map((col) => ({ width: col.width, numFmt: col.numFmt }));
    const lists = (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations
      .model;
    return { name: ws.name, rows, columns, lists: JSON.stringify(lists) };
  });
}

async function sheets(path: string): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets;
}

describe('shipped templates', () => {
  it('hold a template per importable entity, in XLSX and CSV', () => {
    expect(TABLE_ENTITIES).toEqual(expect.arrayContaining(['customers', 'products', 'visits', 'orders']));
    for (const entity of TABLE_ENTITIES) {
      for (const format of ['xlsx', 'csv'])
        expect(existsSync(join(SHIPPED, `${entity}.${format}`))).toBe(true);
    }
  });

  it('hold what the generator writes now (run `npm run templates` after changing a column table)', async () => {
    await writeShippedTemplates(dir, TABLE_ENTITIES);
    for (const entity of TABLE_ENTITIES) {
      expect(readFileSync(join(dir, `${entity}.csv`), 'utf8')).toBe(
        readFileSync(join(SHIPPED, `${entity}.csv`), 'utf8'),
      );
      expect(await content(join(dir, `${entity}.xlsx`))).toEqual(
        await content(join(SHIPPED, `${entity}.xlsx`)),
      );
    }
  });
});

describe.each(TABLE_ENTITIES)('%s template', (entity) => {
  const path = join(dir, `one-${entity}.xlsx`);

  it('has the import headers, required ones tinted and annotated, and an example row', async () => {
    await writeTemplate({ entity, format: 'xlsx', out: path });
    const [sheet, docs] = await sheets(path);
    expect(sheet.name).toBe(entity);
    const columns = templateColumns(entity);
    const examples = exampleCells(entity, columns);
    // Every column shows its example, except one the import refuses together with another.
    expect(columns.filter((c) => examples[c.header] !== c.example).length).toBeLessThanOrEqual(1);
    const header = sheet.getRow(1);
    expect(columns.map((_, i) => header.getCell(i + 1).value)).toEqual(columns.map((c) => c.header));
    expect(columns.some((c) => c.header === 'id')).toBe(false); // a new sheet has no SalesMania ids
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      const tinted = (cell.fill as ExcelJS.FillPattern).fgColor?.argb === REQUIRED_FILL;
      if (c.required) expect(tinted).toBe(true);
      expect(String(cell.note)).toContain(c.description);
      expect(String(cell.note).startsWith('Required.')).toBe(tinted);
      // The example row: each column's example, typed; codes and phones as text cells.
      const example = sheet.getRow(2).getCell(i + 1);
      if (c.kind === 'code') expect(example.numFmt).toBe('@');
      if (examples[c.header] === '') expect(example.value).toBeNull();
      else if (c.kind === 'code') expect(example.value).toBe(c.example);
      else if (c.kind === 'number' || c.kind === 'integer') expect(example.value).toBe(Number(c.example));
    });
    expect(columns.some((c) => c.required || String(header.getCell(1).note).length > 0)).toBe(true);

    // Drop-down lists on enum and yes/no columns.
    const lists = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
      .dataValidations.model;
    columns.forEach((c, i) => {
      const address = `${String.fromCharCode(65 + i)}2`;
      if (c.kind === 'enum') expect(lists[address]?.formulae).toEqual([`"${(c.allowed ?? []).join(',')}"`]);
      else if (c.kind === 'boolean') expect(lists[address]?.formulae).toEqual(['"TRUE,FALSE"']);
      else expect(lists[address]).toBeUndefined();
    });

    // The documentation sheet: every column the import accepts, with its aliases.
    expect(docs.name).toBe(DOC_SHEET);
    const documented = allColumns(entity);
    expect(docs.rowCount).toBe(documented.length + 1);
    documented.forEach((c, i) => {
      const row = docs.getRow(i + 2);
      expect(row.getCell(1).value).toBe(c.header);
      expect(row.getCell(3).value).toBe(c.description);
      expect(row.getCell(4).value).toBe(c.rule);
      if (c.aliases.length > 0) expect(row.getCell(7).value).toBe(c.aliases.join(', '));
    });
  });
});

it('orders: the status column offers the API statuses', async () => {
  const path = join(dir, 'orders-status.xlsx');
  await writeTemplate({ entity: 'orders', format: 'xlsx', out: path });
  const [sheet] = await sheets(path);
  const at = templateColumns('orders').findIndex((c) => c.header === 'status');
  expect(at).toBeGreaterThanOrEqual(0);
  const lists = (sheet as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } })
    .dataValidations.model;
  expect(lists[`${String.fromCharCode(65 + at)}2`]?.formulae).toEqual([`"${ORDER_STATUSES.join(',')}"`]);
  expect(specOf('orders').columns.find((c) => c.header === 'status')?.kind).toBe('enum');
});
