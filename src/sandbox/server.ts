/**
 * `createSandbox`: a stateful local SalesMania over real HTTP, with faults, a request log and
 * direct access to its state for tests.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Customer, Database, ExtOrder, Product, TeamMember, Visit } from '../contract/index.js';
import { Auth } from './auth.js';
import { jakartaToday } from './dates.js';
import { Faults, type ScriptedFault } from './faults.js';
import { RequestLog, type RequestListener, type RequestLogEntry } from './log.js';
import {
  RUNTIME_DEFAULTS,
  resolveOptions,
  validateRuntimeOptions,
  type ResolvedOptions,
  type ResolvedRuntimeOptions,
  type SandboxOptions,
  type SandboxRuntimeOptions,
} from './options.js';
import { toExtOrder, type OrderRecord } from './orders.js';
import { createPipeline } from './pipeline.js';
import { RateLimiter } from './rate-limit.js';
import { authRoutes } from './routes-auth.js';
import { catalogRoutes } from './routes-catalog.js';
import { fieldRoutes } from './routes-field.js';
import { seedStore } from './seed.js';
import { DEMO_DATABASE_ID } from './seed-data.js';
import { Store, type DatabaseState } from './store.js';

/** Copies of the stored data, per database (the demo database by default). */
export interface SandboxState {
  databases(): Database[];
  teams(dbId?: number): TeamMember[];
  customers(dbId?: number): Customer[];
  products(dbId?: number): Product[];
  visits(dbId?: number): Visit[];
  /** The orders as stored (see `extOrder` for the wire shape). */
  orders(dbId?: number): OrderRecord[];
  /** The Ext Order object GET orders/{id} would answer, or undefined. */
  extOrder(orderId: string): ExtOrder | undefined;
}

export interface SandboxDump {
  databases: Array<
    Database & {
      teams: TeamMember[];
      customers: Customer[];
      products: Product[];
      visits: Visit[];
      orders: OrderRecord[];
    }
  >;
}

export interface Sandbox {
  /** Base URL, e.g. `http://127.0.0.1:41234` (no trailing slash). */
  readonly url: string;
  readonly port: number;
  /** The first configured user (default `demo` / `demo`). */
  readonly credentials: { username: string; password: string };
  /** The options in effect now. */
  readonly options: Readonly<ResolvedOptions>;
  readonly state: SandboxState;
  /** Every request so far, oldest first (at most `requestLogLimit`). */
  readonly requests: readonly RequestLogEntry[];
  resetLog(): void;
  /**
   * Calls `listener` as each request arrives, before it is handled (its status is still 0), so a
   * test can act on "the Nth request" rather than after some time: tokens expired from here are
   * already expired for the request that arrived. Returns a function that stops the listener.
   */
  onRequest(listener: RequestListener): () => void;
  /** Changes runtime options; an option given as undefined returns to its default. */
  configure(partial: SandboxRuntimeOptions): void;
  /** Queues a one-shot (or `times`-shot) fault for the next matching requests. */
  script(fault: ScriptedFault): void;
  /** Scripted faults not yet consumed. */
  readonly pendingFaults: number;
  clearScript(): void;
  /** Expires every bearer token now: the next data call gets 401. */
  expireTokens(): void;
  /** The bearer and team tokens issued so far (the newest 10,000 of each), e.g. to look for leaks. */
  issuedTokens(): { bearer: string[]; team: string[] };
  dump(): SandboxDump;
  close(): Promise<void>;
}

export async function createSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const resolved = resolveOptions(options);
  const store = new Store();
  seedStore(store, {
    mode: resolved.seed,
    extraCustomers: resolved.extraCustomers,
    today: resolved.today ?? jakartaToday(),
  });
  const current: ResolvedOptions = { ...resolved };
  const auth = new Auth(() => current, resolved.teamTokenSecret);
  const faults = new Faults(current.randomSeed);
  const limiter = new RateLimiter();
  const log = new RequestLog(() => current.requestLogLimit);
  const sleeper = new Sleeper();
  const handler = createPipeline({
    app: { store, auth, options: () => current },
    routes: [...authRoutes, ...catalogRoutes, ...fieldRoutes],
    faults,
    limiter,
    log,
    sleep: (ms) => sleeper.sleep(ms),
  });

  const server = createServer({ keepAliveTimeout: 5000 }, handler);
  await listen(server, resolved.host, resolved.port);
  const port = (server.address() as AddressInfo).port;
  const host = ['0.0.0.0', '::', ''].includes(resolved.host) ? '127.0.0.1' : resolved.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const db = (id = DEMO_DATABASE_ID): DatabaseState => {
    const found = store.database(id);
    if (!found) throw new RangeError(`the sandbox has no database ${id}`);
    return found;
  };
  const copy = <T>(rows: readonly T[]): T[] => structuredClone(rows as T[]);
  const state: SandboxState = {
    databases: () => store.databases().map((d) => ({ id: d.id, name: d.name })),
    teams: (id) => copy(db(id).teams.all()),
    customers: (id) => copy(db(id).customers.all()),
    products: (id) => copy(db(id).products.all()),
    visits: (id) => copy(db(id).visits.all()),
    orders: (id) => copy([...db(id).orders.values()]),
    extOrder(orderId) {
      const owner = store.database(store.orderDatabase.get(orderId) ?? -1);
      const order = owner?.orders.get(orderId);
      return owner && order ? toExtOrder(owner, order) : undefined;
    },
  };

  let closing: Promise<void> | undefined;
  return {
    url,
    port,
    get credentials() {
      const { username, password } = current.users[0];
      return { username, password };
    },
    get options() {
      return current;
    },
    state,
    requests: log.entries,
    resetLog: () => log.reset(),
    onRequest: (listener) => log.listen(listener),
    configure(partial) {
      validateRuntimeOptions(partial);
      for (const [key, value] of Object.entries(partial) as Array<[keyof ResolvedRuntimeOptions, unknown]>) {
        (current as Record<string, unknown>)[key] = value === undefined ? RUNTIME_DEFAULTS[key] : value;
      }
      if ('randomSeed' in partial) faults.reseed(current.randomSeed);
      if ('rateLimit' in partial || 'burst' in partial) limiter.reset();
    },
    script: (fault) => faults.script(fault),
    get pendingFaults() {
      return faults.pending;
    },
    clearScript: () => faults.clearScript(),
    expireTokens: () => auth.expireAll(),
    issuedTokens: () => auth.issuedTokens(),
    dump: () => ({
      databases: store.databases().map((d) => ({
        id: d.id,
        name: d.name,
        teams: state.teams(d.id),
        customers: state.customers(d.id),
        products: state.products(d.id),
        visits: state.visits(d.id),
        orders: state.orders(d.id),
      })),
    }),
    close() {
      closing ??= new Promise<void>((resolve) => {
        sleeper.cancelAll();
        server.close(() => resolve());
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/** Timers that `close()` ends at once, so a held-back answer never keeps a test process alive. */
class Sleeper {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending.delete(timer);
        resolve();
      }, ms);
      this.pending.set(timer, resolve);
    });
  }

  cancelAll(): void {
    for (const [timer, resolve] of this.pending) {
      clearTimeout(timer);
      resolve();
    }
    this.pending.clear();
  }
}
