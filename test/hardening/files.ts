/**
 * Hostile and broken input files, generated: what people send by mistake (a renamed .xls, a
 * password-protected workbook, a cut-off download) and what nobody should send (zip bombs).
 */
import ExcelJS from 'exceljs';
import { buildZip, type ZipPart } from '../read/helpers.js';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OLE2_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

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

/** 1 → A, 27 → AA. */
export function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** An inline-string cell. */
export function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
}

/**
 * A one-sheet workbook written by hand: `sheetData` as given, and optionally a shared-strings
 * part (`sharedStrings`: its ZIP part, so a test can make it huge or lie about its size).
 */
export function workbookWith(sheetData: string, sharedStrings?: Omit<ZipPart, 'name'>): Buffer {
  const parts: ZipPart[] = [
    {
      name: '[Content_Types].xml',
      data:
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
        '<Default Extension="xml" ContentType="application/xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      data: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      deflate: true,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data:
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">` +
        `<Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/>` +
        (sharedStrings
          ? `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/>`
          : '') +
        '</Relationships>',
      deflate: true,
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}"><sheetData>${sheetData}</sheetData></worksheet>`,
      deflate: true,
    },
  ];
  if (sharedStrings) parts.push({ name: 'xl/sharedStrings.xml', ...sharedStrings });
  return buildZip(parts);
}

/** Shared strings of `bytes` size that compress about a thousand times: a zip bomb's payload. */
export function bombStrings(bytes: number): Buffer {
  const item = `<si><t>${'a'.repeat(4000)}</t></si>`;
  const count = Math.ceil(bytes / item.length);
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${count}" uniqueCount="${count}">` +
      item.repeat(count) +
      '</sst>',
  );
}

/** A sheet whose header uses shared string 0 and whose data rows are inline. */
export function sheetOnSharedString(): string {
  return `<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2">${inlineCell('A2', 'Toko')}</row>`;
}

/** A small real workbook (exceljs), to cut short. */
export async function smallWorkbook(rows = 30): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['ext_cust_no', 'name', 'city']);
  for (let i = 0; i < rows; i++) ws.addRow([`H-${i}`, `Toko ${i}`, 'Semarang']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
