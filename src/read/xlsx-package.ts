import { RunError } from '../errors.js';
import { readZipEntry, type ZipDirectory, type ZipEntry } from './zip.js';

/** A sheet as listed in xl/workbook.xml, in tab order. */
export interface SheetInfo {
  name: string;
  hidden: boolean;
  /** Part name inside the ZIP, e.g. `xl/worksheets/sheet2.xml`. */
  part: string;
}

export interface WorkbookInfo {
  sheets: SheetInfo[];
  date1904: boolean;
}

/** The small XML parts read whole; a bigger one is not a workbook we can trust. */
const MAX_SMALL_PART = 16 * 1024 * 1024;

/**
 * Says what a ZIP is when it is not an XLSX, so the message can tell the user what to do.
 * Returns undefined for an XLSX.
 */
export async function describeNonXlsxZip(
  path: string,
  dir: ZipDirectory,
  name: string,
): Promise<string | undefined> {
  const names = new Set(dir.entries.map((e) => e.name));
  if (names.has('xl/workbook.xml')) return undefined;
  if (names.has('xl/workbook.bin')) return 'an Excel binary workbook (.xlsb)';
  const mimetype = dir.entries.find((e) => e.name === 'mimetype');
  if (mimetype && mimetype.uncompressedSize < 200) {
    const type = (await readZipEntry(path, mimetype, name)).toString('latin1').trim();
    if (type === 'application/vnd.oasis.opendocument.spreadsheet')
      return 'an OpenDocument spreadsheet (.ods)';
    if (type.startsWith('application/vnd.oasis.opendocument')) return 'an OpenDocument file';
  }
  if ([...names].some((n) => n.startsWith('Index/') && n.endsWith('.iwa')) || names.has('Index.zip')) {
    return 'an Apple Numbers document';
  }
  if (names.has('word/document.xml')) return 'a Word document (.docx)';
  if (names.has('ppt/presentation.xml')) return 'a PowerPoint presentation (.pptx)';
  return 'a ZIP archive that is not an Excel workbook';
}

async function readSmallPart(path: string, entry: ZipEntry, name: string): Promise<string> {
  if (entry.uncompressedSize > MAX_SMALL_PART) {
    throw new RunError('READ_LIMIT', `'${name}': the part '${entry.name}' is too big for a workbook`);
  }
  return (await readZipEntry(path, entry, name)).toString('utf8');
}

/** Attributes of every `<tag …>` element (namespace prefixes dropped). Enough for these machine-written parts. */
function elements(xml: string, tag: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const re = new RegExp(`<(?:[\\w-]+:)?${tag}\\b([^>]*)>`, 'g');
  for (const match of xml.matchAll(re)) {
    const attrs: Record<string, string> = {};
    for (const a of match[1].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
      attrs[a[1].replace(/^.*:/, '')] = decodeXml(a[2] ?? a[3] ?? '');
    }
    found.push(attrs);
  }
  return found;
}

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[e] ?? '';
  });
}

/** `worksheets/sheet1.xml` relative to xl/, or `/xl/worksheets/sheet1.xml` absolute → the ZIP part name. */
function resolvePart(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** Sheet names, visibility and parts in tab order, and the date system, from workbook.xml and its rels. */
export async function readWorkbookInfo(path: string, dir: ZipDirectory, name: string): Promise<WorkbookInfo> {
  const find = (part: string) => dir.entries.find((e) => e.name === part);
  const workbookEntry = find('xl/workbook.xml');
  const relsEntry = find('xl/_rels/workbook.xml.rels');
  if (!workbookEntry || !relsEntry) {
    throw new RunError(
      'READ_CORRUPT',
      `'${name}' is not a complete Excel workbook (its workbook part is missing)`,
    );
  }
  const workbookXml = await readSmallPart(path, workbookEntry, name);
  const relsXml = await readSmallPart(path, relsEntry, name);
  const targets = new Map(elements(relsXml, 'Relationship').map((r) => [r.Id, r.Target ?? '']));
  const sheets: SheetInfo[] = elements(workbookXml, 'sheet').map((s) => ({
    name: s.name ?? '',
    hidden: s.state === 'hidden' || s.state === 'veryHidden',
    part: resolvePart(targets.get(s.id) ?? ''),
  }));
  const pr = elements(workbookXml, 'workbookPr')[0];
  const date1904 = pr?.date1904 === '1' || pr?.date1904 === 'true';
  return { sheets, date1904 };
}
