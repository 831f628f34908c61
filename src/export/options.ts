/**
 * An export job, described once and checked once: from the command line (`export …`) or from a
 * jobs file (`schedule jobs.json`). Options are defaults first, then validated with messages that
 * say what was received. Nothing here touches the network or the disk.
 */
import { localizedRunError, type MessageKey, type MessageParams } from '../i18n/index.js';
import { checkDelimiter } from '../write/index.js';
import type { TableFormat } from '../write/index.js';
import { DEFAULT_TIME_ZONE, checkTimeZone, isCalendarDate } from '../calendar/index.js';
import { checkOutTemplate } from './out-path.js';

export const EXPORT_ENTITIES = ['customers', 'products', 'visits', 'orders', 'teams'] as const;
export type ExportEntity = (typeof EXPORT_ENTITIES)[number];
export const STATUS_FILTERS = ['active', 'inactive', 'all'] as const;
export const ORDER_LAYOUTS = ['lines', 'sheets'] as const;
/** Default overlap of `--since last` for visits and orders: today's and yesterday's dates are read again. */
export const DEFAULT_OVERLAP_DAYS = 1;

/** Option values as given: strings from flags, JSON values from a jobs file. */
export interface RawExportOptions {
  entity?: unknown;
  out?: unknown;
  status?: unknown;
  search?: unknown;
  updatedSince?: unknown;
  from?: unknown;
  to?: unknown;
  team?: unknown;
  layout?: unknown;
  delimiter?: unknown;
  bom?: unknown;
  since?: unknown;
  state?: unknown;
  overlap?: unknown;
  timezone?: unknown;
}

/** A checked export job. */
export interface ExportJob {
  entity: ExportEntity;
  /** The output path, possibly with `{date}`, `{from}`, `{to}`, `{entity}`. */
  out: string;
  format: TableFormat;
  status: (typeof STATUS_FILTERS)[number];
  search?: string;
  /** ISO timestamp or `YYYY-MM-DD` (the start of that day in `timezone`). */
  updatedSince?: string;
  from?: string;
  to?: string;
  /** A team member's id, email, number or name; resolved when the run starts. */
  team?: string;
  layout: (typeof ORDER_LAYOUTS)[number];
  delimiter: string;
  bom: boolean;
  /** `last`: export what changed since the last successful run (a state file keeps the watermark). */
  since?: 'last';
  /** The state file of `--since last`; default beside the output. */
  state?: string;
  /** Days of dates read again by `--since last` for visits and orders. */
  overlapDays: number;
  /** Time zone of `{date}`, of "today" and of cron expressions. */
  timezone: string;
}

const CATALOG: readonly ExportEntity[] = ['customers', 'products'];
const FIELD: readonly ExportEntity[] = ['visits', 'orders'];

type OptionKey = Extract<MessageKey, `export.options.${string}`>;

function bad(key: OptionKey, params: MessageParams = {}): never {
  throw localizedRunError('CONFIG_INVALID', key, params);
}

function text(name: string, value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return bad('export.options.notText', { name, value: JSON.stringify(value) });
  return value.trim() === '' ? undefined : value;
}

function optionalChoice<T extends string>(
  name: string,
  value: unknown,
  allowed: readonly T[],
): T | undefined {
  const raw = text(name, value);
  if (raw !== undefined && !(allowed as readonly string[]).includes(raw)) {
    throw localizedRunError('CONFIG_INVALID', 'config.notOneOf', {
      name,
      allowed: allowed.join(', '),
      value: raw,
    });
  }
  return raw as T | undefined;
}

function choice<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback: T): T {
  return optionalChoice(name, value, allowed) ?? fallback;
}

function date(name: string, value: unknown): string | undefined {
  const raw = text(name, value);
  if (raw !== undefined && !isCalendarDate(raw)) {
    bad('export.options.notDate', { name, value: raw });
  }
  return raw;
}

function timestamp(name: string, value: unknown): string | undefined {
  const raw = text(name, value);
  if (raw === undefined || isCalendarDate(raw)) return raw;
  if (!/^\d{4}-\d{2}-\d{2}T/.test(raw) || Number.isNaN(Date.parse(raw))) {
    bad('export.options.notTimestamp', { name, value: raw });
  }
  return new Date(Date.parse(raw)).toISOString();
}

function boolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined || value === null) return fallback;
  if (typeof value === 'boolean') return value;
  return bad('export.options.notBoolean', { name, value: JSON.stringify(value) });
}

function days(name: string, value: unknown): number {
  if (value === undefined || value === null) return DEFAULT_OVERLAP_DAYS;
  const n = typeof value === 'number' ? value : Number(text(name, value));
  if (!Number.isInteger(n) || n < 0 || n > 366) {
    bad('export.options.notDays', { name, value: String(value) });
  }
  return n;
}

/**
 * Delimiters by name: `;` must be quoted on a command line (`--delimiter ";"`), a word need not
 * (`--delimiter semicolon`, the one Excel set to Indonesian reads: docs/EXPORT.md); `\\t` as typed.
 */
const DELIMITER_NAMES: Record<string, string> = {
  comma: ',',
  semicolon: ';',
  tab: '\t',
  '\\t': '\t',
  pipe: '|',
};

/** The format of an output path, from its extension; `.tsv` is CSV with tabs. */
export function formatOf(path: string): { format: TableFormat; delimiter?: string } {
  const lower = path.toLowerCase();
  if (lower.endsWith('.xlsx')) return { format: 'xlsx' };
  if (lower.endsWith('.csv')) return { format: 'csv' };
  if (lower.endsWith('.tsv')) return { format: 'csv', delimiter: '\t' };
  return bad('export.options.badExtension', { path });
}

/** Rejects an option that means nothing for the entity, rather than silently ignoring it. */
function only(entity: ExportEntity, name: string, given: boolean, allowed: readonly ExportEntity[]): void {
  if (given && !allowed.includes(entity)) {
    bad('export.options.onlyFor', { name, allowed: [...allowed], entity });
  }
}

export function checkExportOptions(raw: RawExportOptions): ExportJob {
  const entity =
    optionalChoice('entity', raw.entity, EXPORT_ENTITIES) ??
    bad('export.options.noEntity', { allowed: EXPORT_ENTITIES.join(', ') });
  const out = text('out', raw.out) ?? bad('export.options.noOut');
  checkOutTemplate(out);
  const { format, delimiter: implied } = formatOf(out);

  const status = choice('status', raw.status, STATUS_FILTERS, 'all');
  const search = text('search', raw.search);
  const updatedSince = timestamp('updated-since', raw.updatedSince);
  const from = date('from', raw.from);
  const to = date('to', raw.to);
  const team = text('team', raw.team);
  const layout = choice('layout', raw.layout, ORDER_LAYOUTS, 'lines');
  const since = optionalChoice('since', raw.since, ['last'] as const);
  const state = text('state', raw.state);
  const overlapGiven = raw.overlap !== undefined && raw.overlap !== null;
  const overlapDays = days('overlap', raw.overlap);
  const timezone = checkTimeZone(text('timezone', raw.timezone) ?? DEFAULT_TIME_ZONE);

  only(entity, 'status', raw.status !== undefined && status !== 'all', CATALOG);
  only(entity, 'search', search !== undefined, CATALOG);
  only(entity, 'updated-since', updatedSince !== undefined, CATALOG);
  only(entity, 'from', from !== undefined, FIELD);
  only(entity, 'to', to !== undefined, FIELD);
  only(entity, 'team', team !== undefined, FIELD);
  only(entity, 'layout', raw.layout !== undefined && layout !== 'lines', ['orders']);
  only(entity, 'overlap', overlapGiven, FIELD);
  if (from && to && from > to) bad('export.options.fromAfterTo', { from, to });
  if (layout === 'sheets' && format !== 'xlsx') bad('export.options.sheetsNeedXlsx');
  if (since && entity === 'teams') bad('export.options.sinceNotTeams');
  if (since && to) bad('export.options.sinceWithTo');
  if (state && !since) bad('export.options.stateWithoutSince');

  // Not through text(): a tab or a space is a fine delimiter and must not be trimmed away.
  if (raw.delimiter !== undefined && typeof raw.delimiter !== 'string')
    bad('export.options.delimiterNotText');
  const given = raw.delimiter === '' ? undefined : (raw.delimiter as string | undefined);
  if (given !== undefined && format !== 'csv') bad('export.options.delimiterCsvOnly');
  const delimiter = given !== undefined ? (DELIMITER_NAMES[given.toLowerCase()] ?? given) : (implied ?? ',');
  checkDelimiter(delimiter); // the writer's own check, before the run starts
  return {
    entity,
    out,
    format,
    status,
    ...(search !== undefined ? { search } : {}),
    ...(updatedSince !== undefined ? { updatedSince } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
    ...(team !== undefined ? { team } : {}),
    layout,
    delimiter,
    bom: boolean('bom', raw.bom, true),
    ...(since ? { since } : {}),
    ...(state !== undefined ? { state } : {}),
    overlapDays,
    timezone,
  };
}
