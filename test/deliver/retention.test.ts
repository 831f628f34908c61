/** Retention deletes only a job's own files, recognised by their manifests. */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { applyRetention } from '../../src/deliver/index.js';
import { exportFile, tempFolder } from './helpers.js';

const tmp = tempFolder('retention');
afterAll(() => tmp.cleanup());

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-12-07T02:00:00Z');

describe('retention', () => {
  it('keeps the last N of this job and touches nothing else', async () => {
    const template = `${tmp.dir}/orders-{date}.csv`;
    for (let i = 5; i >= 1; i--) {
      await exportFile(tmp.path(`orders-day${i}.csv`), { outTemplate: template, finishedAt: NOW - i * DAY });
    }
    await exportFile(tmp.path('orders-today.csv'), { outTemplate: template, finishedAt: NOW });
    // Another job's file in the same folder, an old one, and a file a person put there.
    await exportFile(tmp.path('other-job.csv'), {
      outTemplate: `${tmp.dir}/other-{date}.csv`,
      finishedAt: NOW - 30 * DAY,
    });
    writeFileSync(tmp.path('orders-by-hand.csv'), 'a person put this here');

    const deleted = await applyRetention({
      current: tmp.path('orders-today.csv'),
      outTemplate: template,
      entity: 'customers',
      rule: { keepLast: 3 },
      now: NOW,
    });
    expect(deleted.map((p) => p.slice(tmp.dir.length + 1)).sort()).toEqual([
      'orders-day3.csv',
      'orders-day4.csv',
      'orders-day5.csv',
    ]);
    const left = readdirSync(tmp.dir).sort();
    expect(left).toEqual(
      [
        'orders-by-hand.csv',
        'orders-day1.csv',
        'orders-day1.csv.manifest.json',
        'orders-day2.csv',
        'orders-day2.csv.manifest.json',
        'orders-today.csv',
        'orders-today.csv.manifest.json',
        'other-job.csv',
        'other-job.csv.manifest.json',
      ].sort(),
    );
  });

  it('keeps N days; the file just written is kept whatever the rule', async () => {
    const dir = tmp.path('days');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const template = `${dir}/c-{date}.csv`;
    await exportFile(`${dir}/c-old.csv`, { outTemplate: template, finishedAt: NOW - 3 * DAY - 1 });
    await exportFile(`${dir}/c-recent.csv`, { outTemplate: template, finishedAt: NOW - 2 * DAY });
    await exportFile(`${dir}/c-now.csv`, { outTemplate: template, finishedAt: NOW });
    const deleted = await applyRetention({
      current: `${dir}/c-now.csv`,
      outTemplate: template,
      entity: 'customers',
      rule: { keepDays: 3, keepLast: 1 },
      now: NOW,
    });
    // keepLast 1 and keepDays 3 together: a file goes when either rule says so.
    expect(deleted.map((p) => p.slice(dir.length + 1)).sort()).toEqual(['c-old.csv', 'c-recent.csv']);
    expect(existsSync(`${dir}/c-now.csv`)).toBe(true);
  });
});
