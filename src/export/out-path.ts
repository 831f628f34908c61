/** The output path of a run: `--out` with its placeholders filled in. */
import { localizedRunError } from '../i18n/index.js';

export interface OutPathValues {
  /** The run's date in the job's time zone. */
  date: string;
  /** The first date (or the updated-since date) the run covers; `all` when unbounded. */
  from: string;
  /** The last date the run covers; the run's date when open-ended. */
  to: string;
  entity: string;
  /** The run's start time in the job's time zone, `HHmmss`. */
  time?: string;
}

const PLACEHOLDER = /\{([^{}]*)\}/g;
const NAMES = new Set(['date', 'time', 'from', 'to', 'entity']);

/** Throws CONFIG_INVALID on an unknown placeholder, so a typo fails at start rather than in a file name. */
export function checkOutTemplate(template: string): void {
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (!NAMES.has(m[1])) {
      throw localizedRunError('CONFIG_INVALID', 'export.unknownPlaceholder', { placeholder: `{${m[1]}}` });
    }
  }
}

export function expandOutPath(template: string, values: OutPathValues): string {
  checkOutTemplate(template);
  return template.replace(PLACEHOLDER, (_, name: keyof OutPathValues) => values[name] ?? '');
}
