/**
 * An export's sheets for one entity: which API walk feeds them and how each record becomes rows.
 * Everything is lazy: nothing is requested until the writer asks for the first row.
 */
import { isRunError } from '../errors.js';
import type {
  CustomerFilters,
  ExtOrder,
  ExtOrderLine,
  SalesManiaClient,
  VisitFilters,
} from '../api/index.js';
import type { ProgressSink } from '../types.js';
import type { CellValue, ColumnDef, TableFormat } from '../write/index.js';
import { rowOf } from './cells.js';
import { ordersTable, visitsTable, type OrdersTable } from './field-tables.js';
import type { RunWindow, SeenKeys } from './incremental.js';
import type { ExportJob } from './options.js';
import { Spool } from './spool.js';
import { walkListing, walkOrders } from './streams.js';
import { catalogTable, teamsTable, type RecordTable } from './tables.js';
import { VisitCodes } from './visit-codes.js';
import type { SheetSource } from './write-sheets.js';
import { t, runErrorText } from '../i18n/index.js';

export interface SourceContext {
  client: SalesManiaClient;
  job: ExportJob;
  window: RunWindow;
  /** `--team`, resolved to an id. */
  teamId?: number;
  seen: SeenKeys;
  signal: AbortSignal;
  progress: ProgressSink;
  warn(message: string): void;
  /** Orders fetched ahead of the writer. */
  orderWindow: number;
  /** Listing pages fetched ahead of the writer. */
  pagesAhead?: number;
}

export interface ExportSource {
  sheets: SheetSource[];
  /** Records exported so far (orders for orders, not lines). */
  readonly records: number;
  /** Releases temporary files; call after the write, whatever happened. */
  dispose(): Promise<void>;
}

/** Counts records and tells the progress sink. */
class Counter {
  value = 0;
  constructor(private readonly progress: ProgressSink) {}
  tick(): void {
    this.progress.update(++this.value);
  }
}

function statusFilter(status: ExportJob['status']): boolean | undefined {
  return status === 'all' ? undefined : status === 'active';
}

/** Rows of a record table, from any stream of its records. */
async function* tableRows<R>(
  records: AsyncIterable<R>,
  table: RecordTable<R>,
  format: TableFormat,
  counter: Counter,
): AsyncGenerator<CellValue[]> {
  for await (const record of records) {
    counter.tick();
    yield rowOf(table.cells(record), table.columns, format);
  }
}

function sheet<R>(
  name: string,
  table: RecordTable<R>,
  records: () => AsyncIterable<R>,
  format: TableFormat,
  counter: Counter,
): SheetSource {
  return { name, columns: table.columns, rows: () => tableRows(records(), table, format, counter) };
}

function source(
  counter: Counter,
  sheets: SheetSource[],
  dispose: () => Promise<void> = async () => undefined,
): ExportSource {
  return {
    sheets,
    get records() {
      return counter.value;
    },
    dispose,
  };
}

export function openExportSource(ctx: SourceContext): ExportSource {
  const { client, job, window, signal } = ctx;
  const counter = new Counter(ctx.progress);
  const walk = { signal, onTotal: (total: number) => ctx.progress.start(total), pagesAhead: ctx.pagesAhead };
  const format = job.format;

  switch (job.entity) {
    case 'customers':
    case 'products': {
      const filters: CustomerFilters = {
        ...(statusFilter(job.status) !== undefined ? { status: statusFilter(job.status) } : {}),
        ...(job.search !== undefined ? { search: job.search } : {}),
        ...(window.updatedSince !== undefined ? { updated_since: window.updatedSince } : {}),
      };
      const cutoff = window.cutoff === undefined ? undefined : Date.parse(window.cutoff);
      const listing = job.entity === 'customers' ? client.customers : client.products;
      const table = catalogTable(job.entity);
      async function* records() {
        for await (const r of walkListing<{ id: number; updated_at: string }, CustomerFilters>(
          listing as never,
          filters,
          walk,
        )) {
          // Written after the run began: the next run's (see incremental.ts).
          if (cutoff !== undefined && Date.parse(r.updated_at) >= cutoff) continue;
          yield r;
        }
      }
      return source(counter, [sheet(job.entity, table as RecordTable<unknown>, records, format, counter)]);
    }
    case 'teams':
      return source(counter, [
        sheet('teams', teamsTable, () => walkListing(client.teams, {}, walk), format, counter),
      ]);
    case 'visits': {
      const codes = new VisitCodes();
      async function* records() {
        try {
          await codes.load(client, { signal, pagesAhead: ctx.pagesAhead });
        } catch (err) {
          if (signal.aborted) throw err;
          // An account may list visits but not customers or team members: the ids still say who.
          codes.clear();
          ctx.warn(
            t('export.codesLeftBlank', {
              reason: isRunError(err) ? runErrorText(err) : err instanceof Error ? err.message : String(err),
            }),
          );
        }
        for await (const v of walkListing(client.visits, visitFilters(ctx), walk)) {
          const key = String(v.id);
          if (window.seen?.has(key)) continue;
          ctx.seen.add(v.date, key);
          yield v;
        }
      }
      return source(counter, [sheet('visits', visitsTable(codes), records, format, counter)]);
    }
    case 'orders':
      return ordersSource(ctx, counter);
  }
}

function visitFilters(ctx: SourceContext): VisitFilters {
  return {
    ...(ctx.window.from !== undefined ? { date_from: ctx.window.from } : {}),
    ...(ctx.window.to !== undefined ? { date_to: ctx.window.to } : {}),
    ...(ctx.teamId !== undefined ? { team_id: ctx.teamId } : {}),
  };
}

function ordersSource(ctx: SourceContext, counter: Counter): ExportSource {
  const { client, job, window } = ctx;
  const table: OrdersTable = ordersTable();
  const format = job.format;
  async function* orders(): AsyncGenerator<ExtOrder> {
    ctx.progress.start(); // the visits' total says nothing about how many orders there are
    const found = walkOrders(client, visitFilters(ctx), {
      signal: ctx.signal,
      window: ctx.orderWindow,
      skip: (visit) => window.seen?.has(String(visit.order_id)) === true,
      onMissing: (id) => ctx.warn(t('export.orderMissing', { id: String(id) })),
    });
    for await (const { order, visit } of found) {
      ctx.seen.add(order.trans_date || visit.date, String(visit.order_id));
      counter.tick();
      yield order;
    }
  }
  const linesOf = (order: ExtOrder): ExtOrderLine[] => order.ordered_product ?? [];

  if (job.layout === 'lines') {
    const columns = table.allColumns;
    async function* rows(): AsyncGenerator<CellValue[]> {
      for await (const order of orders()) {
        const lines = linesOf(order);
        if (lines.length === 0) yield rowOf(table.cells(order), columns, format);
        for (const line of lines) yield rowOf(table.cells(order, line), columns, format);
      }
    }
    return source(counter, [{ name: 'orders', columns, rows }]);
  }

  // Sheets are written one after another: the lines wait in a spool file while the orders are written.
  const spool = new Spool();
  const lineColumns: ColumnDef[] = [...table.linkColumns, ...table.lineColumns];
  async function* orderRows(): AsyncGenerator<CellValue[]> {
    for await (const order of orders()) {
      for (const line of linesOf(order))
        await spool.append(rowOf(table.cells(order, line), lineColumns, format));
      yield rowOf(table.cells(order), table.headerColumns, format);
    }
  }
  return source(
    counter,
    [
      { name: 'orders', columns: table.headerColumns, rows: orderRows },
      { name: 'order_lines', columns: lineColumns, rows: () => spool.rows() },
    ],
    () => spool.dispose(),
  );
}
