/**
 * Run errors: problems that stop a run (unreadable file, missing column, bad credentials).
 * Row problems are data (RowIssue), never exceptions. Each run error has a stable code;
 * src/cli/ turns it into a message and an exit code.
 */
export type RunErrorCode =
  | 'CONFIG_INVALID'
  | 'CONFIG_MISSING'
  | 'READ_NOT_FOUND'
  | 'READ_PERMISSION'
  | 'READ_UNSUPPORTED_FORMAT'
  | 'READ_CORRUPT'
  | 'READ_EMPTY'
  | 'READ_ENCODING'
  | 'READ_LIMIT'
  | 'READ_SHEET_NOT_FOUND'
  | 'READ_DUPLICATE_HEADER'
  | 'MAP_MISSING_COLUMN'
  | 'MAP_DUPLICATE_COLUMN'
  | 'MAP_BAD_MAPPING'
  | 'WRITE_FAILED'
  | 'JOURNAL_MISMATCH'
  | 'JOURNAL_CORRUPT'
  /** `--resume` found no journal where it looked: nothing to resume, and starting anew is not asked. */
  | 'JOURNAL_NOT_FOUND'
  /** The same file (SHA-256), entity and mode was imported to the end already; `--again` runs it again. */
  | 'ALREADY_IMPORTED'
  /** Another live process (or the web page) runs with this journal: nothing was sent (docs/journal.md). */
  | 'RUN_IN_PROGRESS'
  /** `--resume` of a run that finished: nothing to do (the CLI exits 0, it is not a failure). */
  | 'RUN_COMPLETE'
  /** apply: no plan companion (`.plan.json`) where it looked. */
  | 'PLAN_NOT_FOUND'
  /** apply: the file is not a plan written by `plan` (or was damaged). */
  | 'PLAN_INVALID'
  /** apply: the input file is missing, or differs (size, SHA-256) from the one planned. */
  | 'PLAN_INPUT_CHANGED'
  /** apply: the mapping file is missing, or differs from the one planned. */
  | 'PLAN_MAPPING_CHANGED'
  /** apply: an option that changes what is sent (mode, database, …) differs from the plan's. */
  | 'PLAN_OPTIONS_CHANGED'
  /** `undo` of a run whose undo finished already: nothing to do (the CLI exits 0). */
  | 'ALREADY_UNDONE'
  /** `undo` was given a file that is neither a result sheet with its journal nor a journal. */
  | 'UNDO_SOURCE_INVALID'
  /** `--mode delete` without a terminal to ask on and without `--yes`: nothing was sent. */
  | 'DELETE_NEEDS_YES'
  /** `--mode delete`: the count typed at the prompt was wrong, or none was typed (Ctrl-D): nothing was sent. */
  | 'DELETE_NOT_CONFIRMED'
  /** `--max-errors` reached: the run stopped cleanly, `--resume` continues it (docs/GUARDS.md). */
  | 'MAX_ERRORS_REACHED'
  /** The first rows sent all failed with the same API error: the run stopped (docs/GUARDS.md). */
  | 'SYSTEMIC_API_FAILURE'
  /** Web page (src/workspace/): the upload id names no stored upload. */
  | 'UPLOAD_NOT_FOUND'
  /** Web page: a run of the same upload is going on; one run per upload at a time. */
  | 'RUN_BUSY'
  /** Web page: an apply names no finished plan run, or an undo no ended import/resume/apply with a journal. */
  | 'RUN_NOT_FOUND'
  | ApiErrorCode
  | 'DATABASE_NOT_FOUND'
  | 'DELIVER_FAILED'
  | 'DELIVER_AUTH'
  | 'DELIVER_HOST_KEY'
  | 'NOTIFY_FAILED'
  /** `serve` on an address other machines can reach, without a page password (SALESMANIA_UI_PASSWORD). */
  | 'WEB_PASSWORD_REQUIRED'
  | 'INTERRUPTED';

/** The stable codes an API failure can carry: a run error's, and a row issue's too (types.ts). */
export type ApiErrorCode =
  | 'API_AUTH'
  | 'API_FORBIDDEN'
  | 'API_NOT_FOUND'
  | 'API_VALIDATION'
  | 'API_RATE_LIMITED'
  | 'API_SERVER'
  | 'API_NETWORK'
  | 'API_AMBIGUOUS'
  | 'API_UNEXPECTED';

/**
 * A message of the catalog (src/i18n), by key and named parameters: the CLI shows it in the user's
 * language. Without one, the English `message` is shown (sites are converted one at a time).
 */
export interface MessageRef {
  key: string;
  params?: Record<string, unknown>;
}

export class RunError extends Error {
  readonly code: RunErrorCode;
  /** Extra facts for the log (never secrets). */
  readonly details?: Record<string, unknown>;
  /** The message in the catalog; `message` stays the English text, for logs and library users. */
  readonly localized?: MessageRef;

  constructor(
    code: RunErrorCode,
    message: string,
    details?: Record<string, unknown>,
    localized?: MessageRef,
  ) {
    super(message);
    this.name = 'RunError';
    this.code = code;
    this.details = details;
    this.localized = localized;
  }
}

export function isRunError(err: unknown): err is RunError {
  return err instanceof RunError;
}

/** The run was asked to stop (a signal): such an error is passed on, never retried or reported as a row's. */
export function isInterrupted(err: unknown): boolean {
  return isRunError(err) && err.code === 'INTERRUPTED';
}
