import { isRunError } from '../errors.js';
import { redact, stripSecretParams } from '../secrets.js';

/**
 * Turns any error into one or two lines for a person: a stable code and a message, never a
 * stack trace. Unexpected errors (bugs) say so and point at --log-level debug for details.
 */
export function describeError(err: unknown): string {
  const clean = (text: string) => stripSecretParams(redact(text));
  if (isRunError(err)) return clean(`error [${err.code}]: ${err.message}`);
  const message = err instanceof Error ? err.message : String(err);
  return clean(
    `error [INTERNAL]: ${message}\n(this is a bug in salesmania-bulk; run with --log-level debug for details)`,
  );
}

export function printError(err: unknown): void {
  process.stderr.write(describeError(err) + '\n');
}
