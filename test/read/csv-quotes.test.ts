/**
 * CSV as government and ERP exports and hand-stitched files write it: quotes inside unquoted
 * fields, text after a quoted part, bare CRs among CRLF and LF line breaks. The rows must be the
 * file's records, one for one, with the values Python's csv module and Excel read; what truly
 * cannot be read is refused with its line and the right code.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { symlinkSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { openSource } from '../../src/read/index.js';
import { collect, errorCode, readAll, tempDir } from './helpers.js';

const tmp = tempDir('csv-quotes');
afterAll(() => tmp.cleanup());

describe('quotes that do not start a field', () => {
  it('a quote inside an unquoted field is data, on every line of a big file', async () => {
    const lines = ['no,nama,alamat'];
    const expected: string[][] = [];
    for (let i = 0; i < 21_623; i++) {
      const name = i % 30 === 0 ? `Bengkel "GAM MODEL" ${i}` : i % 31 === 0 ? `Pipa 5" ${i}` : `Toko ${i}`;
      const address = i % 17 === 0 ? `"Jl. Melati, No ${i}"` : `Jl. Mawar ${i}`;
      lines.push(`${i},${name},${address}`);
      expected.push([String(i), name, address.replace(/^"|"$/g, '')]);
    }
    const { rows } = await readAll(tmp.file('gam.csv', lines.join('\n') + '\n'));
    expect(rows).toHaveLength(21_623);
    expect(rows.map((r) => [r.cells.no, r.cells.nama, r.cells.alamat])).toEqual(expected);
    expect(rows.filter((r) => r.readIssues)).toEqual([]);
    expect(rows[rows.length - 1].rowNumber).toBe(21_624);
  });

  it('text after a quoted part is data; the row is flagged and no line is swallowed', async () => {
    const lines = ['no,nama,kota'];
    for (let i = 0; i < 5000; i++) {
      lines.push(
        i === 100 ? `${i},"GAM MODEL" di Jl. X,Solo` : `${i},Toko ${i},${i === 4000 ? '"Kudus"' : 'Pati'}`,
      );
    }
    const { rows } = await readAll(tmp.file('after.csv', lines.join('\r\n') + '\r\n'));
    expect(rows).toHaveLength(5000);
    expect(rows[100].cells).toEqual({ no: '100', nama: 'GAM MODEL di Jl. X', kota: 'Solo' });
    expect(rows[100].readIssues?.map((i) => i.code)).toEqual(['READ_CELL_ERROR']);
    expect(rows[101].cells.nama).toBe('Toko 101');
    expect(rows[4000].cells.kota).toBe('Kudus');
    expect(rows.map((r) => r.rowNumber)).toEqual(Array.from({ length: 5000 }, (_, i) => i + 2));
  });

  it('a quoted value that truly runs away is READ_CORRUPT naming its lines', async () => {
    const text = 'no,nama\n1,Ani\n2,"Budi\n3,Siti\n4,Andi\n';
    const { code, message } = await errorCode(readAll(tmp.file('away.csv', text)));
    expect(code).toBe('READ_CORRUPT');
    expect(message).toContain('line 3');
    expect(message).toContain('lines 3 to 5');
  });
});

describe('line breaks the file mixes', () => {
  it('bare CR, CRLF and LF each end a record outside quotes; inside quotes they are kept', async () => {
    const breaks = ['\r\n', '\n', '\r'];
    let text = 'no,nama\n';
    for (let i = 0; i < 30; i++) text += `${i},${i === 7 ? '"dua\rbaris"' : `Toko ${i}`}${breaks[i % 3]}`;
    const { rows } = await readAll(tmp.file('mixed.csv', text));
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => r.cells.no)).toEqual(Array.from({ length: 30 }, (_, i) => String(i)));
    expect(rows[7].cells.nama).toBe('dua\rbaris');
    expect(rows[29].cells.nama).toBe('Toko 29');
  });

  it('an LF header with CR-terminated rows', async () => {
    const { rows } = await readAll(tmp.file('lfcr.csv', 'no,nama\n1,Ani\r2,Budi\r3,Siti\r'));
    expect(rows.map((r) => [r.rowNumber, r.cells.no, r.cells.nama])).toEqual([
      [2, '1', 'Ani'],
      [3, '2', 'Budi'],
      [4, '3', 'Siti'],
    ]);
  });
});

describe('messages', () => {
  it('a well-quoted cell longer than the limit is READ_LIMIT, not a quote blamed', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024);
    const path = tmp.file('bigcell.csv', `no,catatan\n1,"${big}"\n2,ok\n`);
    const { code, message } = await errorCode(readAll(path, { limits: { maxCellChars: 1000 } }));
    expect(code).toBe('READ_LIMIT');
    expect(message).not.toMatch(/quote/);
  });

  it('a symlink loop gets a sentence, not ELOOP', async () => {
    const path = join(tmp.dir, 'loop.csv');
    symlinkSync(path, path);
    const { code, message } = await errorCode(openSource(path));
    expect(code).toBe('READ_NOT_FOUND');
    expect(message).toMatch(/symbolic link that leads back to itself/);
    expect(message).not.toMatch(/ELOOP/);
  });

  it('sizes over the limit by a little show enough digits to differ', async () => {
    const limit = 2 * 1024 ** 3;
    const path = tmp.file('huge.csv', '');
    truncateSync(path, limit + 2048); // sparse: no disk used
    const { code, message } = await errorCode(openSource(path, { limits: { maxFileBytes: limit } }));
    expect(code).toBe('READ_LIMIT');
    const [size, max] = [...message.matchAll(/([\d.,]+ (?:bytes|KiB|MiB|GiB))/g)].map((m) => m[1]);
    expect(size).not.toBe(max);
    expect(max).toBe('2 GiB');
  });
});

it('the row stream of a file with a lone opening quote on its last line: one flagged row', async () => {
  const source = await openSource(tmp.file('last.csv', 'no,nama\n1,Ani\n2,"Budi\n'));
  const rows = await collect(source);
  expect(rows.map((r) => r.readIssues?.[0]?.code)).toEqual([undefined, 'READ_CELL_ERROR']);
});
