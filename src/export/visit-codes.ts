/**
 * The codes a visits export writes beside the ids: the customer's `ext_cust_no` and the team
 * member's salesman number (else their email) — what people read, and what the import matches
 * (src/map/references.ts). A visit from the API carries ids only, so the customers and the team
 * are paged once (100 a page, both side by side) before the first visit is written. Memory follows
 * the number of customers on the server (~80 bytes each), not the number of visits exported.
 * The codes are a convenience beside the ids: when a list cannot be read, the caller exports the
 * visits with blank codes and a warning (sources.ts).
 */
import type { SalesManiaClient } from '../api/index.js';
import { walkListing, type WalkOptions } from './streams.js';

export class VisitCodes {
  private readonly customers = new Map<number, string>();
  private readonly team = new Map<number, string>();

  async load(client: SalesManiaClient, options: Pick<WalkOptions, 'signal' | 'pagesAhead'>): Promise<void> {
    // Both lists side by side; when one fails the other stops too, instead of paging on unread
    // (under `schedule` it would spend the request budget the next jobs share). The load settles
    // only once both walks have ended, so nothing pages on behind the caller's back; it fails with
    // the first failure, not with the stop that failure caused in the other walk.
    const local = new AbortController();
    const stop = (): void => local.abort();
    options.signal.addEventListener('abort', stop, { once: true });
    const walkOptions = { ...options, signal: local.signal };
    let failure: { error: unknown } | undefined;
    const failFast = async (walk: () => Promise<void>): Promise<void> => {
      try {
        await walk();
      } catch (error) {
        failure ??= { error };
        local.abort();
      }
    };
    try {
      await Promise.all([
        failFast(async () => {
          for await (const c of walkListing(client.customers, {}, walkOptions)) {
            if (c.ext_cust_no) this.customers.set(c.id, c.ext_cust_no);
          }
        }),
        failFast(async () => {
          for await (const m of walkListing(client.teams, {}, walkOptions)) {
            this.team.set(m.id, m.ext_salesman_number || m.email);
          }
        }),
      ]);
    } finally {
      options.signal.removeEventListener('abort', stop);
    }
    if (failure) throw failure.error;
  }

  /** Forgets what was loaded: after a failed load, every code is '' rather than some. */
  clear(): void {
    this.customers.clear();
    this.team.clear();
  }

  /** '' for a customer without an `ext_cust_no` (or one deleted since): the id column still says who. */
  customerCode(id: number): string {
    return this.customers.get(id) ?? '';
  }

  teamCode(id: number): string {
    return this.team.get(id) ?? '';
  }
}
