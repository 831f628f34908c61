import { afterAll, describe, expect, it } from '@jest/globals';
import { openSource } from '../../src/read/index.js';
import { collect, errorCode, readAll, tempDir } from './helpers.js';

const tmp = tempDir('csv');
afterAll(() => tmp.cleanup());

const utf16le = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) =>
  Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);

describe('delimiters', () => {
  // Each file has a quoted value holding the other candidates, so only a quote-aware sniff gets it right.
  it.each([
    [',', 'comma'],
    [';', 'semicolon'],
    ['\t', 'tab'],
    ['|', 'pipe'],
  ])('sniffs %j (%s)', async (d) => {
    const content = [
      `Nama${d}Alamat${d}Kota`,
      `Budi${d}"Jl. A, No 1; RT 2|3\tx"${d}Jakarta`,
      `Siti${d}Jl. B${d}Bandung`,
    ].join('\n');
    const { source, rows } = await readAll(tmp.file(`sniff-${d.charCodeAt(0)}.csv`, content));
    expect(source.delimiter).toBe(d);
    expect(source.headers).toEqual(['Nama', 'Alamat', 'Kota']);
    expect(rows[0].cells).toEqual({ Nama: 'Budi', Alamat: 'Jl. A, No 1; RT 2|3\tx', Kota: 'Jakarta' });
    expect(rows[1].cells.Kota).toBe('Bandung');
  });

  it('prefers the delimiter that splits the rows like the header', async () => {
    // Decimal commas everywhere, semicolons between columns.
    const { source, rows } = await readAll(
      tmp.file('decimal.csv', 'Nama;Harga (Rp, net);Kota\nBudi;10,50;Jakarta\nSiti;3,25;Bogor\n'),
    );
    expect(source.delimiter).toBe(';');
    expect(rows[0].cells['Harga (Rp, net)']).toBe('10,50');
  });

  it('uses a forced delimiter, by character or name', async () => {
    const path = tmp.file('forced.csv', 'a;b,c\n1;2,3\n');
    const semicolon = await readAll(path, { delimiter: ';' });
    expect(semicolon.source.headers).toEqual(['a', 'b,c']);
    expect(semicolon.rows[0].cells).toEqual({ a: '1', 'b,c': '2,3' });
    const comma = await readAll(path, { delimiter: 'comma' });
    expect(comma.source.headers).toEqual(['a;b', 'c']);
    const tab = await openSource(tmp.file('forced-tab.txt', 'a,b\tc\n'), { delimiter: '\\t' });
    expect(tab.headers).toEqual(['a,b', 'c']);
    await tab.close();
  });

  it("follows Excel's sep= hint line and skips it", async () => {
    const { source, rows } = await readAll(tmp.file('sep.csv', 'sep=;\r\nNama;Harga\r\nBudi;1,5\r\n'));
    expect(source.delimiter).toBe(';');
    expect(source.headerRow).toBe(2);
    expect(rows).toEqual([{ rowNumber: 3, cells: { Nama: 'Budi', Harga: '1,5' } }]);
  });

  it('refuses an unknown delimiter', async () => {
    const { code, message } = await errorCode(openSource(tmp.file('x.csv', 'a,b\n'), { delimiter: '#' }));
    expect(code).toBe('CONFIG_INVALID');
    expect(message).toContain('#');
  });
});

describe('encodings', () => {
  it('reads UTF-8 with a BOM without keeping the BOM', async () => {
    const { source, rows } = await readAll(tmp.file('bom.csv', '\uFEFFNama,Kota\nCafé,Malang\n'));
    expect(source.headers).toEqual(['Nama', 'Kota']);
    expect(source.encoding).toBe('utf8');
    expect(rows[0].cells.Nama).toBe('Café');
    expect(source.warnings).toEqual([]);
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text", tab-separated)', async () => {
    const { source, rows } = await readAll(
      tmp.file('unicode.txt', utf16le('Nama\tKota\r\nCafé 日本\tSurabaya\r\n')),
    );
    expect(source.encoding).toBe('utf16le');
    expect(source.delimiter).toBe('\t');
    expect(rows).toEqual([{ rowNumber: 2, cells: { Nama: 'Café 日本', Kota: 'Surabaya' } }]);
  });

  it('reads UTF-16 BE with a BOM', async () => {
    const { source, rows } = await readAll(tmp.file('be.csv', utf16be('Nama,Kota\nCafé,Solo\n')));
    expect(source.encoding).toBe('utf16be');
    expect(rows[0].cells).toEqual({ Nama: 'Café', Kota: 'Solo' });
  });

  it('recognises UTF-16 LE without a BOM by its NUL bytes, with a warning', async () => {
    const { source, rows } = await readAll(
      tmp.file('nobom.csv', Buffer.from('Nama,Kota\nBudi,Depok\n', 'utf16le')),
    );
    expect(source.encoding).toBe('utf16le');
    expect(rows[0].cells).toEqual({ Nama: 'Budi', Kota: 'Depok' });
    expect(source.warnings.join()).toMatch(/UTF-16 LE/);
  });

  it('falls back to Windows-1252 on invalid UTF-8, with a warning', async () => {
    const bytes = Buffer.from('Nama,Harga\nCaf\xe9 Sejahtera,\x80 5\n', 'latin1');
    const { source, rows } = await readAll(tmp.file('cp1252.csv', bytes));
    expect(source.encoding).toBe('windows-1252');
    expect(rows[0].cells).toEqual({ Nama: 'Café Sejahtera', Harga: '€ 5' });
    expect(source.warnings).toHaveLength(1);
    expect(source.warnings[0]).toMatch(/^invalid UTF-8, read as Windows-1252 .*line 2/);
  });

  it('falls back to Windows-1252 when the first invalid byte comes late in the file', async () => {
    const lines = ['Kode,Nama'];
    for (let i = 0; i < 20_000; i++) lines.push(`K${i},Toko ${i}`);
    const bytes = Buffer.concat([
      Buffer.from(lines.join('\n') + '\n'),
      Buffer.from('K-last,Caf\xe9\n', 'latin1'),
    ]);
    const { source, rows } = await readAll(tmp.file('late.csv', bytes));
    expect(rows).toHaveLength(20_001);
    expect(rows[20_000]).toEqual({ rowNumber: 20_002, cells: { Kode: 'K-last', Nama: 'Café' } });
    expect(source.encoding).toBe('windows-1252');
    expect(source.warnings[0]).toMatch(/Windows-1252.*line 20002/);
  });

  it('flags rows with invalid bytes after valid UTF-8 text (mixed encodings)', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Nama,Kota\nCafé,Bogor\n'),
      Buffer.from('Caf\xe9,Bekasi\n', 'latin1'),
    ]);
    const { source, rows } = await readAll(tmp.file('mixed.csv', bytes));
    expect(source.encoding).toBe('utf8');
    expect(rows[0].readIssues).toBeUndefined();
    expect(rows[1].cells.Nama).toBe('Caf\uFFFD');
    expect(rows[1].readIssues).toEqual([
      expect.objectContaining({ code: 'READ_CELL_ERROR', column: 'Nama' }),
    ]);
    expect(source.warnings.join()).toMatch(/invalid UTF-8 from line 3/);
  });

  it('never splits a multi-byte character across chunks', async () => {
    const lines = ['Nama,Kota'];
    for (let i = 0; i < 5_000; i++) lines.push(`Café ${i} 日本語 ✓,Kota ü ${'é'.repeat(i % 7)}`);
    const { source, rows } = await readAll(tmp.file('multibyte.csv', lines.join('\n')));
    expect(source.encoding).toBe('utf8');
    expect(source.warnings).toEqual([]);
    expect(rows).toHaveLength(5_000);
    expect(rows.filter((r) => Object.values(r.cells).some((v) => v.includes('\uFFFD')))).toEqual([]);
    expect(rows[4_999].cells).toEqual({
      Nama: 'Café 4999 日本語 ✓',
      Kota: `Kota ü ${'é'.repeat(4_999 % 7)}`,
    });
  });

  it('uses a forced encoding', async () => {
    const { source, rows } = await readAll(
      tmp.file('forced-enc.csv', Buffer.from('Nama\nCaf\xe9\n', 'latin1')),
      {
        encoding: 'windows-1252',
      },
    );
    expect(source.encoding).toBe('windows-1252');
    expect(rows[0].cells.Nama).toBe('Café');
    expect(source.warnings).toEqual([]);
  });
});

describe('records and row numbers', () => {
  it('keeps delimiters and newlines inside quotes, and counts their lines for later rows', async () => {
    const content = [
      'Nama,Alamat,Catatan',
      'Budi,"Jl. Merdeka 1,',
      'RT 02",biasa',
      'Siti,"baris satu',
      'baris dua',
      'baris tiga","kata ""dia"""',
      'Andi,Jl. C,akhir',
    ].join('\r\n');
    const { rows } = await readAll(tmp.file('quoted.csv', content));
    expect(rows.map((r) => r.rowNumber)).toEqual([2, 4, 7]);
    expect(rows[0].cells.Alamat).toBe('Jl. Merdeka 1,\r\nRT 02');
    expect(rows[1].cells).toEqual({
      Nama: 'Siti',
      Alamat: 'baris satu\r\nbaris dua\r\nbaris tiga',
      Catatan: 'kata "dia"',
    });
    expect(rows[2].cells.Nama).toBe('Andi');
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('reads %s line endings alike', async (_, eol) => {
    const content = ['Nama,Kota', 'Budi,"Jakarta', 'Pusat"', '', 'Siti,Bogor', ''].join(eol);
    const { rows } = await readAll(tmp.file(`eol-${eol.length}${eol[0] === '\r' ? 'r' : 'n'}.csv`, content));
    expect(rows).toEqual([
      { rowNumber: 2, cells: { Nama: 'Budi', Kota: `Jakarta${eol}Pusat` } },
      { rowNumber: 5, cells: { Nama: 'Siti', Kota: 'Bogor' } },
    ]);
  });

  it('skips blank and whitespace-only lines, keeping the line numbers', async () => {
    const content = '\n   \nNama,Kota\n\nBudi,Jakarta\n \t \n,,\nSiti,Bogor\n\n';
    const { source, rows } = await readAll(tmp.file('blank.csv', content));
    expect(source.headerRow).toBe(3);
    expect(rows.map((r) => [r.rowNumber, r.cells.Nama])).toEqual([
      [5, 'Budi'],
      [8, 'Siti'],
    ]);
  });

  it('keeps cells exactly as written', async () => {
    const { rows } = await readAll(tmp.file('raw.csv', 'Nama,Kode,Harga\n"  Budi  ", 007 ,1.000\n'));
    expect(rows[0].cells).toEqual({ Nama: '  Budi  ', Kode: ' 007 ', Harga: '1.000' });
  });

  it('fills short rows and ignores empty cells beyond the header', async () => {
    const { source, rows } = await readAll(tmp.file('short.csv', 'a,b,c,,\n1\n1,2,3,,,\n'));
    expect(source.headers).toEqual(['a', 'b', 'c']);
    expect(rows).toEqual([
      { rowNumber: 2, cells: { a: '1', b: '', c: '' } },
      { rowNumber: 3, cells: { a: '1', b: '2', c: '3' } },
    ]);
  });

  it('reports non-empty cells beyond the header as a row issue', async () => {
    const { rows } = await readAll(tmp.file('extra.csv', 'Nama,Harga\nBudi,10,50\nSiti,7\n'));
    expect(rows[0].cells).toEqual({ Nama: 'Budi', Harga: '10' });
    expect(rows[0].readIssues).toEqual([
      {
        code: 'READ_CELL_ERROR',
        message: expect.stringMatching(/3 cells but the header has 2 columns.*'50'/),
        localized: { key: 'row.read.extraCells.comma', params: { cells: 3, columns: 2, extra: "'50'" } },
      },
    ]);
    expect(rows[1].readIssues).toBeUndefined();
  });

  it('returns the headers and no rows for a header-only file', async () => {
    const { source, rows } = await readAll(tmp.file('header-only.csv', 'Nama,Kota\r\n'));
    expect(source.headers).toEqual(['Nama', 'Kota']);
    expect(rows).toEqual([]);
  });

  it('renames duplicate headers and names empty ones, with warnings', async () => {
    const { source, rows } = await readAll(tmp.file('dupes.csv', 'Nama,,Nama,Nama (2)\n1,2,3,4\n'));
    expect(source.rawHeaders).toEqual(['Nama', '', 'Nama', 'Nama (2)']);
    expect(source.headers).toEqual(['Nama', 'Column 2', 'Nama (3)', 'Nama (2)']);
    expect(rows[0].cells).toEqual({ Nama: '1', 'Column 2': '2', 'Nama (3)': '3', 'Nama (2)': '4' });
    expect(source.warnings).toContain("duplicate header 'Nama' renamed 'Nama (3)'");
    expect(source.warnings.join()).toContain("'Column 2'");
  });

  it('reads tab-separated text saved with an .xls name, with a warning', async () => {
    const { source, rows } = await readAll(tmp.file('export.xls', 'Nama\tKota\nBudi\tMedan\n'));
    expect(source.format).toBe('csv');
    expect(rows[0].cells).toEqual({ Nama: 'Budi', Kota: 'Medan' });
    expect(source.warnings.join()).toMatch(/not an Excel workbook but delimited text/);
  });
});

describe('broken quotes', () => {
  it('flags a row with a malformed quote and reads on', async () => {
    // Papaparse recovers at the next properly closing quote.
    const { rows } = await readAll(tmp.file('badquote.csv', 'Nama,Kota\n"Budi" Jr,"Jakarta"\nSiti,Bogor\n'));
    expect(rows.at(-1)).toEqual({ rowNumber: 3, cells: { Nama: 'Siti', Kota: 'Bogor' } });
    expect(rows[0].readIssues).toEqual([
      {
        code: 'READ_CELL_ERROR',
        message: expect.stringContaining('malformed quotes'),
        localized: { key: 'row.read.badQuotes', params: {} },
      },
    ]);
  });

  it('flags an unclosed quote on the last line as a row issue', async () => {
    const { rows } = await readAll(tmp.file('lastquote.csv', 'Nama,Kota\nBudi,Jakarta\nSiti,"Bogor\n'));
    expect(rows).toHaveLength(2);
    expect(rows[1].rowNumber).toBe(3);
    expect(rows[1].readIssues?.[0].code).toBe('READ_CELL_ERROR');
  });

  it('stops with READ_CORRUPT when an unclosed quote swallows the rest of the file', async () => {
    // The broken row is the first: openSource itself fails, before anything could be sent.
    const { code, message } = await errorCode(
      openSource(tmp.file('swallow.csv', 'Nama,Kota\nBudi,"Jakarta\nSiti,Bogor\nAndi,Depok\n')),
    );
    expect(code).toBe('READ_CORRUPT');
    expect(message).toMatch(/line 2: a quoted value starts here and is never properly closed/);
  });

  it('a closing quote followed by more text ends no row: read as Python and Excel read it, flagged', async () => {
    // Papaparse kept looking for a closing quote and swallowed the following lines into one cell.
    const { rows } = await readAll(
      tmp.file('swallow2.csv', 'Nama,Kota\nAni,Solo\n"Budi" Jr,Jakarta\nSiti,"Bogor"\nAndi,Depok\n'),
    );
    expect(rows.map((r) => [r.rowNumber, r.cells.Nama, r.cells.Kota])).toEqual([
      [2, 'Ani', 'Solo'],
      [3, 'Budi Jr', 'Jakarta'],
      [4, 'Siti', 'Bogor'],
      [5, 'Andi', 'Depok'],
    ]);
    expect(rows.map((r) => r.readIssues?.[0]?.code)).toEqual([
      undefined,
      'READ_CELL_ERROR',
      undefined,
      undefined,
    ]);
  });

  it('stops early, not at the end of the file, when an unclosed quote runs on', async () => {
    const lines = ['Nama,Kota', 'Budi,"Jakarta'];
    for (let i = 0; i < 100_000; i++) lines.push(`Toko ${i},Kota ${i}`);
    const { code, message } = await errorCode(
      openSource(tmp.file('runaway.csv', lines.join('\n')), { limits: { maxCellChars: 1000 } }),
    );
    expect(code).toBe('READ_CORRUPT');
    expect(message).toMatch(/line 2: a quoted value starts here and is never closed/);
  });
});

describe('the SourceFile', () => {
  it('streams rows only once', async () => {
    const source = await openSource(tmp.file('once.csv', 'a\n1\n'));
    await collect(source);
    expect(() => source.rows()).toThrow(/only once/);
  });

  it('can be closed without reading the rows', async () => {
    const source = await openSource(tmp.file('close.csv', 'a\n1\n'));
    await source.close();
    await source.close();
    expect(source.headers).toEqual(['a']);
  });
});
