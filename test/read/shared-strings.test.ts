import { describe, expect, it } from '@jest/globals';
import { SharedStringsParser, SharedStringTable } from '../../src/read/shared-strings.js';

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

  it('keeps lengths of 255 bytes and more, nulls and empty strings exact across index blocks, reserved or grown', () => {
    const strings: Array<string | null> = [];
    for (let i = 0; i < 3000; i++) {
      const kind = i % 7;
      strings.push(
        kind === 0
          ? null
          : kind === 1
            ? ''
            : kind === 2
              ? 'é'.repeat(127 + (i % 5))
              : `${'x'.repeat(i % 300)}${i}`,
      );
    }
    for (const reserved of [undefined, 100, 5000]) {
      const table = new SharedStringTable();
      if (reserved !== undefined) table.reserve(reserved);
      for (const s of strings) table.push(s);
      table.finish();
      expect(table.size).toBe(strings.length);
      for (let i = strings.length - 1; i >= 0; i--) expect(table.get(i)).toBe(strings[i]);
      table.close();
    }
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

  it('spills past its memory bound to a temporary file and reads back exactly, in any order', () => {
    const table = new SharedStringTable(1000);
    const n = 30_000;
    const value = (i: number) =>
      i === 7
        ? null
        : i % 5000 === 0
          ? `${'é'.repeat(400_000)}${i}` // longer than a page and than the write buffer
          : `Pelanggan ${i} — 日本`;
    for (let i = 0; i < n; i++) table.push(value(i));
    try {
      const order = [n - 1, 0, 7, 12_345, 5000, 3, 29_999, 10_000, 1, 20_001];
      for (let i = 0; i < n; i += 7) order.push(i);
      for (const i of order) expect(table.get(i)).toBe(value(i));
      expect(table.get(n)).toBeUndefined();
    } finally {
      table.close();
    }
  });

  it('parses <si> items: rich runs joined, phonetic runs left out, escapes decoded, in any cut', () => {
    const xml =
      '<?xml version="1.0"?><x:sst xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:si><x:t>Toko</x:t></x:si>' +
      '<x:si>\n  <x:r><x:t>Kopi </x:t></x:r>\n  <x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">Jaya </x:t></x:r>\n</x:si>' +
      '<x:si><x:t>東京</x:t><x:rPh sb="0" eb="2"><x:t>トウキョウ</x:t></x:rPh></x:si>' +
      '<x:si><x:t>_x005F_x000D_ and _x0041_ &amp; <![CDATA[<raw>]]></x:t></x:si>' +
      '<x:si/></x:sst>';
    for (const size of [1, 3, 7, xml.length]) {
      const parser = new SharedStringsParser();
      for (let i = 0; i < xml.length; i += size) parser.write(xml.slice(i, i + size));
      const table = parser.end();
      expect([0, 1, 2, 3, 4].map((i) => table.get(i))).toEqual([
        'Toko',
        'Kopi Jaya ',
        '東京',
        '_x000D_ and A & <raw>',
        '',
      ]);
    }
  });

  it('throws on malformed XML', () => {
    const parser = new SharedStringsParser();
    expect(() => {
      parser.write('<sst><si><t>a</si></sst>');
      parser.end();
    }).toThrow();
  });

  it.each([
    ['true', '3'],
    ['too small', '1'],
    ['absurd', '4000000000'],
    ['not a number', 'many'],
  ])('reads every string whatever uniqueCount says (%s)', (_, declared) => {
    const xml = `<sst uniqueCount="${declared}"><si><t>a</t></si><si><t>b</t></si><si><t>c</t></si></sst>`;
    const parser = new SharedStringsParser(undefined, xml.length);
    parser.write(xml);
    const table = parser.end();
    expect([table.size, table.get(0), table.get(1), table.get(2), table.get(3)]).toEqual([
      3,
      'a',
      'b',
      'c',
      undefined,
    ]);
  });
});
