/**
 * A total row below the data (docs/reading.md, "Rows that are not records"): `TOTAL: 7 pelanggan`,
 * `Jumlah`, `Grand Total 600`, or a row summing the column above (`=SUM(D2:D40)`). Sent as a record
 * it would create a customer without a code — on every re-run. Conservative: a row that names a
 * record (a key or reference column filled with anything but a total label) is never one, so
 * `Toko Jumlah Jaya` with a code imports, and so does the code `TOTAL01`.
 */
import type { SourceRow } from '../types.js';
import type { ColumnBinding } from './columns.js';

/** The fields that name a record or what it refers to: when any has a value (not a total label), the row is data. */
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
 * A total word, as a word of its own (`TOTAL01` is a code, not a total), with `keseluruhan`/`akhir`…
 * after it or not; a total label when nothing follows, or `:`/`=`/a lone dash, or a number as a word
 * of its own (`Total 600`, `Jumlah 7 toko`, `Grand Total Rp 1.500.000`). `Total Jaya Motor` is a
 * name and `Total 5W-30` a product, not totals.
 */
const TOTAL_WORD =
  /^(?:grand\s*total|sub\s*-?\s*total|total|jumlah|jml\.?)(?![\p{L}\p{N}])(?:\s+(?:keseluruhan|seluruhnya|semua|akhir|all)(?![\p{L}\p{N}]))?/iu;
const LABEL_MARK = /^(?:[:=]|[-–](?:\s|$))/;
const NUMBER_WORD = /^\(?(?:rp\.?)?\d[\d.,]*\)?$/i;

function isTotalLabel(text: string): boolean {
  const word = TOTAL_WORD.exec(text);
  if (!word) return false;
  const rest = text.slice(word[0].length).trim();
  return rest === '' || LABEL_MARK.test(rest) || rest.split(/\s+/).some((w) => NUMBER_WORD.test(w));
}

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
  // A key cell holding a total label (`TOTAL: 40 pelanggan` typed in the code column) names no
  // record; any other value in a key or reference column does, and the row is data.
  let totalInKey = false;
  for (const field of KEY_FIELDS) {
    const header = binding.headerOf[field];
    const text = header === undefined ? '' : (row.cells[header] ?? '').trim();
    if (text === '') continue;
    if (!isTotalLabel(text)) return false;
    totalInKey = true;
  }
  if (totalInKey) return true;
  const first = Object.values(row.cells).find((text) => text.trim() !== '');
  if (first !== undefined && isTotalLabel(first.trim())) return true;
  for (const cell of Object.values(row.typed ?? {})) {
    if (cell.type === 'formula' && AGGREGATE.test(cell.formula) && spansRows(cell.formula)) return true;
  }
  return false;
}
