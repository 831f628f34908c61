import type { EventEmitter } from 'node:events';
import type ExcelJS from 'exceljs';
import { RunError } from '../errors.js';
import type { RowIssue, SourceRow } from '../types.js';
import { cellText, UNKNOWN_FORMULA_ERROR, type CellText } from './cell-text.js';
import { Utf8SafeWorkbookReader } from './exceljs-reader.js';
import { ioError, type CheckedFile } from './file.js';
import { buildHeaders, columnLetter } from './headers.js';
import { formatCount } from './limits.js';
import type { ReadLimits, ReadOptions, SourceFile } from './source.js';
import { InputWatch } from './stall.js';
import { readWorkbookInfo, type SheetInfo } from './xlsx-package.js';
import type { ZipDirectory } from './zip.js';
import { workbookInput } from './xlsx-stream.js';

/** How long a step may hang once all input was handed to exceljs before it counts as a stall. */
const STALL_MS = 30_000;

/** exceljs's `entries` option is missing from its type definitions; it tells which sheet part comes next. */
type ReaderOptions = Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions> & { entries: 'emit' };

export function chooseSheet(
  sheets: SheetInfo[],
  wanted: string | number | undefined,
  name: string,
): SheetInfo {
  const visible = sheets.filter((s) => !s.hidden);
  if (wanted === undefined) {
    const first = visible[0] ?? sheets[0];
    if (!first) throw new RunError('READ_EMPTY', `'${name}' has no sheets`);
    return first;
  }
  const w = String(wanted);
  const found =
    sheets.find((s) => s.name === w) ??
    sheets.find((s) => s.name.trim().toLowerCase() === w.trim().toLowerCase());
  if (found) return found;
  if (/^\d+$/.test(w.trim())) {
    const index = Number(w.trim());
    if (index >= 1 && index <= visible.length) return visible[index - 1];
  }
  const list = (ss: SheetInfo[]) => ss.map((s) => `'${s.name}'`).join(', ');
  const hidden = sheets.filter((s) => s.hidden);
  throw new RunError(
    'READ_SHEET_NOT_FOUND',
    `sheet '${w}' not found in '${name}'; its sheets are: ${list(visible) || '(none visible)'}` +
      (hidden.length ? ` (hidden: ${list(hidden)})` : ''),
    { sheets: sheets.map((s) => s.name) },
  );
}

/** Text of every cell in a row, by 1-based column. */
function rowTexts(row: ExcelJS.Row, date1904: boolean): Map<number, CellText> {
  const texts = new Map<number, CellText>();
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    texts.set(column, cellText(cell, date1904));
  });
  return texts;
}

function isBlankRow(texts: Map<number, CellText>): boolean {
  for (const t of texts.values()) if (t.text.trim() !== '') return false;
  return true;
}

export async function openXlsx(
  file: CheckedFile,
  dir: ZipDirectory,
  options: ReadOptions,
  limits: ReadLimits,
  warnings: string[],
): Promise<SourceFile> {
  const info = await readWorkbookInfo(file.path, dir, file.name);
  const sheet = chooseSheet(info.sheets, options.sheet, file.name);
  const sheetNo = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(sheet.part)?.[1];
  if (!dir.entries.some((e) => e.name === sheet.part)) {
    throw new RunError(
      'READ_CORRUPT',
      `'${file.name}' is damaged: the data of sheet '${sheet.name}' is missing`,
    );
  }
  if (sheetNo === undefined) {
    throw new RunError(
      'READ_UNSUPPORTED_FORMAT',
      `'${file.name}': sheet '${sheet.name}' is stored in an unusual way (${sheet.part}); open the file in Excel and save it again`,
    );
  }

  let lastRow = 0;
  const corrupt = (detail: string) =>
    new RunError(
      'READ_CORRUPT',
      `'${file.name}' could not be read (sheet '${sheet.name}'${lastRow ? `, after row ${lastRow}` : ''}): ${detail}`,
      { sheet: sheet.name, afterRow: lastRow },
    );
  const wrap = (err: unknown): RunError => {
    if (err instanceof RunError) return err;
    if (typeof err === 'object' && err !== null && 'syscall' in err) return ioError(err, file.path);
    const message = err instanceof Error ? err.message : String(err);
    // exceljs's words for a cell beyond column XFD, which no spreadsheet program writes.
    if (/out of bounds.*column/i.test(message)) {
      return new RunError(
        'READ_LIMIT',
        `'${file.name}' sheet '${sheet.name}'${lastRow ? ` row ${lastRow}` : ''} has cells beyond column XFD ` +
          `(16,384 columns, Excel's own maximum), more than the limit of ${formatCount(limits.maxColumns)} columns`,
        { sheet: sheet.name, limit: limits.maxColumns },
      );
    }
    return corrupt(message);
  };

  const input = workbookInput(file.path, dir, sheet.part);
  const watch = new InputWatch(input.written, STALL_MS, () => corrupt('the workbook ended unexpectedly'));
  const readerOptions: ReaderOptions = {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  };
  const reader = new Utf8SafeWorkbookReader(input.stream, readerOptions);
  let currentPart: string | undefined;
  // The reader is an EventEmitter at run time; its type definitions do not say so.
  (reader as unknown as EventEmitter).on('entry', (entry: { type: string; id?: string | number }) => {
    if (entry.type === 'worksheet') currentPart = String(entry.id);
  });

  async function* sheetRows(): AsyncGenerator<ExcelJS.Row> {
    for await (const worksheet of reader) {
      // The entry event for a worksheet fires just before exceljs hands it over.
      if (currentPart !== sheetNo) continue;
      for await (const row of worksheet) {
        lastRow = row.number;
        yield row;
      }
      return;
    }
    throw corrupt('the sheet data was not found');
  }
  const rawRows = sheetRows();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    input.stream.destroy();
    // Not awaited: a stalled exceljs step would keep it pending forever.
    rawRows.return(undefined).catch(() => undefined);
  };

  try {
    let header: { number: number; texts: Map<number, CellText> } | undefined;
    for (let next = await watch.next(rawRows); !next.done; next = await watch.next(rawRows)) {
      const texts = rowTexts(next.value, info.date1904);
      if (!isBlankRow(texts)) {
        header = { number: next.value.number, texts };
        break;
      }
    }
    if (!header) {
      throw new RunError('READ_EMPTY', `sheet '${sheet.name}' in '${file.name}' is empty: no header row`, {
        sheet: sheet.name,
      });
    }
    const headerTexts = header.texts;
    const lastColumn = Math.max(0, ...headerTexts.keys());
    const cells = Array.from({ length: lastColumn }, (_, i) => headerTexts.get(i + 1)?.text ?? '');
    const { headers, rawHeaders } = buildHeaders(
      cells,
      (column) => `Column ${columnLetter(column)}`,
      warnings,
      limits.maxColumns,
      `'${file.name}' sheet '${sheet.name}' row ${header.number}`,
    );

    const toRow = rowBuilder({ file, sheet: sheet.name, headers, limits, warnings, date1904: info.date1904 });
    let started = false;
    return {
      path: file.path,
      format: 'xlsx',
      headers,
      rawHeaders,
      headerRow: header.number,
      sheet: sheet.name,
      warnings,
      rows() {
        if (started) throw new Error('SourceFile.rows() can be called only once');
        started = true;
        return (async function* () {
          try {
            for (let next = await watch.next(rawRows); !next.done; next = await watch.next(rawRows)) {
              const row = toRow(next.value);
              if (row) yield row;
            }
          } catch (err) {
            throw wrap(err);
          } finally {
            await close();
          }
        })();
      },
      close,
    };
  } catch (err) {
    await close();
    throw wrap(err);
  }
}

interface RowContext {
  file: CheckedFile;
  sheet: string;
  headers: string[];
  limits: ReadLimits;
  warnings: string[];
  date1904: boolean;
}

function rowBuilder({ file, sheet, headers, limits, warnings, date1904 }: RowContext) {
  let count = 0;
  let warnedOutside = false;
  let warnedUncalculated = false;
  return (row: ExcelJS.Row): SourceRow | undefined => {
    const texts = rowTexts(row, date1904);
    if (isBlankRow(texts)) return undefined;
    if (++count > limits.maxRows) {
      throw new RunError(
        'READ_LIMIT',
        `sheet '${sheet}' in '${file.name}' has more than ${formatCount(limits.maxRows)} data rows (the limit): split it`,
        { limit: limits.maxRows },
      );
    }
    const cells: Record<string, string> = {};
    const issues: RowIssue[] = [];
    headers.forEach((key, i) => {
      const t = texts.get(i + 1);
      const text = t?.text ?? '';
      if (text.length > limits.maxCellChars) {
        throw new RunError(
          'READ_LIMIT',
          `'${file.name}' sheet '${sheet}' cell ${columnLetter(i + 1)}${row.number}: ${formatCount(text.length)} characters, ` +
            `more than the limit of ${formatCount(limits.maxCellChars)}`,
          { row: row.number, column: key, limit: limits.maxCellChars },
        );
      }
      cells[key] = text;
      if (t?.error) {
        issues.push({
          code: 'READ_CELL_ERROR',
          column: key,
          message:
            t.error === UNKNOWN_FORMULA_ERROR
              ? 'cell contains a formula whose result is an Excel error'
              : `cell contains the Excel error ${t.error}`,
        });
      }
      if (t?.noCachedResult && !warnedUncalculated) {
        warnedUncalculated = true;
        warnings.push(
          `formulas without a saved result are read as empty (first: cell ${columnLetter(i + 1)}${row.number}); ` +
            'the file was written by a program and never calculated: open it in Excel and save it',
        );
      }
    });
    if (!warnedOutside) {
      for (const [column, t] of texts) {
        if (column > headers.length && t.text.trim() !== '') {
          warnedOutside = true;
          warnings.push(
            `cells to the right of the last header column are ignored (first: cell ${columnLetter(column)}${row.number})`,
          );
          break;
        }
      }
    }
    const source: SourceRow = { rowNumber: row.number, sheet, cells };
    if (issues.length > 0) source.readIssues = issues;
    return source;
  };
}
