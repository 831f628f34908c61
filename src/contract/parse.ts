/**
 * One parse function per kind of answer: the client reads every answer through these, typed by the
 * wire format (wire.ts), so that when the real API answers differently this is the one file to
 * change with wire.ts. Each gives the typed value or why the answer does not fit (never throws: the
 * client turns the reason into its own API_UNEXPECTED error, naming the request).
 */
import {
  DEFAULT_TOKEN_LIFETIME_SEC,
  type Database,
  type ErrorBody,
  type Page,
  type TokenResponse,
  type WriteResponse,
} from './wire.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const fits = <T>(value: T): Parsed<T> => ({ ok: true, value });
const misfit = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** GET token: `{token, expires_in}`; a missing or odd lifetime is taken as the default. */
export function parseTokenAnswer(body: unknown): Parsed<TokenResponse> {
  const token = isJsonObject(body) ? body.token : undefined;
  if (typeof token !== 'string' || token === '') return misfit('the token answer has no `token`');
  const lifetime = isJsonObject(body) ? body.expires_in : undefined;
  const expires_in = typeof lifetime === 'number' && lifetime > 0 ? lifetime : DEFAULT_TOKEN_LIFETIME_SEC;
  return fits({ token, expires_in });
}

/** GET team_token: `{team_token}`. */
export function parseTeamTokenAnswer(body: unknown): Parsed<string> {
  const teamToken = isJsonObject(body) ? body.team_token : undefined;
  if (typeof teamToken !== 'string' || teamToken === '') {
    return misfit('the team token answer has no `team_token`');
  }
  return fits(teamToken);
}

/** GET databases: `{data: [{id, name}]}`; entries of another shape are left out. */
export function parseDatabaseList(body: unknown): Parsed<Database[]> {
  const data = isJsonObject(body) ? body.data : undefined;
  if (!Array.isArray(data)) return misfit('the database list has no `data` array');
  return fits(
    data
      .filter((d): d is Database => isJsonObject(d) && typeof d.id === 'number' && typeof d.name === 'string')
      .map((d) => ({ id: d.id, name: d.name })),
  );
}

/** A list: `{data: [...], meta: {page, per_page, total, last_page}}`; the records are the caller's type. */
export function parsePage<T>(body: unknown): Parsed<Page<T>> {
  const meta = isJsonObject(body) ? body.meta : undefined;
  const data = isJsonObject(body) ? body.data : undefined;
  const numeric = (key: string): boolean => isJsonObject(meta) && typeof meta[key] === 'number';
  if (
    !Array.isArray(data) ||
    !isJsonObject(meta) ||
    !['page', 'per_page', 'total', 'last_page'].every(numeric)
  ) {
    return misfit('the list answer lacks `data` or `meta` (page, per_page, total, last_page)');
  }
  return fits({
    data: data as T[],
    meta: {
      page: meta.page as number,
      per_page: meta.per_page as number,
      total: meta.total as number,
      last_page: meta.last_page as number,
    },
  });
}

/** One record (GET by id): a JSON object. */
export function parseRecord(body: unknown): Parsed<Record<string, unknown>> {
  return isJsonObject(body) ? fits(body) : misfit('the answer is not a JSON object');
}

/** A write: `{}` (creates return no id); anything else is taken as an empty answer. */
export function parseWriteAnswer(body: unknown): WriteResponse {
  return isJsonObject(body) ? body : {};
}

/**
 * An error answer: `{message, errors}`, either part possibly missing (a proxy's HTML has neither);
 * each field's reasons as a list of strings.
 */
export function parseErrorBody(body: unknown): {
  message?: string;
  errors: NonNullable<ErrorBody['errors']>;
} {
  const errors: NonNullable<ErrorBody['errors']> = {};
  if (!isJsonObject(body)) return { errors };
  if (isJsonObject(body.errors)) {
    for (const [field, reasons] of Object.entries(body.errors)) {
      errors[field] = Array.isArray(reasons) ? reasons.map(String) : [String(reasons)];
    }
  }
  return typeof body.message === 'string' ? { message: body.message, errors } : { errors };
}
