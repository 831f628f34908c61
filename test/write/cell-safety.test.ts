import { describe, expect, it } from '@jest/globals';
import { guardCsvText, needsFormulaGuard, unguardCsvText } from '../../src/write/index.js';
import { csvField } from '../../src/write/csv-writer.js';
import { dateFromText, numberFromText, xlsxCell } from '../../src/write/xlsx-cells.js';

describe('formula guard (CSV)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', true],
    ['=1+1', true],
    ['@SUM(A1)', true],
    ['\tcmd', true],
    ['\rcmd', true],
    ['-2+3', true],
    ['+2+3', true],
    ["-2+3+cmd|' /C calc'!A0", true],
    ['+62 812 3456', true],
    ['-', true],
    ['-abc', true],
    ['-7.14', false],
    ['+6281234', false],
    ['-1.234,56', false],
    ['-1e5', false],
    ['42', false],
    ['', false],
    ['plain text', false],
    [' =padded', false],
    ["'=already", false],
  ])('%j needs a guard: %s', (text, expected) => {
    expect(needsFormulaGuard(text)).toBe(expected);
    expect(guardCsvText(text)).toBe(expected ? `'${text}` : text);
  });

  it.each(['=A1', '-2+3', '@x', '\tx', '-7.14', "'7", "'quoted'", "'", '', 'x', "''=A1"])(
    'unguard(guard(%j)) gives the value back',
    (text) => {
      expect(unguardCsvText(guardCsvText(text))).toBe(text);
    },
  );

  it('unguard strips only a quote the guard would have added', () => {
    expect(unguardCsvText("'=A1")).toBe('=A1');
    expect(unguardCsvText("'-2+3")).toBe('-2+3');
    expect(unguardCsvText("'7")).toBe("'7");
    expect(unguardCsvText("'-7.14")).toBe("'-7.14");
  });
});

describe('csvField', () => {
  it.each<[Parameters<typeof csvField>[0], string]>([
    [null, ''],
    [undefined, ''],
    [-7.14, '-7.14'],
    [Number.NaN, ''],
    [true, 'true'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['line1\nline2', '"line1\nline2"'],
    ['a\r\nb', '"a\r\nb"'],
    [' padded ', '" padded "'],
    ['=1+1', "'=1+1"],
    ['=a,b', `"'=a,b"`],
    ['\tx', "'\tx"],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value, ',')).toBe(expected);
  });

  it('quotes by the chosen delimiter', () => {
    expect(csvField('a;b', ';')).toBe('"a;b"');
    expect(csvField('a,b', ';')).toBe('a,b');
  });
});

describe('xlsxCell', () => {
  it('keeps text as text, even formula-like text', () => {
    expect(xlsxCell('=SUM(A1)', 'text')).toEqual({ value: '=SUM(A1)' });
    expect(xlsxCell('-2+3', 'number')).toEqual({ value: '-2+3' });
  });

  it('writes code columns as text with the text format', () => {
    expect(xlsxCell('00123', 'code')).toEqual({ value: '00123', numFmt: '@' });
    expect(xlsxCell(123, 'code')).toEqual({ value: '123', numFmt: '@' });
    expect(xlsxCell(null, 'code')).toEqual({ value: null, numFmt: '@' });
  });

  it('writes numbers as numbers, and only text that is exactly a number', () => {
    expect(xlsxCell('-7.14', 'number')).toEqual({ value: -7.14 });
    expect(xlsxCell(12, 'integer')).toEqual({ value: 12, numFmt: '0' });
    expect(xlsxCell('12.5', 'integer')).toEqual({ value: 12.5 });
    expect(xlsxCell('12,5', 'number')).toEqual({ value: '12,5' });
    expect(xlsxCell('1234567890123456', 'number')).toEqual({ value: '1234567890123456' });
    expect(xlsxCell(Number.POSITIVE_INFINITY, 'number')).toEqual({ value: null });
  });

  it('writes real dates at UTC midnight and other text as text', () => {
    const cell = xlsxCell('2024-02-29', 'date');
    expect(cell.numFmt).toBe('yyyy-mm-dd');
    expect((cell.value as Date).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(xlsxCell('2023-02-29', 'date')).toEqual({ value: '2023-02-29' });
    expect(xlsxCell('29/02/2024', 'date')).toEqual({ value: '29/02/2024' });
  });

  it('counts significant digits, not zeros', () => {
    expect(numberFromText('0.000000000000000123')).toBeCloseTo(1.23e-16);
    expect(numberFromText('100000000000000000000')).toBe(1e20);
    expect(numberFromText('12345678901234567')).toBeUndefined();
    expect(numberFromText('1e400')).toBeUndefined();
    expect(dateFromText('1899-12-31')).toBeUndefined();
  });
});
