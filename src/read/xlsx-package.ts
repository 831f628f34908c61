import type { MessageRef } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';
import { kindOf } from './file-kind.js';
import {
  isRelType,
  parseRelationships,
  relsPartOf,
  xmlElements,
  type Relationship,
  type XmlElement,
} from './xml-parts.js';
import { readSmallPart, type ZipArchive } from './zip-archive.js';

/** A worksheet as listed in the workbook part, in tab order (chart and dialog sheets left out). */
export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Part name inside the ZIP, e.g. `xl/worksheets/sheet2.xml`. */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  date1904: boolean;
  /** The shared-strings and styles parts named by the workbook's relationships, when it has them. */
  sharedStringsPart?: string;
  stylesPart?: string;
}

/** The small XML parts read whole; a bigger one is not a workbook we can trust. */
const MAX_SMALL_PART = 16 * 1024 * 1024;

export type PackageKind = { kind: 'xlsx'; workbookPart: string } | { kind: 'other'; what: MessageRef };

async function partElements(zip: ZipArchive, part: string, name: string): Promise<XmlElement[] | undefined> {
  const entry = zip.find(part);
  if (!entry) return undefined;
  const xml = await readSmallPart(zip, entry, name, MAX_SMALL_PART);
  try {
    return xmlElements(xml);
  } catch {
    throw localizedRunError('READ_CORRUPT', 'read.notWellFormed', { name, part: entry.fileName });
  }
}

async function partRelationships(
  zip: ZipArchive,
  part: string,
  name: string,
): Promise<Map<string, Relationship>> {
  const entry = zip.find(relsPartOf(part));
  if (!entry) return new Map();
  const xml = await readSmallPart(zip, entry, name, MAX_SMALL_PART);
  try {
    return parseRelationships(part, xml);
  } catch {
    throw localizedRunError('READ_CORRUPT', 'read.notWellFormed', { name, part: entry.fileName });
  }
}

/**
 * What a ZIP holds. The workbook part is found as the standard says — the package's `officeDocument`
 * relationship in `_rels/.rels` — wherever it lies (`xl/workbook.xml`, `/workbook.xml`, …); a package
 * without relationships falls back to the usual name. Anything else is named, so the message can tell
 * the user what to do.
 */
export async function identifyPackage(zip: ZipArchive, name: string): Promise<PackageKind> {
  const packageRels = await partRelationships(zip, '', name);
  const main = [...packageRels.values()].find((r) => isRelType(r.type, 'officeDocument'));
  if (main && zip.find(main.part)) {
    if (/\.bin$/i.test(main.part)) return { kind: 'other', what: kindOf('xlsb') };
    const root = (await partElements(zip, main.part, name))?.[0]?.name;
    if (root === 'workbook') return { kind: 'xlsx', workbookPart: main.part };
    if (root === 'document') return { kind: 'other', what: kindOf('docx') };
    if (root === 'presentation') return { kind: 'other', what: kindOf('pptx') };
  }
  if (zip.find('xl/workbook.xml')) return { kind: 'xlsx', workbookPart: 'xl/workbook.xml' };
  if (zip.find('xl/workbook.bin')) return { kind: 'other', what: kindOf('xlsb') };
  const mimetype = zip.find('mimetype');
  if (mimetype && mimetype.uncompressedSize < 200) {
    const type = (await readSmallPart(zip, mimetype, name, 200)).trim();
    if (type === 'application/vnd.oasis.opendocument.spreadsheet')
      return { kind: 'other', what: kindOf('ods') };
    if (type.startsWith('application/vnd.oasis.opendocument')) return { kind: 'other', what: kindOf('odf') };
  }
  const names = zip.entries.map((e) => e.fileName);
  if (names.some((n) => n.startsWith('Index/') && n.endsWith('.iwa')) || zip.find('Index.zip')) {
    return { kind: 'other', what: kindOf('numbers') };
  }
  if (zip.find('word/document.xml')) return { kind: 'other', what: kindOf('docx') };
  if (zip.find('ppt/presentation.xml')) return { kind: 'other', what: kindOf('pptx') };
  return { kind: 'other', what: kindOf('zip') };
}

/** `date1904` is an xsd:boolean: Excel writes `1`, LibreOffice `true`. */
function isTrue(value: string | undefined): boolean {
  return value === '1' || value === 'true';
}

/** Worksheet names, visibility and parts in tab order, the date system, and the parts the sheet needs. */
export async function readWorkbookInfo(
  zip: ZipArchive,
  workbookPart: string,
  name: string,
): Promise<WorkbookInfo> {
  const elements = await partElements(zip, workbookPart, name);
  if (!elements) {
    throw localizedRunError('READ_CORRUPT', 'read.noWorkbookPart', { name });
  }
  const rels = await partRelationships(zip, workbookPart, name);
  const sheets: SheetInfo[] = [];
  let date1904 = false;
  for (const el of elements) {
    if (el.name === 'workbookPr') date1904 = isTrue(el.attrs.date1904);
    if (el.name !== 'sheet') continue;
    const rel = rels.get(el.attrs.id ?? '');
    // Chart sheets and dialog sheets have tabs but no table to read.
    if (rel && !isRelType(rel.type, 'worksheet')) continue;
    sheets.push({
      name: el.attrs.name ?? '',
      hidden: el.attrs.state === 'hidden' || el.attrs.state === 'veryHidden',
      part: rel?.part ?? '',
    });
  }
  const partOfType = (word: string) => [...rels.values()].find((r) => isRelType(r.type, word))?.part;
  return {
    sheets,
    date1904,
    sharedStringsPart: partOfType('sharedStrings'),
    stylesPart: partOfType('styles'),
  };
}
