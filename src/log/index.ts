import { createRequire } from 'node:module';
import type { Logger, LevelWithSilent, pino as PinoFactory } from 'pino';
import { redact, stripSecretParams } from '../secrets.js';

export type { Logger } from 'pino';
export type LogFormat = 'auto' | 'json' | 'pretty';

export interface LoggerOptions {
  level?: LevelWithSilent;
  format?: LogFormat;
  /** Where log lines go; stderr by default (stdout is for data and --json summaries). */
  destination?: NodeJS.WritableStream;
}

/** Keys whose values are secrets wherever they appear in a log object. */
const REDACTED_PATHS = [
  'password',
  'token',
  'teamToken',
  'team_token',
  'authorization',
  '*.password',
  '*.token',
  '*.teamToken',
  '*.team_token',
  '*.authorization',
  'headers.authorization',
];

/**
 * pino to stderr: pretty on a terminal, JSON lines otherwise. Every line also passes through
 * the secret registry before it is written, so no code path can log a password or a token.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const destination = options.destination ?? process.stderr;
  const format = options.format ?? 'auto';
  const isTTY = Boolean((destination as { isTTY?: boolean }).isTTY);
  const pretty = format === 'pretty' || (format === 'auto' && isTTY);
  const settings = {
    level: options.level ?? 'info',
    base: undefined,
    hooks: { streamWrite: (line: string) => stripSecretParams(redact(line)) },
    redact: { paths: REDACTED_PATHS, censor: '***' },
  };
  return loadPino()(settings, pretty ? prettyStream(destination) : destination);
}

/** A silent logger for library use and tests that do not care about logs. */
export function silentLogger(): Logger {
  return loadPino()({ level: 'silent' });
}

/**
 * pino is loaded when the first logger is made, not when this module is imported: the CLI imports
 * this module to register its commands, and `--help` should not pay for pino (it is CommonJS, so a
 * synchronous require works).
 */
function loadPino(): typeof PinoFactory {
  return (createRequire(import.meta.url)('pino') as { pino: typeof PinoFactory }).pino;
}

function prettyStream(destination: NodeJS.WritableStream): NodeJS.WritableStream {
  // Loaded on demand: pino-pretty is only needed on a terminal, and it is CommonJS.
  // A synchronous stream (not a worker transport) keeps the redaction hook in front of it
  // and loses no lines when the CLI exits.
  const require = createRequire(import.meta.url);
  const pinoPretty = require('pino-pretty') as (opts: object) => NodeJS.WritableStream;
  return pinoPretty({
    destination,
    colorize: true,
    sync: true,
    translateTime: 'HH:MM:ss',
    ignore: 'pid,hostname',
  });
}
