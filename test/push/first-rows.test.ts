import { describe, expect, it } from '@jest/globals';
import { createRowHandler } from '../../src/push/index.js';
import { FirstRows } from '../../src/push/first-rows.js';
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
