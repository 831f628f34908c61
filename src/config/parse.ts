import { RunError } from '../errors.js';

/**
 * Small value parsers for options. Each says what it expected and what it got, like
 * p-queue's constructor: "expected `rate` to be a number > 0, got `abc`".
 */
export function positiveNumber(name: string, raw: string | number): number {
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (typeof raw === 'string' && raw.trim() === '')) {
    throw new RunError('CONFIG_INVALID', `expected \`${name}\` to be a number > 0, got \`${raw}\``);
  }
  return value;
}

export function positiveInteger(name: string, raw: string | number): number {
  const value = positiveNumber(name, raw);
  if (!Number.isInteger(value)) {
    throw new RunError('CONFIG_INVALID', `expected \`${name}\` to be a whole number > 0, got \`${raw}\``);
  }
  return value;
}

export function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new RunError(
      'CONFIG_INVALID',
      `expected \`${name}\` to be one of ${allowed.join(', ')}, got \`${raw}\``,
    );
  }
  return raw as T;
}

export function httpUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RunError('CONFIG_INVALID', `expected \`${name}\` to be an http(s) URL, got \`${raw}\``);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new RunError('CONFIG_INVALID', `expected \`${name}\` to be an http(s) URL, got \`${raw}\``);
  }
  if (url.username || url.password) {
    // Credentials inside a URL end up in logs and shell history; they have their own options.
    throw new RunError(
      'CONFIG_INVALID',
      `\`${name}\` must not contain credentials; use SALESMANIA_USERNAME and SALESMANIA_PASSWORD(_FILE)`,
    );
  }
  return url.toString().replace(/\/$/, '');
}
