import { describe, expect, it } from '@jest/globals';
import { dateText, isDateFormat, numberText } from '../../src/read/cell-text.js';
import { countLineBreaks } from '../../src/read/csv-records.js';
import { decodeText, firstInvalidUtf8, planEncoding, type DecodeState } from '../../src/read/encoding.js';
import { buildHeaders, columnLetter } from '../../src/read/headers.js';
import { sniffDelimiter } from '../../src/read/sniff.js';

async function decodeInPieces(
  bytes: Buffer,
  pieceSize: number,
): Promise<{ text: string; state: DecodeState }> {
  const state: DecodeState = { encoding: 'utf8', warnings: [], replaced: false };
  const plan = planEncoding(bytes, undefined, 'test.csv', state);
  async function* pieces() {
    for (let i = plan.skip; i < bytes.length; i += pieceSize) yield bytes.subarray(i, i + pieceSize);
  }
  let text = '';
  for await (const t of decodeText(pieces(), plan, state)) text += t;
  return { text, state };
}

describe('numberText', () => {
  it.each([
    [-7.143478499999999, '-7.1434785'],
    [0.1 + 0.2, '0.3'],
    [42, '42'],
    [1e15, '1000000000000000'],
    [-0, '0'],
    [0.000123, '0.000123'],
  ])('%p → %s', (n, text) => {
    expect(numberText(n)).toBe(text);
  });
});

describe('dateText', () => {
  it.each([
    [new Date(Date.UTC(2026, 0, 1)), '2026-01-01'],
    [new Date(Date.UTC(2026, 11, 31, 23, 59, 59, 600)), '2027-01-01'],
    [new Date(Date.UTC(2026, 5, 15, 9, 5, 7)), '2026-06-15 09:05:07'],
    [new Date(Date.UTC(1899, 11, 30, 17, 0)), '17:00:00'],
    [new Date(Number.NaN), ''],
  ])('%p → %s', (d, text) => {
    expect(dateText(d)).toBe(text);
  });
});

describe('isDateFormat', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['dd/mm/yyyy hh:mm', true],
    ['[$-421]d mmmm yyyy', true],
    ['#,##0.00', false],
    ['[Red]#,##0;"days"', false],
    ['0.00%', false],
    ['General', false],
    [undefined, false],
  ])('%p → %p', (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });
});

describe('UTF-8 decoding in pieces', () => {
  const text = 'Nama,Kota\nCafé 日本語 😀,Bandung\n'.repeat(50);

  it.each([1, 2, 3, 5, 7, 64])('gives the same text when cut every %i bytes', async (size) => {
    const result = await decodeInPieces(Buffer.from(text), size);
    expect(result.text).toBe(text);
    expect(result.state.warnings).toEqual([]);
  });

  it('finds the first invalid byte', () => {
    expect(firstInvalidUtf8(Buffer.from('abc'))).toBe(-1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xe9, 0x62]))).toBe(1);
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xed, 0xa0, 0x80]))).toBe(1); // a UTF-16 surrogate
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0x80]))).toBe(1); // overlong
  });

  it('falls back to Windows-1252 even when cut inside what looked like a sequence', async () => {
    const bytes = Buffer.from('Nama\nCaf\xe9\n', 'latin1');
    const result = await decodeInPieces(bytes, 9);
    expect(result.text).toBe('Nama\nCafé\n');
    expect(result.state.encoding).toBe('windows-1252');
  });
});

describe('small helpers', () => {
  it('counts line breaks as an editor does', () => {
    expect(countLineBreaks('a\r\nb\nc\rd')).toBe(3);
    expect(countLineBreaks('\r\n\r\n')).toBe(2);
    expect(countLineBreaks('abc')).toBe(0);
  });

  it('names columns like Excel', () => {
    expect([1, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA']);
  });

  it('drops trailing empty headers', () => {
    const warnings: string[] = [];
    expect(buildHeaders(['a', 'b', ' ', ''], String, warnings, 10, { name: 'x' }).headers).toEqual([
      'a',
      'b',
    ]);
    expect(warnings).toEqual([]);
  });

  it('sniffs a comma for a single-column file', () => {
    expect(sniffDelimiter('Nama\nBudi\n', '\n', true)).toBe(',');
  });

  it('sniffs the delimiter of the table below a title line, not of the title', () => {
    const sample = [
      'Data Pelanggan PT Maju Jaya – Desember',
      '',
      'Kode Pelanggan;Nama Toko;Alamat;Kota',
      'K-0001;Toko Satu;Jl. Pemuda No. 1, Semarang;Semarang',
      'K-0002;Toko Dua;Jl. Pandanaran 4;Semarang',
    ].join('\r\n');
    expect(sniffDelimiter(sample, '\n', true)).toBe(';');
  });
});
