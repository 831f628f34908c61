import { describe, expect, it } from '@jest/globals';
import { SharedStringTable } from '../../src/read/shared-strings.js';

describe('SharedStringTable: shared strings outside the heap', () => {
  it('gives back each string by index, null as null, past the end undefined', () => {
    const table = new SharedStringTable();
    const strings = ['Toko Jaya', '', null, 'Café Sejahtera', 'Kopi ☕ 😀', '東京', '  kept  '];
    for (const s of strings) table.push(s);
    expect(table.size).toBe(strings.length);
    strings.forEach((s, i) => expect(table.get(i)).toBe(s));
    expect(table.get(strings.length)).toBeUndefined();
    expect(table.get(-1)).toBeUndefined();
  });

  it('stays exact through growth of its buffer and index', () => {
    const table = new SharedStringTable();
    const n = 50_000;
    for (let i = 0; i < n; i++) table.push(i % 1000 === 0 ? 'é'.repeat(500) + i : `Pelanggan ${i}`);
    for (let i = 0; i < n; i += 997) {
      expect(table.get(i)).toBe(i % 1000 === 0 ? 'é'.repeat(500) + i : `Pelanggan ${i}`);
    }
    expect(table.get(n - 1)).toBe(`Pelanggan ${n - 1}`);
  });

  it('answers `[index]` like the array exceljs indexes', () => {
    const table = new SharedStringTable();
    table.push('a');
    table.push('b');
    const indexable = table.asIndexable();
    expect(indexable[1]).toBe('b');
    expect(indexable[0]).toBe('a');
    expect(indexable[2]).toBeUndefined();
  });
});
