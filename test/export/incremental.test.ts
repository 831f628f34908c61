/**
 * `--since last` bookkeeping: the window a run reads, the keys it remembers, the state file it
 * leaves; and the page walk that drops a record shown twice because a write moved it.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '../../src/contract/index.js';
import {
  SeenKeys,
  checkExportOptions,
  loadState,
  nextState,
  planWindow,
  saveState,
  walk,
} from '../../src/export/index.js';

import { RunError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'salesmania-export-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NOW = Date.parse('2026-11-02T03:00:00Z'); // 10:00 in Jakarta

describe('catalog entities: by update time', () => {
  const job = checkExportOptions({ entity: 'customers', out: join(dir, 'c.csv'), since: 'last' });

  it('first run: from --updated-since (or the beginning) up to the run start', () => {
    expect(planWindow(job, undefined, NOW)).toEqual({
      today: '2026-11-02',
      updatedSince: undefined,
      cutoff: '2026-11-02T03:00:00.000Z',
    });
    const since = checkExportOptions({ ...job, updatedSince: '2026-11-01', since: 'last' });
    expect(planWindow(since, undefined, NOW).updatedSince).toBe('2026-10-31T17:00:00.000Z'); // Jakarta midnight
  });

  it('next run: from the previous cutoff', () => {
    const window = planWindow(job, undefined, NOW);
    const state = nextState(job, window, undefined, new SeenKeys(undefined), {
      output: 'c.csv',
      records: 3,
      finishedAt: NOW + 500,
    });
    expect(state).toMatchObject({ entity: 'customers', updatedSince: '2026-11-02T03:00:00.000Z' });
    expect(planWindow(job, state, NOW + 3_600_000)).toMatchObject({
      updatedSince: '2026-11-02T03:00:00.000Z',
      cutoff: '2026-11-02T04:00:00.000Z',
    });
  });
});

describe('visits and orders: by date with overlap', () => {
  const job = checkExportOptions({ entity: 'orders', out: join(dir, 'o.csv'), since: 'last', overlap: 2 });

  it('remembers the keys of the dates the next run reads again, and only those', () => {
    const first = planWindow(job, undefined, NOW);
    expect(first).toMatchObject({ from: undefined, keepFrom: '2026-10-31' });
    const seen = new SeenKeys(first.keepFrom);
    seen.add('2026-10-20', 'SO-1'); // old: the next run does not read that date
    seen.add('2026-10-31', 'SO-2');
    seen.add('2026-11-03', 'SO-3'); // planned ahead
    const state = nextState(job, first, undefined, seen, { output: 'o.csv', records: 3, finishedAt: NOW });
    expect(state).toMatchObject({
      from: '2026-10-31',
      seen: { '2026-10-31': ['SO-2'], '2026-11-03': ['SO-3'] },
    });

    // Two days later: reads from the remembered date, skips what it remembers, keeps less.
    const later = planWindow(job, state, NOW + 2 * 86_400_000);
    expect(later.from).toBe('2026-10-31');
    expect([...(later.seen ?? [])].sort()).toEqual(['SO-2', 'SO-3']);
    expect(later.keepFrom).toBe('2026-11-02');
    const seen2 = new SeenKeys(later.keepFrom);
    seen2.add('2026-11-02', 'SO-4');
    const state2 = nextState(job, later, state, seen2, { output: 'o.csv', records: 1, finishedAt: NOW });
    expect(state2.seen).toEqual({ '2026-11-02': ['SO-4'], '2026-11-03': ['SO-3'] });
  });

  it('never moves the window back when the overlap grows', () => {
    const state = nextState(job, planWindow(job, undefined, NOW), undefined, new SeenKeys('2026-10-31'), {
      output: 'o.csv',
      records: 0,
      finishedAt: NOW,
    });
    const wider = checkExportOptions({
      entity: 'orders',
      out: join(dir, 'o.csv'),
      since: 'last',
      overlap: 30,
    });
    expect(planWindow(wider, state, NOW).keepFrom).toBe('2026-10-31');
  });
});

describe('state file', () => {
  const job = checkExportOptions({
    entity: 'products',
    out: join(dir, 'p.csv'),
    since: 'last',
    status: 'active',
  });
  const path = join(dir, 'state.json');

  it('round-trips, atomically (no temporary file left)', async () => {
    expect(await loadState(path, job)).toBeUndefined();
    const state = nextState(job, planWindow(job, undefined, NOW), undefined, new SeenKeys(undefined), {
      output: 'p.csv',
      records: 7,
      finishedAt: NOW,
    });
    await saveState(path, state);
    expect(await loadState(path, job)).toEqual(state);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses a state made for other filters, or one it cannot read', async () => {
    const other = checkExportOptions({ entity: 'products', out: join(dir, 'p.csv'), since: 'last' });
    await expect(loadState(path, other)).rejects.toMatchObject({ code: 'JOURNAL_MISMATCH' });
    writeFileSync(path, '{"version": 1, "entity": ');
    await expect(loadState(path, job)).rejects.toBeInstanceOf(RunError);
    await expect(loadState(path, job)).rejects.toMatchObject({ code: 'JOURNAL_CORRUPT' });
  });
});

describe('walk', () => {
  const page = (ids: number[], n: number): Page<{ id: number }> => ({
    data: ids.map((id) => ({ id })),
    meta: { page: n, per_page: 3, total: 9, last_page: 3 },
  });
  async function* pages(list: Array<Page<{ id: number }>>) {
    for (const p of list) yield p;
  }

  it('drops a record repeated from the page before (a write moved it), keeps the rest in order', async () => {
    const seen: number[] = [];
    let total = 0;
    const controller = new AbortController();
    const shifted = pages([page([1, 2, 3], 1), page([3, 4, 5], 2), page([6, 7], 3)]);
    for await (const r of walk(shifted, { signal: controller.signal, onTotal: (t) => (total = t) }))
      seen.push(r.id);
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(total).toBe(9);
  });

  it('stops with INTERRUPTED once the signal is aborted', async () => {
    const controller = new AbortController();
    const it = walk(pages([page([1], 1), page([2], 2)]), { signal: controller.signal });
    expect((await it.next()).value).toEqual({ id: 1 });
    controller.abort('SIGINT');
    await expect(it.next()).rejects.toMatchObject({ code: 'INTERRUPTED' });
  });
});
