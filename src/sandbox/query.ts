/**
 * Query-string parsing for the list endpoints: paging (1-based `page`, `per_page` at most 100,
 * default 20) and filters. Bad values answer 422 like a bad body field would.
 */
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, PAGE_PARAM, PER_PAGE_PARAM, type Page } from '../contract/index.js';
import { isBusinessDate, normaliseTimestamp } from './dates.js';
import { invalid } from './http.js';
import { FieldErrors } from './validate.js';
import type { PageSlice } from './table.js';

export type Query = Record<string, string>;

/** Reads query parameters and collects every bad one before answering 422. */
export class QueryReader {
  readonly errs = new FieldErrors();

  constructor(private readonly query: Query) {}

  str(key: string): string | undefined {
    const value = this.query[key];
    return value === undefined || value === '' ? undefined : value;
  }

  int(key: string, min: number, fallback?: number): number | undefined {
    const raw = this.str(key);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min) {
      this.errs.add(key, `The ${key} field must be an integer of at least ${min}.`);
      return fallback;
    }
    return Number(raw);
  }

  bool(key: string): boolean | undefined {
    const raw = this.str(key);
    if (raw === undefined) return undefined;
    if (raw === 'true' || raw === 'false') return raw === 'true';
    this.errs.add(key, `The ${key} field must be true or false.`);
    return undefined;
  }

  date(key: string): string | undefined {
    const raw = this.str(key);
    if (raw === undefined || isBusinessDate(raw)) return raw;
    this.errs.add(key, `The ${key} field must be a valid date in the format YYYY-MM-DD.`);
    return undefined;
  }

  /** An ISO timestamp, normalised so it compares as a string with stored `updated_at`. */
  timestamp(key: string): string | undefined {
    const raw = this.str(key);
    if (raw === undefined) return undefined;
    const normal = normaliseTimestamp(raw);
    if (normal === undefined) this.errs.add(key, `The ${key} field must be an ISO-8601 timestamp.`);
    return normal;
  }

  paging(): { page: number; perPage: number } {
    const page = this.int(PAGE_PARAM, 1, 1) as number;
    // Like many Laravel APIs, a per_page above the maximum is capped, and meta says so.
    const perPage = Math.min(MAX_PER_PAGE, this.int(PER_PAGE_PARAM, 1, DEFAULT_PER_PAGE) as number);
    return { page, perPage };
  }

  /** Throws 422 if any parameter was bad. */
  check(): void {
    if (this.errs.any) throw invalid(this.errs.errors);
  }
}

export function pageOf<T>(slice: PageSlice<T>, page: number, perPage: number): Page<T> {
  return {
    data: slice.data,
    meta: {
      page,
      per_page: perPage,
      total: slice.total,
      last_page: Math.max(1, Math.ceil(slice.total / perPage)),
    },
  };
}
