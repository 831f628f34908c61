import { afterAll, describe, expect, it } from '@jest/globals';
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRunJournal, readJournal } from '../../src/journal/index.js';
import type { RunError } from '../../src/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'salesmania-journal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = join(dir, 'pelanggan.csv');
writeFileSync(input, 'name\nToko A\nToko B\n');
const run = { entity: 'customers', mode: 'create', resume: false };

async function rejection(promise: Promise<unknown>): Promise<RunError> {
  try {
    await promise;
  } catch (err) {
    return err as RunError;
  }
  throw new Error('expected a rejection');
}

describe('journal', () => {
  it('records sending and done lines and reads them back; done clears sending', async () => {
    const path = join(dir, 'a.journal.jsonl');
    const { writer } = await openRunJournal(path, input, run);
    writer.sending(2, 'create', 'C-1');
    writer.sending(3, 'create', 'C-2');
    writer.done({ row: 2, status: 'created', id: 7, issues: [], attempts: 1 });
    writer.close();
    const state = readJournal(path);
    expect(state?.done.get(2)).toMatchObject({ status: 'created', id: 7 });
    expect([...(state?.sending.keys() ?? [])]).toEqual([3]);
    expect(state?.ended).toBe(false);
    expect(state?.header.input.name).toBe('pelanggan.csv');
  });

  it('refuses to start over an unfinished journal without --resume, and resumes with it', async () => {
    const path = join(dir, 'b.journal.jsonl');
    const first = await openRunJournal(path, input, run);
    first.writer.sending(2, 'create', 'C-1');
    first.writer.close();
    expect((await rejection(openRunJournal(path, input, run))).code).toBe('JOURNAL_MISMATCH');
    const resumed = await openRunJournal(path, input, { ...run, resume: true });
    expect(resumed.previous?.sending.get(2)?.key).toBe('C-1');
    resumed.writer.close();
  });

  it('refuses to resume a journal of another file or mode', async () => {
    const path = join(dir, 'c.journal.jsonl');
    (await openRunJournal(path, input, run)).writer.close();
    const other = join(dir, 'other.csv');
    writeFileSync(other, 'name\nToko Z\n');
    expect((await rejection(openRunJournal(path, other, { ...run, resume: true }))).code).toBe(
      'JOURNAL_MISMATCH',
    );
    expect(
      (await rejection(openRunJournal(path, input, { ...run, mode: 'upsert', resume: true }))).code,
    ).toBe('JOURNAL_MISMATCH');
  });

  it('a finished journal: the same file is ALREADY_IMPORTED (unless again), --resume RUN_COMPLETE, another file starts anew', async () => {
    const path = join(dir, 'd.journal.jsonl');
    const first = await openRunJournal(path, input, run);
    first.writer.done({ row: 2, status: 'created', issues: [], attempts: 1 });
    first.writer.end();
    first.writer.close();
    const twice = await rejection(openRunJournal(path, input, run));
    expect(twice.code).toBe('ALREADY_IMPORTED');
    // Names when that run ended (shown in the reader's language, so compared as an instant).
    const endedAt = new Date(readJournal(path)?.endedAt ?? 'no end');
    expect(twice.localized?.params?.at).toEqual(endedAt);
    expect(twice.message).toContain(String(endedAt.getFullYear()));
    expect((await rejection(openRunJournal(path, input, { ...run, resume: true }))).code).toBe(
      'RUN_COMPLETE',
    );
    // Another mode of the same file is another run.
    (await openRunJournal(path, input, { ...run, mode: 'upsert' })).writer.close();
    const other = join(dir, 'other-d.csv');
    writeFileSync(other, 'name\nToko Q\n');
    const ended = await openRunJournal(join(dir, 'e2.journal.jsonl'), input, run);
    ended.writer.end();
    ended.writer.close();
    const anew = await openRunJournal(join(dir, 'e2.journal.jsonl'), other, { ...run, resume: true });
    expect(anew.previous).toBeUndefined();
    anew.writer.end();
    anew.writer.close();
    const again = await openRunJournal(join(dir, 'e2.journal.jsonl'), other, { ...run, again: true });
    again.writer.close();
    expect(readFileSync(join(dir, 'e2.journal.jsonl'), 'utf8').trim().split('\n')).toHaveLength(1);
  });

  it('--resume with no journal is JOURNAL_NOT_FOUND, naming where it looked', async () => {
    const path = join(dir, 'missing', 'x.journal.jsonl');
    const err = await rejection(openRunJournal(path, input, { ...run, resume: true }));
    expect(err.code).toBe('JOURNAL_NOT_FOUND');
    expect(err.message).toContain(path);
  });

  it('tolerates a torn last line (a kill mid-write) but not damage earlier', async () => {
    const path = join(dir, 'e.journal.jsonl');
    const { writer } = await openRunJournal(path, input, run);
    writer.done({ row: 2, status: 'created', issues: [], attempts: 1 });
    writer.close();
    appendFileSync(path, '{"t":"done","row":3,"sta');
    expect(readJournal(path)?.done.size).toBe(1);
    appendFileSync(path, '\n{"t":"done","row":4,"status":"created","issues":[],"attempts":1}\n');
    expect(() => readJournal(path)).toThrow(/damaged at line 3/);
  });
});

describe('journal before-images', () => {
  it('keeps the before-image on the sending line, read back by --resume', async () => {
    const path = join(dir, 'images.journal.jsonl');
    const { writer } = await openRunJournal(path, input, run);
    writer.sending(2, 'update', undefined, { id: 7, before: { city: 'Semarang' }, after: { city: 'Solo' } });
    writer.sending(3, 'delete', undefined, { id: 8, before: { id: 8, name: 'Toko B' } });
    writer.close();
    const lines = readFileSync(path, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as object);
    expect(lines[1]).toMatchObject({
      t: 'sending',
      row: 2,
      op: 'update',
      id: 7,
      before: { city: 'Semarang' },
    });
    const state = readJournal(path);
    expect(state?.sending.get(2)).toMatchObject({
      id: 7,
      before: { city: 'Semarang' },
      after: { city: 'Solo' },
    });
    expect(state?.sending.get(3)?.before).toEqual({ id: 8, name: 'Toko B' });
  });

  it('a journal written before before-images existed still resumes', async () => {
    const path = join(dir, 'old.journal.jsonl');
    (await openRunJournal(path, input, run)).writer.close();
    appendFileSync(path, '{"t":"sending","row":2,"op":"update","at":"2026-12-01T00:00:00.000Z"}\n');
    const resumed = await openRunJournal(path, input, { ...run, resume: true });
    expect(resumed.previous?.sending.get(2)).toMatchObject({ op: 'update' });
    expect(resumed.previous?.sending.get(2)?.before).toBeUndefined();
    resumed.writer.close();
  });
});
