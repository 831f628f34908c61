import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { isRunError, type RunErrorCode } from '../../src/errors.js';
import { openSource, type ReadOptions, type SourceFile } from '../../src/read/index.js';
import type { SourceRow } from '../../src/types.js';

/** A temporary folder for one test file's inputs, removed by `cleanup`. */
export function tempDir(prefix: string): {
  dir: string;
  file: (name: string, content: string | Buffer) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), `salesmania-read-${prefix}-`));
  return {
    dir,
    file: (name, content) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function collect(source: SourceFile): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  for await (const row of source.rows()) rows.push(row);
  return rows;
}

/** Opens and reads everything. */
export async function readAll(
  path: string,
  options?: ReadOptions,
): Promise<{ source: SourceFile; rows: SourceRow[] }> {
  const source = await openSource(path, options);
  return { source, rows: await collect(source) };
}

/** The RunError code a promise rejects with (fails the test when it resolves or throws something else). */
export async function errorCode(promise: Promise<unknown>): Promise<{ code: RunErrorCode; message: string }> {
  try {
    await promise;
  } catch (err) {
    if (isRunError(err)) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('expected a RunError, but it resolved');
}

export interface ZipPart {
  name: string;
  data: string | Buffer;
  deflate?: boolean;
  /** Lie about the uncompressed size in the directory (zip-bomb tests). */
  declaredSize?: number;
}

/** A minimal ZIP writer: enough to build non-XLSX archives and hand-made workbooks in tests. */
export function buildZip(parts: ZipPart[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const raw = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const body = part.deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(part.name, 'utf8');
    const crc = crc32(raw);
    const size = part.declaredSize ?? raw.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(part.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(part.deflate ? 8 : 0, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface HandSheet {
  name: string;
  state?: 'hidden' | 'veryHidden';
  /** The `<sheetData>` content. */
  rows: string;
}

/**
 * A workbook written by hand, for what exceljs's writer cannot produce: hidden sheets, tab order unlike
 * the part names, cached error and boolean formula results, broken XML.
 */
export function handMadeXlsx(sheets: HandSheet[], options: { date1904?: boolean } = {}): Buffer {
  const workbook =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (options.date1904 ? '<workbookPr date1904="1"/>' : '') +
    '<sheets>' +
    sheets
      .map(
        (s, i) =>
          `<sheet name="${s.name}" sheetId="${i + 1}" ${s.state ? `state="${s.state}" ` : ''}r:id="rId${i + 1}"/>`,
      )
      .join('') +
    '</sheets></workbook>';
  // Parts numbered in reverse, so tab order and part names disagree.
  const partNo = (i: number) => sheets.length - i;
  const rels =
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${partNo(i)}.xml"/>`,
      )
      .join('') +
    '</Relationships>';
  return buildZip([
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    { name: 'xl/workbook.xml', data: workbook, deflate: true },
    { name: 'xl/_rels/workbook.xml.rels', data: rels, deflate: true },
    ...sheets.map((s, i) => ({
      name: `xl/worksheets/sheet${partNo(i)}.xml`,
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>${s.rows}</sheetData></worksheet>`,
      deflate: true,
    })),
  ]);
}

/** An inline-string cell. */
export function str(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/** The first bytes of an OLE2 compound file (Excel 97-2003 `.xls`, an encrypted workbook). */
export const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * A tiny OLE2 compound file (header, one FAT sector, one directory sector holding `names`), as
 * Excel 97-2003 writes (`Workbook`) or as Excel wraps an encrypted workbook (`EncryptedPackage`).
 */
export function ole2(names: string[]): Buffer {
  const header = Buffer.alloc(512);
  OLE2_MAGIC.copy(header, 0);
  header.writeUInt16LE(0x3e, 0x18);
  header.writeUInt16LE(3, 0x1a);
  header.writeUInt16LE(0xfffe, 0x1c);
  header.writeUInt16LE(9, 0x1e);
  header.writeUInt16LE(6, 0x20);
  header.writeUInt32LE(1, 0x2c);
  header.writeUInt32LE(1, 0x30);
  header.writeUInt32LE(0x1000, 0x38);
  header.writeUInt32LE(0xfffffffe, 0x3c);
  header.writeUInt32LE(0xfffffffe, 0x44);
  for (let i = 0; i < 109; i++) header.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 0x4c + 4 * i);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0);
  fat.writeUInt32LE(0xfffffffe, 4);
  const dir = Buffer.alloc(512);
  ['Root Entry', ...names].forEach((name, i) => {
    const bytes = Buffer.from(`${name}\0`, 'utf16le');
    bytes.copy(dir, i * 128);
    dir.writeUInt16LE(bytes.length, i * 128 + 0x40);
  });
  return Buffer.concat([header, fat, dir]);
}
