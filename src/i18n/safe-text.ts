/**
 * Messages for people (the terminal, the page, notifications) with the values that came from outside
 * scrubbed one by one, and the catalog's own words left whole: the password "salah" must not turn
 * "Kesalahan" into "Ke***an" (docs/SECRETS.md).
 */
import { RunError, isRunError, type MessageRef } from '../errors.js';
import { scrubParams, scrubText } from '../secrets.js';
import type { Lang } from './language.js';
import { runErrorLine, runErrorText } from './render.js';

function scrubbedParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) {
    out[name] = isRunError(value) ? scrubbedError(value) : scrubParams(value);
  }
  return out;
}

function scrubbedRef(ref: MessageRef): MessageRef {
  return ref.params ? { key: ref.key, params: scrubbedParams(ref.params) } : { key: ref.key };
}

/** A copy of a run error whose params (and English text) are scrubbed; any other error as an Error. */
export function scrubbedError(err: RunError): RunError;
export function scrubbedError(err: unknown): Error;
export function scrubbedError(err: unknown): Error {
  if (isRunError(err)) {
    const localized = err.localized && scrubbedRef(err.localized);
    return new RunError(err.code, scrubText(err.message), err.details, localized);
  }
  return new Error(scrubText(err instanceof Error ? err.message : String(err)));
}

/** runErrorLine, safe to show: `Kesalahan [API_AUTH]: …` with only the outside values scrubbed. */
export function safeRunErrorLine(err: unknown, lang?: Lang): string {
  return runErrorLine(scrubbedError(err), lang);
}

/** runErrorText, safe to show. */
export function safeRunErrorText(err: RunError, lang?: Lang): string {
  return runErrorText(scrubbedError(err), lang);
}
