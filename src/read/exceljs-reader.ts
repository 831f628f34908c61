import { PassThrough, type Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';
import { richTextOf } from './cell-text.js';
import { SharedStringTable } from './shared-strings.js';

/**
 * exceljs 4.4's streaming reader decodes every chunk of XML on its own (`TextDecoder.decode(chunk)`
 * without `stream: true`), so a multi-byte character cut by a chunk boundary becomes U+FFFD — measured
 * here: 14 damaged cells in 20,000 rows of "Café …" names. This subclass hands exceljs's XML parsers
 * text instead of bytes, decoded by a streaming decoder; exceljs passes strings through untouched.
 * The overridden methods are exceljs internals (stable in the 4.x line, which is pinned by package.json);
 * the tests in test/read/ would catch a change.
 */
interface ReaderInternals {
  options: { sharedStrings?: string };
  sharedStrings?: unknown;
  _parseWorkbook(entry: Readable): Promise<void>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseStyles(entry: Readable): Promise<void>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

type ReaderConstructor = new (
  input: Readable,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
) => ExcelJS.stream.xlsx.WorkbookReader & ReaderInternals;

/** A ZIP entry's stream as a stream of whole characters. */
function asText(entry: Readable): Readable {
  const text = new PassThrough();
  entry.on('error', (err: Error) => text.destroy(err));
  entry.pipe(text);
  text.setEncoding('utf8');
  return text;
}

async function* asTextChunks(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as ReaderConstructor;

export class Utf8SafeWorkbookReader extends Base {
  override _parseWorkbook(entry: Readable): Promise<void> {
    return super._parseWorkbook(asText(entry));
  }

  /**
   * exceljs's own parser, run in its 'emit' mode, fills a compact table instead of an array of JS
   * strings (see shared-strings.ts); the worksheet reader then reads `sharedStrings[index]` from it.
   * Rich text is kept as its plain text, which is all a cell's text is made of (cell-text.ts).
   */
  override async *_parseSharedStrings(entry: Readable): AsyncGenerator<unknown> {
    const mode = this.options.sharedStrings;
    if (mode !== 'cache') {
      yield* super._parseSharedStrings(asText(entry));
      return;
    }
    const table = new SharedStringTable();
    this.options.sharedStrings = 'emit';
    try {
      for await (const item of super._parseSharedStrings(asText(entry))) {
        table.push(plainText((item as { text: unknown }).text));
      }
    } finally {
      this.options.sharedStrings = mode;
    }
    this.sharedStrings = table.asIndexable();
  }

  override _parseStyles(entry: Readable): Promise<void> {
    return super._parseStyles(asText(entry));
  }

  override _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown> {
    return super._parseWorksheet(asTextChunks(iterator), sheetNo);
  }
}

/** A shared string as exceljs emits it (a string, null, or `{ richText: [{ text }, …] }`) as plain text. */
function plainText(value: unknown): string | null {
  if (typeof value === 'string' || value === null) return value;
  const runs = (value as { richText?: unknown } | undefined)?.richText;
  return Array.isArray(runs) ? richTextOf(runs) : null;
}
