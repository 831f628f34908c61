/**
 * Which row is the header. Indonesian sheets often open with a title ("DAFTAR PELANGGAN PT MAJU
 * JAYA", merged across the columns), a blank row and a date line before the real header. The reader
 * does not know the entity's columns (read/ never imports map/): the run layer passes a scorer that
 * counts a row's cells that are known headers, and the reader takes the first row that scores.
 */
import { localizedRunError } from '../i18n/index.js';
import { withoutGarbledBom } from './headers.js';
import type { HeaderFound, HeaderScore } from './source.js';

/** Rows (non-blank) looked at for the header before falling back to the first one. */
export const HEADER_SEARCH_ROWS = 20;
/** Known headers in a row that make it the header at once. */
const SURE_MATCHES = 2;

export interface HeaderCandidate<T> {
  /** The row (XLSX) or line (CSV) number the user sees. */
  row: number;
  cells: string[];
  item: T;
}

export interface HeaderDecision<T> {
  header: HeaderCandidate<T>;
  /** Rows read after the header while searching: data rows, handed out first. */
  after: T[];
  found: HeaderFound;
}

/**
 * Fed the non-blank rows from the top, one by one, until `offer` returns true; then `decide`.
 * `--header-row N` takes row N; with a scorer the first of the first 20 rows holding two known
 * headers (or else the first holding one); otherwise, or when nothing scores, the first row.
 */
export class HeaderSearch<T> {
  private readonly seen: HeaderCandidate<T>[] = [];
  private readonly scores: number[] = [];
  private chosen: number | undefined;
  private passed = false;
  /** With `--header-row`: non-blank rows above it, counted, not kept. */
  private above = 0;

  constructor(
    private readonly options: { headerRow?: number; headerScore?: HeaderScore },
    private readonly where: string,
  ) {}

  /** True once the header is known (or, with `--header-row`, once the row is passed). */
  offer(candidate: HeaderCandidate<T>): boolean {
    const wanted = this.options.headerRow;
    if (wanted !== undefined) {
      if (candidate.row < wanted) {
        this.above++;
        return false;
      }
      if (candidate.row === wanted) {
        this.seen.push(candidate);
        this.chosen = this.seen.length - 1;
      } else this.passed = true;
      return true;
    }
    this.seen.push(candidate);
    const score = this.options.headerScore
      ? this.options.headerScore(withoutGarbledBom(candidate.cells))
      : SURE_MATCHES;
    this.scores.push(score);
    if (score >= SURE_MATCHES) this.chosen = this.seen.length - 1;
    return this.chosen !== undefined || this.seen.length >= HEADER_SEARCH_ROWS;
  }

  /** The header, or undefined when the file holds no non-blank row. Throws when row N is blank or past the end. */
  decide(): HeaderDecision<T> | undefined {
    const wanted = this.options.headerRow;
    if (wanted !== undefined && this.chosen === undefined) {
      const key = this.passed ? 'headerRow.blank' : 'headerRow.pastEnd';
      throw localizedRunError(
        'READ_EMPTY',
        key,
        { file: this.where, row: String(wanted) },
        { headerRow: wanted },
      );
    }
    if (this.seen.length === 0) return undefined;
    let how: HeaderFound['how'] = wanted !== undefined ? 'option' : 'matched';
    let index = this.chosen;
    if (index === undefined) {
      index = this.scores.findIndex((s) => s > 0);
      if (index < 0) {
        index = 0;
        how = 'first';
      }
    }
    const header = this.seen[index];
    return {
      header,
      after: this.seen.slice(index + 1).map((c) => c.item),
      found: {
        how: this.options.headerScore || wanted !== undefined ? how : 'first',
        matched: this.scores[index] ?? 0,
        rowsAbove: wanted !== undefined ? this.above : index,
      },
    };
  }
}
