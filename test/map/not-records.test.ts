import { describe, expect, it } from '@jest/globals';
import { bindColumns, isTotalRow, ungarble } from '../../src/map/index.js';
import type { SourceRow, TypedCell } from '../../src/types.js';

const headers = ['No', 'Kode Pelanggan', 'Nama Pelanggan', 'Kota', 'Plafon'];
const binding = bindColumns('customers', headers, { mode: 'upsert' });
const row = (cells: string[], typed?: Record<string, TypedCell>): SourceRow => ({
  rowNumber: 9,
  cells: Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? ''])),
  ...(typed ? { typed } : {}),
});

describe('isTotalRow: a total row below the data, conservatively', () => {
  it.each([
    [['', '', 'TOTAL: 7 pelanggan']],
    [['', '', 'JUMLAH']],
    [['Grand Total', '', '', '', '600']],
    [['Subtotal', '', '', '', '150']],
    [['', '', 'Jumlah 7 toko']],
    [['', '', 'total keseluruhan']],
    [['', '', 'Total:']],
    [['', '', 'Total - 600']],
    [['', '', 'Grand Total Rp 1.500.000']],
    [['', '', 'Jml. 7']],
  ])('%j is one', (cells) => {
    expect(isTotalRow(row(cells), binding)).toBe(true);
  });

  it.each([
    [['1', 'C-1', 'Toko Jumlah Jaya', 'Solo']],
    [['2', 'C-2', 'Total Jaya Motor', 'Solo']],
    [['3', 'C-3', 'Jumlah', 'Solo']], // a code: it names a record
    [['', '', 'Total Jaya Motor', 'Solo']], // a name, not a total
    [['', '', 'Toko Biasa', 'Solo']],
    [['', '', 'Total Quartz 5W-30', 'Solo']],
    [['', '', 'Totalindo', 'Solo']],
  ])('%j is not one', (cells) => {
    expect(isTotalRow(row(cells), binding)).toBe(false);
  });

  it.each([
    [['', 'TOTAL: 40 pelanggan']],
    [['', 'Total']],
    [['', 'Jumlah 40']],
    [['', 'Grand Total', '', '', '600']],
    [['41', 'TOTAL: 40 pelanggan']],
  ])('%j, a total written in the key column, is one', (cells) => {
    expect(isTotalRow(row(cells), binding)).toBe(true);
  });

  it.each([
    [['1', 'TOTAL01', 'Toko Total', 'Solo']],
    [['2', 'TOTAL-1', 'Toko Total', 'Solo']],
    [['3', 'JML2', 'Toko Jumlah', 'Solo']],
    [['4', 'Total 5W-30', 'Oli Total', 'Solo']],
    [['', 'TOTAL01']],
    [['', '', 'TOTAL01']],
  ])('%j, a code that begins with a total word, is not one', (cells) => {
    expect(isTotalRow(row(cells), binding)).toBe(false);
  });

  it('a row summing the column above is one; a formula of its own row or with a key is not', () => {
    const sum = (formula: string): Record<string, TypedCell> => ({
      Plafon: { type: 'formula', formula, result: 600 },
    });
    expect(isTotalRow(row(['', '', '', '', '600'], sum('SUM(E2:E8)')), binding)).toBe(true);
    expect(isTotalRow(row(['', '', '', '', '600'], sum('SUBTOTAL(9,$E$2:$E$8)')), binding)).toBe(true);
    expect(isTotalRow(row(['', '', 'Toko', '', '600'], sum('SUM(B9:D9)')), binding)).toBe(false);
    expect(isTotalRow(row(['', 'C-9', 'Toko', '', '600'], sum('SUM(E2:E8)')), binding)).toBe(false);
  });
});

describe('ungarble: UTF-8 read as Latin-1 / Windows-1252', () => {
  it('finds what garbled text was', () => {
    expect(ungarble('Kopi CafÃ© Sentosa')).toBe('Kopi Café Sentosa');
    expect(ungarble('Toko BÃ©rkah Ibu')).toBe('Toko Bérkah Ibu');
    expect(ungarble('Warung Bu Siti\u00E2\u20AC\u2122s')).toBe('Warung Bu Siti\u2019s'); // â€™ → ’
    expect(ungarble('25Â°C')).toBe('25°C');
    expect(ungarble('Toko Ã‘oÃ±o')).toBe('Toko Ñoño');
  });

  it('leaves real text alone', () => {
    for (const text of [
      'Kopi Café Sentosa',
      'Toko Ñoño “Kutip”',
      'Jl. Merdeka No. 5',
      'ÀÉÎõü',
      'Â',
      '東京',
      '',
    ])
      expect(ungarble(text)).toBeUndefined();
  });
});
