/**
 * The request log tests read: one entry per request in arrival order, with the team token
 * masked and the Authorization header reduced to whether a bearer was sent.
 */
import { TEAM_TOKEN_PARAM } from '../contract/index.js';

export interface RequestLogEntry {
  /** Arrival time, epoch milliseconds. */
  at: number;
  method: string;
  /** The path without the query string. */
  path: string;
  /** Query parameters; the team token's value is `***`. */
  query: Record<string, string>;
  /** The status answered; 0 when the connection was dropped without an answer. */
  status: number;
  /** Whether an `Authorization: Bearer` header was sent. */
  bearer: boolean;
  /** The JSON body sent (or its raw text when it was not JSON). */
  body?: unknown;
  /**
   * The fault applied, if any: a scripted action (`status`, `drop-before`, `commit-then-drop`,
   * `commit-then-502`, `delay`) or a random one (`random-fail`, `random-commit-drop`,
   * `random-commit-502`, `random-slow`).
   */
  fault?: string;
  /** For a 500 the sandbox itself caused: the error message. */
  error?: string;
}

export type RequestListener = (entry: Readonly<RequestLogEntry>) => void;

export class RequestLog {
  readonly entries: RequestLogEntry[] = [];
  private readonly listeners = new Set<RequestListener>();

  constructor(private readonly limit: () => number) {}

  /** Calls `listener` as each request arrives; the function returned stops it. */
  listen(listener: RequestListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(entry: RequestLogEntry): void {
    this.entries.push(entry);
    for (const listener of this.listeners) listener(entry);
    const limit = this.limit();
    // Trim in chunks of a tenth so a full log does not shift the whole array on every request.
    if (this.entries.length > limit)
      this.entries.splice(0, this.entries.length - limit + Math.floor(limit / 10));
  }

  reset(): void {
    this.entries.length = 0;
  }
}

export function maskQuery(query: Record<string, string>): Record<string, string> {
  if (!(TEAM_TOKEN_PARAM in query)) return query;
  return { ...query, [TEAM_TOKEN_PARAM]: '***' };
}
