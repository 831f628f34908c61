/**
 * A UTF-8 byte-order mark read as Windows-1252 (`ï»¿`), as a UTF-8 CSV opened with the wrong
 * character set and saved again carries it before its first header: the reader takes it off, once,
 * for the header search and the headers, and says so (docs/reading.md).
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { handMadeXlsx, readAll, str, tempDir } from './helpers.js';

const tmp = tempDir('garbled-bom');
afterAll(() => tmp.cleanup());

const GARBLED_BOM = '\u00EF\u00BB\u00BF';
const KNOWN = new Set(['id', 'kode', 'nama']);
const headerScore = (cells: readonly string[]) => cells.filter((c) => KNOWN.has(c.toLowerCase())).length;

describe('a garbled byte-order mark before the first header', () => {
  it('CSV: the header is read without it, with a warning, and the search counts it as known', async () => {
    const file = tmp.file('pel2.csv', `${GARBLED_BOM}id,Nama,Kota\n7,Toko Berkah,Solo\n`);
    const { source, rows } = await readAll(file, { headerScore });
    expect(source.rawHeaders).toEqual(['id', 'Nama', 'Kota']);
    expect(source.headers).toEqual(['id', 'Nama', 'Kota']);
    expect(source.headerFound).toEqual({ how: 'matched', matched: 2, rowsAbove: 0 });
    expect(source.warnings).toEqual([expect.stringContaining('the first header began with "ï»¿"')]);
    expect(rows.map((r) => r.cells.id)).toEqual(['7']);
  });

  it('XLSX (such a CSV saved as a workbook): the same', async () => {
    const rows = `<row r="1">${str('A1', `${GARBLED_BOM}Kode`)}${str('B1', 'Nama')}</row><row r="2">${str('A2', 'K-1')}${str('B2', 'Toko')}</row>`;
    const file = tmp.file('pel.xlsx', handMadeXlsx([{ name: 'Data', rows }]));
    const { source } = await readAll(file, { headerScore });
    expect(source.headers).toEqual(['Kode', 'Nama']);
    expect(source.headerFound.matched).toBe(2);
    expect(source.warnings).toEqual([expect.stringContaining('read as "Kode"')]);
  });

  it('a mark elsewhere is text: only the first header loses it', async () => {
    const file = tmp.file('second.csv', `Nama,${GARBLED_BOM}Kota\nToko,Solo\n`);
    const { source } = await readAll(file);
    expect(source.headers).toEqual(['Nama', `${GARBLED_BOM}Kota`]);
    expect(source.warnings).toEqual([]);
  });
});
