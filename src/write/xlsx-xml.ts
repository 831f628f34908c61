/**
 * Pure: the XML of an XLSX package (ECMA-376, SpreadsheetML) that we write ourselves — cells, sheet
 * head and tail, workbook, relationships, content types. Tested on strings; xlsx-writer.ts streams it.
 */
import { t } from '../i18n/index.js';
import { columnLetter } from './column-letter.js';
import { dateText } from './xlsx-cells.js';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 does not allow are dropped; the five markup characters are escaped.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is matched
const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F\uFFFE\uFFFF]/;
// eslint-disable-next-line no-control-regex -- as above
const ENCODE = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
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

/**
 * Excel's date serial: days since 1899-12-30, the time of day as the fraction (dates carry no zone).
 * Excel counts a 29 February 1900 that never was (serial 60), so dates before March 1900 are one less.
 */
export function dateSerial(date: Date): number {
  const serial = 25569 + date.getTime() / 86_400_000;
  return serial < 61 ? serial - 1 : serial;
}

/** XML's own blanks (space, tab, LF, CR): a reader may drop them at the ends of a text unless told not to. */
function xmlBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

/** One value of a cell as it goes into the sheet; `null` writes the cell only when it has a style. */
export type XmlCellValue = string | number | boolean | Date | null;

/** The `<c>` element of a value; `s` is the style id (0: none). '' for an empty unstyled cell. */
export function cellXml(ref: string, value: XmlCellValue, s: number): string {
  const style = s ? ` s="${s}"` : '';
  if (value === null) return s ? `<c r="${ref}"${style}/>` : '';
  if (typeof value === 'string') {
    // Inline strings (no shared-strings table, which would hold every distinct text in memory).
    const space = xmlBlank(value.charCodeAt(0)) || xmlBlank(value.charCodeAt(value.length - 1));
    const t = space ? '<t xml:space="preserve">' : '<t>';
    return `<c r="${ref}"${style} t="inlineStr"><is>${t}${xmlEncode(value)}</t></is></c>`;
  }
  if (typeof value === 'number') {
    return Number.isFinite(value) ? `<c r="${ref}"${style}><v>${value}</v></c>` : cellXml(ref, null, s);
  }
  if (typeof value === 'boolean') return `<c r="${ref}"${style} t="b"><v>${value ? 1 : 0}</v></c>`;
  const serial = dateSerial(value);
  if (!Number.isFinite(serial)) return cellXml(ref, null, s);
  // Excel has no dates before 1900: such a date is written as its text.
  return serial >= 1 ? `<c r="${ref}"${style}><v>${serial}</v></c>` : cellXml(ref, dateText(value), s);
}

export interface SheetLayout {
  /** Column widths in characters, and the style id each column's empty cells take (0: none). */
  columns: ReadonlyArray<{ width: number; style: number }>;
  /** Frozen rows at the top and columns at the left (0: none). */
  freezeRows: number;
  freezeColumns: number;
  /** The first sheet of a workbook is the one selected when it opens. */
  selected: boolean;
  /** Printed landscape, as many pages tall as needed but one page wide (see sheetTail). */
  fitToWidth?: boolean;
}

function paneXml(rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return '';
  const topLeft = `${columnLetter(columns + 1)}${rows + 1}`;
  const pane = rows && columns ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
  return (
    `<pane${columns ? ` xSplit="${columns}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}"` +
    ` activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** Everything of a worksheet before its first row. */
export function sheetHead(layout: SheetLayout): string {
  const cols = layout.columns
    .map(
      (c, i) =>
        `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"${c.style ? ` style="${c.style}"` : ''}/>`,
    )
    .join('');
  return (
    `${DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (layout.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : '') +
    `<sheetViews><sheetView workbookViewId="0"${layout.selected ? ' tabSelected="1"' : ''}>` +
    `${paneXml(layout.freezeRows, layout.freezeColumns)}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`
  );
}

export interface ListValidation {
  /** e.g. `B2:B10001` */
  range: string;
  values: readonly string[];
  title: string;
}

export interface SheetTail {
  /** `A1:F120`: the filter buttons over the header, covering these rows. */
  autoFilter?: string;
  validations: readonly ListValidation[];
  /** `A1:F120`: no "number stored as text" triangles here (text we wrote as text on purpose). */
  textRange?: string;
  /** The relationship id of the notes' drawing, when the sheet has notes. */
  notesDrawingId?: string;
  /** As in SheetLayout: landscape, one page wide. */
  fitToWidth?: boolean;
}

/** A list validation's values in Excel's one-formula form (at most 255 characters, checked by the caller). */
export function listFormula(values: readonly string[]): string {
  return `"${values.map((v) => v.replaceAll('"', '""')).join(',')}"`;
}

function validationXml(v: ListValidation): string {
  const error = t('template.dropDownError', { values: v.values.join(', ') });
  return (
    `<dataValidation type="list" errorStyle="warning" allowBlank="1" showErrorMessage="1"` +
    ` errorTitle="${xmlEncode(v.title.slice(0, 32))}" error="${xmlEncode(error.slice(0, 255))}" sqref="${v.range}">` +
    `<formula1>${xmlEncode(listFormula(v.values))}</formula1></dataValidation>`
  );
}

/** Everything of a worksheet after its last row, in the order the schema requires. */
export function sheetTail(tail: SheetTail): string {
  const validations = tail.validations.length
    ? `<dataValidations count="${tail.validations.length}">${tail.validations.map(validationXml).join('')}</dataValidations>`
    : '';
  return (
    '</sheetData>' +
    (tail.autoFilter ? `<autoFilter ref="${tail.autoFilter}"/>` : '') +
    validations +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    (tail.fitToWidth ? '<pageSetup orientation="landscape" fitToWidth="1" fitToHeight="0"/>' : '') +
    (tail.textRange
      ? `<ignoredErrors><ignoredError sqref="${tail.textRange}" numberStoredAsText="1"/></ignoredErrors>`
      : '') +
    (tail.notesDrawingId ? `<legacyDrawing r:id="${tail.notesDrawingId}"/>` : '') +
    '</worksheet>'
  );
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

export const REL_TYPES = {
  officeDocument: `${REL_NS}/officeDocument`,
  worksheet: `${REL_NS}/worksheet`,
  styles: `${REL_NS}/styles`,
  comments: `${REL_NS}/comments`,
  vmlDrawing: `${REL_NS}/vmlDrawing`,
} as const;

export function relationshipsXml(rels: readonly Relationship[]): string {
  const items = rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${xmlEncode(r.target)}"/>`)
    .join('');
  return `${DECL}<Relationships xmlns="${PKG_REL_NS}">${items}</Relationships>`;
}

export interface WorkbookSheet {
  name: string;
  /** 1-based, also the part's number: `xl/worksheets/sheet<n>.xml`. */
  n: number;
  /** The autofilter's range, for Excel's hidden `_FilterDatabase` name. */
  autoFilter?: string;
  /** Print the header row on every page. */
  printTitles?: boolean;
  hasNotes: boolean;
}

/** `'My sheet'!$A$1:$F$9` */
function absoluteRange(sheet: string, range: string): string {
  const abs = range.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheet.replaceAll("'", "''")}'!${abs}`;
}

export function workbookXml(sheets: readonly WorkbookSheet[]): string {
  const items = sheets
    .map((s) => `<sheet name="${xmlEncode(s.name)}" sheetId="${s.n}" r:id="rIdSheet${s.n}"/>`)
    .join('');
  const quoted = (name: string) => `'${name.replaceAll("'", "''")}'`;
  const names = sheets
    .flatMap((s) => [
      ...(s.autoFilter
        ? [
            `<definedName name="_xlnm._FilterDatabase" localSheetId="${s.n - 1}" hidden="1">${xmlEncode(absoluteRange(s.name, s.autoFilter))}</definedName>`,
          ]
        : []),
      ...(s.printTitles
        ? [
            `<definedName name="_xlnm.Print_Titles" localSheetId="${s.n - 1}">${xmlEncode(`${quoted(s.name)}!$1:$1`)}</definedName>`,
          ]
        : []),
    ])
    .join('');
  return (
    `${DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<bookViews><workbookView/></bookViews><sheets>${items}</sheets>` +
    `${names ? `<definedNames>${names}</definedNames>` : ''}</workbook>`
  );
}

export function workbookRelsXml(sheets: readonly WorkbookSheet[]): string {
  return relationshipsXml([
    ...sheets.map((s) => ({
      id: `rIdSheet${s.n}`,
      type: REL_TYPES.worksheet,
      target: `worksheets/sheet${s.n}.xml`,
    })),
    { id: 'rIdStyles', type: REL_TYPES.styles, target: 'styles.xml' },
  ]);
}

export const ROOT_RELS_XML = relationshipsXml([
  { id: 'rId1', type: REL_TYPES.officeDocument, target: 'xl/workbook.xml' },
]);

const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

export function contentTypesXml(sheets: readonly WorkbookSheet[]): string {
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>`,
    ...sheets.map(
      (s) => `<Override PartName="/xl/worksheets/sheet${s.n}.xml" ContentType="${CT}.worksheet+xml"/>`,
    ),
    ...sheets
      .filter((s) => s.hasNotes)
      .map((s) => `<Override PartName="/xl/comments${s.n}.xml" ContentType="${CT}.comments+xml"/>`),
  ].join('');
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' +
    `${overrides}</Types>`
  );
}
