import { afterAll, describe, expect, it } from '@jest/globals';
import { errorCode, readAll, tempDir } from './helpers.js';

const tmp = tempDir('header-search');
afterAll(() => tmp.cleanup());

/** Counts cells that are one of a few known headers, as the run layer's scorer does for an entity. */
const KNOWN = new Set(['kode', 'nama', 'kota']);
const headerScore = (cells: readonly string[]) => cells.filter((c) => KNOWN.has(c.toLowerCase())).length;

describe('the header row', () => {
  it('is the first row holding two known headers; rows read past it come first, numbered as the file', async () => {
    const file = tmp.file(
      'title.csv',
      'DAFTAR PELANGGAN\n\nPer 07/12/2026\nKode,Nama,Kota\nA1,Budi,Solo\nA2,Siti,Kudus\n',
    );
    const { source, rows } = await readAll(file, { headerScore });
    expect(source.headerRow).toBe(4);
    expect(source.headerFound).toEqual({ how: 'matched', matched: 3, rowsAbove: 2 });
    expect(rows.map((r) => [r.rowNumber, r.cells.Nama])).toEqual([
      [5, 'Budi'],
      [6, 'Siti'],
    ]);
  });

  it('with no row holding two, the first holding one; the rows searched past it stay data', async () => {
    const file = tmp.file('one.csv', 'Laporan\nNama,Catatan\nBudi,x\nSiti,y\n');
    const { source, rows } = await readAll(file, { headerScore });
    expect(source.headerRow).toBe(2);
    expect(source.headerFound.how).toBe('matched');
    expect(rows.map((r) => r.cells.Nama)).toEqual(['Budi', 'Siti']);
  });

  it('looks at 20 rows at most: a header on row 22 is not found, the first row is taken', async () => {
    const lines = Array.from({ length: 21 }, (_, i) => `catatan ${i + 1}`);
    const file = tmp.file('deep.csv', [...lines, 'Kode,Nama', 'A1,Budi'].join('\n') + '\n');
    const { source } = await readAll(file, { headerScore });
    expect(source.headerRow).toBe(1);
    expect(source.headerFound.how).toBe('first');
  });

  it('--header-row N takes row N and refuses a blank one or one past the end', async () => {
    const file = tmp.file('option.csv', 'Kode,Nama\n\nKode,Nama,Kota\nA1,Budi,Solo\n');
    const { source, rows } = await readAll(file, { headerScore, headerRow: 3 });
    expect(source.headers).toEqual(['Kode', 'Nama', 'Kota']);
    expect(source.headerFound).toEqual({ how: 'option', matched: 0, rowsAbove: 1 });
    expect(rows.map((r) => r.rowNumber)).toEqual([4]);
    expect(await errorCode(readAll(file, { headerRow: 2 }))).toMatchObject({
      code: 'READ_EMPTY',
      message: expect.stringContaining('names a blank row'),
    });
    expect(await errorCode(readAll(file, { headerRow: 9 }))).toMatchObject({
      code: 'READ_EMPTY',
      message: expect.stringContaining('past the end'),
    });
  });

  it('without a scorer, the first non-blank row, as before', async () => {
    const file = tmp.file('plain.csv', '\nJudul\nKode,Nama\n');
    const { source } = await readAll(file);
    expect(source.headerRow).toBe(2);
    expect(source.headerFound.how).toBe('first');
  });
});
