/**
 * The styles part of the workbooks we write: each distinct (number format, fill, bold) combination
 * gets one cell format (`xf`) id, handed out as cells are written and serialised once at the end.
 */
import { xmlEncode } from './xlsx-xml.js';

/** Number formats Excel knows by id; anything else gets an id from 164 up, as the standard says. */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  'mm-dd-yy': 14,
  'd-mmm-yy': 15,
  'd-mmm': 16,
  'mmm-yy': 17,
  'h:mm AM/PM': 18,
  'h:mm:ss AM/PM': 19,
  'h:mm': 20,
  'h:mm:ss': 21,
  'm/d/yy h:mm': 22,
  '@': 49,
};

export interface StyleKey {
  numFmt?: string;
  /** ARGB, e.g. `FFF2F2F2`. */
  fill?: string;
  bold?: boolean;
}

const FONT = '<sz val="11"/><name val="Calibri"/><family val="2"/>';

export class StyleRegistry {
  private readonly ids = new Map<string, number>();
  /** cellXfs entries after the default one: [numFmtId, fillId, fontId]. */
  private readonly xfs: Array<[number, number, number]> = [];
  private readonly customFormats = new Map<string, number>();
  private readonly fills = new Map<string, number>();

  /** Ids of the combinations without fill or bold (nearly every data cell): no key to build. */
  private readonly byFormat = new Map<string, number>();

  /** The `s` id of a combination; 0 is the default (General, no fill, regular). */
  id(key: StyleKey): number {
    return this.idOf(key.numFmt, key.fill, key.bold === true);
  }

  /** `id` without an object per cell, for the row loop. */
  idOf(numFmt: string | undefined, fill: string | undefined, bold: boolean): number {
    const format = numFmt && numFmt !== 'General' ? numFmt : '';
    if (!fill && !bold) {
      let id = this.byFormat.get(format);
      if (id === undefined) {
        id = format ? this.add(format, undefined, false) : 0;
        this.byFormat.set(format, id);
      }
      return id;
    }
    const cacheKey = `${format}\u0000${fill ?? ''}\u0000${bold ? 1 : 0}`;
    let id = this.ids.get(cacheKey);
    if (id === undefined) {
      id = this.add(format, fill, bold);
      this.ids.set(cacheKey, id);
    }
    return id;
  }

  private add(numFmt: string, fill: string | undefined, bold: boolean): number {
    let numFmtId = numFmt ? BUILT_IN_FORMATS[numFmt] : 0;
    if (numFmtId === undefined) {
      numFmtId = this.customFormats.get(numFmt) ?? 164 + this.customFormats.size;
      this.customFormats.set(numFmt, numFmtId);
    }
    let fillId = 0;
    if (fill) {
      fillId = this.fills.get(fill) ?? 2 + this.fills.size; // 0 and 1 are reserved (none, gray125)
      this.fills.set(fill, fillId);
    }
    this.xfs.push([numFmtId, fillId, bold ? 1 : 0]);
    return this.xfs.length;
  }

  xml(): string {
    const formats = [...this.customFormats]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEncode(code)}"/>`)
      .join('');
    const fills = [...this.fills.keys()]
      .map(
        (argb) =>
          `<fill><patternFill patternType="solid"><fgColor rgb="${xmlEncode(argb)}"/></patternFill></fill>`,
      )
      .join('');
    const xfs = this.xfs
      .map(
        ([numFmtId, fillId, fontId]) =>
          `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
          `${numFmtId ? ' applyNumberFormat="1"' : ''}${fillId ? ' applyFill="1"' : ''}${fontId ? ' applyFont="1"' : ''}/>`,
      )
      .join('');
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats ? `<numFmts count="${this.customFormats.size}">${formats}</numFmts>` : '') +
      `<fonts count="2"><font>${FONT}</font><font><b/>${FONT}</font></fonts>` +
      `<fills count="${2 + this.fills.size}"><fill><patternFill patternType="none"/></fill>` +
      `<fill><patternFill patternType="gray125"/></fill>${fills}</fills>` +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${1 + this.xfs.length}"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '</styleSheet>'
    );
  }
}
