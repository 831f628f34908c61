/**
 * How every command that runs rows ends (import, validate, plan, apply, undo): the summary and the
 * exit code, and the two early ends that are no failure — one place, so that a guard's stop or a
 * signal ends each of them alike (README, "Exit codes"; docs/GUARDS.md).
 */
import { isRunError, RunError, type RunErrorCode } from '../errors.js';
import { t, type MessageKey } from '../i18n/index.js';
import type { RunSummary } from '../run/index.js';
import type { Logger } from '../log/index.js';
import { EXIT, exitCodeForCounts, exitCodeForInterruption, type Interruption } from './exit-codes.js';
import { printError } from './report-error.js';
import { printSummary } from './summary.js';

/** Prints the summary and sets the exit code: a signal's, a guard's stop (exit 1), else the counts'. */
export function endWithSummary(
  summary: RunSummary,
  json: boolean,
  exitForCounts: (counts: RunSummary['counts']) => number = exitCodeForCounts,
): void {
  printSummary(summary, json);
  // A guard's stop (docs/GUARDS.md) is a run failure with its own code, after the summary.
  const stopped = summary.stopped;
  if (stopped && !summary.interrupted)
    printError(new RunError(stopped.code, stopped.message, undefined, stopped.localized));
  process.exitCode = summary.interrupted
    ? exitCodeForInterruption(summary.interrupted)
    : stopped
      ? EXIT.runFailed
      : exitForCounts(summary.counts);
}

/**
 * A run that ended before its first row: nothing to do (`--resume` of a finished run, a second
 * undo) is exit 0; a signal before anything was sent exits as that signal; anything else rethrows.
 */
export function endBeforeRows(
  err: unknown,
  logger: Logger,
  signal: Interruption | undefined,
  nothingToDo: readonly RunErrorCode[] = ['RUN_COMPLETE'],
): void {
  if (isRunError(err) && nothingToDo.includes(err.code)) {
    logger.info(err.localized ? t(err.localized.key as MessageKey, err.localized.params) : err.message);
    process.exitCode = EXIT.ok;
    return;
  }
  if (!(isRunError(err) && err.code === 'INTERRUPTED' && signal)) throw err;
  logger.warn(t('signal.stoppedBeforeSending', { signal }));
  process.exitCode = exitCodeForInterruption(signal);
}
