/**
 * Issue 7, part 2: kill and resume at random points. An upsert of customers is killed (SIGKILL:
 * no chance to clean up) during start-up, in the middle of the queue, while the last rows are
 * written to the result sheet, and while a resume runs; then `--resume` finishes it. The server
 * must end exactly as after a clean run, and the result sheet must cover every row once with the
 * clean run's statuses. The same for SIGTERM: a clean stop with exit 143, then resume.
 *
 * The points are drawn from a seed printed in the test names; KILL_SEED=<n> replays a run.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, runCli, startSandbox, summaryOf, tempDir, type CliResult } from '../e2e/helpers.js';
import { csvText, customerSnapshot, journalEntries, listFiles, seededRandom, until } from './helpers.js';

const SEED = Number(process.env.KILL_SEED ?? Date.now() % 1_000_000);
const random = seededRandom(SEED);
const between = (lo: number, hi: number) => Math.floor(lo + random() * (hi - lo));

const NEW_ROWS = 160;
const FLAGS = ['--mode', 'upsert', '--rate', '400', '--concurrency', '4', '--json', '--log-level', 'warn'];
const SANDBOX = { seed: 'demo', latencyMs: 5, jitterMs: 10, randomSeed: 7 } as const;
const tmp = tempDir('kill-resume');
/** Generous: the cases run at once, and each starts the CLI two or three times. */
const TIMEOUT = 180_000;

/** The input: new customers, with the demo database's first five customers changed among them. */
let csv = '';
let total = 0;
/** What a clean run leaves: the server's customers, and the status of each row. */
let cleanSnapshot: Array<Record<string, unknown>> = [];
let cleanStatuses: string[] = [];

/** The clean run, once; the cases run concurrently and each awaits it first. */
let clean: Promise<void> | undefined;
function cleanRun(): Promise<void> {
  clean ??= (async () => {
    const sandbox = await startSandbox(SANDBOX);
    const rows: Array<Array<string | number>> = [];
    for (let i = 0; i < NEW_ROWS; i++) {
      const n = String(i).padStart(5, '0');
      rows.push([
        `KR-${n}`,
        `Toko Kill ${n}`,
        `Kota ${i % 11}`,
        (-6.5 - i / 10_000).toFixed(4),
        '106.8',
        `t${i % 3}`,
      ]);
    }
    sandbox.state
      .customers()
      .filter((c) => c.ext_cust_no)
      .slice(0, 5)
      .forEach((c, i) =>
        rows.splice(20 + i * 30, 0, [c.ext_cust_no as string, c.name, 'Kota Resume', '', '', 'vip']),
      );
    csv = csvText(['ext_cust_no', 'name', 'city', 'lat', 'lon', 'tags'], rows);
    total = rows.length;
    try {
      const { file, result } = inputIn('clean');
      const run = await runCli(['import', 'customers', file, ...FLAGS], { env: cliEnv(sandbox) });
      expect(run.code).toBe(0);
      cleanSnapshot = customerSnapshot(sandbox);
      cleanStatuses = readCsv(result).map((r) => r._status);
      expect(cleanStatuses.filter((st) => st === 'updated')).toHaveLength(5);
    } finally {
      await sandbox.close();
    }
  })();
  return clean;
}

afterAll(() => tmp.cleanup());

function inputIn(name: string): { file: string; result: string; journal: string } {
  const dir = join(tmp.dir, name);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'pelanggan.csv');
  writeFileSync(file, csv);
  return { file, result: join(dir, 'pelanggan.result.csv'), journal: join(dir, 'pelanggan.journal.jsonl') };
}

type KillAt =
  /** As the sandbox receives this many requests of the run (0: as soon as it is started). */
  | { requests: number }
  | { journalLines: number }
  /** Once every row has its outcome in the journal: the sheets are being finished. */
  | { allDone: true };

interface Killed {
  result: CliResult;
  /** What the journal held when the signal was sent. */
  at: string;
}

/** Runs the import and sends `signal` at the given point. */
async function runAndKill(
  sandbox: Sandbox,
  paths: { file: string; journal: string },
  signal: NodeJS.Signals,
  at: KillAt,
  extra: string[] = [],
): Promise<Killed> {
  let child: ChildProcess | undefined;
  let exited = false;
  const run = runCli(['import', 'customers', paths.file, ...FLAGS, ...extra], {
    env: cliEnv(sandbox),
    onStart: (c) => (child = c),
  }).then((r) => {
    exited = true;
    return r;
  });
  const lines = () => journalEntries(paths.journal);
  if ('requests' in at) await requestsArrived(sandbox, at.requests, run);
  else if ('journalLines' in at) await until(() => exited || lines().length >= at.journalLines, 60_000, 2);
  else await until(() => exited || lines().filter((l) => l.t === 'done').length >= total, 60_000, 1);
  const entries = lines();
  const state = `journal ${existsSync(paths.journal) ? `${entries.length} lines, ${entries.filter((l) => l.t === 'done').length} done` : 'absent'}`;
  child?.kill(signal);
  return { result: await run, at: exited ? `${state} (had already exited)` : state };
}

/** Resolves as the `count`th request from now reaches the sandbox (or once `run` has ended). */
function requestsArrived(sandbox: Sandbox, count: number, run: Promise<unknown>): Promise<void> {
  if (count === 0) return Promise.resolve();
  return new Promise((resolve) => {
    let seen = 0;
    const stop = sandbox.onRequest(() => {
      if (++seen < count) return;
      stop();
      resolve();
    });
    void run.finally(() => {
      stop();
      resolve();
    });
  });
}

/** The end state must be the clean run's: same customers and fields, every row once, same statuses. */
function expectAsClean(sandbox: Sandbox, resultPath: string): void {
  expect(customerSnapshot(sandbox)).toEqual(cleanSnapshot);
  const sheet = readCsv(resultPath);
  expect(sheet.map((r) => Number(r._row))).toEqual(Array.from({ length: total }, (_, i) => i + 2));
  expect(sheet.map((r) => r._status)).toEqual(cleanStatuses);
  const ids = new Map(sandbox.state.customers().map((c) => [c.ext_cust_no, String(c.id)]));
  expect(sheet.filter((r) => r._id && r._id !== ids.get(r.ext_cust_no))).toEqual([]);
}

/** After a SIGKILL nothing half-written has the final name: no result sheet, or a whole one. */
function expectNoPartialSheet(resultPath: string): void {
  if (existsSync(resultPath)) expect(readCsv(resultPath)).toHaveLength(total);
}

/**
 * `--resume`, as the user would after a kill. A run killed before its journal existed had sent
 * nothing (the journal's header is on disk before the first request): `--resume` then refuses with
 * JOURNAL_NOT_FOUND, sending nothing, and the run is started anew, as the message says.
 */
async function resume(sandbox: Sandbox, paths: { file: string; journal: string }): Promise<CliResult> {
  const { file } = paths;
  if (!existsSync(paths.journal)) {
    const writesBefore = sandbox.state.customers().length;
    const refused = await runCli(['import', 'customers', file, ...FLAGS, '--resume'], {
      env: cliEnv(sandbox),
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error \[JOURNAL_NOT_FOUND\]/);
    expect(sandbox.state.customers()).toHaveLength(writesBefore);
  }
  const again = existsSync(paths.journal) ? ['--resume'] : [];
  // On a busy machine the killed run may have finished every row before the signal landed: its
  // journal is ended, and --resume has nothing to do (RUN_COMPLETE, exit 0, no summary).
  const finished = again.length > 0 && journalEntries(paths.journal).at(-1)?.t === 'end';
  const result = await runCli(['import', 'customers', file, ...FLAGS, ...again], { env: cliEnv(sandbox) });
  expect(result.stderr).not.toMatch(/error \[|\n\s+at /);
  expect(result.code).toBe(0);
  if (!finished) expect(summaryOf(result).total).toBe(total);
  // The killed run's hidden temporary sheets are cleared away too.
  expect(listFiles(dirname(file)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  return result;
}

// Drawn up front, so the cases may run at once and a seed still replays the same points.
// Journal lines: the header, then a `sending` and a `done` line per row sent. Requests: the first
// three are the login, the database list and the team token; a write per row follows.
const SIGKILL_POINTS: Array<[string, KillAt]> = [
  ['during start-up', { requests: between(0, 3) }],
  ['early in the queue', { journalLines: between(2, 60) }],
  ['late in the queue', { journalLines: between(NEW_ROWS / 2, 2 * NEW_ROWS) }],
  ['at a random moment', { requests: between(3, NEW_ROWS) }],
  ['while the result sheet is finished', { allDone: true }],
];
const TWICE = { first: between(20, NEW_ROWS), more: between(10, NEW_ROWS) };
const SIGTERM_POINTS: Array<[string, KillAt]> = [
  ['while the existing customers are read', { journalLines: 1 }],
  ['mid-queue', { journalLines: between(20, 2 * NEW_ROWS) }],
];

describe(`kill and resume (KILL_SEED=${SEED})`, () => {
  it.concurrent.each(SIGKILL_POINTS)(
    'SIGKILL %s, then --resume: as if never killed',
    async (what, at) => {
      await cleanRun();
      const sandbox = await startSandbox(SANDBOX);
      try {
        const paths = inputIn(`kill-${what.replace(/\W+/g, '-')}`);
        const killed = await runAndKill(sandbox, paths, 'SIGKILL', at);
        // Killed, or (rarely, at a late point) already done: either way nothing is half-written.
        expect(killed.result.signal === 'SIGKILL' || killed.result.code === 0).toBe(true);
        expectNoPartialSheet(paths.result);
        await resume(sandbox, paths);
        expectAsClean(sandbox, paths.result);
      } finally {
        await sandbox.close();
      }
    },
    TIMEOUT,
  );

  it.concurrent(
    'SIGKILL mid-queue, SIGKILL the resume mid-queue, then --resume again',
    async () => {
      await cleanRun();
      const sandbox = await startSandbox(SANDBOX);
      try {
        const paths = inputIn('kill-twice');
        await runAndKill(sandbox, paths, 'SIGKILL', { journalLines: TWICE.first });
        const lines = journalEntries(paths.journal).length;
        await runAndKill(sandbox, paths, 'SIGKILL', { journalLines: lines + TWICE.more }, ['--resume']);
        expectNoPartialSheet(paths.result);
        await resume(sandbox, paths);
        expectAsClean(sandbox, paths.result);
      } finally {
        await sandbox.close();
      }
    },
    TIMEOUT,
  );

  it.concurrent.each(SIGTERM_POINTS)(
    'SIGTERM %s: a clean stop with exit 143, then --resume',
    async (what, at) => {
      await cleanRun();
      const sandbox = await startSandbox(SANDBOX);
      try {
        const paths = inputIn(`term-${what.replace(/\W+/g, '-')}`);
        const stopped = await runAndKill(sandbox, paths, 'SIGTERM', at);
        if (!stopped.at.includes('already exited')) {
          expect(stopped.result.code).toBe(143);
          expect(stopped.result.stderr).toContain('SIGTERM received');
          expect(stopped.result.stderr).not.toMatch(/error \[|\n\s+at /);
          // The journal is left unfinished, for --resume.
          expect(journalEntries(paths.journal).at(-1)?.t).not.toBe('end');
        }
        await resume(sandbox, paths);
        expectAsClean(sandbox, paths.result);
      } finally {
        await sandbox.close();
      }
    },
    TIMEOUT,
  );
});
