/**
 * The data that flows between pipeline stages (see docs/ARCHITECTURE.md):
 * file ──read──▶ SourceRow ──map──▶ MappedRow ──push──▶ RowOutcome ──write──▶ result sheet
 */
import type { MessageRef } from './errors.js';

import type { ApiErrorCode } from './errors.js';

/** One data row as the user sees it in their file. */
export interface SourceRow {
  /** The row number the user sees in Excel or a text editor (header = 1). */
  rowNumber: number;
  /** Sheet name, for XLSX input. */
  sheet?: string;
  /** The file's own header (made unique, see SourceFile.headers) → the cell as text. */
  cells: Record<string, string>;
  /** Problems the reader found in this row's cells (e.g. an Excel error cell `#REF!`). */
  readIssues?: RowIssue[];
  /**
   * XLSX: the typed value of each cell that is not plain text (number, boolean, date, formula), keyed
   * like `cells`, so the result sheet can write the input back with its own cell types.
   */
  typed?: Record<string, TypedCell>;
  /**
   * XLSX: cells to the right of the last header, keyed by column letter (`K`): kept in the result
   * sheet, ignored for mapping.
   */
  extra?: Record<string, string>;
  /** XLSX: the row is hidden in the workbook (hidden by hand, or filtered out by an autofilter). */
  hidden?: boolean;
}

/** A cell's value as the workbook stores it (see SourceRow.typed). */
export type TypedCell =
  | { type: 'number'; value: number; numFmt?: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'date'; value: Date; numFmt?: string }
  | { type: 'formula'; formula: string; result?: string | number | boolean | Date };

/** Stable issue codes: tests and scripts match these, never the prose. */
export type IssueCode =
  | 'READ_CELL_ERROR'
  /** A total row below the data (`Total`, `Jumlah`, a SUM formula, no key): skipped, not a record. */
  | 'READ_TOTAL_ROW'
  /** Warning: the row is hidden in the workbook or filtered out; it is imported like the others. */
  | 'READ_HIDDEN_ROW'
  /** Text garbled by the wrong character set (`CafÃ©` for `Café`): the row is not sent. */
  | 'MAP_GARBLED_TEXT'
  | 'MAP_REQUIRED'
  | 'MAP_INVALID'
  | 'MAP_OUT_OF_RANGE'
  | 'MAP_TOO_LONG'
  | 'MAP_NOT_A_NUMBER'
  | 'MAP_BOTH_OR_NEITHER'
  | 'MAP_BAD_DATE'
  | 'MAP_AMBIGUOUS_DATE'
  | 'MAP_CONFLICT'
  /** A phone or code a spreadsheet program turned into a number in scientific notation (8.12E+09). */
  | 'MAP_NUMBER_MANGLED'
  /** Warning: a phone's leading 0 (or +) that a spreadsheet program dropped was put back. */
  | 'MAP_ZERO_RESTORED'
  /** A phone cell that is no phone number: no digits (`telp kantor`), or letters among them (`0812-xxx`). */
  | 'MAP_BAD_PHONE'
  /** Warning: a phone cell of punctuation only (`-`) is taken as blank: nothing sent, a stored phone kept. */
  | 'MAP_PHONE_PLACEHOLDER'
  /**
   * Warning, update/upsert: the phone cell is no phone number but is the phone SalesMania holds (an
   * export imported back): not a change, not sent, the stored phone kept (docs/REIMPORT.md).
   */
  | 'PHONE_STORED_INVALID'
  /** A key of digits that matches no record, but matches one with leading zeros: they were lost. */
  | 'KEY_LOST_ZEROS'
  /** Products: the row lists fewer units than the product has; without --units replace none is removed. */
  | 'UNITS_WOULD_REMOVE'
  | 'DUPLICATE_IN_FILE'
  | 'KEY_MISSING'
  /** Warning: an upsert row without a key is created, with no protection against duplicates. */
  | 'KEY_MISSING_UPSERT_CREATES'
  /** Warning: a cell the mode does not use (e.g. `id` on create) was ignored. */
  | 'MAP_IGNORED'
  | 'KEY_NOT_FOUND'
  /** Create: a record with the row's key exists on the server; not sent (`--allow-existing-keys` sends it). */
  | 'KEY_EXISTS'
  | 'KEY_AMBIGUOUS'
  /**
   * An update would set a key (`ext_cust_no`, `ext_product_code`) that another record holds (or
   * that an earlier row of the run gave another record): not sent (docs/REIMPORT.md).
   */
  | 'KEY_TAKEN'
  | 'REF_NOT_FOUND'
  | 'REF_AMBIGUOUS'
  /** Orders: another line of the same order has errors, so none of the order was sent. */
  | 'ORDER_INVALID'
  /** Orders with --skip-existing: an order with this ext_order_no exists for the customer and date. */
  | 'ORDER_EXISTS'
  /** Visits: the same visit (date, customer, team member) exists: `unchanged`, not sent again. */
  | 'VISIT_EXISTS'
  /** Warning, orders: an order with this number is on the other reading of the row's ambiguous date. */
  | 'ORDER_EXISTS_OTHER_DATE'
  | ApiErrorCode
  /** apply: the record changed on the server since the plan (or the row would now do something else). */
  | 'PLAN_CONFLICT'
  | 'INTERRUPTED'
  /** Undo (docs/UNDO.md): the record was changed since the run; left as it is. */
  | 'CHANGED_SINCE'
  /** Undo: the record the run updated was deleted since. */
  | 'RECORD_GONE'
  /** Undo: nothing to do, the change is undone already or never happened. */
  | 'ALREADY_UNDONE'
  /** Undo: the journal keeps no before-image for the row (an older version wrote it). */
  | 'NO_BEFORE_IMAGE'
  /** Undo: the run may have created a record, and nothing tells which. */
  | 'UNDO_IN_DOUBT'
  /** Undo: the API cannot take this change back (a visit). */
  | 'CANNOT_UNDO';

export interface RowIssue {
  code: IssueCode;
  /** The API field, dotted (`location.lat`, `product_units.0.ratio`). */
  field?: string;
  /** The input column (the file's own header) the problem came from. */
  column?: string;
  /** English text; shown when `localized` is absent (src/i18n renders issues). */
  message: string;
  /** The message in the catalog (src/i18n), by key and params; `column` is passed as `{{column}}`. */
  localized?: MessageRef;
}

/**
 * How a row names its record: the entity's natural key (`ext_cust_no`, `ext_product_code`) or the
 * SalesMania id. Structured rather than a string so no stage has to parse `id:123` back.
 */
export type RowKey = { kind: 'ext'; field: string; value: string } | { kind: 'id'; value: number };

export type MappedRow<P = Record<string, unknown>> =
  | {
      source: SourceRow;
      ok: true;
      payload: P;
      key?: RowKey;
      /**
       * Create: the row's `id` cell (an export's), never sent: a row naming a record that exists is
       * not created again (docs/REIMPORT.md).
       */
      fileId?: number;
      warnings?: RowIssue[];
      /**
       * Update/upsert: errors of cells that stand only when the value differs from the stored
       * record's (a phone with letters that SalesMania itself holds and exported). The raw value is
       * in the payload; push/ decides against the record (push/stored-values.ts, docs/REIMPORT.md).
       */
      unlessStored?: RowIssue[];
    }
  | { source: SourceRow; ok: false; issues: RowIssue[] };

/** `not_sent`: the run was stopped before this row's request left; `--resume` sends it. */
export type RowStatus =
  | 'created'
  | 'updated'
  | 'deleted'
  | 'unchanged'
  | 'skipped'
  | 'valid'
  | 'invalid'
  | 'failed'
  | 'in_doubt'
  | 'not_sent'
  /** apply and undo: the record was changed since the plan / the run, so it was left alone. */
  | 'conflict'
  /** Undo: the API cannot take this change back (a visit; a journal without before-image). */
  | 'cannot_undo';

export interface RowOutcome {
  source: SourceRow;
  status: RowStatus;
  id?: string | number;
  issues: RowIssue[];
  attempts: number;
  /** plan: what the row would do (docs/PLAN.md). */
  plan?: RowPlan;
}

/** What `plan` says a row would do (docs/PLAN.md, "Actions"). */
export type PlanAction = 'create' | 'update' | 'unchanged' | 'delete' | 'skip' | 'invalid';

/** Stable flags of a planned row that deserve a second look (docs/PLAN.md, "Flags"). */
export type PlanFlag = 'UNITS_REMOVED' | 'PHONE_CHANGED' | 'IDENTITY_DIFFERS';

/** One field an update would change: API field, the file's header, the stored and the sent value. */
export interface FieldChange {
  field: string;
  column?: string;
  before: unknown;
  after: unknown;
}

export interface RowPlan {
  action: PlanAction;
  /** The record the row would change or delete (or whose key exists, for a skip). */
  id?: number;
  changes: FieldChange[];
  flags: PlanFlag[];
  /** What `apply` checks before it writes: the changed fields' stored values; the whole record of a delete. */
  before?: Record<string, unknown>;
}

/** One row of a plan as `apply` reads it back (the plan's companion file). */
export interface PlannedRow {
  row: number;
  action: PlanAction;
  id?: number;
  before?: Record<string, unknown>;
}

/** Statuses that need a person's attention; they go to the errors sheet. */
export const ATTENTION_STATUSES: ReadonlySet<RowStatus> = new Set([
  'invalid',
  'failed',
  'in_doubt',
  'conflict',
]);

export type Entity = 'customers' | 'products' | 'visits' | 'orders' | 'teams';
export type ImportEntity = Exclude<Entity, 'teams'>;
export type ImportMode = 'create' | 'update' | 'upsert' | 'delete' | 'update-status';

/** How a run reports progress; the CLI draws a bar on a terminal or logs a line now and then. */
export interface ProgressSink {
  start(total?: number): void;
  update(processed: number, status?: RowStatus): void;
  stop(): void;
}
