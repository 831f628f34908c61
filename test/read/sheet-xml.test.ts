import { describe, expect, it } from '@jest/globals';
import { cellValue, type CellContext } from '../../src/read/cell-value.js';
import { ColumnOutOfRange, SheetXmlParser, type RawCell, type RawRow } from '../../src/read/sheet-xml.js';

/** The rows of a worksheet XML string fed in pieces of `size` characters. */
function parse(xml: string, size = xml.length): RawRow[] {
  const rows: RawRow[] = [];
  const parser = new SheetXmlParser((row) => rows.push(row));
  for (let i = 0; i < xml.length; i += size) parser.write(xml.slice(i, i + size));
  parser.end();
  return rows;
}

const sheet = (data: string) =>
  `<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<x:sheetPr/><x:sheetData>${data}</x:sheetData><x:mergeCells><x:mergeCell ref="A1:B1"/></x:mergeCells></x:worksheet>`;

describe('SheetXmlParser: worksheet XML → rows, on strings', () => {
  const xml = sheet(
    '<x:row r="2" spans="1:3">\n  <x:c r="A2" t="s" s="3"><x:v>7</x:v></x:c>\n  <x:c t="inlineStr"><x:is>\n    <x:r><x:t>Toko </x:t></x:r>\n    <x:r><x:t><![CDATA[<Jaya>]]></x:t></x:r>\n    <x:rPh><x:t>とこ</x:t></x:rPh>\n  </x:is></x:c>\n' +
      '  <x:c r="D2"><x:f>SUM(A1:A2)&amp;""</x:f><x:v>3</x:v></x:c>\n</x:row>\n' +
      '<x:row><x:c><x:v>1.5</x:v></x:c><x:c r="C3" t="b"/></x:row>',
  );
  const expected: RawRow[] = [
    {
      number: 2,
      cells: [
        { column: 1, type: 's', style: 3, value: '7' },
        { column: 2, type: 'inlineStr', style: 0, inline: 'Toko <Jaya>' },
        { column: 4, type: '', style: 0, formula: 'SUM(A1:A2)&""', value: '3' },
      ],
    },
    {
      number: 3,
      cells: [
        { column: 1, type: '', style: 0, value: '1.5' },
        { column: 3, type: 'b', style: 0 },
      ],
    },
  ];

  it.each([1, 2, 3, 7, 64, 100_000])(
    'gives the same rows when the text is cut every %i characters',
    (size) => {
      expect(parse(xml, size)).toEqual(expected);
    },
  );

  it('stops at </sheetData>: what follows is not read', () => {
    const rows: RawRow[] = [];
    const parser = new SheetXmlParser((row) => rows.push(row));
    parser.write(sheet('<row><c><v>1</v></c></row>').replace('</x:worksheet>', ''));
    expect(parser.finished).toBe(true);
    parser.write('<<< not XML at all');
    parser.end();
    expect(rows).toHaveLength(1);
  });

  it('throws on malformed XML, after handing over the rows before it', () => {
    const rows: RawRow[] = [];
    const parser = new SheetXmlParser((row) => rows.push(row));
    expect(() => parser.write(sheet('<row><c><v>1</v></c></row><row><c><v>2</v></row>'))).toThrow();
    expect(rows.map((r) => r.number)).toEqual([1]);
    expect(parser.lastRow).toBe(1);
  });

  it('throws ColumnOutOfRange past column XFD, with or without r', () => {
    expect(() => parse(sheet('<row r="3"><c r="XFE3"><v>1</v></c></row>'))).toThrow(ColumnOutOfRange);
    const many = '<c><v>1</v></c>'.repeat(16_385);
    expect(() => parse(sheet(`<row>${many}</row>`))).toThrow(ColumnOutOfRange);
    expect(parse(sheet(`<row><c r="XFD1"><v>1</v></c></row>`))[0].cells[0].column).toBe(16_384);
  });
});

describe('cellValue: a raw cell → its text and typed value', () => {
  const context = (overrides: Partial<CellContext> = {}): CellContext => ({
    sharedString: (i) => ['Toko', 'Jaya'][i],
    numFmt: (style) => [undefined, 'yyyy-mm-dd', '0.00'][style],
    date1904: false,
    ...overrides,
  });
  const cell = (c: Partial<RawCell>): RawCell => ({ column: 1, type: '', style: 0, ...c });

  it.each<[string, Partial<RawCell>, string]>([
    ['shared string', { type: 's', value: '1' }, 'Jaya'],
    ['missing shared string', { type: 's', value: '9' }, ''],
    ['number noise', { value: '-7.143478499999999' }, '-7.1434785'],
    ['number with a format', { value: '3', style: 2 }, '3'],
    ['empty value', { value: '' }, ''],
    ['date serial', { value: '46024', style: 1 }, '2026-01-02'],
    ['ISO date', { type: 'd', value: '2021-01-01T10:10:10' }, '2021-01-01 10:10:10'],
    ['ISO date with a zone', { type: 'd', value: '2021-01-01T10:10:10Z' }, '2021-01-01 10:10:10'],
    ['string formula', { type: 'str', formula: 'A1', value: 'a_x0042_' }, 'aB'],
    ['empty string formula', { type: 'str', formula: '""', value: '' }, ''],
    ['error', { type: 'e', value: '#VALUE!' }, '#VALUE!'],
    ['boolean', { type: 'b', value: '1' }, 'TRUE'],
    ['inline string', { type: 'inlineStr', inline: 'x_x005F_x0041_' }, 'x_x0041_'],
  ])('%s', (_, raw, text) => {
    expect(cellValue(cell(raw), context()).text).toBe(text);
  });

  it('types numbers, dates, booleans and formulas, and leaves text untyped', () => {
    expect(cellValue(cell({ value: '3', style: 2 }), context()).typed).toEqual({
      type: 'number',
      value: 3,
      numFmt: '0.00',
    });
    expect(cellValue(cell({ value: '46024', style: 1 }), context()).typed).toEqual({
      type: 'date',
      value: new Date(Date.UTC(2026, 0, 2)),
      numFmt: 'yyyy-mm-dd',
    });
    expect(cellValue(cell({ type: 's', value: '0' }), context()).typed).toBeUndefined();
    expect(cellValue(cell({ type: 'e', formula: '1/0', value: '#DIV/0!' }), context())).toEqual({
      text: '#DIV/0!',
      error: '#DIV/0!',
      typed: { type: 'formula', formula: '1/0', result: '#DIV/0!' },
    });
    expect(cellValue(cell({ formula: 'NOW()' }), context())).toEqual({
      text: '',
      noCachedResult: true,
      typed: { type: 'formula', formula: 'NOW()' },
    });
  });

  it('keeps a shared formula follower (no text of its own) as its typed value', () => {
    expect(cellValue(cell({ formula: '', value: '5' }), context()).typed).toEqual({
      type: 'number',
      value: 5,
    });
  });

  it('reads the 1904 date system', () => {
    expect(cellValue(cell({ value: '0', style: 1 }), context({ date1904: true })).text).toBe('1904-01-01');
  });
});
