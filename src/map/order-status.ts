/**
 * `import orders --mode update-status`: a row names one order — by `order_id`, or by `ext_order_no`
 * with the order's date and customer — and gives the `ext_order_status_name` to PATCH. Only those
 * columns are read, so an exported orders sheet (one row per line, every column filled) works too.
 */
import type { MappedRow, RowIssue, SourceRow } from '../types.js';
import { getLanguage, rowText } from '../i18n/index.js';
import { specOf } from './entities.js';
import { localHeader } from './local-headers.js';
import type { BuildContext, ColumnBinding, CompositeCell, MapOptions } from './columns.js';
import { parseCell } from './parse-cell.js';
import { CUSTOMER_REF, refComposite, refFieldList, type RefDraft } from './references.js';

export interface OrderStatusDraft {
  order_id?: string;
  ext_order_no?: string;
  date?: string;
  customer?: RefDraft;
  ext_order_status_name: string;
}

const SIMPLE = ['order_id', 'ext_order_no', 'date', 'ext_order_status_name'] as const;
const customerRef = refComposite(CUSTOMER_REF, false);

export function mapOrderStatusRow(
  binding: ColumnBinding,
  row: SourceRow,
  options: Pick<MapOptions, 'dateFormat'> = {},
): MappedRow<OrderStatusDraft> {
  const issues: RowIssue[] = [];
  const issue: BuildContext['issue'] = (code, field, column, message, localized) =>
    issues.push(localized ? { code, field, column, message, localized } : { code, field, column, message });
  const bound = new Map(binding.bound.map((b) => [b.column.field, b]));
  const used = new Set<string>();
  const textOf = (header: string) => (row.cells[header] ?? '').trim();
  const draft: Record<string, unknown> = {};

  for (const field of SIMPLE) {
    const b = bound.get(field);
    if (!b) continue;
    used.add(b.header);
    const text = textOf(b.header);
    if (text === '') continue;
    const r = parseCell(b.column, text, options);
    if (r.ok) draft[field] = r.value;
    else issue(r.code, r.field ?? field, b.header, r.message, r.localized);
  }
  const cells = new Map<string, CompositeCell>();
  for (const field of refFieldList(CUSTOMER_REF)) {
    const b = bound.get(field);
    if (!b) continue;
    used.add(b.header);
    const text = textOf(b.header);
    cells.set(field, {
      header: b.header,
      column: b.column,
      text,
      parsed: text === '' ? undefined : parseCell(b.column, text, options),
    });
  }
  if ([...cells.values()].some((c) => c.text !== '')) {
    const customer = customerRef.build(cells, { issue }) as RefDraft | undefined;
    if (customer) draft.customer = customer;
  }
  for (const ri of row.readIssues ?? []) if (ri.column === undefined || used.has(ri.column)) issues.push(ri);

  const header = (field: string) => binding.headerOf[field];
  if (draft.ext_order_status_name === undefined && !issues.some((i) => i.field === 'ext_order_status_name')) {
    const required = rowText('row.isRequired');
    issue(
      'MAP_REQUIRED',
      'ext_order_status_name',
      header('ext_order_status_name'),
      required.message,
      required.localized,
    );
  }
  if (draft.order_id === undefined && issues.length === 0) {
    const missing = [
      draft.ext_order_no === undefined ? 'ext_order_no' : undefined,
      draft.date === undefined ? 'date' : undefined,
      draft.customer === undefined ? 'customer' : undefined,
    ].filter((f): f is string => f !== undefined);
    if (missing.length > 0) {
      // Columns as the file names them, else as the template of the run's language does.
      const columns = specOf('orders').columns;
      const nameOf = (field: string) => {
        const spec = columns.find((c) => c.field === field);
        return header(field) ?? (spec ? localHeader('orders', spec, getLanguage()) : field);
      };
      const text = rowText('row.order.namesNoOrder', {
        id: nameOf('order_id'),
        number: nameOf('ext_order_no'),
        date: nameOf('date'),
        customer: nameOf('customer'),
        missing: missing.map((f) => `"${nameOf(f)}"`).join(', '),
      });
      issue(
        'KEY_MISSING',
        missing[0],
        header(missing[0]) ?? header('order_id'),
        text.message,
        text.localized,
      );
    }
  }
  if (issues.length > 0) return { source: row, ok: false, issues };
  return { source: row, ok: true, payload: draft as unknown as OrderStatusDraft };
}
