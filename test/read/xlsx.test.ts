import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { join } from 'node:path';
import { openSource } from '../../src/read/index.js';
import type { SourceRow } from '../../src/types.js';
import { errorCode, handMadeXlsx, readAll, str, tempDir } from './helpers.js';

const tmp = tempDir('xlsx');
afterAll(() => tmp.cleanup());

async function writeWorkbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const path = join(tmp.dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

const utc = (...parts: [number, number, number, number?, number?, number?]) =>
  new Date(Date.UTC(parts[0], parts[1], parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0));

describe('cell values as the user sees them', () => {
  let rows: SourceRow[];
  let warnings: string[];
  beforeAll(async () => {
    const path = await writeWorkbook('values.xlsx', (wb) => {
      const ws = wb.addWorksheet('Data');
      ws.addRow(['kind', 'value']);
      const add = (kind: string, value: ExcelJS.CellValue, numFmt?: string) => {
        const row = ws.addRow([kind, value]);
        if (numFmt) row.getCell(2).numFmt = numFmt;
      };
      add('float noise', -7.1434785);
      add('sum', 0.1 + 0.2);
      add('whole', 42);
      add('phone', 81234567);
      add('big', 6281234567890);
      add('negative zero', -0);
      add('text zeros', '00123');
      add('date', utc(2026, 0, 1), 'yyyy-mm-dd');
      add('date time', utc(2026, 0, 1, 13, 45, 30), 'yyyy-mm-dd hh:mm:ss');
      add('time', utc(1899, 11, 30, 8, 30), 'hh:mm');
      add('formula number', { formula: '1+1', result: 2 });
      add('formula zero', { formula: '1-1', result: 0 });
      add('formula string', { formula: '"a"&"b"', result: 'ab' });
      add('formula empty string', { formula: '""', result: '' });
      add('formula date', { formula: 'DATE(2026,1,2)', result: 46024 }, 'yyyy-mm-dd');
      add('formula no result', { formula: '1+2' } as ExcelJS.CellFormulaValue);
      add('rich text', { richText: [{ text: 'Toko ' }, { font: { bold: true }, text: 'Jaya' }] });
      add('hyperlink', { text: 'Situs', hyperlink: 'https://example.com' });
      add('true', true);
      add('false', false);
      add('error', { error: '#REF!' });
      add('formula error', { formula: '1/0', result: { error: '#DIV/0!' } });
      add('spaces', '  kept  ');
      ws.getCell('B25').value = { sharedFormula: 'B12', result: 5 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('A25').value = 'shared formula';
      ws.getCell('B12').value = {
        formula: '1+1',
        result: 2,
        shareType: 'shared',
        ref: 'B12:B25',
      } as ExcelJS.CellFormulaValue;
    });
    const read = await readAll(path);
    rows = read.rows;
    warnings = read.source.warnings;
  });

  const valueOf = (kind: string) => {
    const row = rows.find((r) => r.cells.kind === kind);
    if (!row) throw new Error(`no row ${kind}`);
    return row;
  };

  it.each([
    ['float noise', '-7.1434785'],
    ['sum', '0.3'],
    ['whole', '42'],
    ['phone', '81234567'],
    ['big', '6281234567890'],
    ['negative zero', '0'],
    ['text zeros', '00123'],
    ['date', '2026-01-01'],
    ['date time', '2026-01-01 13:45:30'],
    ['time', '08:30:00'],
    ['formula number', '2'],
    ['formula zero', '0'],
    ['formula string', 'ab'],
    ['formula empty string', ''],
    ['formula date', '2026-01-02'],
    ['formula no result', ''],
    ['rich text', 'Toko Jaya'],
    ['hyperlink', 'Situs'],
    ['true', 'TRUE'],
    ['false', 'FALSE'],
    ['error', '#REF!'],
    ['spaces', '  kept  '],
    ['shared formula', '5'],
  ])('%s → %j', (kind, text) => {
    expect(valueOf(kind).cells.value).toBe(text);
  });

  it('reports an error cell as a row issue on its column', () => {
    expect(valueOf('error').readIssues).toEqual([
      {
        code: 'READ_CELL_ERROR',
        column: 'value',
        message: 'cell contains the Excel error #REF!',
        localized: { key: 'row.read.excelError', params: { error: '#REF!' } },
      },
    ]);
    expect(valueOf('true').readIssues).toBeUndefined();
  });

  it('reports a formula whose cached result is an error', () => {
    expect(valueOf('formula error').readIssues).toEqual([
      expect.objectContaining({ code: 'READ_CELL_ERROR', column: 'value' }),
    ]);
  });

  it('warns once about formulas without a saved result', () => {
    expect(warnings.filter((w) => w.includes('without a saved result'))).toHaveLength(1);
  });

  it('numbers rows as Excel does and names the sheet', () => {
    expect(rows[0]).toMatchObject({ rowNumber: 2, sheet: 'Data' });
    expect(valueOf('shared formula').rowNumber).toBe(25);
  });
});

describe('sheets', () => {
  let path: string;
  beforeAll(async () => {
    path = await writeWorkbook('sheets.xlsx', (wb) => {
      wb.addWorksheet('Pelanggan').addRows([['Nama'], ['Budi']]);
      wb.addWorksheet('Produk').addRows([['Kode'], ['P-1']]);
    });
  });

  it('reads the first sheet by default', async () => {
    const { source, rows } = await readAll(path);
    expect(source.sheet).toBe('Pelanggan');
    expect(rows[0].cells).toEqual({ Nama: 'Budi' });
  });

  it.each([['Produk'], ['produk'], ['2'], [2]])('reads the sheet %j', async (sheet) => {
    const { source, rows } = await readAll(path, { sheet });
    expect(source.sheet).toBe('Produk');
    expect(rows).toEqual([{ rowNumber: 2, sheet: 'Produk', cells: { Kode: 'P-1' } }]);
  });

  it('names the available sheets when the sheet is missing', async () => {
    const { code, message } = await errorCode(openSource(path, { sheet: 'Orders' }));
    expect(code).toBe('READ_SHEET_NOT_FOUND');
    expect(message).toContain("'Pelanggan', 'Produk'");
    expect((await errorCode(openSource(path, { sheet: 3 }))).code).toBe('READ_SHEET_NOT_FOUND');
  });

  it('follows the tab order, skips hidden sheets by default and finds them by name', async () => {
    const file = tmp.file(
      'hidden.xlsx',
      handMadeXlsx([
        {
          name: 'Rahasia',
          state: 'hidden',
          rows: `<row r="1">${str('A1', 'Secret')}</row><row r="2">${str('A2', 'x')}</row>`,
        },
        { name: 'Data', rows: `<row r="1">${str('A1', 'Nama')}</row><row r="2">${str('A2', 'Budi')}</row>` },
        { name: 'Lain', rows: `<row r="1">${str('A1', 'Kode')}</row>` },
      ]),
    );
    const byDefault = await readAll(file);
    expect(byDefault.source.sheet).toBe('Data');
    expect(byDefault.rows[0].cells).toEqual({ Nama: 'Budi' });
    expect((await readAll(file, { sheet: 2 })).source.headers).toEqual(['Kode']);
    expect((await readAll(file, { sheet: 'Rahasia' })).source.headers).toEqual(['Secret']);
    const { message } = await errorCode(openSource(file, { sheet: 'Nope' }));
    expect(message).toMatch(/'Data', 'Lain' \(hidden: 'Rahasia'\)/);
  });
});

describe('headers and rows', () => {
  it('finds the header below blank rows and keeps Excel row numbers, skipping blank rows', async () => {
    const path = await writeWorkbook('later.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '   ';
      ws.getCell('A3').value = 'Nama';
      ws.getCell('B3').value = 'Kota';
      ws.getCell('A4').value = 'Budi';
      ws.getCell('B4').value = 'Medan';
      ws.getCell('B6').value = '';
      ws.getCell('A7').value = 'Siti';
    });
    const { source, rows } = await readAll(path);
    expect(source.headerRow).toBe(3);
    expect(rows).toEqual([
      { rowNumber: 4, sheet: 'S', cells: { Nama: 'Budi', Kota: 'Medan' } },
      { rowNumber: 7, sheet: 'S', cells: { Nama: 'Siti', Kota: '' } },
    ]);
  });

  it('renames duplicate headers, keys empty ones by column letter, and ignores cells right of the header', async () => {
    const path = await writeWorkbook('dupes.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['Nama', null, 'Nama', 2024]);
      ws.addRow(['a', 'b', 'c', 'd', 'beyond']);
    });
    const { source, rows } = await readAll(path);
    expect(source.rawHeaders).toEqual(['Nama', '', 'Nama', '2024']);
    expect(source.headers).toEqual(['Nama', 'Column B', 'Nama (2)', '2024']);
    expect(rows[0].cells).toEqual({ Nama: 'a', 'Column B': 'b', 'Nama (2)': 'c', '2024': 'd' });
    expect(source.warnings).toContain("duplicate header 'Nama' renamed 'Nama (2)'");
    expect(source.warnings.join()).toMatch(/right of the last header column.*E2/);
  });

  it('returns the headers and no rows for a header-only sheet', async () => {
    const path = await writeWorkbook('header-only.xlsx', (wb) =>
      wb.addWorksheet('S').addRow(['Nama', 'Kota']),
    );
    const { source, rows } = await readAll(path);
    expect(source.headers).toEqual(['Nama', 'Kota']);
    expect(rows).toEqual([]);
  });

  it('keeps non-ASCII text intact across chunk boundaries', async () => {
    // exceljs's own streaming reader damages characters cut by a chunk boundary; ours must not.
    const path = await writeWorkbook('multibyte.xlsx', (wb) => {
      const ws = wb.addWorksheet('S');
      ws.addRow(['Nama', 'Kota']);
      for (let i = 0; i < 20_000; i++) ws.addRow([`Café Sejahtera ${i} — 日本語 ✓`, `Kota ${i} ü`]);
    });
    const { rows } = await readAll(path);
    expect(rows).toHaveLength(20_000);
    expect(rows.filter((r) => Object.values(r.cells).some((v) => v.includes('\uFFFD')))).toEqual([]);
    expect(rows[12_345].cells).toEqual({ Nama: 'Café Sejahtera 12345 — 日本語 ✓', Kota: 'Kota 12345 ü' });
  });

  it('reports the cached error of a formula written by Excel', async () => {
    const file = tmp.file(
      'formula-error.xlsx',
      handMadeXlsx([
        {
          name: 'S',
          rows:
            `<row r="1">${str('A1', 'Harga')}${str('B1', 'Nama')}</row>` +
            `<row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c>${str('B2', 'Budi')}</row>`,
        },
      ]),
    );
    const { rows } = await readAll(file);
    expect(rows[0].cells).toEqual({ Harga: '#DIV/0!', Nama: 'Budi' });
    expect(rows[0].readIssues).toEqual([
      {
        code: 'READ_CELL_ERROR',
        column: 'Harga',
        message: 'cell contains a formula whose result is the Excel error #DIV/0!',
        localized: { key: 'row.read.formulaError', params: { error: '#DIV/0!' } },
      },
    ]);
  });

  it('never loses a small part at the end of the archive', async () => {
    // exceljs's reader (through unzipper) lost small trailing parts in about one run in ten.
    const file = tmp.file(
      'small-parts.xlsx',
      handMadeXlsx([
        { name: 'A', rows: `<row r="1">${str('A1', 'a')}</row>` },
        { name: 'B', rows: `<row r="1">${str('A1', 'b')}</row><row r="2">${str('A2', 'x')}</row>` },
      ]),
    );
    const results: string[] = [];
    for (let i = 0; i < 40; i++) {
      const { rows } = await readAll(file, { sheet: 'B' });
      results.push(rows.map((r) => r.cells.b).join());
    }
    expect(new Set(results)).toEqual(new Set(['x']));
  });

  it('reads a workbook named .csv as XLSX, with a warning', async () => {
    const xlsx = await writeWorkbook('real.xlsx', (wb) => wb.addWorksheet('S').addRows([['a'], [1]]));
    const { readFileSync } = await import('node:fs');
    const { source, rows } = await readAll(tmp.file('named.csv', readFileSync(xlsx)));
    expect(source.format).toBe('xlsx');
    expect(rows[0].cells).toEqual({ a: '1' });
    expect(source.warnings.join()).toMatch(/is an Excel workbook, not text/);
  });
});
