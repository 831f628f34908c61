import type { RowStatus } from '../types.js';

/** What a finished (or cleanly stopped) run reports: printed as a table, or as JSON with --json. */
export interface RunSummary {
  command: 'import' | 'validate' | 'export';
  entity: string;
  mode?: string;
  /** Rows (or records, for exports) handled. */
  total: number;
  counts: Partial<Record<RowStatus, number>>;
  durationMs: number;
  /** Rows per second over the whole run. */
  rate: number;
  files: { result?: string; errors?: string; journal?: string; output?: string; state?: string };
  /** Exports: rows written per sheet (an orders export has more rows than orders). */
  sheets?: Record<string, number>;
  warnings: string[];
  /** Set when a signal stopped the run before the end. */
  interrupted?: 'SIGINT' | 'SIGTERM';
  /** Rows left in doubt, listed so a person can check them on the server. */
  inDoubtRows?: number[];
}

export function countStatus(counts: Partial<Record<RowStatus, number>>, status: RowStatus): void {
  counts[status] = (counts[status] ?? 0) + 1;
}
