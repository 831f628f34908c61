import type { MessageRef, RunErrorCode } from '../errors.js';
import type { PlanAction, RowStatus } from '../types.js';

/** What a finished (or cleanly stopped) run reports: printed as a table, or as JSON with --json. */
export interface RunSummary {
  command: 'import' | 'validate' | 'export' | 'plan' | 'apply' | 'undo';
  entity: string;
  mode?: string;
  /** Rows (or records, for exports) handled. */
  total: number;
  counts: Partial<Record<RowStatus, number>>;
  /** plan: rows per action (docs/PLAN.md). */
  actions?: Partial<Record<PlanAction, number>>;
  /** undo --plan: what the rows it would send would do (the rest are counted by status). */
  undoActions?: Partial<Record<'delete' | 'restore' | 'recreate' | 'cancel' | 'none', number>>;
  durationMs: number;
  /** Rows handled per second over the whole run: `not_sent` rows (a stopped run's rest) are not counted. */
  rate: number;
  files: {
    result?: string;
    errors?: string;
    journal?: string;
    output?: string;
    state?: string;
    /** plan: the companion `apply` reads. */
    plan?: string;
  };
  /** Exports: rows written per sheet (an orders export has more rows than orders). */
  sheets?: Record<string, number>;
  warnings: string[];
  /** Set when a signal stopped the run before the end. */
  interrupted?: 'SIGINT' | 'SIGTERM';
  /**
   * Set when a guard stopped the run (docs/GUARDS.md): `MAX_ERRORS_REACHED` or
   * `SYSTEMIC_API_FAILURE`. The journal is left open: `--resume` continues.
   */
  stopped?: { code: RunErrorCode; message: string; localized?: MessageRef };
  /** Rows left in doubt, listed so a person can check them on the server. */
  inDoubtRows?: number[];
  /**
   * Imports and validations: rows per issue code (`{ MAP_REQUIRED: 3 }`), a row counted once per
   * code it carries; keys in code order, `{}` when no row had a problem. Stable for scripts.
   */
  codes?: Record<string, number>;
}

export function countStatus(counts: Partial<Record<RowStatus, number>>, status: RowStatus): void {
  counts[status] = (counts[status] ?? 0) + 1;
}

/** Counts a row once for each distinct code among its issues. */
export function countCodes(codes: Map<string, number>, issueCodes: readonly string[]): void {
  for (const code of new Set(issueCodes)) codes.set(code, (codes.get(code) ?? 0) + 1);
}

/** The per-code counts as a plain object with its keys sorted, so `--json` output is stable. */
export function sortedCodes(codes: ReadonlyMap<string, number>): Record<string, number> {
  return Object.fromEntries([...codes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The rows a run worked on: all but `not_sent`. A run stopped after 8 rows of 70 ran at 8 rows over its
 * time, not 70 (a user saw "14,2 baris/detik" for 8 rows created).
 */
export function handledRows(tally: { total: number; counts: Partial<Record<RowStatus, number>> }): number {
  return tally.total - (tally.counts.not_sent ?? 0);
}
