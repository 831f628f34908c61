/**
 * Data rows serialised straight into a streaming sheet's XML, without exceljs's Row and Cell objects.
 *
 * Why: through exceljs's own path (getRow → getCell → style → commit → model → prepare → render) the
 * result sheet of a 200,000-row `validate` was written at ~8k rows/s, and that was the largest part of
 * the run (`npm run bench`, profiled with `node --cpu-prof`: row.commit alone ~30% of the time).
 * The XML here is what exceljs writes for the same cells — `<row r spans x14ac:dyDescent>`, inline
 * strings as `t="str"`, numbers, booleans, dates as serial numbers, style ids from exceljs's own style
 * registry, and cell notes handed to exceljs's own comments writer in the model its Note class makes —
 * so a reader cannot tell the difference. The header row still goes through exceljs.
 *
 * It relies on exceljs internals of the streaming WorksheetWriter, checked once per sheet: when they
 * are missing (another exceljs version) `fastRows` answers undefined and every row goes through exceljs.
 */
import { columnLetter } from './column-letter.js';
import ExcelJS from 'exceljs';

type CellValue = string | number | boolean | Date | null;

interface SheetInternals {
  stream: { write(chunk: string): unknown };
  startedData: boolean;
  hasComments: boolean;
  _rows: unknown[];
  _workbook: { styles: { addStyleModel(style: object, type: number): number } };
  _sheetCommentsWriter: { addComments(comments: object[]): void };
}

export interface FastRows {
  /**
   * Writes row `rowNumber` (1-based). `styles[i]` must be a shared object (see StyleCache); `notes[i]`
   * is the note of cell i, if any.
   */
  write(
    rowNumber: number,
    values: readonly CellValue[],
    styles: readonly object[],
    notes: readonly (string | undefined)[],
  ): void;
}

/** exceljs's Note.DEFAULT_CONFIGS, which its Note model merges into every note. */
const NOTE_DEFAULTS = {
  margins: { insetmode: 'auto', inset: [0.13, 0.13, 0.25, 0.25] },
  protection: { locked: 'True', lockText: 'True' },
  editAs: 'absolute',
};

/** What exceljs's cell model hands its comments writer for a text note on cell `ref`. */
function noteComment(ref: string, text: string): object {
  return {
    type: 'note',
    note: {
      margins: { ...NOTE_DEFAULTS.margins, inset: [...NOTE_DEFAULTS.margins.inset] },
      protection: { ...NOTE_DEFAULTS.protection },
      editAs: NOTE_DEFAULTS.editAs,
      texts: [{ text }],
    },
    ref,
  };
}

/** Same characters and replacements as exceljs's utils.xmlEncode (control characters are dropped). */
// eslint-disable-next-line no-control-regex -- the control characters XML 1.0 cannot hold are the point
const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
// eslint-disable-next-line no-control-regex -- as above
const ENCODE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;
const ENTITIES: Record<string, string> = {
  '"': '&quot;',
  '&': '&amp;',
  "'": '&apos;',
  '<': '&lt;',
  '>': '&gt;',
};

export function xmlEncode(text: string): string {
  return NEEDS_ENCODING.test(text) ? text.replace(ENCODE, (c) => ENTITIES[c] ?? '') : text;
}

function valueType(value: CellValue): number {
  if (value === null) return ExcelJS.ValueType.Null;
  if (typeof value === 'string') return ExcelJS.ValueType.String;
  if (typeof value === 'number') return ExcelJS.ValueType.Number;
  if (typeof value === 'boolean') return ExcelJS.ValueType.Boolean;
  return ExcelJS.ValueType.Date;
}

/** The `<c>` element exceljs's CellXform renders for this value and style id ('' when it renders none). */
function cellXml(ref: string, value: CellValue, styleId: number): string {
  const s = styleId ? ` s="${styleId}"` : '';
  if (value === null) return s ? `<c r="${ref}"${s}/>` : '';
  if (typeof value === 'string') return `<c r="${ref}"${s} t="str"><v>${xmlEncode(value)}</v></c>`;
  if (typeof value === 'number') return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? '1' : '0'}</v></c>`;
  return `<c r="${ref}"${s}><v>${25569 + value.getTime() / 86_400_000}</v></c>`;
}

/** The fast path for a sheet whose header exceljs has already written, or undefined. */
export function fastRows(worksheet: object, width: number): FastRows | undefined {
  const ws = worksheet as Partial<SheetInternals>;
  const usable =
    typeof ws.stream?.write === 'function' &&
    ws.startedData === true &&
    typeof ws.hasComments === 'boolean' &&
    Array.isArray(ws._rows) &&
    ws._rows.length === 0 &&
    typeof ws._workbook?.styles?.addStyleModel === 'function' &&
    typeof ws._sheetCommentsWriter?.addComments === 'function';
  if (!usable || width === 0) return undefined;
  const sheet = ws as SheetInternals;
  const styles = sheet._workbook.styles;
  const columns = Array.from({ length: width }, (_, i) => columnLetter(i + 1));
  const spans = ` spans="1:${width}"`;
  return {
    write(rowNumber, values, cellStyles, notes) {
      // exceljs leaves out a row whose cells are all empty (styled or not), notes and all.
      if (values.every((v) => v === null || v === undefined)) return;
      let xml = `<row r="${rowNumber}"${spans} x14ac:dyDescent="0.25">`;
      let comments: object[] | undefined;
      for (let i = 0; i < width; i++) {
        const value = values[i] ?? null;
        const ref = `${columns[i]}${rowNumber}`;
        const styleId = styles.addStyleModel(cellStyles[i], valueType(value));
        xml += cellXml(ref, value, styleId);
        const note = notes[i];
        if (note !== undefined) (comments ??= []).push(noteComment(ref, note));
      }
      sheet.stream.write(xml + '</row>');
      if (comments) {
        sheet.hasComments = true;
        sheet._sheetCommentsWriter.addComments(comments);
      }
    },
  };
}
