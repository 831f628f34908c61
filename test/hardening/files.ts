/**
 * Hostile and broken input files, generated: what people send by mistake (a renamed .xls, a
 * password-protected workbook, a cut-off download) and what nobody should send (zip bombs).
 */
import ExcelJS from 'exceljs';
import { buildZip, type ZipPart } from '../read/helpers.js';

export { ole2 } from '../read/helpers.js';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

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
