import { safeRunErrorLine } from '../i18n/index.js';

/**
 * Turns any error into one or two lines for a person, in their language: a stable code and a
 * message, never a stack trace. Unexpected errors (bugs) say so and point at --log-level debug.
 * Secrets are scrubbed from the values in the message, never from the catalog's words.
 */
export function describeError(err: unknown): string {
  return safeRunErrorLine(err);
}

export function printError(err: unknown): void {
  process.stderr.write(describeError(err) + '\n');
}
