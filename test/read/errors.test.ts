import { afterAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { chmodSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { openSource } from '../../src/read/index.js';
import { OLE2_MAGIC, buildZip, collect, errorCode, handMadeXlsx, ole2, str, tempDir } from './helpers.js';

const tmp = tempDir('errors');
afterAll(() => tmp.cleanup());

async function smallWorkbook(name: string, rows = 3): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.addRow(['Nama', 'Kota']);
  for (let i = 0; i < rows; i++) ws.addRow([`Toko ${i}`, `Kota ${i}`]);
  const path = join(tmp.dir, name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe('the file itself', () => {
  it('READ_NOT_FOUND for a missing file', async () => {
    const { code, message } = await errorCode(openSource(join(tmp.dir, 'nope.csv')));
    expect(code).toBe('READ_NOT_FOUND');
    expect(message).toContain('nope.csv');
  });

  it('READ_UNSUPPORTED_FORMAT for a folder', async () => {
    const folder = join(tmp.dir, 'Data.numbers');
    mkdirSync(folder);
    const { code, message } = await errorCode(openSource(folder));
    expect(code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(message).toMatch(/folder.*Apple Numbers/);
  });

  it('READ_PERMISSION for an unreadable file', async () => {
    const path = tmp.file('locked.csv', 'a\n1\n');
    chmodSync(path, 0o000);
    if (process.getuid?.() !== 0) {
      expect((await errorCode(openSource(path))).code).toBe('READ_PERMISSION');
      return;
    }
    // Root reads any file, so the built CLI runs as the unprivileged user `nobody` instead.
    chmodSync(tmp.dir, 0o755);
    const cli = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));
    const run = spawnSync(process.execPath, [cli, 'validate', 'customers', path], {
      uid: 65534,
      gid: 65534,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('[READ_PERMISSION]');
  });

  it('READ_LIMIT for a file over the size limit', async () => {
    const { code, message } = await errorCode(
      openSource(tmp.file('big.csv', 'a,b\n1,2\n'), { limits: { maxFileBytes: 4 } }),
    );
    expect(code).toBe('READ_LIMIT');
    expect(message).toMatch(/8 bytes.*limit of 4 bytes/);
  });

  it('CONFIG_INVALID for a bad limit', async () => {
    const { code, message } = await errorCode(
      openSource(tmp.file('l.csv', 'a\n'), { limits: { maxRows: -1 } }),
    );
    expect(code).toBe('CONFIG_INVALID');
    expect(message).toContain('limits.maxRows');
  });
});

describe('READ_EMPTY', () => {
  it.each([
    ['an empty file', ''],
    ['only blank lines', '\r\n\r\n\n'],
    ['only whitespace and empty cells', '  \n\t\n,,,\n'],
  ])('for %s', async (_, content) => {
    expect((await errorCode(openSource(tmp.file('empty.csv', content)))).code).toBe('READ_EMPTY');
  });

  it('for a sheet without a header row', async () => {
    const file = tmp.file(
      'empty-sheet.xlsx',
      handMadeXlsx([{ name: 'S', rows: `<row r="3">${str('A3', ' ')}</row>` }]),
    );
    const { code, message } = await errorCode(openSource(file));
    expect(code).toBe('READ_EMPTY');
    expect(message).toContain("sheet 'S'");
  });
});

describe('READ_UNSUPPORTED_FORMAT', () => {
  it('for a binary file named .csv', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const { code, message } = await errorCode(openSource(tmp.file('binary.csv', bytes)));
    expect(code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(message).toMatch(/binary/);
  });

  it('for a file of control characters without NUL bytes', async () => {
    const bytes = Buffer.from(Array.from({ length: 2048 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect((await errorCode(openSource(tmp.file('controls.csv', bytes)))).code).toBe(
      'READ_UNSUPPORTED_FORMAT',
    );
  });

  it.each([['old.xls'], ['renamed.xlsx']])('for an OLE2 file named %s', async (name) => {
    const bytes = Buffer.concat([OLE2_MAGIC, Buffer.alloc(600, 0x5a)]);
    const { code, message } = await errorCode(openSource(tmp.file(name, bytes)));
    expect(code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(message).toMatch(/OLE2.*\.xls.*password-protected/);
  });

  it('names an Excel 97-2003 workbook', async () => {
    const { message } = await errorCode(
      openSource(tmp.file('book.xls', ole2(['Workbook', 'SummaryInformation']))),
    );
    expect(message).toMatch(/Excel 97-2003 workbook \(\.xls\).*save it as \.xlsx/);
  });

  it('names a password-protected XLSX (an OLE2 container)', async () => {
    const bytes = ole2(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']);
    const { code, message } = await errorCode(openSource(tmp.file('secret.xlsx', bytes)));
    expect(code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(message).toMatch(/password-protected \(encrypted\)/);
  });

  it('for a PDF', async () => {
    const { code, message } = await errorCode(openSource(tmp.file('report.csv', '%PDF-1.7\n1 0 obj\n')));
    expect(code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(message).toContain('PDF');
  });

  it('for a ZIP that is not a workbook', async () => {
    const zip = buildZip([{ name: 'hello.txt', data: 'hello', deflate: true }]);
    const { code, message } = await errorCode(openSource(tmp.file('archive.xlsx', zip)));
    expect(code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(message).toContain('ZIP archive that is not an Excel workbook');
  });

  it('for an OpenDocument spreadsheet', async () => {
    const zip = buildZip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' },
      { name: 'content.xml', data: '<office:document-content/>', deflate: true },
    ]);
    const { code, message } = await errorCode(openSource(tmp.file('sheet.ods', zip)));
    expect(code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(message).toContain('.ods');
  });

  it('for an Apple Numbers document', async () => {
    const zip = buildZip([{ name: 'Index/Document.iwa', data: Buffer.alloc(10) }]);
    const { message } = await errorCode(openSource(tmp.file('sheet.numbers', zip)));
    expect(message).toContain('Apple Numbers');
  });

  it('for an HTML table saved with an .xls name', async () => {
    const html = '<html><body><table><tr><td>Nama</td></tr></table></body></html>';
    const { code, message } = await errorCode(openSource(tmp.file('export.xls', html)));
    expect(code).toBe('READ_UNSUPPORTED_FORMAT');
    expect(message).toContain('HTML');
  });
});

describe('READ_ENCODING', () => {
  it('for UTF-32', async () => {
    const bytes = Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]);
    expect((await errorCode(openSource(tmp.file('utf32.csv', bytes)))).code).toBe('READ_ENCODING');
  });

  it('for an unknown forced encoding', async () => {
    const { code, message } = await errorCode(
      openSource(tmp.file('enc.csv', 'a\n'), { encoding: 'klingon' }),
    );
    expect(code).toBe('READ_ENCODING');
    expect(message).toContain('klingon');
  });
});

describe('READ_CORRUPT', () => {
  it('for a truncated XLSX', async () => {
    const bytes = readFileSync(await smallWorkbook('whole.xlsx'));
    const { code, message } = await errorCode(
      openSource(tmp.file('cut.xlsx', bytes.subarray(0, bytes.length / 2))),
    );
    expect(code).toBe('READ_CORRUPT');
    expect(message).toMatch(/truncated/);
  });

  it('for a damaged part inside an XLSX', async () => {
    const bytes = Buffer.from(readFileSync(await smallWorkbook('whole2.xlsx', 500)));
    // Flip bytes inside the sheet's compressed data: the checksum (or the inflater) must notice.
    const at = bytes.indexOf('xl/worksheets/sheet1.xml') + 100;
    for (let i = at; i < at + 16; i++) bytes[i] ^= 0xff;
    const { code, message } = await errorCode(openSource(tmp.file('damaged.xlsx', bytes)));
    expect(code).toBe('READ_CORRUPT');
    expect(message).toContain('sheet1.xml');
  });

  /** The file with the directory's CRC of `part` changed: its bytes inflate fine but fail the check. */
  function withWrongCrc(bytes: Buffer, part: string): Buffer {
    const out = Buffer.from(bytes);
    const name = Buffer.from(part, 'utf8');
    // The central directory comes after the local headers: the name's last occurrence is its entry there.
    const at = out.lastIndexOf(name);
    expect(out.readUInt32LE(at - 46)).toBe(0x02014b50);
    out.writeUInt32LE((out.readUInt32LE(at - 30) ^ 1) >>> 0, at - 30);
    return out;
  }

  it('for a sheet whose CRC lies: the row stream fails at its end, naming the part', async () => {
    let rows = `<row r="1">${str('A1', 'Nama')}</row>`;
    for (let r = 2; r <= 3_000; r++) rows += `<row r="${r}">${str(`A${r}`, `Toko nomor ${r}`)}</row>`;
    const good = handMadeXlsx([{ name: 'S', rows }]);
    const source = await openSource(
      tmp.file('crc-sheet.xlsx', withWrongCrc(good, 'xl/worksheets/sheet1.xml')),
    );
    const seen: number[] = [];
    const { code, message } = await errorCode(
      (async () => {
        for await (const row of source.rows()) seen.push(row.rowNumber);
      })(),
    );
    expect(code).toBe('READ_CORRUPT');
    expect(message).toMatch(/sheet1\.xml' fails its checksum/);
    // The check needs the part's last byte: the rows before it were read (an import reads the file
    // through before it sends, so it sends nothing).
    expect(seen).toHaveLength(2_999);
    // The same file with the right CRC reads whole.
    expect(await collect(await openSource(tmp.file('crc-good.xlsx', good)))).toHaveLength(2_999);
  });

  it('for shared strings whose CRC lies: already in openSource', async () => {
    const bytes = readFileSync(await smallWorkbook('crc-strings.xlsx', 50));
    const { code, message } = await errorCode(
      openSource(tmp.file('crc-strings-bad.xlsx', withWrongCrc(bytes, 'xl/sharedStrings.xml'))),
    );
    expect(code).toBe('READ_CORRUPT');
    expect(message).toMatch(/sharedStrings\.xml' fails its checksum/);
  });

  it('for another part whose CRC lies: already in openSource', async () => {
    const bytes = readFileSync(await smallWorkbook('crc-theme.xlsx', 50));
    const { code, message } = await errorCode(
      openSource(tmp.file('crc-theme-bad.xlsx', withWrongCrc(bytes, 'xl/theme/theme1.xml'))),
    );
    expect(code).toBe('READ_CORRUPT');
    expect(message).toMatch(/theme1\.xml' fails its checksum/);
  });

  it('rejects the row stream when the sheet breaks after the header', async () => {
    let rows = `<row r="1">${str('A1', 'Nama')}</row>`;
    for (let r = 2; r <= 5_000; r++) rows += `<row r="${r}">${str(`A${r}`, `Toko nomor ${r}`)}</row>`;
    rows += '<row r="5001"><c r="A5001"></row>';
    const source = await openSource(tmp.file('broken-xml.xlsx', handMadeXlsx([{ name: 'S', rows }])));
    expect(source.headers).toEqual(['Nama']);
    const seen: number[] = [];
    const { code, message } = await errorCode(
      (async () => {
        for await (const row of source.rows()) seen.push(row.rowNumber);
      })(),
    );
    expect(code).toBe('READ_CORRUPT');
    expect(message).toMatch(/sheet 'S', after row \d+/);
    expect(seen.length).toBeGreaterThan(0);
  });
});

describe('READ_LIMIT', () => {
  it('for a zip bomb declared in the directory', async () => {
    const path = await smallWorkbook('bomb-declared.xlsx');
    const { code, message } = await errorCode(
      openSource(path, { limits: { maxXlsxUncompressedBytes: 2000 } }),
    );
    expect(code).toBe('READ_LIMIT');
    expect(message).toMatch(/expands to .* more than the limit/);
  });

  it('for a part that expands too many times', async () => {
    const zeros = Buffer.alloc(20 * 1024 * 1024);
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/worksheets/sheet1.xml', data: zeros, deflate: true },
    ]);
    const { code, message } = await errorCode(openSource(tmp.file('ratio.xlsx', zip)));
    expect(code).toBe('READ_LIMIT');
    expect(message).toMatch(/zip bomb.*expands [\d,]+ times/);
  });

  it('for a part that holds more than it declares', async () => {
    const zip = buildZip([
      { name: 'xl/workbook.xml', data: '<workbook/>' },
      { name: 'xl/sharedStrings.xml', data: 'x'.repeat(100_000), deflate: true, declaredSize: 1_000 },
    ]);
    const { code, message } = await errorCode(openSource(tmp.file('liar.xlsx', zip)));
    expect(code).toBe('READ_CORRUPT');
    expect(message).toMatch(/more data than its declared size/);
  });

  it('for too many columns (CSV and XLSX)', async () => {
    const csv = await errorCode(
      openSource(tmp.file('wide.csv', 'a,b,c,d\n1,2,3,4\n'), { limits: { maxColumns: 3 } }),
    );
    expect(csv.code).toBe('READ_LIMIT');
    expect(csv.message).toMatch(/4 columns, more than the limit of 3/);
    const xlsx = await errorCode(openSource(await smallWorkbook('wide.xlsx'), { limits: { maxColumns: 1 } }));
    expect(xlsx.code).toBe('READ_LIMIT');
  });

  it('for a cell that is too long (CSV and XLSX), while streaming', async () => {
    const csv = await openSource(tmp.file('long.csv', `Nama,Catatan\nAni,ok\nBudi,${'x'.repeat(50)}\n`), {
      limits: { maxCellChars: 40 },
    });
    const csvError = await errorCode(collect(csv));
    expect(csvError.code).toBe('READ_LIMIT');
    expect(csvError.message).toMatch(/line 3, column 'Catatan'.*50 characters/);
    const xlsx = await openSource(await smallWorkbook('long.xlsx', 12), { limits: { maxCellChars: 6 } });
    const xlsxError = await errorCode(collect(xlsx));
    expect(xlsxError.code).toBe('READ_LIMIT');
    expect(xlsxError.message).toMatch(/cell A12/);
  });

  it('already in openSource when the first data row breaks a limit (nothing is sent before)', async () => {
    const csv = await errorCode(
      openSource(tmp.file('long-first.csv', `Nama,Catatan\nBudi,${'x'.repeat(50)}\n`), {
        limits: { maxCellChars: 40 },
      }),
    );
    expect(csv.code).toBe('READ_LIMIT');
    expect(csv.message).toMatch(/line 2, column 'Catatan'.*50 characters/);
    const xlsx = await errorCode(
      openSource(await smallWorkbook('long-first.xlsx'), { limits: { maxCellChars: 5 } }),
    );
    expect(xlsx.code).toBe('READ_LIMIT');
    expect(xlsx.message).toMatch(/cell A2/);
  });

  it('for too many rows', async () => {
    const source = await openSource(tmp.file('rows.csv', 'a\n1\n2\n\n3\n'), { limits: { maxRows: 2 } });
    const seen: string[] = [];
    const { code } = await errorCode(
      (async () => {
        for await (const row of source.rows()) seen.push(row.cells.a);
      })(),
    );
    expect(code).toBe('READ_LIMIT');
    expect(seen).toEqual(['1', '2']);
  });
});

describe('a header without rows', () => {
  it('opens, yields nothing and says so in the warnings', async () => {
    const source = await openSource(tmp.file('only-header.csv', 'Nama,Kota\n'));
    expect(source.warnings).toContainEqual(expect.stringMatching(/header row but no data rows/));
    expect(await collect(source)).toEqual([]);
  });
});
