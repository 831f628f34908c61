/**
 * Pure: the cells and styles of one row of a plan sheet (docs/PLAN.md): the input's cells, then
 * `_row`, `_action`, `_reason`, `_id`, `_changes`, `_flags`. XLSX tints each cell an update would
 * change and puts its stored value in a note; a delete's row and an invalid row are tinted too.
 */
import { t } from '../i18n/index.js';
import type { FieldChange, PlanAction, RowOutcome } from '../types.js';
import { capText } from './cell-safety.js';
import { appendInputColumns } from './input-columns.js';
import type { ColumnLocator } from './result-rows.js';
import { allIssues, formatIssues, inputCell, TINTS } from './result-rows.js';
import type { CellStyle, CellValue, ColumnDef, RowStyle, TableFormat } from './table-writer.js';

export const PLAN_OWN = ['_row', '_action', '_reason', '_id', '_changes', '_flags'] as const;

/** Tints of a plan sheet, ARGB: a changed cell, a row to be deleted, a flag worth a second look. */
export const PLAN_TINTS = {
  changedCell: 'FFFFF2CC',
  deleteRow: 'FFFCE4D6',
  invalidRow: TINTS.failedRow,
  flag: TINTS.doubtCell,
} as const;

const OWN_DEFS: ColumnDef[] = [
  { header: '_row', kind: 'integer', width: 7 },
  { header: '_action', kind: 'text', width: 11 },
  { header: '_reason', kind: 'text', width: 40 },
  { header: '_id', kind: 'text', width: 10 },
  { header: '_changes', kind: 'text', width: 60 },
  { header: '_flags', kind: 'text', width: 20 },
];

/** Our own column names, and a result sheet's, are not input: a sheet planned again gets new ones. */
const RESERVED = new Set<string>([...PLAN_OWN, '_status', '_error']);

export class PlanLayout {
  readonly columns: ColumnDef[] = [];
  /** Per input column, its position in the sheet, or -1 when left out. */
  readonly inputAt: number[];
  readonly ownStart: number;

  constructor(rawHeaders: readonly string[]) {
    this.inputAt = appendInputColumns(this.columns, rawHeaders, RESERVED);
    this.ownStart = this.columns.length;
    this.columns.push(...OWN_DEFS);
  }
}

/** The action of a row: its plan's, or what its status says (rows never decided, other entities). */
export function actionOf(outcome: RowOutcome, updateStatus = false): PlanAction {
  if (outcome.plan) return outcome.plan.action;
  if (outcome.status === 'invalid') return 'invalid';
  if (outcome.status === 'skipped') return 'skip';
  if (outcome.status === 'unchanged') return 'unchanged';
  return updateStatus ? 'update' : 'create';
}

/** A stored or sent value as a person reads it in `_changes` and in a note. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return t('plan.empty');
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return t('plan.empty');
    return value.map((v) => (isUnit(v) ? `${v.name} ×${v.ratio} @${v.price}` : valueText(v))).join(', ');
  }
  const point = value as { lat?: unknown; lon?: unknown };
  if (typeof point.lat === 'number' && typeof point.lon === 'number') return `${point.lat}, ${point.lon}`;
  return JSON.stringify(value);
}

function isUnit(v: unknown): v is { name: string; ratio: number; price: number } {
  return typeof v === 'object' && v !== null && 'name' in v && 'ratio' in v && 'price' in v;
}

/** `Kota: Semarang → Solo`, by the file's own header. */
export function changeText(change: FieldChange): string {
  return `${change.column ?? change.field}: ${valueText(change.before)} → ${valueText(change.after)}`;
}

export function planRow(
  outcome: RowOutcome,
  headers: readonly string[],
  layout: PlanLayout,
  locator: ColumnLocator,
  format: TableFormat,
  updateStatus: boolean,
): { values: CellValue[]; style?: RowStyle } {
  const values: CellValue[] = new Array<CellValue>(layout.columns.length).fill(null);
  const cells: Record<number, CellStyle> = {};
  for (let i = 0; i < headers.length; i++) {
    const at = layout.inputAt[i];
    if (at === undefined || at < 0) continue;
    const cell = inputCell(outcome.source, headers[i], format);
    values[at] = cell.value;
    if (cell.numFmt) cells[at] = { numFmt: cell.numFmt };
  }
  const plan = outcome.plan;
  const action = actionOf(outcome, updateStatus);
  const issues = allIssues(outcome);
  const own = layout.ownStart;
  values[own] = outcome.source.rowNumber;
  values[own + 1] = action;
  values[own + 2] = issues.length ? capText(formatIssues(issues)) : null;
  values[own + 3] = outcome.id ?? plan?.id ?? null;
  values[own + 4] = plan?.changes.length ? capText(plan.changes.map(changeText).join('; ')) : null;
  values[own + 5] = plan?.flags.length ? plan.flags.join(', ') : null;
  for (const change of plan?.changes ?? []) {
    const input = locator.find(change.column);
    const at = input === undefined ? -1 : (layout.inputAt[input] ?? -1);
    if (at < 0) continue;
    const note = t('plan.before', { value: valueText(change.before) });
    cells[at] = { ...cells[at], fill: PLAN_TINTS.changedCell, note: capText(note) };
  }
  if (plan?.flags.length) cells[own + 5] = { fill: PLAN_TINTS.flag };
  const fill =
    action === 'delete' ? PLAN_TINTS.deleteRow : action === 'invalid' ? PLAN_TINTS.invalidRow : undefined;
  const style: RowStyle = { fill, cells };
  return { values, style };
}
