import { RunError, type ApiErrorCode, type MessageRef } from '../errors.js';
import { scrubParams, scrubText } from '../secrets.js';

export type { ApiErrorCode };

export interface ApiErrorInit {
  code: ApiErrorCode;
  method: string;
  /** The request path WITHOUT query string (the query carries the team token). */
  path: string;
  /** HTTP status, when an answer came back. */
  status?: number;
  /** How many HTTP attempts were made for this request (1 = no retry). */
  attempts: number;
  /** For 422: dotted field path → reasons. */
  fieldErrors?: Record<string, string[]>;
  /** Network error code (ECONNRESET, ETIMEDOUT, ...), when there was no answer. */
  networkCode?: string;
  /** What went wrong, in words; the method and path are prefixed. */
  reason: string;
  /** The message in the catalog (src/i18n); `method`, `path` and `status` are added to its params. */
  localized?: MessageRef;
}

/** Scrubs a value that came from outside: registered secrets, token query parameters. */
export function scrub(text: string): string {
  return scrubText(text);
}

/**
 * A failed API request. Never wraps a got error (its message, `options` and `request` carry the
 * full URL with the team token and the Authorization header): only the facts below are kept.
 * This is where the server's words enter the tool, so they are scrubbed here, once — the path, the
 * reason, the field errors and the message params — and whatever is built from them later (row
 * issues in the journal and the result sheet) needs no filter (docs/SECRETS.md).
 */
export class ApiError extends RunError {
  declare readonly code: ApiErrorCode;
  readonly status?: number;
  readonly method: string;
  readonly path: string;
  readonly attempts: number;
  readonly fieldErrors: Record<string, string[]>;
  readonly networkCode?: string;

  constructor(init: ApiErrorInit) {
    const path = scrub(stripQuery(init.path));
    const message = `${init.method} ${path}: ${scrub(init.reason)}`;
    super(
      init.code,
      message,
      {
        method: init.method,
        path,
        ...(init.status !== undefined ? { status: init.status } : {}),
        ...(init.networkCode ? { networkCode: init.networkCode } : {}),
        attempts: init.attempts,
      },
      init.localized && {
        key: init.localized.key,
        params: { method: init.method, path, status: init.status, ...scrubParams(init.localized.params) },
      },
    );
    this.name = 'ApiError';
    this.status = init.status;
    this.method = init.method;
    this.path = path;
    this.attempts = init.attempts;
    this.fieldErrors = scrubParams(init.fieldErrors ?? {});
    this.networkCode = init.networkCode;
  }
}

export function isApiError(err: unknown): err is ApiError {
  return err instanceof ApiError;
}

export function stripQuery(path: string): string {
  const cut = path.search(/[?#]/);
  return cut === -1 ? path : path.slice(0, cut);
}
