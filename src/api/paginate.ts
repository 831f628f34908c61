/**
 * Lazy, bounded pagination: a page is fetched only when the consumer asks for more, and the
 * walk stops at `last_page`, at an empty page, at `maxPages` or once `limit` items were yielded.
 */
import { MAX_PER_PAGE, type Page } from './contract.js';

export interface IterateOptions {
  /** Items per page, 1..100. Default 100 (fewest requests). */
  perPage?: number;
  /** First page to fetch (1-based). Default 1. */
  startPage?: number;
  /** Fetch at most this many pages. */
  maxPages?: number;
  /** Yield at most this many items (pages: stop once this many items were fetched). */
  limit?: number;
}

export type FetchPage<T> = (page: number, perPage: number) => Promise<Page<T>>;

export async function* paginatePages<T>(
  fetchPage: FetchPage<T>,
  options: IterateOptions = {},
): AsyncGenerator<Page<T>> {
  const perPage = checkPerPage(options.perPage ?? MAX_PER_PAGE, 'perPage');
  const startPage = checkPositive(options.startPage ?? 1, 'startPage');
  const maxPages = options.maxPages === undefined ? Infinity : checkPositive(options.maxPages, 'maxPages');
  const limit = options.limit === undefined ? Infinity : checkNonNegative(options.limit, 'limit');
  let fetched = 0;
  let items = 0;
  for (let page = startPage; fetched < maxPages && items < limit; page += 1) {
    const result = await fetchPage(page, perPage);
    fetched += 1;
    items += result.data.length;
    yield result;
    if (result.data.length === 0 || page >= result.meta.last_page) return;
  }
}

export async function* paginateItems<T>(
  fetchPage: FetchPage<T>,
  options: IterateOptions = {},
): AsyncGenerator<T> {
  const limit = options.limit === undefined ? Infinity : checkNonNegative(options.limit, 'limit');
  let yielded = 0;
  if (yielded >= limit) return;
  for await (const page of paginatePages(fetchPage, options)) {
    for (const item of page.data) {
      yield item;
      yielded += 1;
      if (yielded >= limit) return;
    }
  }
}

export function checkPerPage(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > MAX_PER_PAGE) {
    throw new RangeError(
      `expected \`${name}\` to be an integer from 1 to ${MAX_PER_PAGE}, got \`${String(value)}\``,
    );
  }
  return value;
}

function checkPositive(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
    throw new RangeError(`expected \`${name}\` to be an integer >= 1, got \`${String(value)}\``);
  }
  return value;
}

function checkNonNegative(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new RangeError(`expected \`${name}\` to be an integer >= 0, got \`${String(value)}\``);
  }
  return value;
}
