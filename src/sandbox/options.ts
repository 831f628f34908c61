/**
 * Sandbox options: one name and one default each, validated with messages that say what was
 * received. Runtime options can be changed on a running sandbox with `configure`; the others
 * (address, seed) only make sense before it starts.
 */
import { DEFAULT_TOKEN_LIFETIME_SEC } from '../contract/index.js';
import { localizedRunError, type MessageKey } from '../i18n/index.js';

export type SeedMode = 'demo' | 'empty';
export type CommitFailMode = 'drop' | '502' | 'mixed';

export interface SandboxUser {
  username: string;
  password: string;
  /** Database ids this user can reach; all databases when omitted. */
  databases?: number[];
}

export interface SandboxRuntimeOptions {
  /** Accounts accepted by GET token (Basic auth). Default: `demo` / `demo`. */
  users?: SandboxUser[];
  /** Added to every response, in milliseconds. */
  latencyMs?: number;
  /** Random extra latency, uniform in [0, jitterMs]. */
  jitterMs?: number;
  /** Requests per second per bearer token; 0 = no limit. */
  rateLimit?: number;
  /** Requests a bearer token may send at once before the rate applies; default max(1, rateLimit). */
  burst?: number;
  /** Bearer token lifetime in seconds (`expires_in`); fractions allowed for tests. */
  tokenLifetimeSec?: number;
  /** Share of requests answered 500/502/503 (some as HTML) without doing anything. */
  failRate?: number;
  /** Share of writes that are applied and then fail (connection dropped or 502). */
  commitFailRate?: number;
  commitFailMode?: CommitFailMode;
  /** Share of requests whose answer is held back `slowMs` (writes are still applied). */
  slowRate?: number;
  slowMs?: number;
  /** Seed of the fault and jitter random numbers, for repeatable runs. */
  randomSeed?: number;
  /** Largest accepted request body; larger ones get 413. */
  maxBodyBytes?: number;
  /** Entries kept in `sandbox.requests` (oldest dropped first). */
  requestLogLimit?: number;
}

export interface SandboxOptions extends SandboxRuntimeOptions {
  /** Interface to listen on. Default 127.0.0.1. */
  host?: string;
  /** 0 = an ephemeral port. */
  port?: number;
  /** 'demo' = realistic demo data; 'empty' = databases, users and team members only. */
  seed?: SeedMode;
  /** Extra generated customers in the demo database (for export benchmarks). */
  extraCustomers?: number;
  /** The business date the demo visits are placed around (YYYY-MM-DD); default today in Jakarta. */
  today?: string;
  /** Key that signs team tokens; random per instance by default. */
  teamTokenSecret?: string;
}

export type ResolvedRuntimeOptions = Required<Omit<SandboxRuntimeOptions, 'burst'>> & {
  burst: number | undefined;
};

export type ResolvedOptions = ResolvedRuntimeOptions &
  Required<Omit<SandboxOptions, keyof SandboxRuntimeOptions | 'today' | 'teamTokenSecret'>> & {
    today: string | undefined;
    teamTokenSecret: string | undefined;
  };

export const DEFAULT_USERNAME = 'demo';
export const DEFAULT_PASSWORD = 'demo';
/** The login the sandbox accepts unless `users` says otherwise. */
export const DEFAULT_CREDENTIALS: Readonly<{ username: string; password: string }> = Object.freeze({
  username: DEFAULT_USERNAME,
  password: DEFAULT_PASSWORD,
});

export const RUNTIME_DEFAULTS: ResolvedRuntimeOptions = {
  users: [{ username: DEFAULT_USERNAME, password: DEFAULT_PASSWORD }],
  latencyMs: 0,
  jitterMs: 0,
  rateLimit: 0,
  burst: undefined,
  tokenLifetimeSec: DEFAULT_TOKEN_LIFETIME_SEC,
  failRate: 0,
  commitFailRate: 0,
  commitFailMode: 'mixed',
  slowRate: 0,
  slowMs: 0,
  randomSeed: 1,
  maxBodyBytes: 1024 * 1024,
  requestLogLimit: 10_000,
};

type OptionKey = Extract<MessageKey, `sandbox.option.${string}`>;

function invalid(name: string, key: OptionKey, value: unknown, params: Record<string, unknown> = {}): never {
  throw localizedRunError('CONFIG_INVALID', key, { name, value: String(value), ...params });
}

function checkNumber(name: string, value: unknown, min: number, max = Infinity, integer = false): void {
  const ok = typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max;
  if (!ok || (integer && !Number.isInteger(value))) {
    const open = max === Infinity;
    const key = integer
      ? open
        ? 'sandbox.option.integerAtLeast'
        : 'sandbox.option.integerBetween'
      : open
        ? 'sandbox.option.numberAtLeast'
        : 'sandbox.option.numberBetween';
    invalid(name, key, value, { min: String(min), max: String(max) });
  }
}

/** Throws RunError CONFIG_INVALID on the first bad option; unknown keys are rejected too. */
export function validateRuntimeOptions(partial: SandboxRuntimeOptions): void {
  for (const [key, value] of Object.entries(partial)) {
    if (value === undefined) continue;
    switch (key) {
      case 'users':
        checkUsers(value);
        break;
      case 'failRate':
      case 'commitFailRate':
      case 'slowRate':
        checkNumber(key, value, 0, 1);
        break;
      case 'commitFailMode':
        if (value !== 'drop' && value !== '502' && value !== 'mixed')
          invalid(key, 'sandbox.option.oneOf', value, { allowed: "'drop', '502', 'mixed'" });
        break;
      case 'tokenLifetimeSec': // fractions allowed, so a test can watch a token expire quickly
        checkNumber(key, value, 0.001);
        break;
      case 'maxBodyBytes':
      case 'requestLogLimit':
        checkNumber(key, value, 1);
        break;
      case 'burst':
        checkNumber(key, value, 1, Infinity, true);
        break;
      case 'randomSeed':
        checkNumber(key, value, 0, 2 ** 32 - 1, true);
        break;
      case 'latencyMs':
      case 'jitterMs':
      case 'rateLimit':
      case 'slowMs':
        checkNumber(key, value, 0);
        break;
      default:
        throw localizedRunError('CONFIG_INVALID', 'sandbox.unknownOption', { key });
    }
  }
}

function checkUsers(value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) invalid('users', 'sandbox.option.users', value);
  for (const user of value as unknown[]) {
    const u = user as Partial<SandboxUser> | null;
    if (!u || typeof u.username !== 'string' || !u.username || typeof u.password !== 'string') {
      invalid('users', 'sandbox.option.userEntries', JSON.stringify(user));
    }
    if (u.databases !== undefined && !(Array.isArray(u.databases) && u.databases.every(Number.isInteger))) {
      invalid('users[].databases', 'sandbox.option.databaseIds', JSON.stringify(u.databases));
    }
  }
}

const START_ONLY = ['host', 'port', 'seed', 'extraCustomers', 'today', 'teamTokenSecret'] as const;

export function resolveOptions(options: SandboxOptions = {}): ResolvedOptions {
  const runtime: SandboxRuntimeOptions = { ...options };
  for (const key of START_ONLY) delete (runtime as Record<string, unknown>)[key];
  validateRuntimeOptions(runtime);
  const { host = '127.0.0.1', port = 0, seed = 'demo', extraCustomers = 0 } = options;
  if (typeof host !== 'string' || !host) invalid('host', 'sandbox.option.host', host);
  checkNumber('port', port, 0, 65535, true);
  if (seed !== 'demo' && seed !== 'empty')
    invalid('seed', 'sandbox.option.oneOf', seed, { allowed: "'demo', 'empty'" });
  checkNumber('extraCustomers', extraCustomers, 0, 10_000_000, true);
  if (options.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(options.today)) {
    invalid('today', 'sandbox.option.date', options.today);
  }
  const defined = Object.fromEntries(Object.entries(runtime).filter(([, v]) => v !== undefined));
  return {
    ...RUNTIME_DEFAULTS,
    ...defined,
    host,
    port,
    seed,
    extraCustomers,
    today: options.today,
    teamTokenSecret: options.teamTokenSecret,
  };
}

/** The burst actually used: the configured one, else one second's worth of requests. */
export function effectiveBurst(options: ResolvedRuntimeOptions): number {
  return options.burst ?? Math.max(1, Math.ceil(options.rateLimit));
}
