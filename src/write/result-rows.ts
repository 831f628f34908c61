/**
 * Pure: the cells and styles of one outcome in the result sheet and in the errors sheet.
 */
import { formatIssue, issueText } from '../i18n/index.js';
import type { RowIssue, RowOutcome, RowStatus, SourceRow, TypedCell } from '../types.js';
import { ATTENTION_STATUSES } from '../types.js';
import { capText } from './cell-safety.js';
import type { SheetLayout } from './result-layout.js';
import type { CellStyle, CellValue, RowStyle, TableFormat } from './table-writer.js';

/** Row tints (light) and offending-cell tints (stronger), ARGB. Successful rows stay untinted. */
export const TINTS = {
  failedRow: 'FFFDE4E4',
  failedCell: 'FFF4A6A6',
  doubtRow: 'FFFFF3D6',
  doubtCell: 'FFFFD37A',
} as const;

/**
 * `Kolom "No HP": message [CODE]` in the run's language (src/i18n), several joined by `; `. Not
 * filtered: the sheet quotes the user's values exactly; server texts were scrubbed as they arrived
 * (docs/SECRETS.md).
 */
export function formatIssues(issues: readonly RowIssue[]): string {
  return issues.map((issue) => formatIssue(issue)).join('; ');
}

/** The outcome's issues plus any reader issues it does not already carry. */
export function allIssues(outcome: RowOutcome): RowIssue[] {
  if (!outcome.source.readIssues) return outcome.issues;
  const extra = (outcome.source.readIssues ?? []).filter(
    (r) => !outcome.issues.some((i) => i.code === r.code && i.column === r.column && i.message === r.message),
  );
  return extra.length ? [...outcome.issues, ...extra] : outcome.issues;
}

/** Finds an issue's input column: by the unique header first, then by the verbatim header. */
export class ColumnLocator {
  private readonly index = new Map<string, number>();

  constructor(headers: readonly string[], rawHeaders: readonly string[]) {
    rawHeaders.forEach((h, i) => {
      if (!this.index.has(h)) this.index.set(h, i);
    });
    headers.forEach((h, i) => this.index.set(h, i)); // the unique names win
  }

  find(column: string | undefined): number | undefined {
    return column === undefined ? undefined : this.index.get(column);
  }
}

/**
 * A formula is never written back as a formula: our own columns come first, so its references would
 * point at other cells (and a formula from a file is not ours to run). Its cached result is the value
 * the import read; without one (a file saved by a tool that does not calculate) the formula's text,
 * as the user typed it, goes in as text.
 */
function formulaValue(cell: Extract<TypedCell, { type: 'formula' }>): CellValue {
  if (cell.result !== undefined) return cell.result;
  return cell.formula.startsWith('=') ? cell.formula : `=${cell.formula}`;
}

interface InputCell {
  value: CellValue;
  numFmt?: string;
}

/** An input cell as the workbook had it (XLSX), or as read (CSV, or no typed value): text. */
export function inputCell(source: SourceRow, header: string, format: TableFormat): InputCell {
  const typed = format === 'xlsx' ? source.typed?.[header] : undefined;
  if (typed) {
    if (typed.type === 'formula') return { value: formulaValue(typed) };
    if (typed.type === 'boolean') return { value: typed.value };
    return typed.numFmt ? { value: typed.value, numFmt: typed.numFmt } : { value: typed.value };
  }
  const text = source.cells[header];
  return { value: text === undefined || text === '' ? null : text };
}

/** The note of a cell: its issues' texts (`messages`: each issueText, by index among `issues`). */
const noteText = (issues: readonly RowIssue[], own: readonly number[], messages: readonly string[]): string =>
  capText(own.map((k) => `${messages[k]} [${issues[k].code}]`).join('\n'));

/** What an outcome needing attention says, rendered once for both sheets (rendering is the costly part). */
interface AttentionTexts {
  doubt: boolean;
  /** The note of each offending input column, by its index among the input's headers. */
  notes: Map<number, string>;
}

function attentionTexts(
  status: RowStatus,
  issues: readonly RowIssue[],
  messages: readonly string[],
  locator: ColumnLocator,
): AttentionTexts | undefined {
  if (!ATTENTION_STATUSES.has(status)) return undefined;
  const byInput = new Map<number, number[]>();
  issues.forEach((issue, k) => {
    const input = locator.find(issue.column);
    if (input !== undefined) byInput.set(input, [...(byInput.get(input) ?? []), k]);
  });
  const notes = new Map<number, string>();
  for (const [input, own] of byInput) notes.set(input, noteText(issues, own, messages));
  return { doubt: status === 'in_doubt', notes };
}

/** The row tinted, each offending cell tinted stronger with a note holding its problems. */
function attentionStyle(texts: AttentionTexts | undefined, layout: SheetLayout): RowStyle | undefined {
  if (!texts) return undefined;
  const cells: Record<number, CellStyle> = {};
  const fill = texts.doubt ? TINTS.doubtCell : TINTS.failedCell;
  for (const [input, note] of texts.notes) {
    const at = layout.inputAt[input] ?? -1;
    if (at >= 0) cells[at] = { fill, note };
  }
  return { fill: texts.doubt ? TINTS.doubtRow : TINTS.failedRow, cells };
}

/** One sheet's row of an outcome: our own columns, the input's cells, the cells right of its header. */
function sheetRow(
  outcome: RowOutcome,
  texts: { error: string | undefined; attention: AttentionTexts | undefined },
  headers: readonly string[],
  layout: SheetLayout,
  format: TableFormat,
): { values: CellValue[]; style?: RowStyle } {
  const values: CellValue[] = new Array<CellValue>(layout.columns.length).fill(null);
  const { ownAt } = layout;
  if (ownAt._row !== undefined) values[ownAt._row] = outcome.source.rowNumber;
  if (ownAt._status !== undefined) values[ownAt._status] = outcome.status;
  if (ownAt._id !== undefined) values[ownAt._id] = outcome.id ?? null;
  if (ownAt._error !== undefined && texts.error !== undefined) values[ownAt._error] = texts.error;

  const attention = attentionStyle(texts.attention, layout);
  let formats: Record<number, CellStyle> | undefined;
  const { source } = outcome;
  const typed = format === 'xlsx' ? source.typed : undefined;
  for (let i = 0; i < headers.length; i++) {
    const at = layout.inputAt[i];
    if (at === undefined || at < 0) continue;
    if (typed?.[headers[i]] === undefined) {
      // Text, as inputCell gives it, without an object per cell (most cells of most rows).
      const text = source.cells[headers[i]];
      values[at] = text === undefined || text === '' ? null : text;
      continue;
    }
    const cell = inputCell(source, headers[i], format);
    values[at] = cell.value;
    if (cell.numFmt) (formats ??= {})[at] = { ...attention?.cells?.[at], numFmt: cell.numFmt };
  }
  // A workbook's cells right of its header (a CSV has none: there they are a row error).
  const extra = format === 'xlsx' ? source.extra : undefined;
  for (const letter in extra) {
    const text = extra[letter];
    const at = layout.extraAt(letter);
    if (at !== undefined && text !== '') values[at] = text;
  }
  if (!formats) return attention ? { values, style: attention } : { values };
  return { values, style: { ...attention, cells: { ...attention?.cells, ...formats } } };
}

export interface RowsOfOutcome {
  result: { values: CellValue[]; style?: RowStyle };
  /** Present only for rows that need attention. */
  errors?: { values: CellValue[]; style?: RowStyle };
}

export interface ResultLayouts {
  result: SheetLayout;
  errors: SheetLayout;
}

export function rowsOfOutcome(
  outcome: RowOutcome,
  headers: readonly string[],
  layouts: ResultLayouts,
  locator: ColumnLocator,
  format: TableFormat,
): RowsOfOutcome {
  const issues = allIssues(outcome);
  // Each issue's text is rendered once, for the `_error` cell and the cell's note alike.
  const messages = issues.map((issue) => issueText(issue));
  const texts = {
    error: issues.length
      ? capText(issues.map((issue, k) => formatIssue(issue, undefined, messages[k])).join('; '))
      : undefined,
    // A CSV has no styles: its cell notes would be built and thrown away.
    attention: format === 'xlsx' ? attentionTexts(outcome.status, issues, messages, locator) : undefined,
  };
  const result = sheetRow(outcome, texts, headers, layouts.result, format);
  if (!ATTENTION_STATUSES.has(outcome.status)) return { result };
  return { result, errors: sheetRow(outcome, texts, headers, layouts.errors, format) };
}
