/**
 * End to end: the long-running mode. A seconds-level cron runs the job at least twice, never two
 * runs at once (a tick during a run is skipped and logged), and stops by itself after --max-runs;
 * `schedule jobs.json` keeps going after a failed run; SIGTERM stops it cleanly.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { filesIn, readExportCsv } from './export-helpers.js';
import { cliEnv, runCli, startSandbox, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-schedule');

beforeAll(async () => {
  sandbox = await startSandbox();
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

interface LogLine {
  msg: string;
  level: number;
  job?: string;
  run?: number;
  startedAt?: string;
  finishedAt?: string;
  code?: string;
}

function logLines(stderr: string): LogLine[] {
  return stderr
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as LogLine);
}

function folder(name: string): string {
  const dir = tmp.path(name);
  mkdirSync(dir, { recursive: true });
  return dir;
}

describe('export --cron', () => {
  it('runs at least twice, never concurrently, then stops by itself', async () => {
    const dir = folder('cron');
    // Each run takes well over a second, so ticks come while a run is still going.
    sandbox.configure({ latencyMs: 400 });
    const result = await runCli(
      ['export', 'customers', '--out', `${dir}/customers.csv`, '--cron', '* * * * * *', '--max-runs', '2'],
      { env: cliEnv(sandbox), timeoutMs: 60_000 },
    );
    sandbox.configure({ latencyMs: 0 });
    expect(result.code).toBe(0);
    const lines = logLines(result.stderr);
    const finished = lines.filter((l) => / finished: /.test(l.msg));
    expect(finished.map((l) => l.run)).toEqual([1, 2]);
    const [first, second] = finished.map((l) => ({
      start: Date.parse(l.startedAt as string),
      end: Date.parse(l.finishedAt as string),
    }));
    expect(first.end - first.start).toBeGreaterThan(1000); // longer than the cron's interval …
    expect(second.start).toBeGreaterThanOrEqual(first.end); // … yet the runs never overlapped
    expect(lines.some((l) => /tick skipped/.test(l.msg))).toBe(true);
    expect(readExportCsv(`${dir}/customers.csv`).rows).toHaveLength(sandbox.state.customers().length);
  });
});

describe('schedule jobs.json', () => {
  it('runs every job, keeps going after failed runs, logs a summary per run', async () => {
    const dir = folder('jobs');
    const jobs = {
      timezone: 'Asia/Jakarta',
      jobs: [
        {
          name: 'teams',
          cron: '*/1 * * * * *',
          entity: 'teams',
          out: `${dir}/teams-{entity}.csv`,
          maxRuns: 2,
        },
        {
          name: 'orders-since',
          cron: '*/1 * * * * *',
          entity: 'orders',
          out: `${dir}/orders.xlsx`,
          layout: 'sheets',
          since: 'last',
          maxRuns: 2,
        },
        // Fails at every run (no such team member): logged, and the others go on.
        {
          name: 'broken',
          cron: '*/1 * * * * *',
          entity: 'visits',
          out: `${dir}/v.csv`,
          team: 'Nobody',
          maxRuns: 2,
        },
      ],
    };
    writeFileSync(`${dir}/jobs.json`, JSON.stringify(jobs));
    const result = await runCli(['schedule', `${dir}/jobs.json`], {
      env: cliEnv(sandbox),
      timeoutMs: 60_000,
    });
    expect(result.code).toBe(1); // some runs failed
    const lines = logLines(result.stderr);
    const finished = (job: string) => lines.filter((l) => l.job === job && / finished: /.test(l.msg));
    expect(finished('teams')).toHaveLength(2);
    expect(finished('orders-since')).toHaveLength(2);
    const failed = lines.filter((l) => l.job === 'broken' && / failed: /.test(l.msg));
    expect(failed).toHaveLength(2);
    expect(failed[0].code).toBe('CONFIG_INVALID');
    expect(existsSync(`${dir}/teams-teams.csv`)).toBe(true);
    expect(existsSync(`${dir}/orders.xlsx`)).toBe(true);
    expect(existsSync(`${dir}/.orders.export-state.json`)).toBe(true);
    expect(existsSync(`${dir}/v.csv`)).toBe(false);
  });

  it('refuses a bad jobs file before running anything', async () => {
    const dir = folder('bad');
    writeFileSync(
      `${dir}/jobs.json`,
      JSON.stringify({ jobs: [{ cron: 'every day', entity: 'teams', out: 'x.csv' }] }),
    );
    const result = await runCli(['schedule', `${dir}/jobs.json`], { env: cliEnv(sandbox) });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error \[CONFIG_INVALID\]: .*"every day" is not a cron expression/);
  });

  it('stops cleanly on SIGTERM', async () => {
    const dir = folder('stop');
    writeFileSync(
      `${dir}/jobs.json`,
      JSON.stringify({
        jobs: [{ name: 'customers', cron: '* * * * * *', entity: 'customers', out: `${dir}/c.csv` }],
      }),
    );
    let child: ChildProcess | undefined;
    let stderr = '';
    const run = runCli(['schedule', `${dir}/jobs.json`], {
      env: cliEnv(sandbox),
      timeoutMs: 60_000,
      onStart: (c) => {
        child = c;
        c.stderr?.on('data', (d: Buffer | string) => {
          stderr += String(d);
          if (/ finished: /.test(stderr) && !c.killed) c.kill('SIGTERM');
        });
      },
    });
    const result = await run;
    expect(child).toBeDefined();
    expect(result.code).toBe(143);
    expect(logLines(result.stderr).some((l) => l.msg === 'schedule stopping')).toBe(true);
    expect(filesIn(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
