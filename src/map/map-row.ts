/**
 * Row mapping: a SourceRow → the API payload and key, or every problem of the row (never the first
 * only). Pure and cheap: it runs once per row of files with a million rows.
 *
 * Why no yup at run time: each cell is already validated by the parse functions (parse-values.ts),
 * which also produce the typed value, the stable code and the message naming the cell. Running yup
 * over the finished payload as well would check the same rules twice, and it is what costs: measured
 * with test/map/throughput.ts (200k rows, Node 20, 2 cores), customers mapped at ~160–180k rows/s
 * alone but ~25–30k rows/s with one yup `validateSync(…, {abortEarly: false})` per row (products:
 * ~90k vs ~11k) — below the 40k rows/s a million-row file needs. So yup is not on the per-row path.
 * The yup schemas in schemas.ts state the same contract independently, and the tests run every
 * payload mapRow makes through them, so the parsers and the contract cannot drift apart unnoticed.
 *
 * Modes:
 * - create: every non-blank bound column is sent; required fields must be non-blank. The `id` column
 *   is not sent: a valid id is kept as `fileId` (a row naming a record that exists is not created
 *   again, docs/REIMPORT.md), one that is no id is ignored (warning MAP_IGNORED); the key is the
 *   natural key if given (for reconciliation).
 * - upsert: as create (the row may create), keyed by `id` or the natural key. Without either the row
 *   is created, with the warning KEY_MISSING_UPSERT_CREATES: nothing protects against duplicates then.
 * - update: only present, non-blank columns are sent; a key is required (KEY_MISSING).
 * - blank='clear' (update and upsert): a present, blank column clears its field ('' / [] / null);
 *   fields that cannot be empty (name, qty_on_hand, units, status, numbers) give MAP_REQUIRED.
 * - update/upsert with a key: a phone cell that is no phone number (MAP_BAD_PHONE) is kept raw in the
 *   payload and its error in `unlessStored`: the record may hold that very phone (an export imported
 *   back), which only push/ can tell (push/stored-values.ts, docs/REIMPORT.md).
 * - delete: only the key is read; the payload is empty.
 * - update-status: only the key and `status` (required) are read.
 * Key: `id` (a positive integer) when its column is present and the cell non-blank, else the
 * natural key (`ext_cust_no`, `ext_product_code`) — so an export (which has both) updates by id.
 */
import type { MessageRef } from '../errors.js';
import { getLanguage, rowText } from '../i18n/index.js';
import type { IssueCode, MappedRow, RowIssue, RowKey, SourceRow } from '../types.js';
import type {
  BoundColumn,
  BuildContext,
  ColumnBinding,
  ColumnSpec,
  CompositeCell,
  CompositeSpec,
  EntitySpec,
  MapMode,
  MapOptions,
} from './columns.js';
import { specOf, type InputOf, type TableEntity } from './entities.js';
import { localHeader } from './local-headers.js';
import { clearValueOf, parseCell } from './parse-cell.js';
import { isScientific, parseCode } from './spreadsheet-numbers.js';

/**
 * Codes of cell errors a value SalesMania itself holds can have: the API takes any text as a phone,
 * so an export carries `telp kantor` out and back. Refused in a create, left to push/ in a keyed
 * update or upsert, where the stored record is known (docs/REIMPORT.md).
 */
const STORED_MAY_HOLD: ReadonlySet<IssueCode> = new Set(['MAP_BAD_PHONE']);

function issueOf(
  code: IssueCode,
  field: string | undefined,
  column: string | undefined,
  text: { message: string; localized?: MessageRef },
): RowIssue {
  return text.localized
    ? { code, field, column, message: text.message, localized: text.localized }
    : { code, field, column, message: text.message };
}

interface SimpleStep {
  header: string;
  column: ColumnSpec;
  /** Must be non-blank in this mode. */
  required: boolean;
  clearValue: unknown;
  /** The natural-key column: not sent by an update keyed by it. */
  isExtKey: boolean;
}

interface CompositeStep {
  composite: CompositeSpec;
  cells: readonly BoundColumn[];
}

/** What a binding needs done per row in one mode; computed once, not per row. */
interface Plan {
  spec: EntitySpec;
  simple: SimpleStep[];
  composites: CompositeStep[];
  id?: BoundColumn;
  ext?: BoundColumn;
  /** `id` column in create: not sent, only checked against the server (`fileId`). */
  ignoredId?: BoundColumn;
  /** Header → field, for the headers this mode reads. */
  used: Map<string, string>;
}

const plans = new WeakMap<ColumnBinding, Map<MapMode, Plan>>();

function planFor(binding: ColumnBinding, mode: MapMode): Plan {
  let byMode = plans.get(binding);
  if (!byMode) plans.set(binding, (byMode = new Map()));
  let plan = byMode.get(mode);
  if (!plan) byMode.set(mode, (plan = makePlan(binding, mode)));
  return plan;
}

function makePlan(binding: ColumnBinding, mode: MapMode): Plan {
  const spec = specOf(binding.entity as TableEntity) as EntitySpec;
  const find = (field: string | undefined) => binding.bound.find((b) => field && b.column.field === field);
  const plan: Plan = { spec, simple: [], composites: [], used: new Map() };
  plan.ext = find(spec.extKey);
  if (mode === 'create') plan.ignoredId = find(spec.idKey);
  else plan.id = find(spec.idKey);

  const writes = mode === 'create' || mode === 'upsert' || mode === 'update';
  const readsField = (field: string) =>
    writes ? field !== spec.idKey : mode === 'update-status' && field === spec.statusField;
  for (const b of binding.bound) {
    const { column } = b;
    const composite = spec.composites.find((k) => k.forms.some((f) => f.has(column.field)));
    if (composite || !readsField(column.field)) continue;
    plan.simple.push({
      header: b.header,
      column,
      required: mode === 'update-status' || ((mode === 'create' || mode === 'upsert') && column.required),
      clearValue: clearValueOf(column),
      isExtKey: column.field === spec.extKey,
    });
  }
  if (writes) {
    for (const composite of spec.composites) {
      const cells = binding.bound.filter((b) => composite.forms.some((f) => f.has(b.column.field)));
      if (cells.length > 0) plan.composites.push({ composite, cells });
    }
  }
  for (const b of [plan.id, plan.ext].filter((x): x is BoundColumn => x !== undefined)) {
    plan.used.set(b.header, b.column.field);
  }
  for (const s of plan.simple) plan.used.set(s.header, s.column.field);
  for (const k of plan.composites) for (const b of k.cells) plan.used.set(b.header, b.column.field);
  return plan;
}

export function mapRow<E extends TableEntity>(
  entity: E,
  binding: ColumnBinding,
  row: SourceRow,
  options: MapOptions,
): MappedRow<InputOf<E>> {
  if (binding.entity !== entity) {
    throw new TypeError(`mapRow: binding is for ${binding.entity}, not ${entity}`);
  }
  const { mode } = options;
  const plan = planFor(binding, mode);
  const clear = options.blank === 'clear' && (mode === 'update' || mode === 'upsert');
  const creates = mode === 'create' || mode === 'upsert';
  const cells = row.cells;
  const issues: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const payload: Record<string, unknown> = {};
  // Errors that stand unless the record holds the same value (MappedRow.unlessStored).
  const held: RowIssue[] = [];
  const keyedWrite = mode === 'update' || mode === 'upsert';
  const say = (
    code: IssueCode,
    field: string | undefined,
    column: string | undefined,
    text: { message: string; localized?: MessageRef },
  ) => {
    issues.push(issueOf(code, field, column, text));
  };
  const issue = (
    code: IssueCode,
    field: string | undefined,
    column: string | undefined,
    message: string,
    localized?: MessageRef,
  ) => say(code, field, column, { message, localized });

  // Read problems: in a column this mode reads, the row is invalid; elsewhere only a warning.
  let unreadable: Set<string> | undefined;
  for (const ri of row.readIssues ?? []) {
    const field = ri.column === undefined ? undefined : plan.used.get(ri.column);
    if (ri.column !== undefined && field === undefined) {
      warnings.push(ri);
    } else {
      issues.push(field !== undefined && ri.field === undefined ? { ...ri, field } : ri);
      if (ri.column !== undefined) (unreadable ??= new Set()).add(ri.column);
    }
  }
  const textOf = (header: string) => (cells[header] ?? '').trim();

  const found = findKey(plan, textOf, unreadable);
  let { key } = found;
  let keyProblem = found.extUnreadable;
  if (key?.kind === 'ext' && isScientific(key.value) && plan.ext) {
    // A key a spreadsheet turned into 1.23E+05 names no record for sure: never look it up or create it.
    const r = parseCode(key.value);
    if (!r.ok) say(r.code, plan.ext.column.field, plan.ext.header, r);
    key = undefined;
    keyProblem = true;
  }
  if (found.idFailure) {
    say(found.idFailure.code, plan.id?.column.field, plan.id?.header, found.idFailure);
    keyProblem = true;
  }
  if (!key && !keyProblem && mode !== 'create') {
    const keyColumn = plan.ext ?? plan.id;
    // The key columns as the user's file names them (docs/I18N.md: never the API field).
    const names = [plan.ext, plan.id].filter((b): b is BoundColumn => b !== undefined).map((b) => b.header);
    const two = names.length > 1 ? { first: names[0], second: names[1] } : undefined;
    // No key column in the file: the key column's header in the run's language (`Kode Pelanggan`).
    const extSpec = plan.spec.columns.find((c) => c.field === plan.spec.extKey);
    const fallback = extSpec ? localHeader(plan.spec.entity as TableEntity, extSpec, getLanguage()) : 'id';
    const one = { name: names[0] ?? keyColumn?.header ?? fallback };
    if (mode === 'upsert') {
      warnings.push({
        code: 'KEY_MISSING_UPSERT_CREATES',
        field: keyColumn?.column.field,
        column: keyColumn?.header,
        ...(two ? rowText('row.key.missingUpsertEither', two) : rowText('row.key.missingUpsert', one)),
      });
    } else {
      say(
        'KEY_MISSING',
        keyColumn?.column.field,
        keyColumn?.header,
        two
          ? rowText('row.key.missingEither', { ...two, mode })
          : rowText('row.key.missing', { ...one, mode }),
      );
    }
  }
  let fileId: number | undefined;
  const idText = plan.ignoredId ? textOf(plan.ignoredId.header) : '';
  const fileIdCell = plan.ignoredId && idText !== '' ? parseCell(plan.ignoredId.column, idText) : undefined;
  if (fileIdCell?.ok) fileId = fileIdCell.value as number;
  else if (plan.ignoredId && fileIdCell) {
    warnings.push({
      code: 'MAP_IGNORED',
      field: plan.ignoredId.column.field,
      column: plan.ignoredId.header,
      ...rowText('row.key.idIgnored'),
    });
  }

  // Single-column fields.
  for (const step of plan.simple) {
    if (unreadable?.has(step.header)) continue;
    const text = textOf(step.header);
    const field = step.column.field;
    if (text === '') {
      if (step.required) say('MAP_REQUIRED', field, step.header, rowText('row.isRequired'));
      else if (clear && !(step.isExtKey && key?.kind === 'ext')) {
        if (step.clearValue === undefined)
          say('MAP_REQUIRED', field, step.header, rowText('row.cannotClear'));
        else payload[field] = step.clearValue;
      }
      continue;
    }
    if (step.isExtKey && mode === 'update' && key?.kind === 'ext') continue; // it is the key: unchanged
    const r = parseCell(step.column, text, options);
    if (r.ok) {
      // undefined: a placeholder that means "none" (a phone's `-`): treated as a blank cell.
      if (r.value !== undefined) payload[field] = r.value;
      if (r.warning) warnings.push({ ...r.warning, field, column: step.header });
    } else if (key && keyedWrite && STORED_MAY_HOLD.has(r.code)) {
      // The record may hold this very value (an export imported back): push/ decides by it.
      payload[field] = text;
      held.push(issueOf(r.code, r.field ?? field, step.header, r));
    } else say(r.code, r.field ?? field, step.header, r);
  }

  // Multi-column fields (location, product units).
  const ctx: BuildContext = { issue };
  for (const step of plan.composites) {
    if (unreadable && step.cells.some((b) => unreadable?.has(b.header))) continue;
    const parts = new Map<string, CompositeCell>();
    let blank = true;
    for (const b of step.cells) {
      const text = textOf(b.header);
      if (text !== '') blank = false;
      parts.set(b.column.field, {
        header: b.header,
        column: b.column,
        text,
        parsed: text === '' ? undefined : parseCell(b.column, text, options),
      });
    }
    const { composite } = step;
    if (blank) {
      const column = step.cells[0].header;
      if (creates && composite.required)
        say('MAP_REQUIRED', composite.field, column, rowText('row.isRequired'));
      else if (clear) {
        if (composite.clearValue === undefined)
          say('MAP_REQUIRED', composite.field, column, rowText('row.cannotClear'));
        else payload[composite.field] = composite.clearValue;
      }
      continue;
    }
    const value = composite.build(parts, ctx);
    if (value !== undefined) payload[composite.field] = value;
  }

  if (issues.length > 0) return { source: row, ok: false, issues: [...issues, ...held] };
  const mapped: MappedRow<InputOf<E>> = { source: row, ok: true, payload: payload as InputOf<E> };
  if (held.length > 0) mapped.unlessStored = held;
  if (key) mapped.key = key;
  if (fileId !== undefined) mapped.fileId = fileId;
  if (warnings.length > 0) mapped.warnings = warnings;
  return mapped;
}

interface FoundKey {
  key?: RowKey;
  /** The `id` cell is not blank but not an id either. */
  idFailure?: { code: IssueCode; message: string; localized?: MessageRef };
  /** The natural-key cell could not be read (a read issue on it). */
  extUnreadable: boolean;
}

/** Key: id wins over the natural key when given; a cell with a read problem gives none. */
function findKey(plan: Plan, textOf: (header: string) => string, unreadable?: Set<string>): FoundKey {
  if (plan.id && !unreadable?.has(plan.id.header)) {
    const text = textOf(plan.id.header);
    if (text !== '') {
      const r = parseCell(plan.id.column, text);
      if (r.ok) return { key: { kind: 'id', value: r.value as number }, extUnreadable: false };
      return {
        idFailure: { code: r.code, message: r.message, localized: r.localized },
        ...naturalKey(plan, textOf, unreadable),
      };
    }
  }
  return naturalKey(plan, textOf, unreadable);
}

function naturalKey(plan: Plan, textOf: (header: string) => string, unreadable?: Set<string>): FoundKey {
  if (!plan.ext) return { extUnreadable: false };
  if (unreadable?.has(plan.ext.header)) return { extUnreadable: true };
  const text = textOf(plan.ext.header);
  return {
    key: text === '' ? undefined : { kind: 'ext', field: plan.ext.column.field, value: text },
    extUnreadable: false,
  };
}

/**
 * The key mapRow would give the row, without mapping it: for the read-through pass that screens a
 * file for repeated keys (push/duplicate-screen.ts). A row that maps with a key has this one.
 */
export function rowKeyOf(binding: ColumnBinding, mode: MapMode, row: SourceRow): RowKey | undefined {
  const plan = planFor(binding, mode);
  let unreadable: Set<string> | undefined;
  for (const ri of row.readIssues ?? []) {
    if (ri.column !== undefined && plan.used.has(ri.column)) (unreadable ??= new Set()).add(ri.column);
  }
  return findKey(plan, (header) => (row.cells[header] ?? '').trim(), unreadable).key;
}
