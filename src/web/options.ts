/**
 * The options of `serve`, checked once before the server starts: where it listens, the page password
 * (required on any address but loopback), the data folder, the path prefix behind a reverse proxy and
 * the upload limit. See docs/WEB.md, "Security model".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isIP } from 'node:net';
import { READ_LIMIT_ENV, positiveNumber } from '../config/index.js';
import { localizedRunError } from '../i18n/index.js';
import { registerSecret } from '../secrets.js';

export const UI_PASSWORD_ENV = {
  password: 'SALESMANIA_UI_PASSWORD',
  file: 'SALESMANIA_UI_PASSWORD_FILE',
} as const;
/** `--trust-proxy` from the environment (a container's configuration), as the flag. */
export const TRUST_PROXY_ENV = 'SALESMANIA_TRUST_PROXY';
/** Uploads are held in memory while parsed: a smaller default than the CLI's 2 GiB file limit. */
export const DEFAULT_UPLOAD_MB = 100;
const MIN_PASSWORD = 8;

export interface WebSecurity {
  /** Undefined only when bound to loopback without a password: then every visitor is signed in. */
  password?: string;
  /** Without a password, the Host header must name the loopback (no DNS rebinding). */
  loopbackOnly: boolean;
}

export interface WebOptions extends WebSecurity {
  host: string;
  port: number;
  /** `''` or `/bulk`: every link and cookie carries it. */
  basePath: string;
  dataDir: string;
  maxUploadBytes: number;
  jobsFile?: string;
  /** Sign-in attempts are counted per the proxy's `X-Forwarded-For` entry, not the socket's address. */
  trustProxy: boolean;
}

export interface RawWebOptions {
  host?: string;
  port?: string;
  dataDir?: string;
  basePath?: string;
  jobs?: string;
  trustProxy?: boolean;
}

export function isLoopback(host: string): boolean {
  if (host === 'localhost') return true;
  if (isIP(host) === 4) return host.startsWith('127.');
  return host === '::1' || host === '[::1]';
}

function readPassword(env: NodeJS.ProcessEnv): string | undefined {
  const file = env[UI_PASSWORD_ENV.file]?.trim();
  if (file) {
    try {
      return readFileSync(file, 'utf8').replace(/\r?\n$/, '');
    } catch (err) {
      const reason = (err as NodeJS.ErrnoException).code ?? 'unknown error';
      throw localizedRunError('CONFIG_INVALID', 'config.passwordFileUnreadable', { path: file, reason });
    }
  }
  const value = env[UI_PASSWORD_ENV.password];
  return value === undefined || value === '' ? undefined : value;
}

export function checkBasePath(raw: string | undefined): string {
  if (raw === undefined || raw === '' || raw === '/') return '';
  const trimmed = raw.replace(/\/+$/, '');
  if (!/^(\/[A-Za-z0-9._~-]+)+$/.test(trimmed)) {
    throw localizedRunError('CONFIG_INVALID', 'serve.badBasePath', { value: raw });
  }
  return trimmed;
}

function port(raw: string | undefined): number {
  if (raw === undefined) return 8080;
  if (raw.trim() === '0') return 0;
  const value = positiveNumber('port', raw);
  if (!Number.isInteger(value) || value > 65535) {
    throw localizedRunError('CONFIG_INVALID', 'config.notPositiveInteger', { name: 'port', value: raw });
  }
  return value;
}

function uploadLimit(env: NodeJS.ProcessEnv): number {
  const raw = env[READ_LIMIT_ENV.maxFileMb]?.trim();
  const mb = raw ? positiveNumber(READ_LIMIT_ENV.maxFileMb, raw) : DEFAULT_UPLOAD_MB;
  return Math.max(1, Math.round(mb * 1024 * 1024));
}

const YES = ['1', 'true', 'yes'];
const NO = ['0', 'false', 'no', ''];

function trustProxy(flag: boolean | undefined, env: NodeJS.ProcessEnv): boolean {
  if (flag) return true;
  const raw = env[TRUST_PROXY_ENV]?.trim().toLowerCase();
  if (raw === undefined || NO.includes(raw)) return false;
  if (YES.includes(raw)) return true;
  throw localizedRunError('CONFIG_INVALID', 'config.notOneOf', {
    name: TRUST_PROXY_ENV,
    allowed: '1, 0, true, false, yes, no',
    value: env[TRUST_PROXY_ENV] ?? '',
  });
}

/** Flags > environment > defaults; refuses a reachable address without a password (WEB_PASSWORD_REQUIRED). */
export function resolveWebOptions(flags: RawWebOptions, env: NodeJS.ProcessEnv): WebOptions {
  const host = flags.host?.trim() || '127.0.0.1';
  const password = readPassword(env);
  if (password !== undefined && password.length < MIN_PASSWORD) {
    throw localizedRunError('CONFIG_INVALID', 'serve.passwordTooShort', { min: String(MIN_PASSWORD) });
  }
  registerSecret(password);
  if (!isLoopback(host) && password === undefined) {
    throw localizedRunError('WEB_PASSWORD_REQUIRED', 'serve.passwordRequired', { host });
  }
  return {
    host,
    port: port(flags.port),
    basePath: checkBasePath(flags.basePath),
    dataDir: resolve(flags.dataDir ?? '.'),
    maxUploadBytes: uploadLimit(env),
    jobsFile: flags.jobs ? resolve(flags.jobs) : undefined,
    trustProxy: trustProxy(flags.trustProxy, env),
    password,
    loopbackOnly: password === undefined,
  };
}
