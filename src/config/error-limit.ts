import { localizedRunError } from '../i18n/index.js';

/**
 * `--max-errors <n|p%>`: rows that may fail or be invalid before the run stops (docs/GUARDS.md).
 * A percentage is of the file's data rows (an import reads its file through first, so the total is
 * known before the first row is sent): `5%` of 2,000 rows stops at the 100th bad row, wherever it
 * lies. Of the rows read so far would stop a file whose first row is bad at once.
 */
export type ErrorLimit = { rows: number } | { percent: number };

export function errorLimit(name: string, raw: string): ErrorLimit {
  const text = raw.trim();
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) {
    const value = Number(percent[1]);
    if (value > 0 && value <= 100) return { percent: value };
  } else if (/^\d+$/.test(text) && Number(text) > 0) {
    return { rows: Number(text) };
  }
  throw localizedRunError('CONFIG_INVALID', 'guards.notErrorLimit', { name, value: raw });
}

/** How the limit was given, for messages: `25` or `5%`. */
export function errorLimitText(limit: ErrorLimit): string {
  return 'rows' in limit ? String(limit.rows) : `${limit.percent}%`;
}
