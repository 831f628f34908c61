/**
 * The visits of one route — a team member's day — read once and re-read on demand, so a visits
 * import knows which visits exist (for `unchanged`) and which one it just created (for the id)
 * without a request per row: creates in the same route share one re-read.
 */
import type { SalesManiaClient, Visit } from '../api/index.js';

class Route {
  private visits: Visit[] | undefined;
  private loading: Promise<void> | undefined;
  private running: Promise<void> | undefined;
  private queued: Promise<void> | undefined;

  constructor(private readonly fetch: () => Promise<Visit[]>) {}

  /** Reads the route once; later calls reuse what was read (or re-read since). */
  load(): Promise<void> {
    if (this.visits) return Promise.resolve();
    this.loading ??= this.refresh().catch((err: unknown) => {
      this.loading = undefined; // a failed first read may be tried again by the next row
      throw err;
    });
    return this.loading;
  }

  /**
   * Re-reads the route with a request that starts after this call: a read already running may have
   * started before the caller's create, so a caller arriving then waits for the next one, which
   * every caller arriving meanwhile shares.
   */
  refresh(): Promise<void> {
    if (!this.running) {
      this.running = this.fetch()
        .then((visits) => {
          this.visits = visits;
        })
        .finally(() => {
          this.running = undefined;
        });
      return this.running;
    }
    this.queued ??= this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.refresh();
      });
    return this.queued;
  }

  /** Visits of the customer in this route as last read, oldest first. */
  visitsOf(customerId: number): Visit[] {
    return (this.visits ?? []).filter((v) => v.customer_id === customerId);
  }
}

export type { Route as VisitRoute };

export class VisitRoutes {
  private readonly routes = new Map<string, Route>();

  constructor(private readonly client: SalesManiaClient) {}

  /** The route of `teamId` on `date`; without a team id, every visit of that date. */
  of(date: string, teamId: number | undefined): Route {
    const key = `${date}|${teamId ?? '*'}`;
    let route = this.routes.get(key);
    if (!route) {
      route = new Route(async () => {
        const filters = {
          date_from: date,
          date_to: date,
          ...(teamId !== undefined ? { team_id: teamId } : {}),
        };
        const visits: Visit[] = [];
        for await (const v of this.client.visits.iterate(filters, { perPage: 100 })) {
          // Exact match on our side too: the filters' semantics are an assumption.
          if (v.date === date && (teamId === undefined || v.team_id === teamId)) visits.push(v);
        }
        return visits;
      });
      this.routes.set(key, route);
    }
    return route;
  }
}
