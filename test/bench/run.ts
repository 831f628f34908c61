/**
 * The benchmark suite (issue 6): `npm run bench` builds the CLI, then runs every case of the issue's
 * table against the BUILT CLI (dist/), each in a child process measured from outside, with its
 * baselines in the same run. Prints one Markdown table and writes the same numbers as JSON.
 *
 *   npm run bench                       full run (about 8 minutes on 2 cores)
 *   npm run bench -- --quick            small sizes, one run each: CI smoke (< 1 minute)
 *   npm run bench -- --only validate-xlsx,export   some cases only (ids as in the JSON)
 *   npm run bench -- --json FILE        where the JSON goes (default .bench/bench-<full|quick>.json)
 *   npm run bench -- --keep             keep the temporary folder with the generated inputs
 *   npm run bench -- --runs 5           runs of each file and export case (default 3; quick 1)
 *
 * Exit code 1 when a case could not run (an error), never because a target was missed: speed on a
 * shared machine is a report, not a test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { exportCase } from './cases/export.js';
import { importCases } from './cases/import.js';
import { startupCase } from './cases/startup.js';
import { validateCsvCases, validateXlsxCase } from './cases/validate.js';
import { FULL, QUICK, type BenchContext } from './lib/context.js';
import { killChildren, REPO_DIR } from './lib/measure.js';
import { machine, machineLine, markdownTable, notesText, type CaseResult } from './lib/report.js';

interface Group {
  /** The ids of the rows this group reports (for --only and for error rows). */
  ids: Array<{ id: string; name: string }>;
  run(ctx: BenchContext): Promise<CaseResult[]>;
}

const GROUPS: Group[] = [
  { ids: [{ id: 'startup', name: 'start-up: `--help`' }], run: startupCase },
  {
    ids: [
      { id: 'validate-csv', name: 'validate CSV' },
      { id: 'validate-csv-maprow', name: 'validate CSV vs mapRow' },
      { id: 'memory-flat', name: 'memory is flat' },
    ],
    run: validateCsvCases,
  },
  {
    ids: [
      { id: 'validate-xlsx', name: 'validate XLSX' },
      { id: 'validate-xlsx-floor', name: 'validate XLSX vs the yauzl + saxes floor' },
      { id: 'memory-flat-xlsx', name: 'XLSX memory is flat' },
    ],
    run: validateXlsxCase,
  },
  {
    ids: [
      { id: 'import-at-limit', name: 'import at the limit' },
      { id: 'import-limit-unknown', name: 'limit unknown' },
    ],
    run: importCases,
  },
  { ids: [{ id: 'export', name: 'export' }], run: exportCase },
];

function parseArgs(argv: string[]) {
  const args = {
    quick: false,
    keep: false,
    json: undefined as string | undefined,
    only: [] as string[],
    runs: undefined as number | undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--keep') args.keep = true;
    else if (a === '--json') args.json = argv[++i];
    else if (a === '--only') args.only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--runs') args.runs = Number(argv[++i]);
    else
      throw new Error(`unknown argument ${a} (expected --quick, --keep, --json FILE, --only ids, --runs N)`);
  }
  if (args.runs !== undefined && !(Number.isInteger(args.runs) && args.runs >= 1)) {
    throw new Error('expected --runs to be an integer >= 1');
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const tmp = mkdtempSync(join(os.tmpdir(), 'salesmania-bench-'));
  process.env.BENCH_TMP = tmp;
  // Ctrl-C reaches the children too (same process group); leave no generated gigabytes behind.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killChildren();
      rmSync(tmp, { recursive: true, force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
  const ctx: BenchContext = {
    quick: args.quick,
    sizes: { ...(args.quick ? QUICK : FULL), ...(args.runs ? { runs: args.runs } : {}) },
    tmp,
    log: (message) =>
      process.stderr.write(
        `[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`,
      ),
  };
  const host = machine();
  ctx.log(`${args.quick ? 'quick' : 'full'} run; temporary files in ${tmp}`);

  const results: CaseResult[] = [];
  try {
    for (const group of GROUPS) {
      if (args.only.length > 0 && !group.ids.some(({ id }) => args.only.includes(id))) continue;
      ctx.log(`case: ${group.ids.map(({ name }) => name).join(', ')}`);
      try {
        results.push(...(await group.run(ctx)));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        ctx.log(`ERROR: ${message}`);
        for (const { id, name } of group.ids) {
          results.push({ id, name, baselines: [], target: '—', runs: 0, notes: [], error: message });
        }
      }
    }
  } finally {
    if (!args.keep) rmSync(tmp, { recursive: true, force: true });
  }

  host.loadEnd = os.loadavg()[0];
  const elapsedSec = (Date.now() - started) / 1000;
  const table = markdownTable(results);
  const notes = notesText(results);
  process.stdout.write(`\n${table}\n\n${notes ? `${notes}\n\n` : ''}${machineLine(host)}\n`);
  process.stdout.write(`Whole run: ${elapsedSec.toFixed(0)} s (${args.quick ? 'quick' : 'full'}).\n`);

  const jsonPath = resolve(
    args.json ?? join(REPO_DIR, '.bench', `bench-${args.quick ? 'quick' : 'full'}.json`),
  );
  mkdirSync(dirname(jsonPath), { recursive: true });
  const report = {
    mode: args.quick ? 'quick' : 'full',
    date: new Date().toISOString(),
    elapsedSec,
    machine: host,
    sizes: ctx.sizes,
    results,
  };
  writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
  process.stdout.write(`JSON: ${jsonPath}\n`);
  const errors = results.filter((r) => r.error);
  if (errors.length > 0) {
    process.stderr.write(
      `bench: ${errors.length} case(s) could not run: ${errors.map((r) => r.id).join(', ')}\n`,
    );
    return 1;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`bench: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
