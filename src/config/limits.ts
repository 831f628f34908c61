/**
 * Every limit a run uses, derived in this one place from the runtime options (`--rate`,
 * `--concurrency`, `--timeout`), which `resolveRuntime` validated once. Nothing else turns an
 * option into a number of requests, a window or a delay (docs/ARCHITECTURE.md, "Limits").
 */
import type { ErrorLimit } from './error-limit.js';
import type { RuntimeConfig } from './runtime.js';

/** The options of a rate gate (api/rate-gate.ts takes these as they are). */
export interface GateLimits {
  ratePerSec: number;
  concurrency: number;
  /** Starts allowed back to back before the rate applies. */
  burst: number;
}

export interface RunLimits {
  /** Imports: one start per 1/rate s, so that rows reach the server in file order. */
  importGate: GateLimits;
  /**
   * Exports only read, so their requests may start a tenth of a second's worth back to back (at
   * least one, so nothing changes at the default rate of 8/s). With one start per 1/rate s every
   * millisecond a timer fires late is lost for good: an export at --rate 100 fetched ~87 pages/s
   * (`npm run bench`). No 100 ms window holds more than rate/10.
   */
  exportGate: GateLimits;
  /** Scheduled exports share one gate (the API's limit is per account, not per job). */
  scheduleGate: GateLimits;
  /**
   * Customers/products imports: rows' own requests queued at once. Every row of the ordered window
   * starts its work at once; unbounded, a thousand requests would queue in the gate and a request
   * queued later — the batched lookup of created ids, a reconciliation — would wait behind all of
   * them (minutes at 8 requests/s). A few per gate slot keep those lookups a fraction of a second away.
   */
  rowCalls: number;
  /** Exports of orders: orders fetched ahead of the one being written. */
  orderWindow: number;
  /** Exports: pages fetched ahead; one at a time cannot reach the rate limit through network latency. */
  pagesAhead: number;
  /** Per-request timeout. */
  timeoutMs: number;
  /**
   * How long requests in flight may take after a stop: a request's timeout, at most 2 s. A stop
   * must end within 3 s (Docker's `docker stop` kills at 10 s, a person at Ctrl-C much sooner); a
   * request still unanswered then stays `sending` in the journal, and `--resume` checks it.
   */
  stopGraceMs: number;
  /**
   * `--max-errors` for a file of `totalRows` data rows: the failed or invalid rows at which the run
   * stops (a percentage rounded up, at least 1); undefined when there is no limit.
   */
  maxErrors(totalRows: number | undefined): number | undefined;
  /**
   * The first rows sent to the API that, all failing with the same API error, stop the run as a
   * systemic failure (docs/GUARDS.md): enough that 50 rows with the same bad value in one column
   * are unlikely, few enough that a wrong database costs seconds, not 100,000 refused requests.
   */
  systemicSample: number;
}

export function runLimits(
  runtime: Pick<RuntimeConfig, 'rate' | 'concurrency' | 'timeoutMs' | 'maxErrors'>,
): RunLimits {
  const { rate, concurrency, timeoutMs, maxErrors } = runtime;
  return {
    importGate: { ratePerSec: rate, concurrency, burst: 1 },
    exportGate: { ratePerSec: rate, concurrency, burst: Math.max(1, Math.floor(rate / 10)) },
    scheduleGate: { ratePerSec: rate, concurrency, burst: 1 },
    rowCalls: Math.max(16, 2 * concurrency),
    orderWindow: Math.max(8, concurrency * 4),
    pagesAhead: concurrency,
    timeoutMs,
    stopGraceMs: Math.min(timeoutMs, 2_000),
    maxErrors: (totalRows) => errorCount(maxErrors, totalRows),
    systemicSample: 50,
  };
}

function errorCount(limit: ErrorLimit | undefined, totalRows: number | undefined): number | undefined {
  if (!limit) return undefined;
  if ('rows' in limit) return limit.rows;
  // A run that sends always knows its total (it reads the file through first); without one, no limit.
  if (totalRows === undefined) return undefined;
  // The small epsilon keeps 10% of 1,000 at 100 where floating point would make it 100.00000000000001.
  return Math.max(1, Math.ceil((limit.percent * totalRows) / 100 - 1e-9));
}
