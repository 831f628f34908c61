/**
 * The records of CSV text read the way Python's csv module and Excel read it, for the stretches
 * papaparse reads differently (csv-records.ts hands them over):
 * - a quote that does not start a field is data (`Bengkel "GAM MODEL"`), and text after a quoted
 *   part of a field is data too (`"GAM MODEL" di Jl. X` → `GAM MODEL di Jl. X`, flagged), where
 *   papaparse keeps looking for a closing quote and swallows the following lines into one cell;
 * - CRLF, LF and a bare CR each end a record outside quotes, whichever the file mixes.
 * A plain loop over characters: it only ever sees the few records papaparse got wrong.
 */

export interface LenientRecord {
  fields: string[];
  /** Offset in the text where the record starts. */
  start: number;
  /** A quote in a place where a quoted value cannot continue (`"abc"def`). */
  badQuotes: boolean;
}

export interface LenientResult {
  records: LenientRecord[];
  /** Characters of complete records; the rest is an unfinished record. */
  consumed: number;
  /** The unfinished record is inside quotes (a quote not closed before the end of the text). */
  openQuote: boolean;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

export function lenientRecords(text: string, delimiter: string, final: boolean): LenientResult {
  const delim = delimiter.charCodeAt(0);
  const records: LenientRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let start = 0;
  let badQuotes = false;
  let inQuotes = false;
  let afterQuote = false; // just read a quote inside a quoted part
  let i = 0;
  const endRecord = (next: number) => {
    fields.push(field);
    records.push({ fields, start, badQuotes });
    fields = [];
    field = '';
    badQuotes = false;
    start = next;
  };
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuotes) {
      if (c === QUOTE) {
        inQuotes = false;
        afterQuote = true;
      } else field += text[i];
      continue;
    }
    if (afterQuote) {
      afterQuote = false;
      if (c === QUOTE) {
        field += '"'; // a doubled quote
        inQuotes = true;
        continue;
      }
      if (c !== delim && c !== CR && c !== LF) badQuotes = true;
    }
    if (c === delim) {
      fields.push(field);
      field = '';
    } else if (c === CR || c === LF) {
      if (c === CR && i + 1 >= text.length && !final) break; // a LF may follow in the next chunk
      const next = c === CR && text.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      endRecord(next);
      i = next - 1;
    } else if (c === QUOTE && field === '' && !fieldHasQuotedPart(text, i, delim)) {
      inQuotes = true;
    } else {
      field += text[i];
    }
  }
  if (final && start < text.length && !inQuotes) {
    endRecord(text.length);
  }
  return { records, consumed: start, openQuote: inQuotes };
}

/** A quote opens a quoted part only at the very start of a field (after a delimiter or a line break). */
function fieldHasQuotedPart(text: string, i: number, delim: number): boolean {
  if (i === 0) return false;
  const before = text.charCodeAt(i - 1);
  return !(before === delim || before === CR || before === LF);
}
