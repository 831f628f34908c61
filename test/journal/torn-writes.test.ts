/**
 * A journal torn at any byte (a kill, a power loss, a full disk), any number of times: every resume
 * reads it, appends after it, and what the next resume reads holds every line written whole.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openRunJournal, readJournal } from '../../src/journal/index.js';

const dir = mkdtempSync(join(tmpdir(), 'salesmania-torn-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const input = join(dir, 'pelanggan.csv');
writeFileSync(input, 'name\nToko A\nToko B\n');
const run = { entity: 'customers', mode: 'create', resume: true };

describe('a journal torn at any byte', () => {
  it('resumes after a tear at every byte of the last line, three tears in a row', async () => {
    const path = join(dir, 'every-byte.journal.jsonl');
    const first = await openRunJournal(path, input, { ...run, resume: false });
    first.writer.done({ row: 2, status: 'created', id: 1, issues: [], attempts: 1 });
    first.writer.close();
    const whole = readFileSync(path);
    // The line that will be torn: a done line for row 3 (Indonesian text, so some tears split a character).
    const tornLine = Buffer.from(
      JSON.stringify({
        t: 'done',
        row: 3,
        status: 'failed',
        issues: [{ code: 'X', message: 'gagal — coba lagi' }],
        attempts: 1,
      }) + '\n',
    );
    for (let cut = 0; cut <= tornLine.length; cut++) {
      writeFileSync(path, whole);
      let row = 10;
      // Three runs in a row, each torn at the same byte of its last line, each resumed after.
      for (let tear = 0; tear < 3; tear++) {
        appendFileSync(path, tornLine.subarray(0, cut));
        const resumed = await openRunJournal(path, input, run);
        expect(resumed.previous?.done.get(2)?.status).toBe('created');
        resumed.writer.done({ row: row++, status: 'created', id: row, issues: [], attempts: 1 });
        resumed.writer.close();
      }
      const state = readJournal(path);
      expect([...(state?.done.keys() ?? [])].sort((a, b) => a - b)).toEqual(
        cut >= tornLine.length - 1 ? [2, 3, 10, 11, 12] : [2, 10, 11, 12],
      );
    }
  });

  it('a power loss that leaves zero bytes after the last line', async () => {
    const path = join(dir, 'zeros.journal.jsonl');
    const first = await openRunJournal(path, input, { ...run, resume: false });
    first.writer.sending(2, 'create', 'C-1');
    first.writer.close();
    appendFileSync(path, Buffer.concat([Buffer.from('{"t":"done","row":2,"sta'), Buffer.alloc(4096)]));
    const resumed = await openRunJournal(path, input, run);
    expect([...(resumed.previous?.sending.keys() ?? [])]).toEqual([2]);
    resumed.writer.done({ row: 2, status: 'created', id: 5, issues: [], attempts: 1 });
    resumed.writer.close();
    expect(readJournal(path)?.done.get(2)?.id).toBe(5);
    expect(readFileSync(path).includes(0)).toBe(false);
  });

  it('a header torn before any row: nothing was recorded, so a new run starts', async () => {
    const path = join(dir, 'header.journal.jsonl');
    const first = await openRunJournal(path, input, { ...run, resume: false });
    first.writer.close();
    truncateSync(path, 20);
    expect(readJournal(path)).toBeUndefined();
  });
});
