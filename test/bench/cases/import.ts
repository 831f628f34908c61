/**
 * import at the limit and limit unknown: `import customers` of generated valid rows into a sandbox
 * (its own process, empty database) that allows 100 requests/s per token with 50 ± 20 ms latency.
 * Each runs ONCE in a full run: 10,000 rows at 100/s take 100 s, so three runs of both would
 * take the whole 10-minute budget; one run already averages over 10,000 requests.
 * Baselines: the limit itself (100 rows/s: one POST per row) and a naive sequential loop, timed on
 * a subset and extrapolated (~19 rows/s here: 10,000 rows would take about nine minutes).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { count, type BenchContext } from '../lib/context.js';
import { writeCsv } from '../lib/generate.js';
import { BENCH_DIR, CLI, cleanEnv, expectExit, measure } from '../lib/measure.js';
import type { CaseResult, Figure } from '../lib/report.js';
import { sandboxEnv, startSandbox, type SandboxStats } from '../lib/sandbox.js';

const LIMIT = 100;
/** 50 ± 20 ms: the sandbox adds latencyMs plus a uniform 0…jitterMs. */
const LATENCY = { latencyMs: 30, jitterMs: 40 };
/** In flight at once: at 100/s and up to 70 ms a request, 7 are needed; leave room. */
const CONCURRENCY = 16;

interface ImportRun {
  rowsPerSec: number;
  wallMs: number;
  peakRssMb?: number;
  counts: Record<string, number>;
  stats: SandboxStats;
}

async function runImport(
  ctx: BenchContext,
  file: string,
  rows: number,
  toolRate: number,
): Promise<ImportRun> {
  const sandbox = await startSandbox({ seed: 'empty', rateLimit: LIMIT, ...LATENCY });
  const outDir = join(ctx.tmp, `import-out-${toolRate}`);
  mkdirSync(outDir, { recursive: true });
  try {
    const measured = await measure(
      [
        CLI,
        'import',
        'customers',
        file,
        '--rate',
        String(toolRate),
        '--concurrency',
        String(CONCURRENCY),
        '--out-dir',
        outDir,
        '--no-progress',
        '--log-level',
        'warn',
        '--json',
      ],
      { env: cleanEnv(sandboxEnv(sandbox.url)) },
    );
    const stats = await sandbox.stats();
    expectExit(measured, [0, 2, 3], 'import customers');
    const summary = JSON.parse(measured.stdout.trim().split('\n').pop() ?? '{}') as {
      counts?: Record<string, number>;
    };
    return {
      rowsPerSec: rows / (measured.wallMs / 1000),
      wallMs: measured.wallMs,
      peakRssMb: measured.peakRssMb,
      counts: summary.counts ?? {},
      stats,
    };
  } finally {
    await sandbox.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}

async function runNaive(rows: number): Promise<{ rowsPerSec: number; created: number }> {
  const sandbox = await startSandbox({ seed: 'empty', rateLimit: LIMIT, ...LATENCY });
  try {
    const measured = await measure([join(BENCH_DIR, 'bare', 'naive-post.mjs'), sandbox.url, String(rows)]);
    expectExit(measured, [0], 'naive loop');
    const out = JSON.parse(measured.stdout.trim()) as { rows: number; created: number; ms: number };
    return { rowsPerSec: out.rows / (out.ms / 1000), created: out.created };
  } finally {
    await sandbox.close();
  }
}

function describe(run: ImportRun, rows: number): string {
  const counts = Object.entries(run.counts)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  const s429 = run.stats.statuses['429'] ?? 0;
  return (
    `${(run.wallMs / 1000).toFixed(1)} s for ${count(rows)} rows; outcomes: ${counts || 'none'}; ` +
    `server: ${run.stats.customers} customers, ${run.stats.requests} requests, ${s429} answered 429`
  );
}

export async function importCases(ctx: BenchContext): Promise<CaseResult[]> {
  const { importRows, naiveRows } = ctx.sizes;
  const file = join(ctx.tmp, `import-${importRows}.csv`);
  await writeCsv(file, { rows: importRows, invalidEvery: 0, prefix: 'IMP' });

  ctx.log(`naive sequential loop: ${naiveRows} rows`);
  const naive = await runNaive(naiveRows);
  if (naive.created !== naiveRows) throw new Error(`the naive loop created ${naive.created} of ${naiveRows}`);
  const limitFigure: Figure = { value: LIMIT, unit: 'rows/s', label: 'the limit' };
  const naiveFigure: Figure = {
    value: naive.rowsPerSec,
    unit: 'rows/s',
    label: `naive sequential loop, ${naiveRows} rows timed`,
  };
  const naiveNote =
    `naive loop measured on ${count(naiveRows)} rows and extrapolated: ` +
    `${count(importRows)} rows would take ${(importRows / naive.rowsPerSec / 60).toFixed(1)} min`;

  const results: CaseResult[] = [];
  for (const { id, toolRate, minRatio } of [
    { id: 'import-at-limit', toolRate: LIMIT, minRatio: 0.9 },
    { id: 'import-limit-unknown', toolRate: 2 * LIMIT, minRatio: 0.8 },
  ]) {
    ctx.log(`import ${count(importRows)} rows, tool --rate ${toolRate} against the sandbox's ${LIMIT}`);
    const run = await runImport(ctx, file, importRows, toolRate);
    const ratio = run.rowsPerSec / LIMIT;
    const allCreated = run.counts.created === importRows && run.stats.customers === importRows;
    const noneFailed = !run.counts.failed && !run.counts.in_doubt;
    const atLimit = id === 'import-at-limit';
    results.push({
      id,
      name: atLimit
        ? `import at the limit: ${count(importRows)} rows, limit ${LIMIT}/s, 50 ± 20 ms, --rate ${toolRate}`
        : `limit unknown: ${count(importRows)} rows, --rate ${toolRate} against ${LIMIT}/s`,
      figure: { value: run.rowsPerSec, unit: 'rows/s' },
      baselines: atLimit ? [limitFigure, naiveFigure] : [limitFigure],
      ratio,
      peakRssMb: run.peakRssMb,
      target: atLimit
        ? '≥ 0.9 of the limit; every row created; none failed on 429'
        : '≥ 0.8 of the limit; every row created',
      met: ratio >= minRatio && allCreated && (atLimit ? noneFailed : true),
      runs: 1,
      notes: [describe(run, importRows) + `; --concurrency ${CONCURRENCY}`, ...(atLimit ? [naiveNote] : [])],
      samples: { toolSeconds: [run.wallMs / 1000], naiveRowsPerSec: [naive.rowsPerSec] },
    });
  }
  rmSync(file, { force: true });
  return results;
}
