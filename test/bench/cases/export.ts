/**
 * export: `export customers --out FILE.xlsx` of generated records from a sandbox (its own process)
 * that allows 100 requests/s with 50 ms latency, 100 records a page. The fastest possible is one
 * page per request at the limit: pages / 100 seconds. The sandbox is started once and read by
 * every run (an export changes nothing); each run logs in anew, so each gets a fresh token.
 */
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { count, type BenchContext } from '../lib/context.js';
import { CLI, cleanEnv, expectExit, measure, median } from '../lib/measure.js';
import type { CaseResult } from '../lib/report.js';
import { sandboxEnv, startSandbox } from '../lib/sandbox.js';

const LIMIT = 100;
const PER_PAGE = 100;
const CONCURRENCY = 16;
const RSS_LIMIT_MB = 300;

/** Whether the built CLI has a working `export` command (it was built in parallel with this bench). */
async function exportAvailable(): Promise<boolean> {
  const help = await measure([CLI, 'export', '--help'], { noProbe: true });
  return help.code === 0 && help.stdout.includes('--out') && !/not yet available/.test(help.stdout);
}

export async function exportCase(ctx: BenchContext): Promise<CaseResult[]> {
  const { exportRecords, runs } = ctx.sizes;
  const name = `export customers to XLSX: ${count(exportRecords)} records, limit ${LIMIT}/s, 50 ms, ${PER_PAGE} a page`;
  const target = `≥ 0.85 of the fastest possible; RSS ≤ ${RSS_LIMIT_MB} MB`;
  if (!(await exportAvailable())) {
    return [
      {
        id: 'export',
        name,
        baselines: [],
        target,
        met: false,
        runs: 0,
        notes: ['`export` is not available in this build'],
        error: 'not available',
      },
    ];
  }
  ctx.log(`export: starting a sandbox with ${count(exportRecords)} extra customers`);
  const sandbox = await startSandbox({
    seed: 'demo',
    extraCustomers: exportRecords,
    rateLimit: LIMIT,
    latencyMs: 50,
  });
  const seconds: number[] = [];
  const rss: number[] = [];
  let total: number;
  let bytes = 0;
  try {
    total = (await sandbox.stats()).customers; // the demo seed's own customers come on top
    for (let i = 0; i < runs; i++) {
      const out = join(ctx.tmp, `export-${i}.xlsx`);
      const measured = await measure(
        [
          CLI,
          'export',
          'customers',
          '--out',
          out,
          '--rate',
          String(LIMIT),
          '--concurrency',
          String(CONCURRENCY),
          '--no-progress',
          '--log-level',
          'warn',
          '--json',
        ],
        { env: cleanEnv(sandboxEnv(sandbox.url)) },
      );
      expectExit(measured, [0], 'export customers');
      const summary = JSON.parse(measured.stdout.trim().split('\n').pop() ?? '{}') as { total?: number };
      if (summary.total !== total) throw new Error(`export wrote ${summary.total} records of ${total}`);
      bytes = statSync(out).size;
      rmSync(out, { force: true });
      seconds.push(measured.wallMs / 1000);
      if (measured.peakRssMb !== undefined) rss.push(measured.peakRssMb);
      ctx.log(`export run ${i + 1}/${runs}: ${measured.wallMs.toFixed(0)} ms`);
    }
  } finally {
    await sandbox.close();
  }
  const pages = Math.ceil(total / PER_PAGE);
  const fastest = total / (pages / LIMIT);
  const figure = total / median(seconds);
  const peak = rss.length > 0 ? Math.max(...rss) : undefined;
  const ratio = figure / fastest;
  return [
    {
      id: 'export',
      name,
      figure: { value: figure, unit: 'records/s' },
      baselines: [{ value: fastest, unit: 'records/s', label: `${count(pages)} pages / ${LIMIT} per s` }],
      ratio,
      peakRssMb: peak,
      target,
      met: ratio >= 0.85 && peak !== undefined && peak <= RSS_LIMIT_MB,
      runs,
      notes: [
        `${count(total)} records (the demo seed's own included) in ${median(seconds).toFixed(1)} s end to end ` +
          `(fastest possible ${(pages / LIMIT).toFixed(1)} s); file ${(bytes / 1e6).toFixed(1)} MB; ` +
          `--rate ${LIMIT} --concurrency ${CONCURRENCY}`,
      ],
      samples: { toolSeconds: seconds, toolRssMb: rss },
    },
  ];
}
