import { localizedRunError } from '../i18n/index.js';

/**
 * Small value parsers for options. Each says what it expected and what it got, like
 * p-queue's constructor: "expected `rate` to be a number > 0, got `abc`".
 */
export function positiveNumber(name: string, raw: string | number): number {
  const value = typeof raw === 'number' ? raw : Number(raw);
  if (!Number.isFinite(value) || value <= 0 || (typeof raw === 'string' && raw.trim() === '')) {
    throw localizedRunError('CONFIG_INVALID', 'config.notPositiveNumber', { name, value: raw });
  }
  return value;
}

export function positiveInteger(name: string, raw: string | number): number {
  const value = positiveNumber(name, raw);
  if (!Number.isInteger(value)) {
    throw localizedRunError('CONFIG_INVALID', 'config.notPositiveInteger', { name, value: raw });
  }
  return value;
}

export function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    throw localizedRunError('CONFIG_INVALID', 'config.notOneOf', {
      name,
      allowed: allowed.join(', '),
      value: raw,
    });
  }
  return raw as T;
}

export function httpUrl(name: string, raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw localizedRunError('CONFIG_INVALID', 'config.notHttpUrl', { name, value: raw });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw localizedRunError('CONFIG_INVALID', 'config.notHttpUrl', { name, value: raw });
  }
  if (url.username || url.password) {
    // Credentials inside a URL end up in logs and shell history; they have their own options.
    throw localizedRunError('CONFIG_INVALID', 'config.urlWithCredentials', { name });
  }
  return url.toString().replace(/\/$/, '');
}
