/**
 * XLSX through exceljs's streaming writer: each row is committed (serialised) as soon as it is
 * written, and we wait whenever the zip encoder falls behind, so memory stays constant.
 * `useStyles: true` is required (without it exceljs silently drops fills and fonts);
 * shared strings are off because they would keep every distinct string in memory.
 */
import ExcelJS from 'exceljs';
import { columnLetter } from './column-letter.js';
import { RunError } from '../errors.js';
import { writeFailed, type AtomicFile } from './atomic-file.js';
import { capText } from './cell-safety.js';
import {
  commitStaged,
  type CellValue,
  type ColumnDef,
  type RowStyle,
  type SheetOptions,
  type SheetWriter,
  type StagedWorkbookWriter,
} from './table-writer.js';
import { TEXT_FORMAT, xlsxCell, type XlsxCell } from './xlsx-cells.js';
import { fastRows, type FastRows } from './xlsx-fast-rows.js';

export const DEFAULT_MAX_NOTES = 10_000;
const HEADER_FILL = 'FFF2F2F2';
/** A whole font: a font with only `bold` would lose the workbook's default face and size. */
const BOLD: Partial<ExcelJS.Font> = { name: 'Calibri', family: 2, size: 11, bold: true };
/** Bytes the zip encoder may hold unread before we wait for it (measured: without waiting it grows ~0.4 KB/row). */
const MAX_PENDING_BYTES = 1 << 20;

type Worksheet = ReturnType<ExcelJS.stream.xlsx.WorkbookWriter['addWorksheet']>;

/**
 * exceljs offers no backpressure: a committed row goes into the sheet's buffer, which pushes it into
 * the zip encoder without looking at its return value. We watch that encoder's input buffer (an
 * internal detail, hence the defensive lookup) and wait for it to drain. If exceljs changes shape we
 * fall back to yielding to the event loop every few hundred rows, which lets the encoder catch up.
 */
interface Drainable extends NodeJS.EventEmitter {
  _writableState?: { length?: number };
}
function zipInput(ws: Worksheet): Drainable | undefined {
  const target = (ws as unknown as { stream?: { pipes?: unknown[] } }).stream?.pipes?.[0];
  const state = (target as Drainable | undefined)?._writableState;
  return state && typeof state.length === 'number' ? (target as Drainable) : undefined;
}

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

function defaultWidth(column: ColumnDef): number {
  const byHeader = [...column.header].length + 2;
  const byKind = column.kind === 'date' ? 12 : column.kind === 'code' ? 14 : 10;
  return Math.min(50, Math.max(byHeader, byKind));
}

/**
 * One shared style object per combination. exceljs looks styles up by object identity (a WeakMap)
 * before serialising them to compare; a fresh object per cell costs that serialisation on every
 * cell (measured: most of the write time). So cells get these shared objects, never mutated:
 * we never use the `cell.numFmt` / `cell.fill` / `cell.font` setters, which would write into them.
 */
class StyleCache {
  private readonly styles = new Map<string, Partial<ExcelJS.Style>>();

  get(numFmt: string | undefined, fill: string | undefined, bold: boolean): Partial<ExcelJS.Style> {
    const key = `${numFmt ?? ''}|${fill ?? ''}|${bold ? 'b' : ''}`;
    let style = this.styles.get(key);
    if (!style) {
      style = {
        ...(numFmt ? { numFmt } : {}),
        ...(fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } } } : {}),
        ...(bold ? { font: BOLD } : {}),
      };
      this.styles.set(key, style);
    }
    return style;
  }
}

/**
 * Rows a drop-down list covers below the header. Not the whole column: Excel would not mind, but
 * exceljs (and other tools) expand a validation into one entry per cell when reading — a whole
 * column costs them seconds and hundreds of MB. Ten thousand rows is plenty for a sheet typed by hand.
 */
const LIST_ROWS = 10_000;
/** Excel keeps a list validation's values in one formula of at most 255 characters. */
const MAX_LIST_CHARS = 255;

function addListValidations(ws: Worksheet, columns: readonly ColumnDef[]): void {
  const validations = (ws as unknown as { dataValidations?: { add(address: string, v: object): void } })
    .dataValidations;
  columns.forEach((c, i) => {
    const list = c.allowed?.map((v) => v.replaceAll('"', '""')).join(',');
    if (!validations || !list || list.length > MAX_LIST_CHARS) return;
    const letter = columnLetter(i + 1);
    validations.add(`${letter}2:${letter}${LIST_ROWS + 1}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${list}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: c.header,
      error: `Expected one of: ${c.allowed?.join(', ')}`,
    });
  });
}

export function createXlsxWorkbook(file: AtomicFile): StagedWorkbookWriter {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: file.stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'salesmania-bulk';
  // The zip encoder reports its own errors (e.g. when the file stream breaks); keep them for writeRow.
  (workbook as unknown as { zip?: NodeJS.EventEmitter }).zip?.on('error', (err) => file.fail(err));

  let state: 'open' | 'finished' | 'published' | 'aborted' = 'open';
  let closeCurrent: (() => void) | undefined;
  const names = new Set<string>();

  const ensureOpen = (): void => {
    if (state !== 'open') throw new Error(`the XLSX file ${file.finalPath} is already ${state}`);
    file.throwIfFailed();
  };

  const writer: StagedWorkbookWriter = {
    path: file.finalPath,
    format: 'xlsx',

    sheet(name: string, columns: readonly ColumnDef[], options: SheetOptions = {}): SheetWriter {
      ensureOpen();
      closeCurrent?.(); // one sheet at a time keeps memory constant (see table-writer.ts)
      let sheetName = safeSheetName(name);
      for (let n = 2; names.has(sheetName.toLowerCase()); n++) {
        const suffix = ` (${n})`;
        sheetName = safeSheetName(`${safeSheetName(name).slice(0, 31 - suffix.length)}${suffix}`);
      }
      names.add(sheetName.toLowerCase());

      const width = columns.length;
      const kinds = columns.map((c) => c.kind ?? 'text');
      const ws = workbook.addWorksheet(sheetName, {
        views: options.freezeHeader === false ? [] : [{ state: 'frozen', xSplit: 0, ySplit: 1 }],
      });
      ws.columns = columns.map((c) => ({
        width: c.width ?? defaultWidth(c),
        // Text format on the whole column, so values a person types in later keep leading zeros.
        ...(c.kind === 'code' ? { style: { numFmt: TEXT_FORMAT } } : {}),
      }));

      const styles = new StyleCache();
      const maxNotes = options.maxNotes ?? DEFAULT_MAX_NOTES;
      let notes = 0;
      let rowNumber = 0;
      let rowCount = 0;

      // Set once the header is written: data rows then bypass exceljs's row objects (xlsx-fast-rows.ts).
      let fast: FastRows | undefined = undefined;
      const fastValues: Array<XlsxCell['value']> = new Array(width);
      const fastStyles: object[] = new Array(width);
      const fastNotes: Array<string | undefined> = new Array(width);

      const put = (values: readonly CellValue[], style: RowStyle | undefined, header: boolean): void => {
        if (values.length > width) throw new Error(`row has ${values.length} values for ${width} columns`);
        const row = fast ? undefined : ws.getRow(rowNumber + 1);
        rowNumber++;
        for (let i = 0; i < width; i++) {
          const converted = header ? xlsxCell(values[i], 'text') : xlsxCell(values[i], kinds[i]);
          const own = style?.cells?.[i];
          // Code columns keep `@` in every cell, the header included.
          const numFmt = converted.numFmt ?? (kinds[i] === 'code' ? TEXT_FORMAT : undefined);
          const cellStyle = styles.get(numFmt, own?.fill ?? style?.fill, style?.bold === true);
          let note: string | undefined;
          if (own?.note && notes < maxNotes) {
            note = capText(own.note);
            notes++;
          }
          if (row) {
            const cell = row.getCell(i + 1);
            cell.value = converted.value;
            cell.style = cellStyle;
            if (note !== undefined) cell.note = note;
          } else {
            fastValues[i] = converted.value;
            fastStyles[i] = cellStyle;
            fastNotes[i] = note;
          }
        }
        if (row) row.commit();
        else fast?.write(rowNumber, fastValues, fastStyles, fastNotes);
      };

      put(
        columns.map((c) => c.header),
        {
          bold: true,
          fill: HEADER_FILL,
          cells: Object.fromEntries(
            columns.flatMap((c, i) =>
              c.note || c.headerFill ? [[i, { note: c.note, fill: c.headerFill ?? HEADER_FILL }]] : [],
            ),
          ),
        },
        true,
      );
      fast = fastRows(ws, width);
      addListValidations(ws, columns);

      let closed = false;
      closeCurrent = () => {
        if (closed) return;
        closed = true;
        // Set at the end, when the last row is known: the filter then covers every row.
        if (options.autoFilter !== false && width > 0) {
          ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(rowNumber, 1), column: width } };
        }
        ws.commit();
      };

      return {
        name: sheetName,
        get rowCount() {
          return rowCount;
        },
        async writeRow(values: readonly CellValue[], style?: RowStyle): Promise<void> {
          ensureOpen();
          if (closed) throw new Error(`sheet "${sheetName}" is finished: a later sheet was started`);
          put(values, style, false);
          rowCount++;
          try {
            const input = zipInput(ws);
            if (input) {
              if ((input._writableState?.length ?? 0) > MAX_PENDING_BYTES) await file.until(input, 'drain');
            } else if (rowCount % 256 === 0) {
              await new Promise((resolve) => setImmediate(resolve));
            }
            file.throwIfFailed();
          } catch (err) {
            await writer.abort(); // never leave the temporary file behind a failed write
            throw err;
          }
        },
      };
    },

    async finish(): Promise<void> {
      ensureOpen();
      try {
        if (!closeCurrent) writer.sheet('Sheet1', []); // Excel refuses a workbook without sheets
        closeCurrent?.();
        // Resolves once the zip is complete and the file stream has finished.
        await Promise.race([workbook.commit(), file.whenFailed()]);
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
      const zip = (workbook as unknown as { zip?: { abort?: () => void; unpipe?: () => void } }).zip;
      try {
        zip?.unpipe?.();
        zip?.abort?.();
      } catch {
        // aborting a half-written zip may complain; the temporary file is deleted regardless
      }
      await file.discard();
    },
  };
  return writer;
}
