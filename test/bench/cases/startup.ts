/**
 * start-up: wall time of `salesmania-bulk --help` against `node -e 0`, alternating, medians; and which
 * npm packages `--help` imports (heavy ones — exceljs, got, papaparse, yup, i18next — must load only
 * when a command that needs them runs).
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchContext } from '../lib/context.js';
import { BENCH_DIR, CLI, cleanEnv, expectExit, measure, median } from '../lib/measure.js';
import type { CaseResult } from '../lib/report.js';

const HEAVY = ['exceljs', 'got', 'papaparse', 'yup', 'i18next'];

export async function startupCase(ctx: BenchContext): Promise<CaseResult[]> {
  const help: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < ctx.sizes.startupRuns; i++) {
    const h = await measure([CLI, '--help'], { noProbe: true });
    expectExit(h, [0], '--help');
    if (!h.stdout.includes('Usage: salesmania-bulk')) throw new Error('--help printed no usage');
    help.push(h.wallMs);
    const b = await measure(['-e', '0'], { noProbe: true });
    expectExit(b, [0], 'node -e 0');
    bare.push(b.wallMs);
  }

  // One more run of `--help` and one of `--version` with both probes: peak RSS, the packages imported.
  const helpProbe = await probedPackages(ctx, ['--help']);
  const versionProbe = await probedPackages(ctx, ['--version']);
  const packages = helpProbe.packages;
  const probed = helpProbe.measured;
  const heavy = [...new Set([...packages, ...versionProbe.packages])].filter((p) => HEAVY.includes(p));
  const figure = median(help);
  const baseline = median(bare);
  return [
    {
      id: 'startup',
      name: 'start-up: `salesmania-bulk --help` wall time',
      figure: { value: figure, unit: 'ms' },
      baselines: [{ value: baseline, unit: 'ms', label: '`node -e 0`' }],
      ratio: figure / baseline,
      peakRssMb: probed.peakRssMb,
      target: 'reported; no exceljs, got, papaparse, yup or i18next loaded',
      met: heavy.length === 0,
      runs: ctx.sizes.startupRuns,
      notes: [
        `packages imported by --help: ${packages.join(', ') || 'none'}; ` +
          `by --version: ${versionProbe.packages.join(', ') || 'none'}` +
          (heavy.length > 0 ? ` — heavy: ${heavy.join(', ')}` : ''),
        'ratio = how many times `node -e 0`',
      ],
      samples: { helpMs: help, nodeMs: bare },
    },
  ];
}

/** One run of the CLI with the RSS and package probes: the npm packages it imported, sorted. */
async function probedPackages(ctx: BenchContext, args: string[]) {
  const listFile = join(ctx.tmp, 'startup-packages.txt');
  const probe = pathToFileURL(join(BENCH_DIR, 'probe', 'packages.mjs')).href;
  const measured = await measure([CLI, ...args], {
    nodeFlags: ['--import', probe],
    env: cleanEnv({ BENCH_PACKAGES_FILE: listFile }),
  });
  expectExit(measured, [0], `${args.join(' ')} (probed)`);
  try {
    const packages = [...new Set(readFileSync(listFile, 'utf8').split('\n').filter(Boolean))].sort();
    return { measured, packages };
  } finally {
    rmSync(listFile, { force: true });
  }
}
