/**
 * A total row below the data (docs/reading.md, "Rows that are not records"): `TOTAL: 7 pelanggan`,
 * `Jumlah`, `Grand Total 600`, or a row summing the column above (`=SUM(D2:D40)`). Sent as a record
 * it would create a customer without a code — on every re-run. Conservative: a row that names a
 * record (a key or reference column filled) is never one, so `Toko Jumlah Jaya` with a code imports.
 */
import type { SourceRow } from '../types.js';
import type { ColumnBinding } from './columns.js';

/** The fields that name a record or what it refers to: when any has a value, the row is data. */
const KEY_FIELDS = [
  'id',
  'ext_cust_no',
  'ext_product_code',
  'customer',
  'customer_id',
  'product',
  'product_id',
  'order_id',
  'ext_order_no',
];

/**
 * A total word alone, or followed by `:`/`=`/`-`, by a number (`Total 600`, `Jumlah 7 toko`) or by a
 * word that only a total takes (`Total keseluruhan`). `Total Jaya Motor` is a name, not a total.
 */
const TOTAL_LABEL =
  /^(?:grand\s*total|sub\s*-?\s*total|total|jumlah|jml\.?)(?:\s+(?:keseluruhan|seluruhnya|semua|akhir|all))?\s*(?:$|[:=\-–]|.*\d)/i;

/** A formula aggregating a range over several rows: `SUM(D2:D4)`, `SUBTOTAL(9,C2:C9)`, `COUNTA(A:A)`. */
const AGGREGATE = /^=?\s*(?:SUM|SUBTOTAL|COUNTA?|AVERAGE|AGGREGATE)\s*\(/i;
const RANGE = /\$?[A-Z]{1,3}(\$?\d*):\$?[A-Z]{1,3}(\$?\d*)/gi;

function spansRows(formula: string): boolean {
  for (const m of formula.matchAll(RANGE)) {
    const from = m[1].replace('$', '');
    const to = m[2].replace('$', '');
    // A whole column (`A:A`) or two different rows.
    if (from === '' || to === '' || from !== to) return true;
  }
  return false;
}

export function isTotalRow(row: SourceRow, binding: ColumnBinding): boolean {
  for (const field of KEY_FIELDS) {
    const header = binding.headerOf[field];
    if (header !== undefined && (row.cells[header] ?? '').trim() !== '') return false;
  }
  const first = Object.values(row.cells).find((text) => text.trim() !== '');
  if (first !== undefined && TOTAL_LABEL.test(first.trim())) return true;
  for (const cell of Object.values(row.typed ?? {})) {
    if (cell.type === 'formula' && AGGREGATE.test(cell.formula) && spansRows(cell.formula)) return true;
  }
  return false;
}
