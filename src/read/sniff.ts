import Papa from 'papaparse';
import { localizedRunError } from '../i18n/index.js';
import { isBlank } from './headers.js';

export type Newline = '\n' | '\r';

export const DELIMITERS = [',', ';', '\t', '|'] as const;

const DELIMITER_NAMES: Record<string, string> = {
  ',': ',',
  comma: ',',
  ';': ';',
  semicolon: ';',
  '\t': '\t',
  '\\t': '\t',
  tab: '\t',
  '|': '|',
  pipe: '|',
};

/** A forced delimiter, by character or name (`tab`, and `\t` as typed on a command line). */
export function parseDelimiterOption(value: string): string {
  const found = DELIMITER_NAMES[value] ?? DELIMITER_NAMES[value.trim().toLowerCase()];
  if (!found) {
    throw localizedRunError('CONFIG_INVALID', 'read.badDelimiter', { value });
  }
  return found;
}

/**
 * Papaparse splits records on one newline sequence. Splitting on `\n` covers LF and CRLF files alike (and
 * files mixing both); the CR left at the end of a CRLF record is removed by the record reader. Only a file
 * with no LF at all (classic Mac) splits on `\r`.
 */
export function sniffNewline(sample: string): Newline {
  return sample.includes('\n') || !sample.includes('\r') ? '\n' : '\r';
}

/**
 * Picks the delimiter that splits the header into several columns and the most sample records into as
 * many columns as the header (trailing empty cells allowed) — parsed quote-aware, so a comma inside a
 * quoted value does not count. Ties go to more columns, then to the order `,` `;` tab `|`.
 * A single-column file gets `,`.
 */
export function sniffDelimiter(sample: string, newline: Newline, complete: boolean): string {
  let best = { delimiter: ',', score: -1, columns: 1 };
  for (const delimiter of DELIMITERS) {
    const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"' });
    const parsed = parser.parse(sample, 0, !complete) as { data: string[][] };
    const records = parsed.data
      .map((r) =>
        newline === '\n' && r.length ? [...r.slice(0, -1), r[r.length - 1].replace(/\r$/, '')] : r,
      )
      .filter((r) => !isBlank(r))
      .slice(0, 50);
    if (records.length === 0) continue;
    // The columns of a record, trailing empty fields aside.
    const widths = records.map((r) => {
      let n = r.length;
      while (n > 1 && r[n - 1].trim() === '') n--;
      return n;
    });
    // The most common width decides, not the first record's: a title line above the header ("Data
    // Pelanggan – Desember") is one field under every delimiter and must not rule the real one out.
    const counts = new Map<number, number>();
    for (const n of widths) if (n >= 2) counts.set(n, (counts.get(n) ?? 0) + 1);
    if (counts.size === 0) continue;
    const [columns, score] = [...counts].reduce((a, b) =>
      b[1] > a[1] || (b[1] === a[1] && b[0] > a[0]) ? b : a,
    );
    if (score > best.score || (score === best.score && columns > best.columns)) {
      best = { delimiter, score, columns };
    }
  }
  return best.delimiter;
}
