/**
 * Visits and orders: exactly the columns their import reads (src/map's tables), so an export can be
 * edited and imported again. A visit gets its SalesMania `id` first (the import table has none), and
 * the customer's and team member's codes beside their ids (the API's visit has ids only);
 * an order's id is the table's own `order_id` column. An order is written one row per line (the
 * import groups lines by `ext_order_no`), or as an `orders` sheet and an `order_lines` sheet.
 */
import type { ExtOrder, ExtOrderLine, Visit } from '../api/index.js';
import { CUSTOMER_REF, ORDER_HEADER_FIELDS, TEAM_REF, specOf, type ColumnSpec } from '../map/index.js';
import type { ColumnDef } from '../write/index.js';
import { columnDefOf } from './cells.js';
import type { RecordTable } from './tables.js';
import type { VisitCodes } from './visit-codes.js';

/** Visits, with the customer's and team member's codes from `codes` (loaded before the first visit). */
export function visitsTable(codes: VisitCodes): RecordTable<Visit> {
  const spec = specOf('visits');
  const columns = spec.exportColumns().map(columnDefOf);
  const hasId = columns.some((c) => c.header === 'id');
  return {
    columns: hasId ? columns : [{ header: 'id', kind: 'integer' }, ...columns],
    cells: (visit) => ({
      id: String(visit.id),
      ...spec.toCells(visit),
      [CUSTOMER_REF.code]: codes.customerCode(visit.customer_id),
      [TEAM_REF.code]: codes.teamCode(visit.team_id),
    }),
  };
}

/** Orders: header fields once per order, line fields once per line. */
export interface OrdersTable {
  /** The order's own columns (the `orders` sheet; repeated on every line in the lines layout). */
  readonly headerColumns: readonly ColumnDef[];
  /** The columns of one line. */
  readonly lineColumns: readonly ColumnDef[];
  /** Order columns repeated in the `order_lines` sheet to tie a line to its order. */
  readonly linkColumns: readonly ColumnDef[];
  /** Every column in the lines layout, in the import table's order. */
  readonly allColumns: readonly ColumnDef[];
  /** A line as cells under every header; without a line, the order's cells only. */
  cells(order: ExtOrder, line?: ExtOrderLine): Record<string, string>;
}

/** Fields that belong to the order rather than to one line. */
const ORDER_FIELDS: ReadonlySet<string> = new Set<string>([
  'order_id',
  'ext_order_no',
  ...ORDER_HEADER_FIELDS,
  CUSTOMER_REF.code,
  CUSTOMER_REF.id,
  ...(CUSTOMER_REF.name ? [CUSTOMER_REF.name] : []),
  TEAM_REF.code,
  TEAM_REF.id,
]);
const LINK_FIELDS: ReadonlySet<string> = new Set(['order_id', 'ext_order_no']);
/** Stands in for the line of an order that has none, so the table writes its header cells only. */
const NO_LINE = {} as ExtOrderLine;

export function ordersTable(): OrdersTable {
  const spec = specOf('orders');
  const exported = spec.exportColumns();
  const defs = (pick: (c: ColumnSpec) => boolean) => exported.filter(pick).map(columnDefOf);
  const headerFields = new Set(exported.filter((c) => ORDER_FIELDS.has(c.field)).map((c) => c.header));
  const lineHeaders = new Set(exported.filter((c) => !ORDER_FIELDS.has(c.field)).map((c) => c.header));
  return {
    headerColumns: defs((c) => ORDER_FIELDS.has(c.field)),
    lineColumns: defs((c) => !ORDER_FIELDS.has(c.field)),
    linkColumns: defs((c) => LINK_FIELDS.has(c.field)),
    allColumns: exported.map(columnDefOf),
    cells(order, line) {
      const cells = spec.toCells({ order, line: line ?? NO_LINE });
      if (line) return cells;
      // No line: keep the order's cells only (the table fills line cells from the line object).
      for (const header of lineHeaders) if (!headerFields.has(header)) delete cells[header];
      return cells;
    },
  };
}
