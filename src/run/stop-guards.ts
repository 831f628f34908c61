/**
 * The guards that stop a failing import cleanly (docs/GUARDS.md): `--max-errors`, and a systemic
 * API failure — the first rows sent all refused with the same error (the wrong database, a field
 * the API no longer accepts) must not be repeated for every row of a 100,000-row file.
 *
 * They watch each row's outcome as it is decided, and stop the run the way a signal does (no
 * waiting request leaves, the ones on the wire get their grace, the sheets are written and the
 * journal is left open for `--resume`), with a run error of their own code for the CLI.
 */
import type { RunError } from '../errors.js';
import { formatIssue, localizedRunError } from '../i18n/index.js';
import type { RowIssue, RowOutcome } from '../types.js';

export interface StopGuardOptions {
  /** Failed or invalid rows at which the run stops; undefined: no limit. */
  maxErrors?: number;
  /** The limit as the user gave it (`25`, `5%`), for the message. */
  maxErrorsText?: string;
  /** The first rows sent whose failure with one same API error stops the run. */
  systemicSample: number;
  /** Called once, with the reason, when a guard trips. */
  stop(reason: RunError): void;
}

export class StopGuards {
  private errors = 0;
  /** Rows sent to the API so far, while the systemic check still watches (the first `systemicSample`). */
  private sent = 0;
  /** The one API error every row sent so far failed with; undefined once one did not. */
  private sameError: { text: string; issue: RowIssue } | undefined;
  private watchingSystemic = true;
  private stopped: RunError | undefined;

  constructor(private readonly o: StopGuardOptions) {}

  /** The reason the run was stopped, if a guard tripped. */
  get reason(): RunError | undefined {
    return this.stopped;
  }

  /** One row's outcome, as soon as the row is decided (replayed rows of `--resume` are not given). */
  observe(outcome: RowOutcome): void {
    if (this.stopped) return;
    if (outcome.status === 'failed' || outcome.status === 'invalid') this.errors += 1;
    if (this.o.maxErrors !== undefined && this.errors >= this.o.maxErrors) {
      this.trip(
        localizedRunError('MAX_ERRORS_REACHED', 'guards.maxErrorsReached', {
          count: this.errors,
          limit: this.o.maxErrorsText ?? String(this.o.maxErrors),
        }),
      );
      return;
    }
    this.watchSystemic(outcome);
  }

  private watchSystemic(outcome: RowOutcome): void {
    if (!this.watchingSystemic || !reachedApi(outcome)) return;
    const issue = outcome.status === 'failed' ? outcome.issues.find(isApiIssue) : undefined;
    const text = issue && signature(outcome.issues);
    if (!issue || !text || (this.sent > 0 && this.sameError?.text !== text)) {
      this.watchingSystemic = false; // a row that went through, or another error: not systemic
      return;
    }
    this.sameError ??= { text, issue };
    this.sent += 1;
    if (this.sent < this.o.systemicSample) return;
    this.watchingSystemic = false;
    this.trip(
      localizedRunError('SYSTEMIC_API_FAILURE', 'guards.systemicFailure', {
        count: this.sent,
        error: formatIssue(issue),
      }),
    );
  }

  private trip(reason: RunError): void {
    this.stopped = reason;
    this.o.stop(reason);
  }
}

function isApiIssue(issue: RowIssue): boolean {
  return issue.code.startsWith('API_');
}

/**
 * Whether the row's request reached the API: written, refused by it, or in doubt. A row that
 * failed before sending (KEY_AMBIGUOUS, a units refusal) tells nothing about the API.
 */
function reachedApi(outcome: RowOutcome): boolean {
  if (['created', 'updated', 'deleted', 'in_doubt'].includes(outcome.status)) return true;
  return outcome.status === 'failed' && outcome.issues.some(isApiIssue);
}

/**
 * One text for "the same API error": the codes, fields and messages of the row's API issues, with
 * numbers left out (a PATCH names the record's id in its path, a message may name the row).
 */
function signature(issues: RowIssue[]): string {
  return issues
    .filter(isApiIssue)
    .map((i) => `${i.code} ${i.field ?? ''} ${i.message.replace(/\d+/g, '#')}`)
    .sort()
    .join('\n');
}
