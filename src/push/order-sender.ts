/**
 * Orders through the safety model of docs/ARCHITECTURE.md. One order (all its lines) is one create:
 * - journalled as `sending` on its first line before the POST, `done` on every line after;
 * - with `skipExisting` (the default for orders), an order whose `ext_order_no` already exists for
 *   that customer and date is not sent again: `skipped`, with the existing order's id (ORDER_EXISTS);
 * - a create whose answer was lost is reconciled through the visits of that date and customer
 *   (order-reconcile.ts), never blindly resent; without an `ext_order_no` it ends `in_doubt`;
 * - orders of the same customer and date go one after another, so "which order is new" has one answer.
 */
import { isInterrupted } from '../errors.js';
import { messageRef, reasonOf, rowText } from '../i18n/index.js';
import { isApiError, whenLeaving } from '../api/index.js';
import type { OrderInput, SalesManiaClient } from '../api/index.js';
import type { JournalState, JournalWriter } from '../journal/index.js';
import type { RowIssue, RowStatus } from '../types.js';
import { attemptsOf, doubt, issuesFromError, type ColumnOf } from './api-issues.js';
import { KeyedChain } from './keyed-chain.js';
import { OrderFinder } from './order-lookup.js';
import { reconcileOrder } from './order-reconcile.js';
import { createImage } from './before-image.js';
import { exportedOrder } from './order-ids.js';

export interface OrderSenderOptions {
  client: SalesManiaClient;
  journal: JournalWriter;
  previous?: JournalState;
  /** Do not create an order whose ext_order_no exists for its customer and date (default true). */
  skipExisting?: boolean;
  /** API field (`ordered_products.0.qty`) → file header, for 422 issues. */
  columnOf: ColumnOf;
  finder?: OrderFinder;
}

export interface OrderToSend {
  /** Row numbers of its lines, in input order; the first one carries the journal's `sending`. */
  rows: readonly number[];
  body: OrderInput;
  /** The order its lines were exported from (`order_id`): never created again (docs/REIMPORT.md). */
  orderId?: string;
  /**
   * The other reading of an ambiguous date cell (`12/7/2026` read 2026-07-12: 2026-12-07): an order
   * with the same number there was likely imported before with the date read the other way (docs/DATES.md).
   */
  otherDate?: string;
}

export interface OrderResult {
  status: RowStatus;
  id?: string;
  /** The issues of each line, aligned with `OrderToSend.rows`. */
  lineIssues: RowIssue[][];
  attempts: number;
}

export type OrderSender = (order: OrderToSend) => Promise<OrderResult>;

const MAX_ATTEMPTS = 3;

interface Ctx extends Required<Pick<OrderSenderOptions, 'client' | 'journal' | 'columnOf'>> {
  previous?: JournalState;
  skipExisting: boolean;
  finder: OrderFinder;
}

export function createOrderSender(options: OrderSenderOptions): OrderSender {
  const ctx: Ctx = {
    client: options.client,
    journal: options.journal,
    previous: options.previous,
    skipExisting: options.skipExisting ?? true,
    columnOf: options.columnOf,
    finder: options.finder ?? new OrderFinder(options.client),
  };
  const chain = new KeyedChain();
  return (order) => chain.run(`${order.body.date}|${order.body.customer_id}`, () => pushOrder(ctx, order));
}

async function pushOrder(ctx: Ctx, order: OrderToSend): Promise<OrderResult> {
  const { body } = order;
  const first = order.rows[0];
  const extNo = body.ext_order_no?.trim() || undefined;
  const notes: RowIssue[] = [];
  const finish = (status: RowStatus, id?: string, issues: RowIssue[] = [], attempts = 1): OrderResult => {
    const lineIssues = perLine([...notes, ...issues], order.rows);
    order.rows.forEach((row, k) => ctx.journal.done({ row, status, id, issues: lineIssues[k], attempts }));
    return { status, id, lineIssues, attempts };
  };

  // A create left "sending" by a killed run: find out whether it happened before anything else.
  if (ctx.previous?.sending.get(first)?.op === 'create') {
    if (!extNo) {
      return finish('in_doubt', undefined, [doubt(messageRef('row.order.killedNoNumber'))]);
    }
    const found = await reconcileOrder(ctx.finder, body.date, body.customer_id, extNo, undefined);
    if (found.found === true) return finish('created', found.id);
    if (found.found === 'unknown') return finish('in_doubt', undefined, [doubt(found.reason)]);
  }

  // What is there before we send: to skip an existing order, and to tell ours apart afterwards.
  let before: Set<string>;
  try {
    const check = await existingOrder(ctx, body, order.orderId, order.otherDate);
    if (check.skip) return finish('skipped', check.skip.id, [check.skip.issue]);
    if (check.refuse) return finish('failed', undefined, [check.refuse], 0);
    before = check.before;
    if (check.note) notes.push(check.note);
  } catch (err) {
    if (isInterrupted(err)) throw err;
    return finish('failed', undefined, issuesFromError(err, ctx.columnOf), attemptsOf(err));
  }

  for (let attempt = 1; ; attempt++) {
    try {
      // Journaled as the request leaves, not while it waits its turn (docs/journal.md).
      await whenLeaving(
        () => ctx.journal.sending(first, 'create', extNo, createImage(body)),
        () => ctx.client.orders.create(body),
      );
    } catch (err) {
      if (isInterrupted(err)) throw err;
      if (!isApiError(err) || err.code !== 'API_AMBIGUOUS') {
        return finish('failed', undefined, issuesFromError(err, ctx.columnOf), attempt);
      }
      if (!extNo) {
        return finish(
          'in_doubt',
          undefined,
          [doubt(messageRef('row.order.noNumberToCheck', { reason: reasonOf(err) }))],
          attempt,
        );
      }
      const found = await reconcileOrder(ctx.finder, body.date, body.customer_id, extNo, before);
      if (found.found === true) return finish('created', found.id, [], attempt);
      if (found.found === 'unknown' || attempt >= MAX_ATTEMPTS) {
        const reason = found.found === 'unknown' ? found.reason : messageRef('row.createKeptFailing');
        return finish('in_doubt', undefined, [doubt(reason)], attempt);
      }
      continue; // certainly absent: sending again cannot duplicate it
    }
    return finish('created', await newOrderId(ctx, body, before, extNo), [], attempt);
  }
}

/** What an order check before sending found: the orders already there, and the one to skip to. */
export interface OrderCheck {
  before: Set<string>;
  skip?: { id: string; issue: RowIssue };
  /** Not to be created: its `order_id` names no order on the server (order-ids.ts). */
  refuse?: RowIssue;
  /** A warning for the lines: an order with this number is on the other reading of its date. */
  note?: RowIssue;
}

/**
 * The reads import makes before it sends an order (GET only), shared by the sender and by `plan`
 * (order-planner.ts): the orders of that customer and date, and — with `skipExisting` — the one
 * already carrying this `ext_order_no` (ORDER_EXISTS). An order with an `order_id` is decided by it
 * alone, with no regard to `skipExisting` (order-ids.ts).
 */
export async function existingOrder(
  ctx: Pick<Ctx, 'finder' | 'skipExisting' | 'columnOf'>,
  body: OrderInput,
  orderId?: string,
  otherDate?: string,
): Promise<OrderCheck> {
  if (orderId) {
    const known = await exportedOrder(ctx, orderId);
    if (known.exists) return { before: new Set(), skip: { id: orderId, issue: known.issue } };
    return { before: new Set(), refuse: known.issue };
  }
  const extNo = body.ext_order_no?.trim() || undefined;
  const before = new Set(await ctx.finder.orderIdsOf(body.date, body.customer_id));
  if (ctx.skipExisting && extNo) {
    const existing = await ctx.finder.withExtNo([...before], extNo);
    if (existing.length > 0) {
      const id = existing[existing.length - 1];
      const issue: RowIssue = {
        code: 'ORDER_EXISTS',
        field: 'ext_order_no',
        column: ctx.columnOf('ext_order_no'),
        ...rowText('row.order.exists', { id }),
      };
      return { before, skip: { id, issue } };
    }
    if (otherDate && otherDate !== body.date) {
      const there = await ctx.finder.findByExtNo(otherDate, body.customer_id, extNo);
      if (there.length > 0)
        return { before, note: orderOnOtherDate(ctx, extNo, there[0], otherDate, body.date) };
    }
  }
  return { before };
}

/**
 * The id of the order just created: the one new order on the visits of its date and customer (orders
 * of one customer and date are sent one at a time); with several new ones, the one with our
 * ext_order_no. The id is a convenience in the result sheet: a failed lookup leaves it blank.
 */
async function newOrderId(
  ctx: Ctx,
  body: OrderInput,
  before: ReadonlySet<string>,
  extNo: string | undefined,
): Promise<string | undefined> {
  try {
    const fresh = (await ctx.finder.orderIdsOf(body.date, body.customer_id)).filter((id) => !before.has(id));
    if (fresh.length === 1) return fresh[0];
    if (extNo && fresh.length > 1) return (await ctx.finder.withExtNo(fresh, extNo)).pop();
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * The server names a line's problem by its place in the body (`ordered_products.2.qty`): that issue
 * goes to that line only; the others go to every line. A line left without any issue while others
 * have some is told why its order failed.
 */
export function perLine(issues: readonly RowIssue[], rows: readonly number[]): RowIssue[][] {
  const own = rows.map((): RowIssue[] => []);
  const shared: RowIssue[] = [];
  for (const issue of issues) {
    const m = /^ordered_products\.(\d+)(\.|$)/.exec(issue.field ?? '');
    const k = m ? Number(m[1]) : -1;
    if (k >= 0 && k < rows.length) own[k].push(issue);
    else shared.push(issue);
  }
  const bad = rows.filter((_, k) => own[k].length > 0);
  return rows.map((_, k) => {
    const list = [...shared, ...own[k]];
    if (list.length === 0 && bad.length > 0) {
      list.push({
        code: 'ORDER_INVALID',
        ...rowText('row.order.linesRefused', { count: bad.length, rows: bad.join(', ') }),
      });
    }
    return list;
  });
}

function orderOnOtherDate(
  ctx: Pick<Ctx, 'columnOf'>,
  extNo: string,
  id: string,
  otherDate: string,
  date: string,
): RowIssue {
  return {
    code: 'ORDER_EXISTS_OTHER_DATE',
    field: 'ext_order_no',
    column: ctx.columnOf('ext_order_no'),
    ...rowText('values.order.otherDate', { number: extNo, id, otherDate, date }),
  };
}
