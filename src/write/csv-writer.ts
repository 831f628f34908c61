/**
 * CSV: RFC 4180 quoting, CRLF line ends, UTF-8 with a byte order mark by default (without it
 * Excel reads UTF-8 as the local code page and mangles Arabic, Chinese, emoji…).
 * Rows are batched into ~64 KB chunks and the write stream's backpressure is respected,
 * so memory stays constant however many rows are written.
 */
import { localizedRunError } from '../i18n/index.js';
import type { AtomicFile } from './atomic-file.js';
import { guardCsvText } from './cell-safety.js';
import { dateText } from './xlsx-cells.js';
import {
  commitStaged,
  type CellValue,
  type ColumnDef,
  type SheetWriter,
  type StagedWorkbookWriter,
  type WorkbookOptions,
} from './table-writer.js';

const CHUNK_CHARS = 64 * 1024;
const EOL = '\r\n';

export function checkDelimiter(delimiter: string): void {
  if ([...delimiter].length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
    throw localizedRunError('CONFIG_INVALID', 'write.badDelimiter', { value: JSON.stringify(delimiter) });
  }
}

/** One field: numbers bare, text formula-guarded, quoted when it holds a delimiter, quote or line break. */
export function csvField(value: CellValue, delimiter: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = guardCsvText(value instanceof Date ? dateText(value) : value);
  return mustQuote(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A delimiter, quote or line break inside, or a blank at either end (readers that trim unquoted
 * fields would lose it). This runs for every cell of the result sheet.
 */
function mustQuote(text: string, delimiter: string): boolean {
  if (text.length === 0) return false;
  if (isBlank(text.charCodeAt(0)) || isBlank(text.charCodeAt(text.length - 1))) return true;
  // One regular expression, not a loop over the characters: a row's cells come as strings of many
  // internal kinds (slices of the read chunk, joined messages, constants), which made every
  // `charCodeAt` of such a loop a megamorphic look-up, 7 % of validate's instructions
  // (docs/PERFORMANCE.md, issue 13).
  return quoteTrigger(delimiter).test(text);
}

/** Per delimiter: a quote, CR, LF or the delimiter's first code unit (all of it when outside the BMP). */
const quoteTriggers = new Map<string, RegExp>();

function quoteTrigger(delimiter: string): RegExp {
  let trigger = quoteTriggers.get(delimiter);
  if (!trigger) {
    const unit = delimiter.charCodeAt(0).toString(16).padStart(4, '0');
    trigger = new RegExp(`["\\r\\n\\u${unit}]`);
    quoteTriggers.set(delimiter, trigger);
  }
  return trigger;
}

/** What `\s` matches: ASCII blanks inline, the rest (no-break space, …) by the regular expression. */
function isBlank(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return /\s/.test(String.fromCharCode(c));
}

export function csvLine(values: readonly CellValue[], width: number, delimiter: string): string {
  const fields = new Array<string>(width);
  for (let i = 0; i < width; i++) fields[i] = csvField(values[i], delimiter);
  return fields.join(delimiter) + EOL;
}

/** A plain decimal as the export's cells hold it (`-6.9817`); exponents and integers are left alone. */
const PLAIN_DECIMAL = /^-?\d+\.\d+$/;

/** `values` with the decimals of the `number` columns at `at` written with a comma. */
function withDecimalComma(values: readonly CellValue[], at: readonly number[]): readonly CellValue[] {
  let out: CellValue[] | undefined;
  for (const i of at) {
    const v = values[i];
    const text = typeof v === 'number' ? String(v) : v;
    if (typeof text !== 'string' || !PLAIN_DECIMAL.test(text)) continue;
    (out ??= [...values])[i] = text.replace('.', ',');
  }
  return out ?? values;
}

export function createCsvWorkbook(file: AtomicFile, options: WorkbookOptions): StagedWorkbookWriter {
  const delimiter = options.delimiter ?? ',';
  checkDelimiter(delimiter);
  let pending = options.bom === false ? '' : '\uFEFF';
  let sheet: SheetWriter | undefined;
  let state: 'open' | 'finished' | 'published' | 'aborted' = 'open';

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const chunk = pending;
    pending = '';
    await file.write(chunk);
  };

  const ensureOpen = (): void => {
    if (state !== 'open') throw new Error(`the CSV file ${file.finalPath} is already ${state}`);
    file.throwIfFailed();
  };

  const writer: StagedWorkbookWriter = {
    path: file.finalPath,
    format: 'csv',

    sheet(name: string, columns: readonly ColumnDef[]): SheetWriter {
      ensureOpen();
      if (sheet) throw new Error('a CSV file holds one sheet only');
      const width = columns.length;
      const decimals = options.decimalComma
        ? columns.flatMap((c, i) => (c.kind === 'number' ? [i] : []))
        : [];
      pending += csvLine(
        columns.map((c) => c.header),
        width,
        delimiter,
      );
      let rowCount = 0;
      sheet = {
        name,
        get rowCount() {
          return rowCount;
        },
        async writeRow(values: readonly CellValue[]): Promise<void> {
          ensureOpen();
          if (values.length > width) {
            throw new Error(`row has ${values.length} values for ${width} columns`);
          }
          // Appended synchronously, so rows keep their order even if a caller does not await.
          pending += csvLine(
            decimals.length > 0 ? withDecimalComma(values, decimals) : values,
            width,
            delimiter,
          );
          rowCount++;
          if (pending.length >= CHUNK_CHARS) {
            try {
              await flush();
            } catch (err) {
              await writer.abort(); // never leave the temporary file behind a failed write
              throw err;
            }
          }
        },
      };
      return sheet;
    },

    async finish(): Promise<void> {
      ensureOpen();
      try {
        await flush();
        await file.finish();
        state = 'finished';
      } catch (err) {
        await writer.abort();
        throw err;
      }
    },

    async publish(): Promise<void> {
      if (state !== 'finished') throw new Error(`the CSV file ${file.finalPath} is not finished`);
      await file.publish();
      state = 'published';
    },

    commit: () => commitStaged(writer),

    async abort(): Promise<void> {
      if (state === 'published' || state === 'aborted') return;
      state = 'aborted';
      pending = '';
      await file.discard();
    },
  };
  return writer;
}
