import Papa from 'papaparse';
import { RunError } from '../errors.js';
import { formatCount } from './limits.js';
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
 * Records from a stream of text chunks, driving papaparse's own parser chunk by chunk: the text not yet
 * forming a complete record is kept and parsed again with the next chunk (as papaparse's streamers do),
 * so memory stays at a chunk plus one record, and the consumer's pace is the backpressure — the next
 * chunk is read only when records are asked for. Each record's raw text (between the parser's cursor
 * positions) gives its line span, so quoted newlines and skipped blank lines keep line numbers right.
 */
export async function* csvRecords(
  chunks: AsyncIterable<string>,
  options: RecordOptions,
): AsyncGenerator<CsvRecord> {
  let pending = '';
  let consumed = 0;
  let line = 1;
  let out: CsvRecord[] = [];
  let unterminated = false;
  const parser = new Papa.Parser({
    delimiter: options.delimiter,
    newline: options.newline,
    quoteChar: '"',
    step: (result: StepResult) => {
      const end = result.meta.cursor;
      const raw = pending.slice(consumed, end);
      consumed = end;
      const fields = result.data[0] ?? [''];
      if (options.newline === '\n' && fields.length) {
        const last = fields.length - 1;
        if (fields[last].endsWith('\r')) fields[last] = fields[last].slice(0, -1);
      }
      const errors = result.errors.map((e) => e.code);
      if (errors.includes('MissingQuotes')) unterminated = true;
      out.push({ fields, line, badQuotes: errors.length > 0 });
      line += countLineBreaks(raw);
    },
  });

  /** Parses `pending`; returns the complete records and keeps the rest. */
  const parse = (final: boolean): CsvRecord[] => {
    out = [];
    consumed = 0;
    const result = parser.parse(pending, 0, !final) as { meta: { cursor: number } };
    pending = final ? '' : pending.slice(result.meta.cursor);
    return out;
  };

  // Parse again only once the unfinished record may have completed: a chunk after a complete record, or
  // after the pending text has doubled. Keeps a huge record from being re-parsed once per chunk.
  let reparseAt = 0;
  for await (const chunk of chunks) {
    pending += chunk;
    if (pending.length < reparseAt && pending.length <= options.maxRecordChars()) continue;
    const records = parse(false);
    reparseAt = records.length === 0 ? pending.length * 2 : 0;
    if (pending.length > options.maxRecordChars()) throw runaway(pending, line, options);
    for (const r of records) yield r;
  }
  const records = parse(true);
  if (unterminated) {
    const last = records[records.length - 1];
    // An opening quote that is never closed swallows everything after it into one cell. On the last
    // line alone that is one bad row; across lines it has eaten rows the user expects to be imported.
    const spansLines = last.fields.some((f) => /[\r\n]/.test(f.replace(/[\r\n]+$/, '')));
    if (spansLines) {
      throw new RunError(
        'READ_CORRUPT',
        `'${options.name}' line ${last.line}: a quoted value starts here and is never properly closed (a closing quote must be ` +
          'followed by the delimiter or the end of the line), ' +
          'so the rest of the file would be read as one cell. Fix the quotes on that line.',
        { line: last.line },
      );
    }
    last.badQuotes = true;
  }
  for (const r of records) yield r;
}

function runaway(pending: string, line: number, options: RecordOptions): RunError {
  const limit = formatCount(options.maxRecordChars());
  if (pending.includes('"')) {
    return new RunError(
      'READ_CORRUPT',
      `'${options.name}' line ${line}: a row runs on for more than ${limit} characters — most likely a quote (") ` +
        'that is never closed. Fix the quotes on that line.',
      { line },
    );
  }
  return new RunError(
    'READ_LIMIT',
    `'${options.name}' line ${line}: a row is longer than ${limit} characters`,
    {
      line,
    },
  );
}
