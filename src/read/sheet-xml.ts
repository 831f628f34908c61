import { localName } from './xml-parts.js';
import { XmlScanner } from './xml-scanner.js';

/** A `<c>` element as written: what the cell's value means is decided later (cell-value.ts). */
export interface RawCell {
  /** 1-based column. */
  column: number;
  /** The `t` attribute (`s`, `str`, `inlineStr`, `b`, `e`, `d`, `n`), '' when absent. */
  type: string;
  /** The `s` attribute: index into the styles' cell formats. */
  style: number;
  /** Text of `<v>`, undefined without one. */
  value?: string;
  /** Text of `<f>`, undefined without one ('' for a shared formula's follower, which has no text). */
  formula?: string;
  /** Text of `<is>`: its `<t>` runs, phonetic runs (`<rPh>`) left out. */
  inline?: string;
}

export interface RawRow {
  /** 1-based row number, from `r` or counted when the writer left `r` out. */
  number: number;
  cells: RawCell[];
  /** `hidden="1"`: hidden by hand or filtered out by an autofilter. */
  hidden?: true;
}

/** Excel's last column, XFD. */
export const MAX_SHEET_COLUMN = 16_384;

/** A cell beyond column XFD, which no spreadsheet program writes. */
export class ColumnOutOfRange extends Error {
  constructor(
    readonly row: number,
    readonly column: number,
  ) {
    super(`column ${column} in row ${row} is beyond XFD`);
  }
}

type TextTarget = 'v' | 'f' | 'is' | undefined;

/** `B12` → 2; 0 when the reference has no letters. */
function columnOfRef(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) column = column * 26 + (c - 64);
    else if (c >= 97 && c <= 122) column = column * 26 + (c - 96);
    else break;
  }
  return column;
}

/**
 * The pure core of the XLSX reader: worksheet XML in, rows out. Text goes in by `write` in pieces of any
 * size (cut anywhere); each row is handed to `onRow` as soon as its end tag is read. Matches elements by
 * local name (`<x:row>` as `<row>`), counts rows and cells that have no `r` attribute as the standard
 * allows, keeps only the text of `<v>`, `<f>` and `<t>` (never the whitespace between elements), and
 * leaves phonetic runs out. Throws XmlScanner's error for malformed XML and ColumnOutOfRange past XFD.
 */
export class SheetXmlParser {
  private readonly parser: XmlScanner = new XmlScanner({
    open: (name) => this.open(name),
    close: (name) => this.close(name),
    text: (text) => this.addText(text),
  });
  private inSheetData = false;
  private done = false;
  private row: RawRow | undefined;
  private cell: RawCell | undefined;
  private previousRow = 0;
  private previousColumn = 0;
  private target: TextTarget;
  private text = '';
  /** Depth inside `<rPh>` (phonetic guide) elements, whose text is not the cell's. */
  private phonetic = 0;
  /** Inside `<is>`: only `<t>` text counts. */
  private inInline = false;
  private inT = false;

  constructor(private readonly onRow: (row: RawRow) => void) {}

  /** The number of the last row read whole (0 before the first). */
  get lastRow(): number {
    return this.previousRow;
  }

  /** True once `</sheetData>` was read: the rest of the part holds no cells. */
  get finished(): boolean {
    return this.done;
  }

  write(text: string): void {
    if (!this.done) this.parser.write(text);
  }

  /** Ends the input; throws when the XML stopped half-way. */
  end(): void {
    if (!this.done) this.parser.end();
  }

  private addText(text: string): void {
    if (this.target === undefined) return;
    if (this.target === 'is' && (!this.inT || this.phonetic > 0)) return;
    this.text += text;
  }

  private open(qualified: string): void {
    const name = localName(qualified);
    if (!this.inSheetData) {
      if (name === 'sheetData') this.inSheetData = true;
      return;
    }
    switch (name) {
      case 'row': {
        const r = this.parser.attr('r');
        const number = r ? Number(r) : this.previousRow + 1;
        this.row = {
          number: Number.isInteger(number) && number > 0 ? number : this.previousRow + 1,
          cells: [],
        };
        const hidden = this.parser.attr('hidden');
        if (hidden === '1' || hidden === 'true') this.row.hidden = true;
        this.previousColumn = 0;
        return;
      }
      case 'c': {
        const attrs = this.parser;
        const ref = attrs.attr('r');
        const fromRef = ref ? columnOfRef(ref) : 0;
        const column = fromRef > 0 ? fromRef : this.previousColumn + 1;
        if (column > MAX_SHEET_COLUMN)
          throw new ColumnOutOfRange(this.row?.number ?? this.previousRow + 1, column);
        this.previousColumn = column;
        const s = attrs.attr('s');
        const style = s ? Number(s) : 0;
        this.cell = { column, type: attrs.attr('t') ?? '', style: Number.isInteger(style) ? style : 0 };
        return;
      }
      case 'v':
        if (this.cell && !this.inInline) this.startText('v');
        return;
      case 'f':
        if (this.cell) this.startText('f');
        return;
      case 'is':
        if (this.cell) {
          this.inInline = true;
          this.startText('is');
        }
        return;
      case 't':
        if (this.inInline) this.inT = true;
        return;
      case 'rPh':
        if (this.inInline) this.phonetic++;
        return;
    }
  }

  private startText(target: TextTarget): void {
    this.target = target;
    this.text = '';
  }

  private close(qualified: string): void {
    if (!this.inSheetData) return;
    const name = localName(qualified);
    switch (name) {
      case 'v':
        if (this.cell && this.target === 'v') {
          this.cell.value = this.text;
          this.target = undefined;
        }
        return;
      case 'f':
        if (this.cell && this.target === 'f') {
          this.cell.formula = this.text;
          this.target = undefined;
        }
        return;
      case 't':
        this.inT = false;
        return;
      case 'rPh':
        if (this.phonetic > 0) this.phonetic--;
        return;
      case 'is':
        if (this.cell && this.inInline) this.cell.inline = this.text;
        this.inInline = false;
        this.target = undefined;
        return;
      case 'c':
        if (this.cell) {
          // A cell outside any `<row>` (not valid, but harmless): counted into the next row number.
          if (!this.row) this.row = { number: this.previousRow + 1, cells: [] };
          this.row.cells.push(this.cell);
        }
        this.cell = undefined;
        this.target = undefined;
        return;
      case 'row':
        if (this.row) {
          this.previousRow = this.row.number;
          this.onRow(this.row);
        }
        this.row = undefined;
        return;
      case 'sheetData':
        this.inSheetData = false;
        this.done = true;
        return;
    }
  }
}
