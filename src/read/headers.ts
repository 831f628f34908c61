import { localizedRunError, t } from '../i18n/index.js';

export interface HeaderSet {
  /** Unique keys, same length as rawHeaders. */
  headers: string[];
  /** As written in the file. */
  rawHeaders: string[];
}

/** Whitespace-only cells count as empty: a row of them is a blank row. */
export function isBlank(cells: readonly string[]): boolean {
  return cells.every((c) => c.trim() === '');
}

export { columnLetter } from '../write/index.js';

/**
 * The UTF-8 byte-order mark (EF BB BF) as Latin-1 or Windows-1252 shows it: a UTF-8 CSV (ours are
 * written with a BOM, docs/EXPORT.md) opened with the wrong character set and saved again, as
 * LibreOffice converting it does. Only the reader takes it off (it owns the bytes); left on, `ï»¿id`
 * would not bind as `id`, and an export imported back would lose its ids.
 */
const GARBLED_BOM = '\u00EF\u00BB\u00BF';

/** The row's cells with a garbled byte-order mark taken off the first (the same array when it has none). */
export function withoutGarbledBom(cells: readonly string[]): readonly string[] {
  if (cells.length === 0 || !cells[0].startsWith(GARBLED_BOM)) return cells;
  return [cells[0].slice(GARBLED_BOM.length), ...cells.slice(1)];
}

/**
 * Header keys from the header row's cells. Trailing empty header cells are dropped (exports often end
 * rows with a delimiter); an empty header inside the row is keyed by its position (`label`), and a
 * repeated header gets ` (2)`, ` (3)`… — never a name that appears elsewhere in the header.
 */
export function buildHeaders(
  cells: readonly string[],
  label: (column: number) => string,
  warnings: string[],
  maxColumns: number,
  where: { name: string; line?: number; sheet?: string; row?: number },
): HeaderSet {
  let count = cells.length;
  while (count > 0 && cells[count - 1].trim() === '') count--;
  if (count > maxColumns) {
    const key = where.sheet === undefined ? 'read.csvHeaderTooWide' : 'read.sheetHeaderTooWide';
    throw localizedRunError(
      'READ_LIMIT',
      key,
      { ...where, count, limit: maxColumns },
      { columns: count, limit: maxColumns },
    );
  }
  const inFile = cells.slice(0, count);
  const rawHeaders = [...withoutGarbledBom(inFile)];
  if (rawHeaders[0] !== inFile[0]) warnings.push(t('sheetRows.garbledBom', { header: rawHeaders[0] }));
  const written = new Set(rawHeaders);
  const used = new Set<string>();
  const unnamed: string[] = [];
  const headers = rawHeaders.map((raw, i) => {
    let key = raw;
    if (raw.trim() === '') key = label(i + 1);
    if (used.has(key) || (key !== raw && written.has(key))) {
      const base = key;
      let n = 2;
      while (used.has(`${base} (${n})`) || written.has(`${base} (${n})`)) n++;
      key = `${base} (${n})`;
      if (raw.trim() !== '') warnings.push(t('read.warn.duplicateHeader', { header: raw, key }));
    }
    used.add(key);
    if (raw.trim() === '') unnamed.push(key);
    return key;
  });
  if (unnamed.length > 0) {
    const keys = unnamed.map((k) => `'${k}'`).join(', ');
    warnings.push(t('read.warn.noHeader', { count: unnamed.length, keys }));
  }
  return { headers, rawHeaders };
}
