/** The SpreadsheetML we write ourselves, checked on strings (xlsx-xml.ts, xlsx-styles.ts, xlsx-notes.ts). */
import { describe, expect, it } from '@jest/globals';
import { SheetNotes } from '../../src/write/xlsx-notes.js';
import { EntryWriter } from '../../src/write/xlsx-zip.js';
import { StyleRegistry } from '../../src/write/xlsx-styles.js';
import {
  cellXml,
  contentTypesXml,
  dateSerial,
  sheetHead,
  sheetTail,
  workbookXml,
  xmlEncode,
} from '../../src/write/xlsx-xml.js';

describe('cells', () => {
  it('writes text as inline strings, escaped, with control characters dropped and blanks kept', () => {
    expect(cellXml('A1', 'a<b & "c"', 0)).toBe(
      '<c r="A1" t="inlineStr"><is><t>a&lt;b &amp; &quot;c&quot;</t></is></c>',
    );
    expect(cellXml('B2', ' lead\u0001', 3)).toBe(
      '<c r="B2" s="3" t="inlineStr"><is><t xml:space="preserve"> lead</t></is></c>',
    );
    expect(cellXml('C3', '=SUM(A1)', 0)).toContain('<t>=SUM(A1)</t>'); // text, never <f>
    expect(xmlEncode('plain')).toBe('plain');
  });

  it('writes numbers, booleans and dates; an empty cell only when it is styled', () => {
    expect(cellXml('A1', -7.14, 0)).toBe('<c r="A1"><v>-7.14</v></c>');
    expect(cellXml('A1', Number.NaN, 0)).toBe('');
    expect(cellXml('A1', true, 2)).toBe('<c r="A1" s="2" t="b"><v>1</v></c>');
    expect(cellXml('A1', null, 0)).toBe('');
    expect(cellXml('A1', null, 5)).toBe('<c r="A1" s="5"/>');
    expect(dateSerial(new Date(Date.UTC(2024, 1, 29)))).toBe(45351);
    // Excel's serial 60 is a 29 February 1900 that never was: earlier dates are one less.
    expect(dateSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
    expect(dateSerial(new Date(Date.UTC(1900, 1, 28)))).toBe(59);
    expect(dateSerial(new Date(Date.UTC(1900, 0, 1, 12)))).toBe(1.5);
    expect(cellXml('A1', new Date(Date.UTC(1899, 11, 31)), 0)).toContain('<t>1899-12-31</t>');
    expect(cellXml('A1', new Date(Date.UTC(2024, 1, 29, 6)), 1)).toBe('<c r="A1" s="1"><v>45351.25</v></c>');
  });
});

describe('sheet', () => {
  it('freezes the header row and the first columns, and sets every width', () => {
    const head = sheetHead({
      columns: [
        { width: 7, style: 0 },
        { width: 50, style: 4 },
      ],
      freezeRows: 1,
      freezeColumns: 2,
      selected: true,
    });
    expect(head).toContain(
      '<pane xSplit="2" ySplit="1" topLeftCell="C2" activePane="bottomRight" state="frozen"/>',
    );
    expect(head).toContain('<col min="1" max="1" width="7" customWidth="1"/>');
    expect(head).toContain('<col min="2" max="2" width="50" customWidth="1" style="4"/>');
    expect(head.endsWith('<sheetData>')).toBe(true);
    expect(sheetHead({ columns: [], freezeRows: 1, freezeColumns: 0, selected: false })).toContain(
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>',
    );
  });

  it('writes the tail in the order the schema requires', () => {
    const tail = sheetTail({
      autoFilter: 'A1:D9',
      validations: [{ range: 'B2:B10001', values: ['a', 'b"c'], title: 'status' }],
      textRange: 'A1:D9',
      notesDrawingId: 'rIdVml',
    });
    const order = [
      '</sheetData>',
      '<autoFilter',
      '<dataValidations',
      '<pageMargins',
      '<ignoredErrors',
      '<legacyDrawing',
    ];
    const at = order.map((tag) => tail.indexOf(tag));
    expect(at.every((n) => n >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(tail).toContain('<formula1>&quot;a,b&quot;&quot;c&quot;</formula1>');
    expect(tail).toContain('numberStoredAsText="1"');
  });

  it('names the autofilter range for Excel and lists the notes parts', () => {
    const sheets = [
      { name: "Pelanggan's", n: 1, autoFilter: 'A1:D9', hasNotes: true },
      { name: 'B', n: 2, hasNotes: false },
    ];
    expect(workbookXml(sheets)).toContain(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">&apos;Pelanggan&apos;&apos;s&apos;!$A$1:$D$9</definedName>`,
    );
    const types = contentTypesXml(sheets);
    expect(types).toContain('PartName="/xl/comments1.xml"');
    expect(types).not.toContain('/xl/comments2.xml');
    expect(types).toContain('Extension="vml"');
  });
});

describe('printing', () => {
  it('prints a result sheet landscape, one page wide, with the header on every page', () => {
    const layout = { columns: [], freezeRows: 1, freezeColumns: 0, selected: true, fitToWidth: true };
    expect(sheetHead(layout)).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><sheetViews>');
    expect(sheetTail({ validations: [], fitToWidth: true })).toContain(
      '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(workbookXml([{ name: 'Result', n: 1, hasNotes: false, printTitles: true }])).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Result&apos;!$1:$1</definedName>',
    );
    expect(sheetHead({ ...layout, fitToWidth: false })).not.toContain('sheetPr');
  });
});

describe('styles and notes', () => {
  it('gives each combination one id, built-in formats their own ids and others ids from 164', () => {
    const styles = new StyleRegistry();
    expect(styles.id({})).toBe(0);
    expect(styles.id({ numFmt: 'General' })).toBe(0);
    const text = styles.id({ numFmt: '@' });
    expect(styles.id({ numFmt: '@' })).toBe(text);
    const custom = styles.id({ numFmt: 'dd/mm/yyyy', fill: 'FFF4A6A6', bold: true });
    expect(custom).not.toBe(text);
    const xml = styles.xml();
    expect(xml).toContain('<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>');
    expect(xml).toContain('<xf numFmtId="49" fontId="0" fillId="0"');
    expect(xml).toContain('<xf numFmtId="164" fontId="1" fillId="2"');
    expect(xml).toContain('<fgColor rgb="FFF4A6A6"/>');
  });

  it('writes each note in the comments part and a shape for it in the drawing, note by note', async () => {
    const notes = new SheetNotes();
    notes.add('C5', 4, 2, 'is required <b> [MAP_REQUIRED]');
    notes.add('D9', 8, 3, 'second');
    const comments = await written((entry) => notes.writeComments(entry));
    expect(comments).toContain(
      '<comment ref="C5" authorId="0"><text><r><t xml:space="preserve">is required &lt;b&gt; [MAP_REQUIRED]</t></r></text></comment>' +
        '<comment ref="D9" authorId="0">',
    );
    expect(comments).toMatch(/^<\?xml [^>]+\?>\n<comments [^>]+><authors>.*<\/commentList><\/comments>$/s);
    const vml = await written((entry) => notes.writeVml(entry, 2));
    expect(vml).toContain('<o:idmap v:ext="edit" data="2"/>');
    expect(vml).toContain('id="_x0000_s2049"');
    expect(vml).toContain('id="_x0000_s2050"');
    expect(vml).toContain('<x:Row>4</x:Row><x:Column>2</x:Column>');
    expect(vml.endsWith('<x:Row>8</x:Row><x:Column>3</x:Column></x:ClientData></v:shape></xml>')).toBe(true);
  });
});

/** The text a part's writer was given, gathered from its chunks; it must have been ended. */
async function written(write: (entry: EntryWriter) => Promise<void>): Promise<string> {
  const chunks: Buffer[] = [];
  let ended = false;
  await write(
    new EntryWriter({
      write: async (bytes) => void chunks.push(Buffer.from(bytes)),
      end: async () => void (ended = true),
      destroy: () => undefined,
    }),
  );
  expect(ended).toBe(true);
  return Buffer.concat(chunks).toString('utf8');
}
