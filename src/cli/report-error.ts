import { runErrorLine } from '../i18n/index.js';
import { redact, stripSecretParams } from '../secrets.js';

/**
 * Turns any error into one or two lines for a person, in their language: a stable code and a
 * message, never a stack trace. Unexpected errors (bugs) say so and point at --log-level debug.
 */
export function describeError(err: unknown): string {
  return stripSecretParams(redact(runErrorLine(err)));
}

export function printError(err: unknown): void {
  process.stderr.write(describeError(err) + '\n');
}
