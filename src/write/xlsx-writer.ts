/**
 * XLSX written by us, part by part, into a zip (see xlsx-zip.ts): no library's private
 * fields, the XML exactly as ECMA-376 describes it (xlsx-xml.ts), inline strings (a shared-strings
 * table would keep every distinct text in memory), styles and notes gathered while the rows stream
 * and written when the sheet or workbook ends. Sheets are written one after another (xlsx-sheet.ts).
 */
import { RunError } from '../errors.js';
import { writeFailed, type AtomicFile } from './atomic-file.js';
import {
  commitStaged,
  type ColumnDef,
  type SheetOptions,
  type SheetWriter,
  type StagedWorkbookWriter,
} from './table-writer.js';
import { openSheet, type OpenSheet } from './xlsx-sheet.js';
import { StyleRegistry } from './xlsx-styles.js';
import {
  contentTypesXml,
  ROOT_RELS_XML,
  workbookRelsXml,
  workbookXml,
  type WorkbookSheet,
} from './xlsx-xml.js';
import { ZipPackage } from './xlsx-zip.js';

/** Excel's sheet-name rules: at most 31 characters, none of `[]:*?/\`, not blank. */
export function safeSheetName(name: string): string {
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, '_')
    .replace(/^'+|'+$/g, '')
    .slice(0, 31)
    .replace(/[\uD800-\uDBFF]$/, '') // do not cut an emoji in half
    .trim();
  return cleaned || 'Sheet1';
}

export function createXlsxWorkbook(file: AtomicFile): StagedWorkbookWriter {
  const zip = new ZipPackage(file);
  const styles = new StyleRegistry();
  const sheets: WorkbookSheet[] = [];
  const names = new Set<string>();
  let current: OpenSheet | undefined;
  let state: 'open' | 'finished' | 'published' | 'aborted' = 'open';

  const ensureOpen = (): void => {
    if (state !== 'open') throw new Error(`the XLSX file ${file.finalPath} is already ${state}`);
    file.throwIfFailed();
  };

  /** Ends the sheet being written, if any; failures are recorded on the file. */
  const closeCurrent = async (): Promise<void> => {
    const sheet = current;
    current = undefined;
    await sheet?.close();
  };

  const uniqueName = (name: string): string => {
    let sheetName = safeSheetName(name);
    for (let n = 2; names.has(sheetName.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      sheetName = safeSheetName(`${safeSheetName(name).slice(0, 31 - suffix.length)}${suffix}`);
    }
    names.add(sheetName.toLowerCase());
    return sheetName;
  };

  const writer: StagedWorkbookWriter = {
    path: file.finalPath,
    format: 'xlsx',

    sheet(name: string, columns: readonly ColumnDef[], options: SheetOptions = {}): SheetWriter {
      ensureOpen();
      const previous = current;
      const info: WorkbookSheet = { name: uniqueName(name), n: sheets.length + 1, hasNotes: false };
      sheets.push(info);
      const sheet = openSheet({ zip, file, styles, info, columns, options, previous, abort: writer.abort });
      current = sheet.open;
      return sheet.writer;
    },

    async finish(): Promise<void> {
      ensureOpen();
      try {
        if (sheets.length === 0) writer.sheet('Sheet1', []); // Excel refuses a workbook without sheets
        await closeCurrent();
        zip.addText('xl/styles.xml', styles.xml());
        zip.addText('xl/workbook.xml', workbookXml(sheets));
        zip.addText('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets));
        zip.addText('_rels/.rels', ROOT_RELS_XML);
        zip.addText('[Content_Types].xml', contentTypesXml(sheets));
        await Promise.race([zip.end(), file.whenFailed()]);
        await file.finish();
        state = 'finished';
      } catch (err) {
        const cause = file.error ?? err; // read before abort(), which records an "aborted" failure
        await writer.abort();
        throw cause instanceof RunError ? cause : writeFailed(cause, file.finalPath);
      }
    },

    async publish(): Promise<void> {
      if (state !== 'finished') throw new Error(`the XLSX file ${file.finalPath} is not finished`);
      await file.publish();
      state = 'published';
    },

    commit: () => commitStaged(writer),

    async abort(): Promise<void> {
      if (state === 'published' || state === 'aborted') return;
      state = 'aborted';
      zip.abort();
      await file.discard();
    },
  };
  return writer;
}
