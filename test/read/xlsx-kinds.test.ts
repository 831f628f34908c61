import { afterAll, describe, expect, it } from '@jest/globals';
import { openSource } from '../../src/read/index.js';
import { errorCode, readAll, tempDir } from './helpers.js';
import { packageXlsx, type PackageOptions, type PackageSheet } from './xlsx-parts.js';

/**
 * The kinds of workbook other programs write (issue 17), each made here part by part, read to the
 * exact rows and values.
 */
const tmp = tempDir('kinds');
afterAll(() => tmp.cleanup());

let fileNo = 0;
async function read(sheets: PackageSheet[], options?: PackageOptions, sheet?: string | number) {
  const path = tmp.file(`kind-${++fileNo}.xlsx`, await packageXlsx(sheets, options));
  return readAll(path, sheet === undefined ? undefined : { sheet });
}

const inline = (ref: string, text: string) =>
  `<c${ref ? ` r="${ref}"` : ''} t="inlineStr"><is><t>${text}</t></is></c>`;
const header = `<row r="1">${inline('A1', 'Nama')}${inline('B1', 'Nilai')}</row>`;
const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  new Date(Date.UTC(y, m - 1, d, h, min, s));
/** Style 0 General, style 1 a date (built-in 14), style 2 a custom date-time format. */
const dateStyles = {
  numFmts: '<numFmt numFmtId="164" formatCode="dd/mm/yyyy hh:mm"/>',
  cellXfs: '<xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>',
};

describe('XLSX kinds that other programs write', () => {
  it('1: rows and cells without r attributes are counted in order', async () => {
    const { source, rows } = await read([
      {
        name: 'S',
        rows:
          `<row>${inline('', 'Nama')}${inline('', 'Nilai')}</row>` +
          `<row>${inline('', 'Budi')}<c><v>42</v></c></row>` +
          `<row r="5"><c r="B5" t="inlineStr"><is><t>Medan</t></is></c></row>` +
          `<row>${inline('', 'Siti')}</row>`,
      },
    ]);
    expect(source.headers).toEqual(['Nama', 'Nilai']);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        sheet: 'S',
        cells: { Nama: 'Budi', Nilai: '42' },
        typed: { Nilai: { type: 'number', value: 42 } },
      },
      { rowNumber: 5, sheet: 'S', cells: { Nama: '', Nilai: 'Medan' } },
      { rowNumber: 6, sheet: 'S', cells: { Nama: 'Siti', Nilai: '' } },
    ]);
  });

  it.each([['workbook.xml'], ['wtf/workbook.xml']])(
    '2: the workbook part at %s is found through _rels/.rels',
    async (workbookPart) => {
      const { source, rows } = await read(
        [
          {
            name: 'Data',
            rows: `${header}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2"><v>7</v></c></row>`,
          },
        ],
        { workbookPart, sharedStrings: ['<t>Toko</t>'] },
      );
      expect(source.sheet).toBe('Data');
      expect(rows.map((r) => r.cells)).toEqual([{ Nama: 'Toko', Nilai: '7' }]);
    },
  );

  it('3: namespace prefixes in every part (x:row, x:c, x:si)', async () => {
    const { source, rows } = await read(
      [
        {
          name: 'S',
          rows:
            '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c></x:row>' +
            '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Budi</x:t></x:is></x:c><x:c r="B2" s="1"><x:v>45000</x:v></x:c></x:row>',
        },
      ],
      { prefix: 'x', sharedStrings: ['<x:t>Nama</x:t>', '<x:t>Tanggal</x:t>'], styles: dateStyles },
    );
    expect(source.headers).toEqual(['Nama', 'Tanggal']);
    expect(rows).toEqual([
      {
        rowNumber: 2,
        sheet: 'S',
        cells: { Nama: 'Budi', Tanggal: '2023-03-15' },
        typed: { Tanggal: { type: 'date', value: utc(2023, 3, 15), numFmt: 'mm-dd-yy' } },
      },
    ]);
  });

  it('4: a chart sheet as the first tab: the first worksheet is read, and worksheets are numbered', async () => {
    const sheets: PackageSheet[] = [
      { name: 'Grafik', chart: true },
      { name: 'Data', rows: `${header}<row r="2">${inline('A2', 'Budi')}</row>` },
    ];
    const first = await read(sheets);
    expect(first.source.sheet).toBe('Data');
    expect(first.rows.map((r) => r.cells)).toEqual([{ Nama: 'Budi', Nilai: '' }]);
    expect((await read(sheets, {}, 1)).source.sheet).toBe('Data');
    const path = tmp.file('chart-only.xlsx', await packageXlsx(sheets));
    const { code, message } = await errorCode(openSource(path, { sheet: 'Grafik' }));
    expect(code).toBe('READ_SHEET_NOT_FOUND');
    expect(message).toContain("its sheets are: 'Data'");
  });

  it('5: part names that differ in case from the relationships', async () => {
    const { rows } = await read(
      [
        {
          name: 'S',
          rows: `${header}<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" s="1"><v>45000</v></c></row>`,
        },
      ],
      {
        sharedStrings: ['<t>Toko</t>'],
        styles: dateStyles,
        zipNameCase: (part) =>
          part
            .replace('sharedStrings', 'SharedStrings')
            .replace('styles', 'Styles')
            .replace('worksheets/sheet1', 'Worksheets/Sheet1'),
      },
    );
    expect(rows.map((r) => r.cells)).toEqual([{ Nama: 'Toko', Nilai: '2023-03-15' }]);
  });

  it('6: inline strings in CDATA, the header row included', async () => {
    const { source, rows } = await read([
      {
        name: 'S',
        rows:
          '<row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[Nama & <Toko>]]></t></is></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>Jaya <![CDATA[& Sons]]></t></is></c></row>',
      },
    ]);
    expect(source.headerRow).toBe(1);
    expect(source.headers).toEqual(['Nama & <Toko>']);
    expect(rows.map((r) => r.cells)).toEqual([{ 'Nama & <Toko>': 'Jaya & Sons' }]);
  });

  it.each([
    ['true', '2023-01-02'],
    ['1', '2023-01-02'],
    ['false', '2019-01-01'],
    ['0', '2019-01-01'],
  ])('7: date1904="%s"', async (date1904, text) => {
    const { rows } = await read(
      [
        {
          name: 'S',
          rows: `${header}<row r="2">${inline('A2', 'Budi')}<c r="B2" s="1"><v>43466</v></c></row>`,
        },
      ],
      { date1904, styles: dateStyles },
    );
    expect(rows[0].cells.Nilai).toBe(text);
  });

  it('8: date cells with t="d" (ISO 8601 text)', async () => {
    const { rows } = await read(
      [
        {
          name: 'S',
          rows:
            header +
            `<row r="2">${inline('A2', 'a')}<c r="B2" t="d"><v>2021-01-01T10:10:10</v></c></row>` +
            `<row r="3">${inline('A3', 'b')}<c r="B3" t="d" s="1"><v>2021-01-01</v></c></row>`,
        },
      ],
      { styles: dateStyles },
    );
    expect(rows.map((r) => r.cells.Nilai)).toEqual(['2021-01-01 10:10:10', '2021-01-01']);
    expect(rows[0].typed).toEqual({ Nilai: { type: 'date', value: utc(2021, 1, 1, 10, 10, 10) } });
    expect(rows[1].typed).toEqual({ Nilai: { type: 'date', value: utc(2021, 1, 1), numFmt: 'mm-dd-yy' } });
  });

  it('9: phonetic runs are not part of the text', async () => {
    const { rows } = await read(
      [
        {
          name: 'S',
          rows:
            header +
            '<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c></row>' +
            '<row r="3"><c r="A3" t="inlineStr"><is><t>大阪</t><rPh sb="0" eb="2"><t>オオサカ</t></rPh></is></c></row>',
        },
      ],
      {
        sharedStrings: [
          '<t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/>',
          '<r><t>日本</t></r><r><t>橋</t></r><rPh sb="0" eb="3"><t>ニホンバシ</t></rPh>',
        ],
      },
    );
    expect(rows.map((r) => r.cells)).toEqual([
      { Nama: '東京', Nilai: '日本橋' },
      { Nama: '大阪', Nilai: '' },
    ]);
  });

  it('10: _xHHHH_ escapes: _x005F_ escapes the underscore, others are their character', async () => {
    const { rows } = await read(
      [
        {
          name: 'S',
          rows:
            header +
            `<row r="2"><c r="A2" t="s"><v>0</v></c>${inline('B2', 'Baris_x000D_Dua _x005F_x000D_')}</row>` +
            `<row r="3">${inline('A3', 'A_x0042_C')}<c r="B3" t="str"><f>"x"</f><v>_x005F_x0041_</v></c></row>`,
        },
      ],
      { sharedStrings: ['<t>Kode_x005F_x000D_</t>'] },
    );
    expect(rows.map((r) => r.cells)).toEqual([
      { Nama: 'Kode_x000D_', Nilai: 'Baris\rDua _x000D_' },
      { Nama: 'ABC', Nilai: '_x0041_' },
    ]);
  });

  it('11: whitespace between elements is not part of any value', async () => {
    const { source, rows } = await read(
      [
        {
          name: 'S',
          rows: `
      <row r="1">
        <c r="A1" t="s">
          <v>0</v>
        </c>
        <c r="B1" t="inlineStr">
          <is>
            <t>Nilai</t>
          </is>
        </c>
      </row>
      <row r="2">
        <c r="A2" t="s">
          <v>1</v>
        </c>
        <c r="B2">
          <v>12</v>
        </c>
      </row>
    `,
        },
      ],
      {
        sharedStrings: [
          '\n  <t>Nama</t>\n',
          '\n  <r><t>Toko </t></r>\n  <r><t xml:space="preserve">Jaya</t></r>\n',
        ],
      },
    );
    expect(source.headers).toEqual(['Nama', 'Nilai']);
    expect(rows.map((r) => r.cells)).toEqual([{ Nama: 'Toko Jaya', Nilai: '12' }]);
  });

  it('12: error cells read as their own text, and dates before 1900-03-01 are not a day early', async () => {
    const { rows } = await read(
      [
        {
          name: 'S',
          rows:
            header +
            `<row r="2">${inline('A2', 'ref')}<c r="B2" t="e"><v>#REF!</v></c></row>` +
            `<row r="3">${inline('A3', 'na')}<c r="B3" t="e"><f>NA()</f><v>#N/A</v></c></row>` +
            [1, 59, 61, 45000, 0.5]
              .map(
                (serial, i) =>
                  `<row r="${4 + i}">${inline(`A${4 + i}`, `d${serial}`)}<c r="B${4 + i}" s="${serial < 1 ? 2 : 1}"><v>${serial}</v></c></row>`,
              )
              .join(''),
        },
      ],
      { styles: dateStyles },
    );
    expect(rows.map((r) => r.cells.Nilai)).toEqual([
      '#REF!',
      '#N/A',
      '1900-01-01',
      '1900-02-28',
      '1900-03-01',
      '2023-03-15',
      '12:00:00',
    ]);
    expect(rows[0].readIssues).toEqual([
      {
        code: 'READ_CELL_ERROR',
        column: 'Nilai',
        message: 'cell contains the Excel error #REF!',
        localized: { key: 'row.read.excelError', params: { error: '#REF!' } },
      },
    ]);
    expect(rows[1].readIssues).toEqual([
      {
        code: 'READ_CELL_ERROR',
        column: 'Nilai',
        message: 'cell contains a formula whose result is the Excel error #N/A',
        localized: { key: 'row.read.formulaError', params: { error: '#N/A' } },
      },
    ]);
  });

  it('15: cells right of the last header are kept by column letter, ignored for mapping, warned once', async () => {
    const { source, rows } = await read([
      {
        name: 'S',
        rows:
          header +
          `<row r="2">${inline('A2', 'Budi')}${inline('B2', 'x')}${inline('D2', 'catatan')}<c r="K2"><v>99</v></c></row>` +
          `<row r="3">${inline('A3', 'Siti')}${inline('E3', 'lagi')}</row>` +
          `<row r="4">${inline('A4', 'Ani')}</row>`,
      },
    ]);
    expect(rows).toEqual([
      { rowNumber: 2, sheet: 'S', cells: { Nama: 'Budi', Nilai: 'x' }, extra: { D: 'catatan', K: '99' } },
      { rowNumber: 3, sheet: 'S', cells: { Nama: 'Siti', Nilai: '' }, extra: { E: 'lagi' } },
      { rowNumber: 4, sheet: 'S', cells: { Nama: 'Ani', Nilai: '' } },
    ]);
    expect(rows.some((r) => r.readIssues)).toBe(false);
    const warned = source.warnings.filter((w) => w.includes('right of the last header'));
    expect(warned).toEqual([
      'cells to the right of the last header column are kept in the result sheet under their column letter and ignored for mapping (first: cell D2)',
    ]);
  });

  it('16: boolean formula results read as TRUE/FALSE like boolean cells', async () => {
    const { rows } = await read([
      {
        name: 'S',
        rows:
          header +
          `<row r="2">${inline('A2', 'f')}<c r="B2" t="b"><f>1=1</f><v>1</v></c></row>` +
          `<row r="3">${inline('A3', 'g')}<c r="B3" t="b"><f>1=2</f><v>0</v></c></row>` +
          `<row r="4">${inline('A4', 'h')}<c r="B4" t="b"><v>0</v></c></row>`,
      },
    ]);
    expect(rows.map((r) => r.cells.Nilai)).toEqual(['TRUE', 'FALSE', 'FALSE']);
    expect(rows.map((r) => r.typed?.Nilai)).toEqual([
      { type: 'formula', formula: '1=1', result: true },
      { type: 'formula', formula: '1=2', result: false },
      { type: 'boolean', value: false },
    ]);
  });

  it('keeps the formula text of a formula without a cached value (the text stays empty)', async () => {
    const { source, rows } = await read(
      [
        {
          name: 'S',
          rows:
            header +
            `<row r="2">${inline('A2', 'a')}<c r="B2"><f>SUM(1,2)&amp;"x"</f></c></row>` +
            `<row r="3">${inline('A3', 'b')}<c r="B3"><f>1+1</f><v>2</v></c></row>` +
            `<row r="4">${inline('A4', 'c')}<c r="B4" s="1"><f>DATE(2026,1,2)</f><v>46024</v></c></row>`,
        },
      ],
      { styles: dateStyles },
    );
    expect(rows.map((r) => r.cells.Nilai)).toEqual(['', '2', '2026-01-02']);
    expect(rows.map((r) => r.typed?.Nilai)).toEqual([
      { type: 'formula', formula: 'SUM(1,2)&"x"' },
      { type: 'formula', formula: '1+1', result: 2 },
      { type: 'formula', formula: 'DATE(2026,1,2)', result: utc(2026, 1, 2) },
    ]);
    expect(source.warnings.filter((w) => w.includes('without a saved result'))).toHaveLength(1);
  });
});

describe('a sheet whose XML breaks', () => {
  it.each([
    ['an unclosed cell', '<row><c><v>1</v></row>'],
    ['a cut-off end', '<row r="4001"><c r="A4001" t="inlineStr"><is><t>Toko'],
    ['an unknown entity', '<row r="4001"><c r="A4001" t="inlineStr"><is><t>&nbsp;</t></is></c></row>'],
  ])('READ_CORRUPT with the row for %s, never an internal message', async (_, broken) => {
    let rows = `<row r="1">${inline('A1', 'Nama')}</row>`;
    for (let r = 2; r <= 4_000; r++) rows += `<row>${inline('', `Toko ${r}`)}</row>`;
    const path = tmp.file(`broken-${++fileNo}.xlsx`, await packageXlsx([{ name: 'S', rows: rows + broken }]));
    const source = await openSource(path);
    let seen = 0;
    const { code, message } = await errorCode(
      (async () => {
        for await (const row of source.rows()) seen = row.rowNumber;
      })(),
    );
    expect(code).toBe('READ_CORRUPT');
    expect(seen).toBe(4_000);
    expect(message).toBe(
      `'${path.split('/').pop()}' could not be read (sheet 'S', after row 4000): the sheet's XML is broken (not well-formed)`,
    );
    expect(message).not.toMatch(/undefined|TypeError|Cannot read/);
  });

  it("a CSV export's formula guard saved into a workbook is undone; other leading quotes are data", async () => {
    // A `;` export opened in a spreadsheet program and saved as XLSX: the `'` of the CSV cell is
    // literal text in the workbook (docs/EXPORT.md); only where our guard would have put it is it dropped.
    const { rows } = await read([
      {
        name: 'S',
        rows:
          header +
          `<row r="2">${inline('A2', "'+62 813 1111 2222")}${inline('B2', "'=Toko")}</row>` +
          `<row r="3">${inline('A3', "'quoted'")}${inline('B3', "'0812")}</row>`,
      },
    ]);
    expect(rows.map((r) => r.cells)).toEqual([
      { Nama: '+62 813 1111 2222', Nilai: '=Toko' },
      { Nama: "'quoted'", Nilai: "'0812" },
    ]);
  });
});
