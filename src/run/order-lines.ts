/**
 * The steps of `import orders` / `validate orders`: map → GROUP → resolve → decide → send, in the
 * one row pipeline (pipeline.ts). Grouping is the step orders add: one order is many lines that may
 * lie anywhere in the file, so the whole file is read and grouped before anything is sent. Memory
 * therefore grows with the file (about 1–2 KB per line: the cells, for the result sheet, and the
 * mapped line), which is why an orders file is limited to MAX_ORDER_LINES lines; a bigger one stops
 * before anything is sent (READ_LIMIT) and is to be split, by date for instance. Everything after
 * the grouping streams: orders are sent a window at a time, and every line is written in input
 * order with its order's outcome and id. `--mode update-status` needs no grouping (one row, one
 * order): see order-status.ts.
 */
import { isInterrupted } from '../errors.js';
import { localizedRunError, t } from '../i18n/index.js';
import {
  bothReadings,
  groupOrderLines,
  mapRow,
  type OrderGroup,
  type OrderLineDraft,
  type OrderLineEntry,
} from '../map/index.js';
import { loadReferences, resolveOrder, type References } from '../resolve/index.js';
import {
  createOrderPlanner,
  createOrderSender,
  interruptedIssue,
  orderColumnOf,
  type OrderSender,
} from '../push/index.js';
import type { RowRunOptions } from './options.js';
import { orderStatusSteps } from './order-status.js';
import type { EntitySteps } from './pipeline.js';
import { markGarbled, noteHidden, totalRowOutcome } from './row-checks.js';
import type { RowSteps, RowWork, StepContext } from './steps.js';
import type { RowIssue, RowOutcome, RowStatus, SourceRow } from '../types.js';

/** Lines an orders file may have: it is held in memory to be grouped (see above). */
export const MAX_ORDER_LINES = 200_000;
/** Orders in flight ahead of the line being written. */
const WINDOW = 64;

/** What happened to one order, line by line (aligned with `OrderGroup.lines`). */
interface GroupOutcome {
  status: RowStatus;
  id?: string;
  lineIssues: RowIssue[][];
  attempts: number;
}

export function orderSteps(mode: RowRunOptions['mode']): EntitySteps {
  if (mode === 'update-status') return orderStatusSteps;
  return {
    table: 'orders',
    screenKeys: false,
    screenDates: true,
    create: async (ctx) => createOrderLineSteps(ctx),
  };
}

function createOrderLineSteps(ctx: StepContext): RowSteps {
  const { o, binding, send, look, grace } = ctx;
  const journal = send?.journal;
  const extHeader = binding.headerOf.ext_order_no;
  const idHeader = binding.headerOf.order_id;
  const headerOf = (field: string) => binding.headerOf[field];

  /** Total rows (row-checks.ts): not lines of an order, written as skipped in their place. */
  const totals: RowOutcome[] = [];

  async function readLines(rows: AsyncIterable<SourceRow>): Promise<OrderLineEntry[]> {
    const lines: OrderLineEntry[] = [];
    for await (const read of rows) {
      const total = totalRowOutcome(read, binding);
      if (total) {
        totals.push(total);
        continue;
      }
      if (o.signal.aborted) break;
      if (lines.length >= MAX_ORDER_LINES) {
        throw localizedRunError(
          'READ_LIMIT',
          'run.tooManyOrderLines',
          { limit: MAX_ORDER_LINES },
          { maxLines: MAX_ORDER_LINES },
        );
      }
      const row = markGarbled(read);
      lines.push({
        rowNumber: row.rowNumber,
        orderNo: extHeader ? (row.cells[extHeader] ?? '').trim() : '',
        orderId: idHeader ? (row.cells[idHeader] ?? '').trim() : undefined,
        mapped: mapRow('orders', binding, row, {
          mode: 'create',
          dateFormat: o.field?.dateFormat,
          dateOrder: ctx.dateOrder,
          decimalComma: ctx.decimalComma,
        }),
      });
    }
    return lines;
  }

  async function* outcomes(rows: AsyncIterable<SourceRow>): AsyncIterable<RowWork> {
    const lines = await readLines(rows);
    const groups = groupOrderLines(lines, headerOf);
    o.logger.info(
      { lines: lines.length, orders: groups.length },
      t('log.orderLinesGrouped', { lines: lines.length, orders: groups.length }),
    );

    // Connect only when some order is left to send: a file of mistakes, or a run an earlier one
    // finished, needs no login.
    let sendGroupNow: ((group: OrderGroup) => Promise<GroupOutcome>) | undefined;
    const finished = (g: OrderGroup) => journal?.previous?.done.has(lines[g.lines[0]].rowNumber) === true;
    // plan (look) resolves as import does and makes the sender's reads before sending, GET only.
    const connect = send?.connect ?? look?.connect;
    if (connect && groups.some((g) => isSendable(g) && !finished(g))) {
      const client = await connect();
      const teams = binding.headerOf.team !== undefined || binding.headerOf.team_id !== undefined;
      const refs = await loadReferences(client, { products: true, teams }, o.logger);
      const skipExisting = o.field?.skipExisting ?? true;
      const columnOf = orderColumnOf(binding);
      const sender = send
        ? createOrderSender({
            client,
            journal: send.journal.writer,
            previous: send.journal.previous,
            skipExisting,
            columnOf,
          })
        : createOrderPlanner({ client, skipExisting, columnOf });
      sendGroupNow = (group) => sendGroup(o, group, lines, refs, sender, headerOf);
    }

    const settle = async (group: OrderGroup): Promise<GroupOutcome> => {
      if (!isSendable(group)) return invalidOutcome(group, lines);
      const previous = journal?.previous?.done;
      const done = previous?.get(lines[group.lines[0]].rowNumber);
      if (done) {
        // Finished by an earlier run of this file: its outcome stands, line by line.
        return {
          status: done.status,
          id: done.id === undefined ? undefined : String(done.id),
          attempts: done.attempts,
          lineIssues: group.lines.map((i) => previous?.get(lines[i].rowNumber)?.issues ?? done.issues),
        };
      }
      if (!sendGroupNow) return { status: 'valid', lineIssues: group.lines.map(() => []), attempts: 0 };
      if (o.signal.aborted) return interrupted(group);
      try {
        return await sendGroupNow(group);
      } catch (err) {
        if (!isInterrupted(err)) throw err;
        return interrupted(group);
      }
    };

    // Orders start in the order of their first line, a window ahead of the line being written.
    const groupOfLine = new Int32Array(lines.length);
    const lineInGroup = new Int32Array(lines.length);
    groups.forEach((g, gi) =>
      g.lines.forEach((li, k) => {
        groupOfLine[li] = gi;
        lineInGroup[li] = k;
      }),
    );
    const pending: Array<Promise<GroupOutcome> | undefined> = [];
    let started = 0;
    for (let li = 0; li < lines.length; li++) {
      const gi = groupOfLine[li];
      while (started < groups.length && started <= gi + WINDOW) {
        const group = groups[started];
        // An order still in flight when the grace after a stop ends is let go: its journal line
        // says `sending`, and --resume reconciles it.
        const p = grace.bound(settle(group), () =>
          interrupted(group, journal?.writer.isSending(lines[group.lines[0]].rowNumber) === true),
        );
        p.catch(() => undefined); // handled when its line comes up
        pending[started++] = p;
      }
      const k = lineInGroup[li];
      const line = lines[li];
      const work = (pending[gi] as Promise<GroupOutcome>).then((outcome): RowOutcome => ({
        source: line.mapped.source,
        status: outcome.status,
        id: outcome.id,
        issues: outcome.lineIssues[k],
        attempts: outcome.attempts,
      }));
      if (k === groups[gi].lines.length - 1) pending[gi] = undefined; // its last line is handed on
      yield* totalsBefore(line.rowNumber);
      yield { work: noteHidden(line.mapped.source, work) };
    }
    yield* totalsBefore(Number.POSITIVE_INFINITY);
  }

  /** The total rows above `rowNumber` not yet handed on, in input order. */
  function* totalsBefore(rowNumber: number): Iterable<RowWork> {
    while (totals.length > 0 && totals[0].source.rowNumber < rowNumber)
      yield { work: Promise.resolve(totals.shift()!) };
  }

  // Each line is written as soon as its order is done; the orders themselves run WINDOW ahead.
  return { window: 0, outcomes };
}

function notSent(rows: readonly number[]): string {
  const which =
    rows.length === 1 ? `row ${rows[0]} of this order has` : `rows ${rows.join(', ')} of this order have`;
  return `${which} errors, so none of the order was sent`;
}

function isSendable(group: OrderGroup): boolean {
  return group.badLines.length === 0 && group.issues.length === 0;
}

/** An order that cannot be sent: each line gets the order's issues, its own, or why it was not sent. */
function invalidOutcome(group: OrderGroup, lines: readonly OrderLineEntry[]): GroupOutcome {
  const why: RowIssue | undefined =
    group.badLines.length > 0
      ? {
          code: 'ORDER_INVALID',
          message: notSent(group.badLines),
        }
      : undefined;
  const lineIssues = group.lines.map((i) => {
    const { mapped } = lines[i];
    if (!mapped.ok) return [...group.issues, ...mapped.issues];
    return [...group.issues, ...(why ? [why] : [])];
  });
  return { status: 'invalid', lineIssues, attempts: 0 };
}

/** Stopped: `not_sent` when the order's request never left, `in_doubt` when it was on the wire. */
function interrupted(group: OrderGroup, inFlight = false): GroupOutcome {
  const issue = interruptedIssue(undefined, inFlight);
  return {
    status: inFlight ? 'in_doubt' : 'not_sent',
    lineIssues: group.lines.map(() => [issue]),
    attempts: inFlight ? 1 : 0,
  };
}

/** Resolve the order's references, then send it (or say which references are wrong). */
async function sendGroup(
  o: RowRunOptions,
  group: OrderGroup,
  lines: readonly OrderLineEntry[],
  refs: References,
  sender: OrderSender,
  headerOf: (field: string) => string | undefined,
): Promise<GroupOutcome> {
  const lineRefs = group.lines.map((i) => {
    const { mapped } = lines[i];
    if (!mapped.ok) throw new TypeError('sendGroup: a line of a sendable order did not map');
    return { rowNumber: mapped.source.rowNumber, draft: mapped.payload as OrderLineDraft };
  });
  const resolved = resolveOrder(group.header, lineRefs, refs, o.field?.matchCustomerBy ?? 'code', headerOf);
  if (!resolved.body) {
    const bad = lineRefs.filter((l) => resolved.lineIssues.has(l.rowNumber)).map((l) => l.rowNumber);
    const why: RowIssue[] =
      bad.length > 0
        ? [
            {
              code: 'ORDER_INVALID',
              message: notSent(bad),
            },
          ]
        : [];
    const lineIssues = lineRefs.map((l) => [
      ...resolved.orderIssues,
      ...(resolved.lineIssues.get(l.rowNumber) ?? why),
    ]);
    return { status: 'invalid', lineIssues, attempts: 0 };
  }
  const body = resolved.body;
  // The other reading of an ambiguous date cell: an order with its number there is worth a word.
  const dateHeader = headerOf('date');
  const dateCell = group.lines
    .map((i) => (dateHeader ? (lines[i].mapped.source.cells[dateHeader] ?? '').trim() : ''))
    .find((text) => text !== '');
  const otherDate = dateCell ? bothReadings(dateCell)?.find((d) => d !== body.date) : undefined;
  return sender({ rows: lineRefs.map((l) => l.rowNumber), body, orderId: group.orderId, otherDate });
}
