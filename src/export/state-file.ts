/**
 * The small state file of `--since last`: where the last successful run stopped, so the next run
 * exports what changed since — no gap, no repeat. Written atomically (temporary file + rename),
 * only after the export file itself is in place.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { localizedRunError } from '../i18n/index.js';
import { writeFileAtomically } from '../write/index.js';
import type { ExportEntity, ExportJob } from './options.js';

export const STATE_VERSION = 1 as const;

/** The filters a watermark belongs to: a run with other filters must not continue it. */
export interface StateScope {
  status?: string;
  search?: string;
  team?: string;
}

export interface ExportState {
  version: typeof STATE_VERSION;
  entity: ExportEntity;
  scope: StateScope;
  /** Customers and products: the next run asks for records updated at or after this instant. */
  updatedSince?: string;
  /** Visits and orders: the first date the next run reads. */
  from?: string;
  /** Visits and orders: keys (visit ids, order ids) already exported, by date, for dates ≥ `from`. */
  seen?: Record<string, string[]>;
  lastRun: { finishedAt: string; output: string; records: number };
}

/** Default: beside the output, one per entity (`.orders.export-state.json`). */
export function defaultStatePath(job: ExportJob): string {
  const dir = dirname(job.out);
  if (/[{}]/.test(dir)) {
    throw localizedRunError('CONFIG_INVALID', 'export.stateNeedsFile');
  }
  return join(dir, `.${job.entity}.export-state.json`);
}

export function scopeOf(job: ExportJob): StateScope {
  return {
    ...(job.status !== 'all' ? { status: job.status } : {}),
    ...(job.search !== undefined ? { search: job.search } : {}),
    ...(job.team !== undefined ? { team: job.team } : {}),
  };
}

function sameScope(a: StateScope, b: StateScope): boolean {
  return a.status === b.status && a.search === b.search && a.team === b.team;
}

/** The state of the last successful run, or undefined before the first one. */
export async function loadState(path: string, job: ExportJob): Promise<ExportState | undefined> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw localizedRunError('CONFIG_INVALID', 'export.stateUnreadable', {
      path,
      reason: String((err as NodeJS.ErrnoException).code),
    });
  }
  let state: ExportState;
  try {
    state = JSON.parse(text) as ExportState;
  } catch {
    throw localizedRunError('JOURNAL_CORRUPT', 'export.stateNotJson', { path });
  }
  if (state?.version !== STATE_VERSION || typeof state.entity !== 'string') {
    throw localizedRunError('JOURNAL_CORRUPT', 'export.stateForeign', { path });
  }
  if (state.entity !== job.entity || !sameScope(state.scope ?? {}, scopeOf(job))) {
    throw localizedRunError('JOURNAL_MISMATCH', 'export.stateOtherExport', {
      path,
      export: `${state.entity} ${JSON.stringify(state.scope)}`,
    });
  }
  return state;
}

/** Written whole or not at all (a killed run leaves the previous state), as every output is. */
export async function saveState(path: string, state: ExportState): Promise<void> {
  await writeFileAtomically(path, JSON.stringify(state, null, 2) + '\n');
}
