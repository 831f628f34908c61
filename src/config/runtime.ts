import { oneOf, positiveInteger, positiveNumber } from './parse.js';
import type { LogFormat } from '../log/index.js';
import { errorLimit, type ErrorLimit } from './error-limit.js';

/** Settings that shape how a run talks to the API, with their documented defaults. */
export interface RuntimeConfig {
  /** Requests per second for the whole run; the real limit is about 10/s per token. */
  rate: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
  logLevel: LogLevel;
  logFormat: LogFormat;
  /** Imports: stop once this many rows failed or were invalid (`--max-errors`); none by default. */
  maxErrors?: ErrorLimit;
}

export const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const RUNTIME_DEFAULTS: RuntimeConfig = {
  rate: 8,
  concurrency: 4,
  timeoutMs: 30_000,
  logLevel: 'info',
  logFormat: 'auto',
};

export interface RuntimeFlags {
  rate?: string;
  concurrency?: string;
  timeout?: string;
  logLevel?: string;
  logFormat?: string;
  maxErrors?: string;
}

export const RUNTIME_ENV = {
  rate: 'SALESMANIA_RATE',
  concurrency: 'SALESMANIA_CONCURRENCY',
  timeout: 'SALESMANIA_TIMEOUT_MS',
  logLevel: 'SALESMANIA_LOG_LEVEL',
  logFormat: 'SALESMANIA_LOG_FORMAT',
  maxErrors: 'SALESMANIA_MAX_ERRORS',
} as const;

export function resolveRuntime(flags: RuntimeFlags, env: NodeJS.ProcessEnv): RuntimeConfig {
  const pick = (flag: string | undefined, name: keyof typeof RUNTIME_ENV) =>
    flag ?? (env[RUNTIME_ENV[name]] || undefined);
  const rate = pick(flags.rate, 'rate');
  const concurrency = pick(flags.concurrency, 'concurrency');
  const timeout = pick(flags.timeout, 'timeout');
  const logLevel = pick(flags.logLevel, 'logLevel');
  const logFormat = pick(flags.logFormat, 'logFormat');
  const maxErrors = pick(flags.maxErrors, 'maxErrors');
  return {
    rate: rate === undefined ? RUNTIME_DEFAULTS.rate : positiveNumber('rate', rate),
    concurrency:
      concurrency === undefined ? RUNTIME_DEFAULTS.concurrency : positiveInteger('concurrency', concurrency),
    timeoutMs: timeout === undefined ? RUNTIME_DEFAULTS.timeoutMs : positiveInteger('timeout', timeout),
    logLevel: logLevel === undefined ? RUNTIME_DEFAULTS.logLevel : oneOf('log-level', logLevel, LOG_LEVELS),
    logFormat:
      logFormat === undefined
        ? RUNTIME_DEFAULTS.logFormat
        : oneOf('log-format', logFormat, ['auto', 'json', 'pretty'] as const),
    ...(maxErrors === undefined ? {} : { maxErrors: errorLimit('max-errors', maxErrors) }),
  };
}
