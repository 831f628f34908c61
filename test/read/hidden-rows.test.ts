import { describe, expect, it } from '@jest/globals';
import { SheetXmlParser, type RawRow } from '../../src/read/sheet-xml.js';
import { HiddenRows } from '../../src/read/hidden-rows.js';

function parse(xml: string): RawRow[] {
  const rows: RawRow[] = [];
  const parser = new SheetXmlParser((row) => rows.push(row));
  parser.write(xml);
  parser.end();
  return rows;
}

describe('hidden workbook rows', () => {
  it('the sheet XML marks a hidden or filtered-out row (hidden="1" or "true"), and only those', () => {
    const rows = parse(
      '<worksheet><sheetData><row r="2"><c><v>1</v></c></row><row r="3" hidden="1"><c><v>2</v></c></row>' +
        '<row r="4" hidden="0"><c><v>3</v></c></row><row r="5" hidden="true"><c><v>4</v></c></row></sheetData></worksheet>',
    );
    expect(rows.map((r) => [r.number, r.hidden ?? false])).toEqual([
      [2, false],
      [3, true],
      [4, false],
      [5, true],
    ]);
  });

  it('one warning for the file, naming the rows, and counting those past twenty', () => {
    const warnings = ['before'];
    const hidden = new HiddenRows(warnings);
    hidden.note(5);
    expect(warnings).toEqual(['before', expect.stringMatching(/^row 5 is hidden in the workbook/)]);
    hidden.note(9);
    expect(warnings).toHaveLength(2);
    expect(warnings[1]).toMatch(/^rows 5, 9 are hidden in the workbook \(or filtered out\)/);
    for (let r = 10; r < 40; r++) hidden.note(r);
    expect(warnings[1]).toMatch(/^rows 5, 9, 10, .*, 27 and 12 more are hidden/);
  });
});
