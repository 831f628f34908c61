/**
 * Order lines → orders. Pure: the lines of a whole file go in, the orders come out in the order of
 * their first line.
 *
 * - Lines with the same `order_id` (an export's: the order they were exported from) form one order,
 *   wherever they are in the file; so do lines with the same `ext_order_no` (as written, trimmed)
 *   and no `order_id`. A line with neither is an order of its own (docs/REIMPORT.md).
 * - The order's header fields (ORDER_HEADER_FIELDS) may be repeated on every line or given on some
 *   lines only; the non-blank values must agree, else MAP_CONFLICT on the whole order. Codes and
 *   names compare ignoring case and spaces (as they resolve); a line naming the customer by id and
 *   another by code cannot be compared here and both parts are kept (the id wins when resolving).
 * - An order needs a date and a customer on at least one line (MAP_REQUIRED otherwise; not said
 *   when a line did not map, since that line may be the one that gives them).
 * - A line that did not map fails its order: the other lines get ORDER_INVALID, nothing is sent.
 */
import type { MappedRow, RowIssue } from '../types.js';
import { rowText } from '../i18n/index.js';
import { ORDER_HEADER_FIELDS, type OrderHeaderField, type OrderLineDraft } from './orders.js';
import { normalizeCode, type RefDraft } from './references.js';

export interface OrderLineEntry {
  rowNumber: number;
  /** The line's `ext_order_no` cell, trimmed ('' when blank or absent). */
  orderNo: string;
  /** The line's `order_id` cell, trimmed (absent or '' when blank). */
  orderId?: string;
  mapped: MappedRow<OrderLineDraft>;
}

export type OrderHeader = Partial<Pick<OrderLineDraft, OrderHeaderField>> & { ext_order_no?: string };

export interface OrderGroup {
  /** The order's `ext_order_no`; undefined for a line without one. */
  orderNo?: string;
  /** The SalesMania order its lines were exported from (`order_id`): not created again. */
  orderId?: string;
  /** Indexes of its lines in the input array, in input order. */
  lines: number[];
  /** The header merged from the lines (complete only when `issues` is empty). */
  header: OrderHeader;
  /** Problems of the order as a whole; each of its lines carries them. */
  issues: RowIssue[];
  /** Row numbers of lines that did not map (their own issues are on them). */
  badLines: number[];
}

/** Field → the file header it came from (for RowIssue.column). */
export type HeaderOf = (field: string) => string | undefined;

export function groupOrderLines(lines: readonly OrderLineEntry[], headerOf: HeaderOf): OrderGroup[] {
  const groups: OrderGroup[] = [];
  const byKey = new Map<string, OrderGroup>();
  lines.forEach((line, index) => {
    const orderId = line.orderId ?? '';
    const groupKey = orderId !== '' ? `id:${orderId}` : line.orderNo !== '' ? `no:${line.orderNo}` : '';
    let group = groupKey === '' ? undefined : byKey.get(groupKey);
    if (!group) {
      group = { lines: [], header: {}, issues: [], badLines: [] };
      if (orderId !== '') group.orderId = orderId;
      if (line.orderNo !== '') group.orderNo = line.orderNo;
      if (groupKey !== '') byKey.set(groupKey, group);
      groups.push(group);
    }
    group.lines.push(index);
  });
  for (const group of groups) mergeHeader(group, lines, headerOf);
  return groups;
}

function mergeHeader(group: OrderGroup, lines: readonly OrderLineEntry[], headerOf: HeaderOf): void {
  const header: Record<string, unknown> = {};
  const firstRow: Record<string, number> = {};
  const reported = new Set<string>();
  for (const index of group.lines) {
    const { mapped, rowNumber } = lines[index];
    if (!mapped.ok) {
      group.badLines.push(rowNumber);
      continue;
    }
    for (const field of ORDER_HEADER_FIELDS) {
      const value = mapped.payload[field];
      if (value === undefined) continue;
      if (!(field in header)) {
        header[field] = isRef(field) ? { ...(value as RefDraft) } : value;
        firstRow[field] = rowNumber;
        continue;
      }
      const merged = isRef(field)
        ? mergeRef(header[field] as RefDraft, value as RefDraft)
        : header[field] === value
          ? header[field]
          : undefined;
      if (merged !== undefined) {
        header[field] = merged;
      } else if (!reported.has(field)) {
        reported.add(field);
        group.issues.push({
          code: 'MAP_CONFLICT',
          field,
          column: headerOf(field === 'customer' || field === 'team' ? refColumn(field, value) : field),
          ...rowText(
            group.orderNo === undefined ? 'row.order.linesDisagreeNoNumber' : 'row.order.linesDisagree',
            {
              order: group.orderNo ?? '',
              firstRow: String(firstRow[field]),
              first: show(header[field]),
              row: String(rowNumber),
              value: show(value),
            },
          ),
        });
      }
    }
  }
  if (group.orderNo !== undefined) header.ext_order_no = group.orderNo;
  group.header = header as OrderHeader;
  // A line that did not map may be the one that carries the date or the customer: not reported then.
  if (group.badLines.length === 0) {
    const order = { order: group.orderNo ?? '' };
    const numbered = group.orderNo !== undefined;
    if (header.date === undefined) {
      group.issues.push({
        code: 'MAP_REQUIRED',
        field: 'date',
        column: headerOf('date'),
        ...rowText(numbered ? 'row.order.noDate' : 'row.order.noDateNoNumber', order),
      });
    }
    if (header.customer === undefined) {
      group.issues.push({
        code: 'MAP_REQUIRED',
        field: 'customer',
        column: headerOf('customer') ?? headerOf('customer_id') ?? headerOf('customer_name'),
        ...rowText(numbered ? 'row.order.noCustomer' : 'row.order.noCustomerNoNumber', order),
      });
    }
  }
}

const isRef = (field: string) => field === 'customer' || field === 'team';

function refColumn(field: 'customer' | 'team', value: unknown): string {
  const ref = value as RefDraft;
  if (ref.id !== undefined) return `${field}_id`;
  if (ref.code === undefined && field === 'customer') return 'customer_name';
  return field;
}

/** Two drafts of one reference: merged, or undefined when a part both give differs. */
function mergeRef(a: RefDraft, b: RefDraft): RefDraft | undefined {
  if (a.id !== undefined && b.id !== undefined && a.id !== b.id) return undefined;
  const differ = (x?: string, y?: string) =>
    x !== undefined && y !== undefined && normalizeCode(x) !== normalizeCode(y);
  if (differ(a.code, b.code) || differ(a.name, b.name)) return undefined;
  return { ...b, ...a };
}

function show(value: unknown): string {
  if (typeof value === 'object' && value !== null) {
    const ref = value as RefDraft;
    return JSON.stringify(ref.id ?? ref.code ?? ref.name);
  }
  return JSON.stringify(value);
}
