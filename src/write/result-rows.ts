/**
 * Pure: the cells and styles of one outcome in the result sheet and in the errors sheet.
 */
import { redact } from '../secrets.js';
import type { RowIssue, RowOutcome, RowStatus } from '../types.js';
import { ATTENTION_STATUSES } from '../types.js';
import { capText } from './cell-safety.js';
import type { CellStyle, CellValue, ColumnDef, RowStyle } from './table-writer.js';

/** Row tints (light) and offending-cell tints (stronger), ARGB. Successful rows stay untinted. */
export const TINTS = {
  failedRow: 'FFFDE4E4',
  failedCell: 'FFF4A6A6',
  doubtRow: 'FFFFF3D6',
  doubtCell: 'FFFFD37A',
} as const;

export function emptyCounts(): Record<RowStatus, number> {
  return {
    created: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
    skipped: 0,
    valid: 0,
    invalid: 0,
    failed: 0,
    in_doubt: 0,
  };
}

/** `column: message [CODE]`, several joined by `; `; secrets masked (messages may quote the API). */
export function formatIssues(issues: readonly RowIssue[]): string {
  return issues
    .map((issue) => {
      const label = issue.column ?? issue.field;
      return redact(`${label ? `${label}: ` : ''}${issue.message} [${issue.code}]`);
    })
    .join('; ');
}

/** The outcome's issues plus any reader issues it does not already carry. */
export function allIssues(outcome: RowOutcome): RowIssue[] {
  const extra = (outcome.source.readIssues ?? []).filter(
    (r) => !outcome.issues.some((i) => i.code === r.code && i.column === r.column && i.message === r.message),
  );
  return extra.length ? [...outcome.issues, ...extra] : outcome.issues;
}

export function inputColumns(rawHeaders: readonly string[]): ColumnDef[] {
  // `code`: verbatim text; in XLSX also text-formatted, so a fix typed in later keeps leading zeros.
  return rawHeaders.map((header) => ({
    header,
    kind: 'code',
    width: Math.min(40, Math.max(10, [...header].length + 4)),
  }));
}

export function resultColumns(rawHeaders: readonly string[]): ColumnDef[] {
  return [
    ...inputColumns(rawHeaders),
    { header: '_row', kind: 'integer', width: 8 },
    { header: '_status', kind: 'text', width: 11 },
    { header: '_id', kind: 'text', width: 14 },
    { header: '_error', kind: 'text', width: 60 },
  ];
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

interface Marks {
  /** Issues per input column index. */
  cells: Map<number, RowIssue[]>;
  /** Issues naming no input column (an API failure, a missing key, …). */
  row: RowIssue[];
}

function markIssues(issues: readonly RowIssue[], locator: ColumnLocator): Marks {
  const cells = new Map<number, RowIssue[]>();
  const row: RowIssue[] = [];
  for (const issue of issues) {
    const at = locator.find(issue.column);
    if (at === undefined) row.push(issue);
    else cells.set(at, [...(cells.get(at) ?? []), issue]);
  }
  return { cells, row };
}

const noteText = (issues: readonly RowIssue[]): string =>
  capText(issues.map((i) => redact(`${i.message} [${i.code}]`)).join('\n'));

/**
 * The style of an attention row: the row tinted, each offending cell tinted stronger with a note
 * holding its problems. With `rowNotesAt`, problems naming no column go in a note on that cell
 * (the errors sheet has no `_error` column to carry them).
 */
function attentionStyle(status: RowStatus, marks: Marks, rowNotesAt?: number): RowStyle | undefined {
  if (!ATTENTION_STATUSES.has(status)) return undefined;
  const doubt = status === 'in_doubt';
  const cellFill = doubt ? TINTS.doubtCell : TINTS.failedCell;
  const cells: Record<number, CellStyle> = {};
  for (const [at, issues] of marks.cells) cells[at] = { fill: cellFill, note: noteText(issues) };
  if (rowNotesAt !== undefined && marks.row.length > 0) {
    const own = cells[rowNotesAt];
    const rowNote = `Row: ${noteText(marks.row)}`;
    cells[rowNotesAt] = { fill: own?.fill, note: own?.note ? `${own.note}\n${rowNote}` : rowNote };
  }
  return { fill: doubt ? TINTS.doubtRow : TINTS.failedRow, cells };
}

export interface RowsOfOutcome {
  result: { values: CellValue[]; style?: RowStyle };
  /** Present only for rows that need attention. */
  errors?: { values: CellValue[]; style?: RowStyle };
}

export function rowsOfOutcome(
  outcome: RowOutcome,
  headers: readonly string[],
  locator: ColumnLocator,
): RowsOfOutcome {
  // Exactly as read: cells are text, and a missing cell is an empty one.
  const input: CellValue[] = headers.map((h) => outcome.source.cells[h] ?? '');
  const issues = allIssues(outcome);
  const marks = markIssues(issues, locator);
  const result = {
    values: [
      ...input,
      outcome.source.rowNumber,
      outcome.status,
      outcome.id ?? null,
      issues.length ? capText(formatIssues(issues)) : null,
    ],
    style: attentionStyle(outcome.status, marks),
  };
  if (!ATTENTION_STATUSES.has(outcome.status)) return { result };
  return {
    result,
    errors: {
      values: input,
      style: attentionStyle(outcome.status, marks, headers.length > 0 ? 0 : undefined),
    },
  };
}
