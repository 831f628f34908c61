/**
 * validate CSV, memory flatness and validate XLSX: the tool end to end (start-up, reading, mapping,
 * writing the result and errors sheets) against bare scripts that only read and judge each row.
 * Tool and baselines alternate run by run, so a burst of load elsewhere hits both alike.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { count, type BenchContext } from '../lib/context.js';
import { writeCsv } from '../lib/generate.js';
import {
  BENCH_DIR,
  CLI,
  cleanEnv,
  expectExit,
  maxRss,
  measure,
  median,
  type Measured,
} from '../lib/measure.js';
import type { CaseResult } from '../lib/report.js';

const INVALID_EVERY = 10;
const RSS_LIMIT_MB = 300;

interface ValidateRun {
  measured: Measured;
  rowsPerSec: number;
}

/** `validate customers FILE` to an out-dir of its own, checked against the expected counts. */
async function runTool(ctx: BenchContext, file: string, rows: number): Promise<ValidateRun> {
  const outDir = join(ctx.tmp, 'out');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir);
  const measured = await measure(
    [
      CLI,
      'validate',
      'customers',
      file,
      '--out-dir',
      outDir,
      '--no-progress',
      '--log-level',
      'warn',
      '--json',
    ],
    { env: cleanEnv({ SALESMANIA_LOG_FORMAT: 'json' }) },
  );
  rmSync(outDir, { recursive: true, force: true });
  expectExit(measured, [2], 'validate customers');
  const summary = JSON.parse(measured.stdout.trim().split('\n').pop() ?? '{}') as {
    total?: number;
    counts?: Record<string, number>;
  };
  const invalid = summary.counts?.invalid ?? 0;
  if (summary.total !== rows || invalid !== rows / INVALID_EVERY) {
    throw new Error(
      `validate reported ${summary.total} rows, ${invalid} invalid; expected ${rows}, ${rows / 10}`,
    );
  }
  return { measured, rowsPerSec: rows / (measured.wallMs / 1000) };
}

/** A bare baseline script over the first `rows` rows; its count of rows and invalid rows must match. */
async function runBare(script: string, file: string, rows: number): Promise<ValidateRun> {
  const measured = await measure([join(BENCH_DIR, 'bare', script), file, String(rows)]);
  expectExit(measured, [0], script);
  const out = JSON.parse(measured.stdout.trim()) as { rows: number; invalid: number };
  if (out.rows !== rows || out.invalid !== rows / INVALID_EVERY) {
    throw new Error(`${script} saw ${out.rows} rows, ${out.invalid} invalid; expected ${rows}, ${rows / 10}`);
  }
  return { measured, rowsPerSec: rows / (measured.wallMs / 1000) };
}

const rate = (runs: ValidateRun[]) => median(runs.map((r) => r.rowsPerSec));
const seconds = (runs: ValidateRun[]) => runs.map((r) => Math.round(r.measured.wallMs) / 1000);

/** validate CSV (against papaparse + yup, and papaparse + our mapRow) and memory is flat. */
export async function validateCsvCases(ctx: BenchContext): Promise<CaseResult[]> {
  const { csvRows, csvSmallRows, yupCsvRows, mapRowRuns, runs } = ctx.sizes;
  const big = join(ctx.tmp, `customers-${csvRows}.csv`);
  const small = join(ctx.tmp, `customers-${csvSmallRows}.csv`);
  ctx.log(`generating ${count(csvRows)} + ${count(csvSmallRows)} CSV rows`);
  await writeCsv(big, { rows: csvRows, invalidEvery: INVALID_EVERY });
  await writeCsv(small, { rows: csvSmallRows, invalidEvery: INVALID_EVERY });

  const tool: ValidateRun[] = [];
  const yup: ValidateRun[] = [];
  const mapRow: ValidateRun[] = [];
  const toolSmall: ValidateRun[] = [];
  for (let i = 0; i < runs; i++) {
    tool.push(await runTool(ctx, big, csvRows));
    yup.push(await runBare('validate-yup.mjs', big, yupCsvRows));
    if (i < mapRowRuns) mapRow.push(await runBare('validate-maprow.mjs', big, csvRows));
    toolSmall.push(await runTool(ctx, small, csvSmallRows));
    ctx.log(
      `validate CSV run ${i + 1}/${runs}: tool ${tool[i].measured.wallMs.toFixed(0)} ms, ` +
        `yup ${yup[i].measured.wallMs.toFixed(0)} ms (${count(yupCsvRows)} rows)` +
        (mapRow[i] ? `, mapRow ${mapRow[i].measured.wallMs.toFixed(0)} ms` : ''),
    );
  }
  rmSync(big, { force: true });
  rmSync(small, { force: true });

  const toolRate = rate(tool);
  const peak = maxRss(tool.map((r) => r.measured));
  const peakSmall = maxRss(toolSmall.map((r) => r.measured));
  const ratio = toolRate / rate(yup);
  const flat = peak !== undefined && peakSmall !== undefined ? peak / peakSmall : undefined;
  const rows = `${count(csvRows)} rows`;
  return [
    {
      id: 'validate-csv',
      name: `validate CSV, ${rows} (10% invalid), incl. result CSV`,
      figure: { value: toolRate, unit: 'rows/s' },
      baselines: [
        {
          value: rate(yup),
          unit: 'rows/s',
          label: `bare papaparse + yup${yupCsvRows < csvRows ? `, first ${count(yupCsvRows)} rows` : ''}`,
        },
      ],
      ratio,
      peakRssMb: peak,
      target: `ratio ≥ 0.7; RSS ≤ ${RSS_LIMIT_MB} MB`,
      met: ratio >= 0.7 && peak !== undefined && peak <= RSS_LIMIT_MB,
      runs,
      notes: [
        'end to end: process start to exit, including writing the result and errors CSV; ' +
          'the baseline converts cells minimally (numbers, boolean, tag list) for the strict yup schema',
      ],
      samples: {
        toolSeconds: seconds(tool),
        yupSeconds: seconds(yup),
        toolRssMb: tool.map((r) => r.measured.peakRssMb ?? NaN),
        yupRssMb: yup.map((r) => r.measured.peakRssMb ?? NaN),
      },
    },
    {
      id: 'validate-csv-maprow',
      name: `validate CSV, ${rows}, vs papaparse + our mapRow (info)`,
      figure: { value: toolRate, unit: 'rows/s' },
      baselines: [{ value: rate(mapRow), unit: 'rows/s', label: 'bare papaparse + mapRow, no output' }],
      ratio: toolRate / rate(mapRow),
      peakRssMb: peak,
      target: 'reported',
      runs,
      notes: [
        `baseline runs: ${mapRowRuns}`,
        'the rest of the gap is the reader (encoding and delimiter detection, limits, row numbers) ' +
          'and writing the result and errors sheets',
      ],
      samples: {
        mapRowSeconds: seconds(mapRow),
        mapRowRssMb: mapRow.map((r) => r.measured.peakRssMb ?? NaN),
      },
    },
    {
      id: 'memory-flat',
      name: `memory is flat: validate CSV peak RSS, ${rows} vs ${count(csvSmallRows)}`,
      figure: peak === undefined ? undefined : { value: peak, unit: 'MB', label: rows },
      baselines:
        peakSmall === undefined
          ? []
          : [{ value: peakSmall, unit: 'MB', label: `${count(csvSmallRows)} rows` }],
      ratio: flat,
      peakRssMb: peak,
      target: 'ratio ≤ 1.3',
      met: flat !== undefined && flat <= 1.3,
      runs,
      notes: [],
      samples: { smallRssMb: toolSmall.map((r) => r.measured.peakRssMb ?? NaN) },
    },
  ];
}

/** The customer workbook, written by a child process (see generate-xlsx-main.ts). */
async function generateXlsx(file: string, rows: number): Promise<void> {
  const measured = await measure([join(BENCH_DIR, 'lib', 'generate-xlsx-main.ts'), file, String(rows)], {
    nodeFlags: ['--import', 'tsx'],
    noProbe: true,
  });
  expectExit(measured, [0], 'generate-xlsx-main.ts');
}

/** The bare floor: yauzl + saxes counting the sheet's cells; its row count must match. */
async function runFloor(file: string, rows: number): Promise<ValidateRun> {
  const measured = await measure([join(BENCH_DIR, 'bare', 'count-cells.mjs'), file]);
  expectExit(measured, [0], 'count-cells.mjs');
  const out = JSON.parse(measured.stdout.trim()) as { rows: number; cells: number };
  if (out.rows !== rows) throw new Error(`count-cells.mjs saw ${out.rows} rows; expected ${rows}`);
  return { measured, rowsPerSec: rows / (measured.wallMs / 1000) };
}

/** XLSX peak RSS targets (issue 17): stricter than CSV's, the reader holds only the shared strings. */
const XLSX_RSS_LIMIT_MB = 200;

/**
 * validate XLSX against the bare exceljs + yup script and against the yauzl + saxes floor, and its
 * memory at 100,000 against 1,000,000 rows.
 */
export async function validateXlsxCase(ctx: BenchContext): Promise<CaseResult[]> {
  const { xlsxRows, xlsxSmallRows, xlsxBigRows, runs } = ctx.sizes;
  const file = join(ctx.tmp, `customers-${xlsxRows}.xlsx`);
  ctx.log(`generating ${count(xlsxRows)} XLSX rows`);
  await generateXlsx(file, xlsxRows);
  const tool: ValidateRun[] = [];
  const yup: ValidateRun[] = [];
  const floor: ValidateRun[] = [];
  for (let i = 0; i < runs; i++) {
    tool.push(await runTool(ctx, file, xlsxRows));
    yup.push(await runBare('validate-yup.mjs', file, xlsxRows));
    floor.push(await runFloor(file, xlsxRows));
    ctx.log(
      `validate XLSX run ${i + 1}/${runs}: tool ${tool[i].measured.wallMs.toFixed(0)} ms, ` +
        `exceljs + yup ${yup[i].measured.wallMs.toFixed(0)} ms, yauzl + saxes ${floor[i].measured.wallMs.toFixed(0)} ms`,
    );
  }
  rmSync(file, { force: true });

  const small = join(ctx.tmp, `customers-${xlsxSmallRows}.xlsx`);
  const big = join(ctx.tmp, `customers-${xlsxBigRows}.xlsx`);
  ctx.log(`generating ${count(xlsxSmallRows)} + ${count(xlsxBigRows)} XLSX rows`);
  await generateXlsx(small, xlsxSmallRows);
  await generateXlsx(big, xlsxBigRows);
  const smallRun = await runTool(ctx, small, xlsxSmallRows);
  const bigRun = await runTool(ctx, big, xlsxBigRows);
  ctx.log(
    `validate XLSX memory: ${count(xlsxSmallRows)} rows ${smallRun.measured.peakRssMb} MB, ` +
      `${count(xlsxBigRows)} rows ${bigRun.measured.peakRssMb} MB`,
  );
  rmSync(small, { force: true });
  rmSync(big, { force: true });

  const toolRate = rate(tool);
  const ratio = toolRate / rate(yup);
  const floorRatio = toolRate / rate(floor);
  const peak = maxRss(tool.map((r) => r.measured));
  const peakOk = peak !== undefined && peak <= XLSX_RSS_LIMIT_MB;
  const flat =
    bigRun.measured.peakRssMb !== undefined && smallRun.measured.peakRssMb !== undefined
      ? bigRun.measured.peakRssMb / smallRun.measured.peakRssMb
      : undefined;
  const name = `validate XLSX, ${count(xlsxRows)} rows (10% invalid), incl. result XLSX`;
  const samples = {
    toolSeconds: seconds(tool),
    toolRssMb: tool.map((r) => r.measured.peakRssMb ?? NaN),
  };
  return [
    {
      id: 'validate-xlsx',
      name,
      figure: { value: toolRate, unit: 'rows/s' },
      baselines: [{ value: rate(yup), unit: 'rows/s', label: 'bare exceljs streaming + yup' }],
      ratio,
      peakRssMb: peak,
      target: `ratio ≥ 2.0; RSS ≤ ${XLSX_RSS_LIMIT_MB} MB`,
      met: ratio >= 2.0 && peakOk,
      runs,
      notes: [
        'the tool also writes the result XLSX (tinted rows, a note on each bad cell) and the errors XLSX; ' +
          'the baseline writes nothing',
      ],
      samples: {
        ...samples,
        yupSeconds: seconds(yup),
        yupRssMb: yup.map((r) => r.measured.peakRssMb ?? NaN),
      },
    },
    {
      id: 'validate-xlsx-floor',
      name: `${name}, vs the reading floor`,
      figure: { value: toolRate, unit: 'rows/s' },
      baselines: [{ value: rate(floor), unit: 'rows/s', label: 'bare yauzl + saxes, counting cells only' }],
      ratio: floorRatio,
      peakRssMb: peak,
      target: `ratio ≥ 0.4; RSS ≤ ${XLSX_RSS_LIMIT_MB} MB`,
      met: floorRatio >= 0.4 && peakOk,
      runs,
      notes: ['the floor reads no shared strings, converts no value, validates and writes nothing'],
      samples: { floorSeconds: seconds(floor), floorRssMb: floor.map((r) => r.measured.peakRssMb ?? NaN) },
    },
    {
      id: 'memory-flat-xlsx',
      name: `memory is flat: validate XLSX peak RSS, ${count(xlsxBigRows)} rows vs ${count(xlsxSmallRows)}`,
      figure:
        bigRun.measured.peakRssMb === undefined
          ? undefined
          : { value: bigRun.measured.peakRssMb, unit: 'MB', label: `${count(xlsxBigRows)} rows` },
      baselines:
        smallRun.measured.peakRssMb === undefined
          ? []
          : [{ value: smallRun.measured.peakRssMb, unit: 'MB', label: `${count(xlsxSmallRows)} rows` }],
      ratio: flat,
      peakRssMb: bigRun.measured.peakRssMb,
      target: 'ratio ≤ 1.3',
      met: flat !== undefined && flat <= 1.3,
      runs: 1,
      notes: ['one run of each size; the big workbook has ten times the shared strings'],
      samples: {},
    },
  ];
}
