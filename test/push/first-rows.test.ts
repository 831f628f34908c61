import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRowHandler } from '../../src/push/index.js';
import { FirstRows } from '../../src/push/first-rows.js';
import { KeyLog, MAX_LOGGED_KEY } from '../../src/push/key-log.js';
import type { MappedRow, RowKey } from '../../src/types.js';

describe('FirstRows: the first row of each key, compactly', () => {
  it('answers undefined for a new key and the first row for a repeated one', () => {
    const index = new FirstRows();
    expect(index.firstRow('ext:C-1', 2)).toBeUndefined();
    expect(index.firstRow('ext:C-2', 3)).toBeUndefined();
    expect(index.firstRow('ext:C-1', 4)).toBe(2);
    expect(index.firstRow('ext:C-1', 5)).toBe(2); // still the first, not the last seen
    expect(index.size).toBe(2);
  });

  it.each<[string, string[]]>([
    ['prefixes of each other', ['a', 'ab', 'abc', '']],
    ['the same letters in another case', ['C-0001', 'c-0001']],
    ['non-ASCII and emoji', ['Toko Ñandú', 'Toko Nandu', 'Kopi ☕', 'Kopi 😀', '東京']],
    ['long keys (past the scratch buffer)', ['x'.repeat(300), 'x'.repeat(301), `${'é'.repeat(200)}1`]],
  ])('keeps keys apart: %s', (_what, keys) => {
    const index = new FirstRows();
    keys.forEach((key, i) => expect(index.firstRow(key, i + 10)).toBeUndefined());
    keys.forEach((key, i) => expect(index.firstRow(key, 99)).toBe(i + 10));
  });

  it('stays exact through many keys (table and buffer growth)', () => {
    const index = new FirstRows();
    const n = 120_000;
    for (let i = 0; i < n; i++) expect(index.firstRow(`ext:C-${i}`, i + 2)).toBeUndefined();
    expect(index.size).toBe(n);
    for (const i of [0, 1, 999, 65_535, 65_536, n - 1]) expect(index.firstRow(`ext:C-${i}`, 0)).toBe(i + 2);
    expect(index.firstRow(`ext:C-${n}`, 7)).toBeUndefined();
  });

  it('keeps keys apart across its 1 MiB chunks, long keys and outsized ones included', () => {
    const index = new FirstRows();
    // Keys of every prefix length (1, 2 and 3 bytes) and one past what a chunk takes (a map of its own).
    const keys = [
      ...Array.from({ length: 3000 }, (_, i) => `${'k'.repeat(i % 700)}-${i}`),
      'y'.repeat(20_000),
      'y'.repeat(300_000),
      'y'.repeat(300_001),
    ];
    keys.forEach((key, i) => expect(index.firstRow(key, i)).toBeUndefined());
    expect(index.size).toBe(keys.length);
    const wrong = keys.filter((key, i) => index.firstRow(key, 1e6) !== i);
    expect(wrong).toEqual([]);
  });
});

describe('createRowHandler: DUPLICATE_IN_FILE', () => {
  const row = (rowNumber: number, key: RowKey): MappedRow<unknown> => ({
    source: { rowNumber, cells: {} },
    ok: true,
    payload: {},
    key,
  });

  it('flags a repeated key with the row it was first on; ids and codes are different keys', async () => {
    const handle = createRowHandler({ keyColumn: 'Kode Pelanggan' });
    const ext = (value: string): RowKey => ({ kind: 'ext', field: 'ext_cust_no', value });
    const outcomes = await Promise.all([
      handle(row(2, ext('C-1'))),
      handle(row(3, { kind: 'id', value: 1 })),
      handle(row(4, ext('1'))),
      handle(row(5, ext('C-1'))),
      handle(row(6, { kind: 'id', value: 1 })),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['valid', 'valid', 'valid', 'invalid', 'invalid']);
    expect(outcomes[3].issues).toEqual([
      {
        code: 'DUPLICATE_IN_FILE',
        column: 'Kode Pelanggan',
        message: 'the same key C-1 is on row 2; not sent',
        localized: { key: 'row.key.duplicate', params: { key: 'C-1', row: 2 } },
      },
    ]);
    expect(outcomes[4].issues[0]).toMatchObject({ code: 'DUPLICATE_IN_FILE', column: undefined });
    expect(outcomes[4].issues[0].message).toBe('the same id 1 is on row 3; not sent');
  });
});

describe('FirstRows: fingerprints in memory, keys in a log confirmed on a match', () => {
  const scratchDirs: string[] = [];
  const scratchDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'first-rows-test-'));
    scratchDirs.push(dir);
    return dir;
  };
  afterAll(() => scratchDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  /** Same-length keys differing in one byte, prefixes, non-ASCII: what a weak fingerprint confuses. */
  const keys = [
    // ~300 KB of records: more than the chunk of 256 KiB, so the first ones are read from the file.
    ...Array.from({ length: 1500 }, (_, i) => `ext:${'T'.repeat(180)}-${String(i).padStart(7, '0')}`),
    ...['a', 'ab', 'abc', '', 'Toko Ñandú', 'Toko Nandu', 'Kopi 😀', 'x'.repeat(200)],
  ];

  it.each([3, 10])(
    'with a %i-bit fingerprint (every key collides with many) every answer is exact, from memory and from the file',
    (bits) => {
      // No chunk held in memory: records past the first chunk are read back from the temporary file.
      const index = new FirstRows({ fingerprintBits: bits, memoryChunks: 0, dir: scratchDir() });
      keys.forEach((key, i) => expect(index.firstRow(key, i + 2)).toBeUndefined());
      expect(index.size).toBe(keys.length);
      const wrong = keys.filter((key, i) => index.firstRow(key, 1e6) !== i + 2);
      expect(wrong).toEqual([]);
      // Keys never seen (one byte off, a prefix, another case) are new, whatever their fingerprint.
      const twin = keys[1];
      for (const fresh of [
        twin.slice(0, -1),
        `${twin}0`,
        twin.replace('-', '+'),
        twin.toLowerCase(),
        'abcd',
      ]) {
        expect(index.firstRow(fresh, 77)).toBeUndefined();
        expect(index.firstRow(fresh, 78)).toBe(77);
      }
      index.close();
    },
  );

  it('spills to a temporary file that is gone from its folder at once, and stays exact past many chunks', () => {
    const dir = scratchDir();
    const index = new FirstRows({ memoryChunks: 1, dir });
    const n = 60_000; // ~1.3 MB of records: five chunks of 256 KiB, four of them written out
    const key = (i: number) => `ext:Toko-${i}-${'k'.repeat(i % 13)}`;
    for (let i = 0; i < n; i++) if (index.firstRow(key(i), i + 2) !== undefined) throw new Error(`key ${i}`);
    // Open, yet unlinked: nothing is left behind even after a crash (/proc shows the open file).
    expect(readdirSync(dir)).toEqual([]);
    expect(openFilesUnder(dir)).toEqual([expect.stringMatching(/keys \(deleted\)$/)]);
    const wrong: number[] = [];
    for (let i = 0; i < n; i += 7) if (index.firstRow(key(i), 0) !== i + 2) wrong.push(i);
    expect(wrong).toEqual([]);
    // One key on many rows: always its first row, not the last one seen.
    for (let row = 0; row < 3000; row++) expect(index.firstRow(key(5), 1e6 + row)).toBe(7);
    index.close();
    expect(openFilesUnder(dir)).toEqual([]);
  });

  it('keeps its records in memory when the temporary folder cannot be written, with the same answers', () => {
    const missing = join(scratchDir(), 'no-such-folder');
    const index = new FirstRows({ fingerprintBits: 12, memoryChunks: 0, dir: missing });
    const n = 3_000; // ~330 KB of records: past the first chunk, which cannot go to the file
    const key = (i: number) => `id:${i}-${'p'.repeat(100)}`;
    for (let i = 0; i < n; i++) expect(index.firstRow(key(i), i)).toBeUndefined();
    const wrong: number[] = [];
    for (let i = 0; i < n; i++) if (index.firstRow(key(i), -1 >>> 0) !== i) wrong.push(i);
    expect(wrong).toEqual([]);
    index.close();
  });

  it('tells long keys apart beyond what a record holds (kept aside), with colliding fingerprints', () => {
    const index = new FirstRows({ fingerprintBits: 1, memoryChunks: 0, dir: scratchDir() });
    const long = ['y'.repeat(70_000), 'y'.repeat(70_001), `${'y'.repeat(69_999)}z`, 'y'.repeat(65_536)];
    const all = [...long, 'y', 'yy'];
    all.forEach((key, i) => expect(index.firstRow(key, i + 10)).toBeUndefined());
    all.forEach((key, i) => expect(index.firstRow(key, 0)).toBe(i + 10));
    index.close();
  });
});

/** The files this process holds open under `dir` (Linux: /proc/self/fd), "(deleted)" once unlinked. */
function openFilesUnder(dir: string): string[] {
  return readdirSync('/proc/self/fd')
    .map((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.startsWith(dir));
}

describe('KeyLog: records read back by place', () => {
  it("answers a record's row only for its own key, in memory and from the file", () => {
    const dir = mkdtempSync(join(tmpdir(), 'key-log-test-'));
    try {
      const log = new KeyLog(0, dir);
      const places: number[] = [];
      const bytes = (i: number) => Buffer.from(`key-${i}`, 'utf8');
      for (let i = 0; i < 40_000; i++) places.push(log.append(i * 3, bytes(i), bytes(i).length));
      expect(log.onDisk(places[0])).toBe(true); // the first chunk went to the file
      expect(log.onDisk(places[places.length - 1])).toBe(false); // the last one is still being filled
      for (const i of [0, 1, 9_999, 20_000, 39_999]) {
        expect(log.rowIfKey(places[i], bytes(i), bytes(i).length)).toBe(i * 3);
        // Another key, a prefix of it, a longer one: not this record.
        expect(log.rowIfKey(places[i], bytes(i + 1), bytes(i + 1).length)).toBe(-1);
        expect(log.rowIfKey(places[i], bytes(i), bytes(i).length - 1)).toBe(-1);
        const longer = Buffer.from(`key-${i}0`);
        expect(log.rowIfKey(places[i], longer, longer.length)).toBe(-1);
      }
      expect(log.append(1, Buffer.alloc(MAX_LOGGED_KEY + 1), MAX_LOGGED_KEY + 1)).toBe(-1);
      log.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
