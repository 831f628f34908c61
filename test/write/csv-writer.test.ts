import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openTableWriter, openWorkbookWriter, unguardCsvText } from '../../src/write/index.js';
import type { ColumnDef } from '../../src/write/index.js';
import { isRunError } from '../../src/errors.js';
import { makeTempDir, readCsv, removeDir } from './helpers.js';

const columns: ColumnDef[] = [
  { header: 'name', kind: 'text' },
  { header: 'phone', kind: 'code' },
  { header: 'price', kind: 'number' },
];

let dir: string;
beforeEach(async () => {
  dir = await makeTempDir();
});
afterEach(async () => {
  await removeDir(dir);
});

describe('CSV table writer', () => {
  it('writes UTF-8 with a BOM by default, header first, CRLF line ends', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, { format: 'csv', columns });
    await writer.writeRow(['Toko Maju', '0812', 12.5]);
    await writer.commit();
    const raw = await readFile(path);
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const { rows, text } = await readCsv(path);
    expect(rows).toEqual([
      ['name', 'phone', 'price'],
      ['Toko Maju', '0812', '12.5'],
    ]);
    expect(text).toBe('name,phone,price\r\nToko Maju,0812,12.5\r\n');
  });

  it('writes no BOM with bom: false', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, { format: 'csv', columns, bom: false });
    await writer.commit();
    expect(await readFile(path, 'utf8')).toBe('name,phone,price\r\n');
  });

  it('uses the delimiter option and quotes fields that contain it', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, { format: 'csv', columns, delimiter: ';' });
    await writer.writeRow(['a;b', 'c,d', -7.14]);
    await writer.commit();
    const { text, rows } = await readCsv(path, ';');
    expect(text.split('\r\n')[1]).toBe('"a;b";c,d;-7.14');
    expect(rows[1]).toEqual(['a;b', 'c,d', '-7.14']);
  });

  it('quotes blanks at either end (also a no-break space), quotes and line breaks, and nothing else', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, { format: 'csv', columns, bom: false });
    await writer.writeRow([' lead', 'trail\t', 1]);
    await writer.writeRow(['\u00a0nbsp', 'mid dle', 2]);
    await writer.writeRow(['say "hi"', 'two\nlines', 3]);
    await writer.writeRow(['cr\rx', 'Jl. Pemuda No. 1', 4]);
    await writer.commit();
    const lines = (await readFile(path, 'utf8')).split('\r\n');
    expect(lines.slice(1, 5)).toEqual([
      '" lead","trail\t",1',
      '"\u00a0nbsp",mid dle,2',
      '"say ""hi""","two\nlines",3',
      '"cr\rx",Jl. Pemuda No. 1,4',
    ]);
  });

  it('rejects a delimiter that cannot work', async () => {
    const err = await openTableWriter(join(dir, 'x.csv'), { format: 'csv', columns, delimiter: '"' }).catch(
      (e: unknown) => e,
    );
    expect(isRunError(err) && err.code).toBe('CONFIG_INVALID');
  });

  it('neutralises formula-like text but leaves numbers and number-like text alone', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, { format: 'csv', columns });
    const cases = [
      ['=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")', '=1+1'],
      ['-2+3', '-2+3', -7.14],
      ['@SUM(A1)', '+62812', '-7.14'],
      ['\tlead', '\rlead', '+1'],
    ];
    for (const row of cases) await writer.writeRow(row);
    await writer.commit();
    const { rows } = await readCsv(path);
    expect(rows.slice(1)).toEqual([
      [`'=HYPERLINK("http://x","y")`, `'=HYPERLINK("http://x","y")`, "'=1+1"],
      ["'-2+3", "'-2+3", '-7.14'],
      ["'@SUM(A1)", '+62812', '-7.14'],
      ["'\tlead", "'\rlead", '+1'],
    ]);
    // …and a reader gets the original text back.
    expect(rows.slice(1).map((r) => r.map(unguardCsvText))).toEqual(
      cases.map((r) => r.map((v) => (typeof v === 'number' ? String(v) : v))),
    );
  });

  it('guards formula-like headers too', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, {
      format: 'csv',
      columns: [{ header: '=x' }, { header: '-y' }],
    });
    await writer.commit();
    expect((await readCsv(path)).rows[0]).toEqual(["'=x", "'-y"]);
  });

  it('round-trips unicode: Arabic, Chinese, emoji, right-to-left marks, line breaks', async () => {
    const path = join(dir, 'out.csv');
    const values = [
      'متجر الأمل',
      '北京市朝阳区',
      '🛒 Toko 👍🏽',
      '\u202Bשלום\u202C',
      'two\nlines',
      'quote "q"',
    ];
    const writer = await openTableWriter(path, {
      format: 'csv',
      columns: values.map((_, i) => ({ header: `c${i}` })),
    });
    await writer.writeRow(values);
    await writer.commit();
    const { rows } = await readCsv(path);
    expect(rows[1]).toEqual(values);
  });

  it('writes empty cells for missing, null and undefined values', async () => {
    const path = join(dir, 'out.csv');
    const writer = await openTableWriter(path, { format: 'csv', columns, bom: false });
    await writer.writeRow(['only name']);
    await writer.writeRow([null, undefined, Number.NaN]);
    await writer.commit();
    expect(await readFile(path, 'utf8')).toBe('name,phone,price\r\nonly name,,\r\n,,\r\n');
    expect(writer.rowCount).toBe(2);
  });

  it('holds one sheet only', async () => {
    const workbook = await openWorkbookWriter(join(dir, 'x.csv'), { format: 'csv' });
    workbook.sheet('one', columns);
    expect(() => workbook.sheet('two', columns)).toThrow(/one sheet/);
    await workbook.abort();
  });

  it('refuses rows wider than the columns', async () => {
    const writer = await openTableWriter(join(dir, 'x.csv'), { format: 'csv', columns });
    await expect(writer.writeRow(['a', 'b', 'c', 'd'])).rejects.toThrow(/4 values for 3 columns/);
    await writer.abort();
  });
});
