import Papa from 'papaparse';
import type { RunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';
import { lenientRecords } from './csv-lenient.js';
import type { Newline } from './sniff.js';

/** One parsed record and where it sits in the file. */
export interface CsvRecord {
  fields: string[];
  /** Physical line (1-based) of the record's first line, as a text editor numbers lines. */
  line: number;
  /** Papaparse found a quote in the wrong place (e.g. `"abc"def`); the cells may be cut wrongly. */
  badQuotes: boolean;
}

export interface RecordOptions {
  delimiter: string;
  newline: Newline;
  /** The longest record (in characters) worth buffering; beyond it the file is broken or hostile. */
  maxRecordChars: () => number;
  name: string;
}

/** Papaparse's core parser hands each row to `step` as a one-row batch. */
interface StepResult {
  data: string[][];
  errors: { code: string }[];
  meta: { cursor: number };
}

/** Line breaks as an editor counts them: CRLF, LF and CR each end one line. */
export function countLineBreaks(s: string): number {
  let n = 0;
  if (!s.includes('\r')) {
    // The usual record: LF only, found by indexOf (much faster than a loop over every character).
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
    return n;
  }
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0a) n++;
    else if (c === 0x0d) {
      n++;
      if (s.charCodeAt(i + 1) === 0x0a) i++;
    }
  }
  return n;
}

/**
 * Records from a stream of text chunks, in batches (the records completed by one chunk: a yield per
 * record cost a promise per row, on both passes over the file), driving papaparse's own parser chunk
 * by chunk: the text not yet forming a complete record is kept and parsed again with the next chunk
 * (as papaparse's streamers do), so memory stays at a chunk plus one record, and the consumer's pace is
 * the backpressure — the next chunk is read only when records are asked for. Each record's raw text (between the parser's cursor
 * positions) gives its line span, so quoted newlines and skipped blank lines keep line numbers right.
 */
export async function* csvRecords(
  chunks: AsyncIterable<string>,
  options: RecordOptions,
): AsyncGenerator<CsvRecord[]> {
  let pending = '';
  let line = 1;
  let out: CsvRecord[] = [];
  /** Offset in `pending` of the first record papaparse may have read wrongly, or -1. */
  let lenientFrom = -1;
  let consumed = 0;

  /** A record with the line it starts on; advances the line count past its raw text. */
  const numbered = (fields: string[], raw: string, badQuotes: boolean): CsvRecord => {
    if (fields.length) {
      const last = fields.length - 1;
      if (options.newline === '\n' && fields[last].endsWith('\r')) fields[last] = fields[last].slice(0, -1);
    }
    const record = { fields, line, badQuotes };
    line += countLineBreaks(raw);
    return record;
  };

  const parser = new Papa.Parser({
    delimiter: options.delimiter,
    newline: options.newline,
    quoteChar: '"',
    step: (result: StepResult) => {
      const start = consumed;
      consumed = result.meta.cursor;
      if (lenientFrom >= 0) return; // re-read from there by csv-lenient.ts
      const raw = pending.slice(start, consumed);
      const errors = result.errors;
      if (suspect(errors.length, raw, options.newline)) lenientFrom = start;
      else out.push(numbered(result.data[0] ?? [''], raw, false));
    },
  });

  /**
   * Parses `pending`; returns the complete records and keeps the rest. From the first record that
   * papaparse reads unlike Python's csv module and Excel (a misplaced quote, a line break other than
   * the file's), the text is read by csv-lenient.ts instead.
   */
  const parse = (final: boolean): CsvRecord[] => {
    out = [];
    lenientFrom = -1;
    consumed = 0;
    const result = parser.parse(pending, 0, !final) as { meta: { cursor: number } };
    let from = final ? pending.length : result.meta.cursor;
    // Papaparse waits for a quote to close that Python would not even have opened: try the lenient reading.
    if (out.length === 0 && lenientFrom < 0 && !final && pending.includes('"')) lenientFrom = 0;
    if (lenientFrom >= 0) {
      const rest = pending.slice(lenientFrom);
      const lenient = lenientRecords(rest, options.delimiter, final);
      lenient.records.forEach((r, i) => {
        const end = lenient.records[i + 1]?.start ?? lenient.consumed;
        out.push(numbered(r.fields, rest.slice(r.start, end), r.badQuotes));
      });
      if (final && lenient.openQuote) out.push(unclosed(rest.slice(lenient.consumed), line, options));
      from = final ? pending.length : lenientFrom + lenient.consumed;
    }
    pending = pending.slice(from);
    return out;
  };

  // Parse again only once the unfinished record may have completed: a chunk after a complete record, or
  // after the pending text has doubled. Keeps a huge record from being re-parsed once per chunk.
  let reparseAt = 0;
  const iterator = chunks[Symbol.asyncIterator]();
  for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
    pending += next.value;
    if (pending.length < reparseAt && pending.length <= options.maxRecordChars()) continue;
    const records = parse(false);
    reparseAt = records.length === 0 ? pending.length * 2 : 0;
    if (pending.length > options.maxRecordChars()) throw await runaway(pending, line, options, iterator);
    if (records.length > 0) yield records;
  }
  const last = parse(true);
  if (last.length > 0) yield last;
}

/** Papaparse's reading of this record may differ from Python's and Excel's. */
function suspect(errors: number, raw: string, newline: Newline): boolean {
  if (errors > 0) return true;
  const last = raw.length - 1;
  if (newline === '\r') {
    const lf = raw.indexOf('\n');
    return lf >= 0 && lf < last;
  }
  // A CR that is neither part of a CRLF nor the record's own end: a bare CR ending a record.
  for (let cr = raw.indexOf('\r'); cr >= 0; cr = raw.indexOf('\r', cr + 1)) {
    if (cr < last && raw.charCodeAt(cr + 1) !== 0x0a) return true;
  }
  return false;
}

/**
 * The end of the file inside a quoted value. On its own line it is one bad row; across lines it
 * would swallow rows the user expects to be imported, so the file is refused, with the line.
 */
function unclosed(rest: string, line: number, options: RecordOptions): CsvRecord {
  const body = rest.replace(/(?:\r\n|\n|\r)$/, '');
  if (/[\r\n]/.test(body)) {
    const last = line + countLineBreaks(body);
    throw localizedRunError(
      'READ_CORRUPT',
      'read.unclosedQuote',
      { name: options.name, line, last },
      { line },
    );
  }
  return { fields: body.split(options.delimiter), line, badQuotes: true };
}

/**
 * A record longer than the limit. Reading on (without keeping the text) tells a cell that is well
 * quoted but too long (READ_LIMIT, the cell limit) from a quote that is never closed (READ_CORRUPT).
 */
async function runaway(
  pending: string,
  line: number,
  options: RecordOptions,
  rest: AsyncIterator<string>,
): Promise<RunError> {
  const limit = options.maxRecordChars();
  let open = lenientRecords(pending, options.delimiter, false).openQuote;
  if (open) {
    let quotes = 0;
    for (let next = await rest.next(); !next.done && quotes % 2 === 0; next = await rest.next()) {
      for (let i = next.value.indexOf('"'); i >= 0; i = next.value.indexOf('"', i + 1)) quotes++;
    }
    // An odd number of quotes after the point reached closes the value (a doubled quote counts twice).
    open = quotes % 2 === 0;
  }
  if (open) {
    return localizedRunError(
      'READ_CORRUPT',
      'read.unclosedQuoteRest',
      { name: options.name, line, limit },
      { line },
    );
  }
  return localizedRunError('READ_LIMIT', 'read.rowTooLong', { name: options.name, line, limit }, { line });
}
