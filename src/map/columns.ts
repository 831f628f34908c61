/**
 * The column-table types. An entity is described by data (its columns) plus a few small functions
 * (how multi-column fields are assembled, how a record becomes cells). The same table drives header
 * matching, validation, the payload, the export's columns and the template, so export → edit →
 * import round-trips without remapping. New entities (visits, orders) add a table; nothing subclasses.
 */
import type { MessageRef } from '../errors.js';
import type { ImportMode, IssueCode } from '../types.js';
import type { DateFormat } from './dates.js';
import type { DateOrderEvidence } from './date-order.js';

/**
 * How a column's cells are read and how a template formats them:
 * - `text`: trimmed free text;
 * - `code`: kept verbatim except for trimming (phone numbers, customer codes: `00123`, `+62812…`);
 *   templates must format such columns as text so spreadsheet programs do not eat leading zeros;
 * - `number`, `integer`, `boolean`, `tags` (a list in one cell), `date` (`YYYY-MM-DD`), `enum` (`allowed`).
 */
export type ColumnKind = 'text' | 'code' | 'number' | 'integer' | 'boolean' | 'tags' | 'date' | 'enum';

/** The result of reading one non-blank cell. `field` narrows the issue to a part (`location.lon`). */
export type Parsed<T> =
  | { ok: true; value: T; warning?: { code: IssueCode; message: string; localized?: MessageRef } }
  | { ok: false; code: IssueCode; message: string; localized?: MessageRef; field?: string };

/** A column that names a record of another (or the same) entity and stands in for its id. */
export interface IdAlias {
  /** The entity whose record the column names (`customers`). */
  entity: string;
  /** The id field it stands for (`id` on the entity itself; `customer_id` on a visit). */
  idField: string;
}

export interface ColumnSpec {
  /**
   * The API field, dotted for a part of one (`location.lat`, `product_units.1.price`), or a derived
   * field: `id` (the SalesMania id, a key only), `location` / `product_units` (one-column forms).
   */
  readonly field: string;
  /** Canonical English header: written by the export and the template, always accepted on import. */
  readonly header: string;
  /** Other accepted headers (English and Indonesian). Matching ignores case, spacing and accents. */
  readonly aliases: readonly string[];
  /** Must be present and non-blank on create. */
  readonly required: boolean;
  readonly kind: ColumnKind;
  /** For the template: what the column holds. */
  readonly description: string;
  /** For the template: the rule in words (the same rule the parser applies). */
  readonly rule: string;
  /** For the template: an example cell. */
  readonly example: string;
  /** `enum` values, in their canonical spelling. */
  readonly allowed?: readonly string[];
  readonly idAlias?: IdAlias;
  /** Limits applied by the default parsers. */
  readonly min?: number;
  readonly max?: number;
  readonly maxLength?: number;
  /** A money column: `12.500` is refused as ambiguous (Indonesian thousands vs decimal point). */
  readonly money?: boolean;
  /** Fields of other columns that must be in the file whenever this one is (`lat` needs `lon`). */
  readonly companions?: readonly string[];
  /** Written by the export and listed first by the template; false for alternative one-column forms. */
  readonly exported: boolean;
  /** Holds a SalesMania id: the export writes it, a template leaves it out (a new sheet has none). */
  readonly salesManiaId?: boolean;
  /** A `code` column holding phone numbers: a lost leading 0 is put back (spreadsheet-numbers.ts). */
  readonly phone?: boolean;
  /** Parser for a trimmed, non-blank cell; the default depends on `kind`. */
  readonly parse?: (text: string) => Parsed<unknown>;
}

/** One way of giving a multi-column field (`lat` + `lon`, or one `location` column). */
export interface CompositeForm {
  readonly name: string;
  /** Does a column (by field) belong to this form? */
  readonly has: (field: string) => boolean;
  /** Fields whose columns make the form usable (companions bring the rest). */
  readonly needs: readonly string[];
}

/** A bound cell of a multi-column field, as handed to `CompositeSpec.build`. */
export interface CompositeCell {
  readonly header: string;
  readonly column: ColumnSpec;
  /** The trimmed cell; '' when blank. */
  readonly text: string;
  /** The column's parse of `text`; absent when blank. */
  readonly parsed?: Parsed<unknown>;
}

export interface BuildContext {
  /** Report a problem of this row. */
  issue(
    code: IssueCode,
    field: string,
    column: string | undefined,
    message: string,
    localized?: MessageRef,
  ): void;
}

/** A payload field that comes from several columns or from one of several forms. */
export interface CompositeSpec {
  /** The payload field (`location`, `product_units`). */
  readonly field: string;
  /** Must be given on create. */
  readonly required: boolean;
  /** The payload value for "clear" (blank='clear' in update); undefined: cannot be cleared. */
  readonly clearValue?: unknown;
  /** Alternative forms; a file may use only one of them. */
  readonly forms: readonly CompositeForm[];
  /**
   * Assemble the value from the bound cells (keyed by column field; at least one non-blank).
   * Returns undefined after reporting issues through `ctx`.
   */
  build(cells: ReadonlyMap<string, CompositeCell>, ctx: BuildContext): unknown;
}

/**
 * An entity's column table; `R` is the record the API returns (what the export writes).
 * Visits and orders get a spec of their own; the generic code below never names an entity.
 */
export interface EntitySpec<R = unknown> {
  readonly entity: string;
  readonly columns: readonly ColumnSpec[];
  /** Field of the natural key (`ext_cust_no`), sent in the payload; optional for entities without one. */
  readonly extKey?: string;
  /** Field of the SalesMania id column (`id`), a key only, never sent. */
  readonly idKey?: string;
  readonly composites: readonly CompositeSpec[];
  /** Field that `update-status` sends. */
  readonly statusField?: string;
  /** The modes this entity can be imported in; undefined: every mode. */
  readonly modes?: readonly MapMode[];
  /**
   * The columns a file must have in a mode, as groups of fields: at least one field of each group.
   * When given, it replaces the default check (required columns, required composites, the key),
   * for entities whose rules the flags cannot say (a customer by code, id or name; an order's
   * header fields that may be blank on all but one line). `has` tells whether a field is bound.
   */
  requiredColumns?(mode: MapMode, has: (field: string) => boolean): readonly (readonly string[])[];
  /** The export's columns, in order (the product table widens with unit groups). */
  exportColumns(options?: ExportOptions): readonly ColumnSpec[];
  /** A record as cells under the canonical headers. */
  toCells(record: R): Record<string, string>;
  /** Equality of a payload field with the record's value, for fields where `===` is wrong. */
  readonly same: Readonly<Record<string, (existing: unknown, sent: unknown) => boolean>>;
}

export interface ExportOptions {
  /** Products: how many unit groups (`unit`, `unit_2` …) the export writes; default 3. */
  unitGroups?: number;
}

/** A file header bound to a column. */
export interface BoundColumn {
  readonly header: string;
  readonly column: ColumnSpec;
}

export interface ColumnBinding {
  readonly entity: string;
  readonly mode: MapMode;
  /** Column field → the file header it comes from (for RowIssue.column). */
  readonly headerOf: Readonly<Record<string, string>>;
  /** Bound columns in the file's order. */
  readonly bound: readonly BoundColumn[];
  /** Headers matching no column: kept in result sheets, reported once as a warning by the caller. */
  readonly unknownColumns: readonly string[];
  /** Headers the mapping told us to ignore (`"Header": ""`); not worth a warning. */
  readonly ignoredColumns: readonly string[];
}

export type MapMode = ImportMode;

export interface BindOptions {
  /** File header → field or canonical header; `""` ignores the column. */
  mapping?: Record<string, string>;
  mode: MapMode;
}

export interface MapOptions {
  mode: MapMode;
  /** Blank cells in update: leave the field alone (`ignore`, default) or clear it (`clear`). */
  blank?: 'ignore' | 'clear';
  /** How `date` columns are read (visits, orders); default day-first. See dates.ts. */
  dateFormat?: DateFormat;
  /** What the file's date column showed of its order (date-order.ts, docs/DATES.md). */
  dateOrder?: DateOrderEvidence;
  /** The file is a `;` CSV (docs/EXPORT.md): `1,250` is 1.25, not ambiguous (parse-values.ts). */
  decimalComma?: boolean;
}
