/**
 * An order's merged header and its lines → the add-order body, every reference resolved. A problem
 * on the header fails the order (it goes on every line); a problem on a line goes on that line and
 * fails the order too: nothing partial is ever sent.
 */
import type { OrderInput, OrderLineInput } from '../api/index.js';
import type { OrderHeader, OrderLineDraft } from '../map/index.js';
import type { RowIssue } from '../types.js';
import type { MatchCustomerBy } from './customers.js';
import type { References } from './load.js';
import { resolveUnit } from './products.js';
import type { ColumnOf } from './resolved.js';
import { teamOf } from './visit-body.js';

export interface OrderLineRef {
  rowNumber: number;
  draft: OrderLineDraft;
}

export interface ResolvedOrder {
  /** Set when nothing failed. */
  body?: OrderInput;
  /** Problems of the order's header (customer, team member). */
  orderIssues: RowIssue[];
  /** Problems of single lines, by row number. */
  lineIssues: Map<number, RowIssue[]>;
}

export function resolveOrder(
  header: OrderHeader,
  lines: readonly OrderLineRef[],
  refs: References,
  matchBy: MatchCustomerBy,
  columnOf: ColumnOf,
): ResolvedOrder {
  const orderIssues: RowIssue[] = [];
  const lineIssues = new Map<number, RowIssue[]>();
  if (!refs.products) throw new TypeError('products were not read, yet an order is being resolved');
  const products = refs.products;

  let customerId: number | undefined;
  if (header.customer) {
    const customer = refs.customers.resolve(header.customer, matchBy, columnOf);
    if (customer.ok) customerId = customer.value.id;
    else orderIssues.push(customer.issue);
  }
  let teamId: number | undefined;
  if (header.team) {
    const team = teamOf(refs, header.team, columnOf);
    if (team.ok) teamId = team.value;
    else orderIssues.push(team.issue);
  }

  const ordered: OrderLineInput[] = [];
  for (const { rowNumber, draft } of lines) {
    const issues: RowIssue[] = [];
    const product = products.resolve(draft.product, columnOf);
    if (!product.ok) issues.push(product.issue);
    else {
      const unit = resolveUnit(product.value, draft.unit, columnOf('unit'));
      if (!unit.ok) issues.push(unit.issue);
      else {
        const line: OrderLineInput = {
          product_id: product.value.id,
          qty: draft.qty,
          unit: unit.value.name,
          price: draft.price ?? unit.value.price,
          // The line's place in the order as the sheet lists it (1, 2, …): what ties a line on the
          // server back to its row, since the API gives lines no key of their own.
          ext_order_line_id: ordered.length + 1,
        };
        if (draft.item_disc?.item_disc_percent !== undefined)
          line.item_disc_percent = draft.item_disc.item_disc_percent;
        if (draft.item_disc?.item_disc_amount !== undefined)
          line.item_disc_amount = draft.item_disc.item_disc_amount;
        if (draft.line_description !== undefined) line.description = draft.line_description;
        ordered.push(line);
      }
    }
    if (issues.length > 0) lineIssues.set(rowNumber, issues);
  }

  if (orderIssues.length > 0 || lineIssues.size > 0 || customerId === undefined || !header.date) {
    return { orderIssues, lineIssues };
  }
  const body: OrderInput = { date: header.date, customer_id: customerId, ordered_products: ordered };
  if (teamId !== undefined) body.team_id = teamId;
  const optional = [
    'description',
    'disc_percent',
    'disc_amount',
    'total_paid',
    'status',
    'ext_order_no',
    'ext_order_status_name',
  ] as const;
  for (const field of optional) {
    if (header[field] !== undefined) (body as unknown as Record<string, unknown>)[field] = header[field];
  }
  return { body, orderIssues, lineIssues };
}
