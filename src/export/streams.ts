/**
 * Records page by page through the client (and so through the run's rate gate), lazily: the next
 * page is asked for only when the writer has taken the last one, so memory stays constant.
 */
import {
  isApiError,
  type ExtOrder,
  type Listing,
  type Page,
  type Visit,
  type VisitFilters,
} from '../api/index.js';
import type { SalesManiaClient } from '../api/index.js';
import type { RunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';

export function interrupted(): RunError {
  return localizedRunError('INTERRUPTED', 'export.stopped');
}

export interface WalkOptions {
  signal: AbortSignal;
  /** Told the listing's total once the first page is in. */
  onTotal?: (total: number) => void;
  /** Pages requested ahead of the writer (see IterateOptions.ahead); default 1. */
  pagesAhead?: number;
}

/**
 * Items of a listing, each once. Offset paging over data that changes while we read can show a
 * record twice (a write moved it one place on, into the next page); such a repeat is always a
 * record of the page just before, so remembering one page of ids is enough to drop it.
 */
export async function* walk<T extends { id: number | string }>(
  pages: AsyncIterable<Page<T>>,
  options: WalkOptions,
): AsyncGenerator<T> {
  let previous = new Set<number | string>();
  let first = true;
  for await (const page of pages) {
    if (options.signal.aborted) throw interrupted();
    if (first) options.onTotal?.(page.meta.total);
    first = false;
    const current = new Set<number | string>();
    for (const item of page.data) {
      if (previous.has(item.id) || current.has(item.id)) continue;
      current.add(item.id);
      yield item;
    }
    previous = current;
  }
}

export function walkListing<T extends { id: number | string }, F>(
  listing: Listing<T, F>,
  filters: F,
  options: WalkOptions,
): AsyncGenerator<T> {
  return walk<T>(listing.pages(filters, { ahead: options.pagesAhead }), options);
}

export interface OrderWalkOptions extends WalkOptions {
  /** Orders fetched ahead of the writer (the rate gate still limits requests in flight). */
  window: number;
  /** Skip a visit's order without fetching it (e.g. already exported by an earlier run). */
  skip?: (visit: Visit) => boolean;
  /** An order a visit names but the API no longer has (deleted meanwhile). */
  onMissing?: (orderId: string, visit: Visit) => void;
}

export interface FoundOrder {
  order: ExtOrder;
  visit: Visit;
}

/**
 * Orders in the order of the visits that carry them (the API has no order list): visits are read
 * page by page and each order is fetched by id, up to `window` ahead, so requests overlap within
 * the rate limit while the output keeps a stable order and memory stays bounded.
 */
export async function* walkOrders(
  client: SalesManiaClient,
  filters: VisitFilters,
  options: OrderWalkOptions,
): AsyncGenerator<FoundOrder> {
  const ahead: Array<{ visit: Visit; order: Promise<ExtOrder | undefined> }> = [];
  const fetchOne = async (visit: Visit): Promise<ExtOrder | undefined> => {
    try {
      return await client.orders.get(visit.order_id as string);
    } catch (err) {
      if (isApiError(err) && err.code === 'API_NOT_FOUND') return undefined;
      throw err;
    }
  };
  const take = async (): Promise<FoundOrder | undefined> => {
    const next = ahead.shift() as (typeof ahead)[number];
    const order = await next.order;
    if (!order) options.onMissing?.(next.visit.order_id as string, next.visit);
    return order ? { order, visit: next.visit } : undefined;
  };
  try {
    for await (const visit of walkListing(client.visits, filters, options)) {
      const id = visit.order_id;
      if (!id || options.skip?.(visit)) continue;
      const order = fetchOne(visit);
      order.catch(() => undefined); // awaited in turn by take(); no unhandled rejection meanwhile
      ahead.push({ visit, order });
      if (ahead.length >= options.window) {
        const found = await take();
        if (found) yield found;
      }
    }
    while (ahead.length > 0) {
      const found = await take();
      if (found) yield found;
    }
  } finally {
    ahead.length = 0;
  }
}
