/**
 * The scheduler: seconds-level cron, never a job twice at once, keeps going after a failed run,
 * stops after maxRuns or on a stop request (interrupting the run in progress). The jobs file is
 * checked before anything runs.
 */
import { afterAll, describe, expect, it, jest } from '@jest/globals';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkExportOptions } from '../../src/export/index.js';
import { silentLogger } from '../../src/log/index.js';
import type { RunSummary } from '../../src/run/summary.js';
import { loadJobsFile, runScheduler, type ScheduledJob } from '../../src/schedule/index.js';

const dir = mkdtempSync(join(tmpdir(), 'salesmania-schedule-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const job = checkExportOptions({ entity: 'teams', out: join(dir, 'teams.csv') });
const summary = (): RunSummary => ({
  command: 'export',
  entity: 'teams',
  total: 1,
  counts: {},
  durationMs: 1,
  rate: 1,
  files: {},
  warnings: [],
});
const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    });
  });

describe('runScheduler', () => {
  it('runs a seconds-level job at least twice, never two at once, then stops by itself', async () => {
    // On jest's fake clock (croner's timers and Date included): no second of real waiting, and the
    // times below are exact rather than at the mercy of a busy machine.
    jest.useFakeTimers({ now: new Date('2026-12-07T03:00:00.500Z') });
    try {
      let running = 0;
      let most = 0;
      const starts: number[] = [];
      const done = runScheduler({
        jobs: [{ name: 'slow', cron: '* * * * * *', timezone: 'Asia/Jakarta', maxRuns: 2, job }],
        logger: silentLogger(),
        stop: new AbortController().signal,
        run: async () => {
          running++;
          most = Math.max(most, running);
          starts.push(Date.now());
          await sleep(1300); // longer than the interval: the next tick comes while this runs
          running--;
          return summary();
        },
      });
      await jest.advanceTimersByTimeAsync(10_000);
      const result = await done;
      expect(result).toMatchObject({ runs: 2, failures: 0 });
      expect(result.skipped).toBeGreaterThanOrEqual(1);
      expect(most).toBe(1);
      // The tick at 03:00:02 came while the first run (03:00:01 to 03:00:02.3) ran: skipped, not queued.
      expect(starts.map((ms) => new Date(ms).toISOString())).toEqual([
        '2026-12-07T03:00:01.000Z',
        '2026-12-07T03:00:03.000Z',
      ]);
    } finally {
      jest.useRealTimers();
    }
  });

  it('keeps going after a failed run', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T03:00:00.500Z') });
    let calls = 0;
    const done = runScheduler({
      jobs: [{ name: 'flaky', cron: '* * * * * *', timezone: 'UTC', maxRuns: 3, job }],
      logger: silentLogger(),
      stop: new AbortController().signal,
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('the first run fails');
        return summary();
      },
    });
    try {
      await jest.advanceTimersByTimeAsync(10_000); // three ticks, one a second, on the fake clock
    } finally {
      jest.useRealTimers();
    }
    expect(await done).toMatchObject({ runs: 3, failures: 1 });
  });

  it('a stop request ends the schedule and interrupts the run in progress', async () => {
    jest.useFakeTimers({ now: new Date('2026-12-07T03:00:00.500Z') }); // the first tick: 0.5 s on
    const stop = new AbortController();
    let reason: unknown;
    const done = runScheduler({
      jobs: [{ name: 'long', cron: '* * * * * *', timezone: 'Asia/Jakarta', job }],
      logger: silentLogger(),
      stop: stop.signal,
      run: async (_entry, signal) => {
        const long = sleep(60_000, signal);
        stop.abort('SIGTERM'); // while the run is in progress
        try {
          await long;
        } catch {
          reason = signal.reason;
        }
        return { ...summary(), interrupted: 'SIGTERM' };
      },
    });
    let result;
    try {
      await jest.advanceTimersByTimeAsync(1_000);
      result = await done;
    } finally {
      jest.useRealTimers();
    }
    expect(result.stoppedBy).toBe('SIGTERM');
    expect(reason).toBe('SIGTERM');
    expect(result.runs).toBe(1);
  });

  it('refuses a bad cron expression before anything runs', async () => {
    const jobs: ScheduledJob[] = [{ name: 'bad', cron: '61 * * * *', timezone: 'Asia/Jakarta', job }];
    let ran = false;
    await expect(
      runScheduler({
        jobs,
        logger: silentLogger(),
        stop: new AbortController().signal,
        run: async () => {
          ran = true;
          return summary();
        },
      }),
    ).rejects.toMatchObject({ code: 'CONFIG_INVALID' });
    expect(ran).toBe(false);
  });
});

describe('loadJobsFile', () => {
  const write = (name: string, content: unknown) => {
    const path = join(dir, name);
    writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
    return path;
  };

  it('reads jobs with export options, a file-wide time zone and names', async () => {
    const path = write('jobs.json', {
      timezone: 'Asia/Makassar',
      jobs: [
        {
          name: 'orders',
          cron: '0 2 * * *',
          entity: 'orders',
          out: 'o-{date}.xlsx',
          layout: 'sheets',
          since: 'last',
        },
        { cron: '30 1 * * 1', entity: 'customers', out: 'c.csv', timezone: 'UTC', maxRuns: 3 },
      ],
    });
    const jobs = await loadJobsFile(path);
    expect(jobs.map((j) => [j.name, j.cron, j.timezone, j.maxRuns])).toEqual([
      ['orders', '0 2 * * *', 'Asia/Makassar', undefined],
      ['customers-2', '30 1 * * 1', 'UTC', 3],
    ]);
    expect(jobs[0].job).toMatchObject({ entity: 'orders', layout: 'sheets', since: 'last', format: 'xlsx' });
  });

  it('says what is wrong, and where', async () => {
    await expect(loadJobsFile(write('a.json', { jobs: [] }))).rejects.toThrow(/at least one job/);
    await expect(
      loadJobsFile(
        write('b.json', { jobs: [{ cron: '* * * * *', entity: 'teams', out: 't.csv', colour: 'red' }] }),
      ),
    ).rejects.toThrow(/job 1: unknown key `colour`/);
    await expect(
      loadJobsFile(
        write('c.json', { jobs: [{ cron: '* * * * *', entity: 'teams', out: 't.csv', from: '2026-01-01' }] }),
      ),
    ).rejects.toThrow(/job 1: `from` applies to visits and orders/);
    await expect(loadJobsFile(write('d.json', '{"jobs": ['))).rejects.toThrow(/not valid JSON/);
    await expect(
      loadJobsFile(
        write('e.json', {
          jobs: [
            { name: 'x', cron: '* * * * *', entity: 'teams', out: 't.csv' },
            { name: 'x', cron: '* * * * *', entity: 'teams', out: 'u.csv' },
          ],
        }),
      ),
    ).rejects.toThrow(/"x" is used twice/);
    await expect(loadJobsFile(join(dir, 'missing.json'))).rejects.toMatchObject({ code: 'READ_NOT_FOUND' });
  });

  it('reads YAML job files, and reports a YAML syntax error with the file name', async () => {
    const path = write('jobs.yaml', 'jobs:\n  - cron: "0 2 * * *"\n    entity: teams\n    out: t.csv\n');
    const jobs = await loadJobsFile(path);
    expect(jobs[0].job.entity).toBe('teams');
    await expect(loadJobsFile(write('bad.yaml', 'jobs: [\n  - {cron: '))).rejects.toThrow(
      /bad\.yaml: not valid YAML/,
    );
  });
});
