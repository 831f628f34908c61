/**
 * Header normalising for column matching: `Nama Pelanggan`, `nama_pelanggan`, `NAMA-PELANGGAN` and
 * `Nàma Pelanggan` all become `namapelanggan`. Case, spaces, underscores, punctuation and accents carry
 * no meaning in a spreadsheet header, and users type them every which way.
 */

const DIACRITICS = /\p{M}+/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
/**
 * A byte order mark (U+FEFF) still before a header, as a workbook cell pasted from a text file can
 * hold. Its garbled form (`ï»¿`, UTF-8 read as Windows-1252) is the reader's to take off, with a
 * warning (read/headers.ts).
 */
const BOM = /^\uFEFF/;

export function normalizeHeader(header: string): string {
  return header
    .replace(BOM, '')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .toLowerCase()
    .replace(NOT_ALNUM, '');
}

/**
 * Headers starting with `_` are the result sheet's own columns (`_row`, `_status`, `_id`, `_error`).
 * They are never bound, so a result sheet can be imported again: `_id` must not pose as `id`.
 */
export function isReservedHeader(header: string): boolean {
  return header.trimStart().startsWith('_');
}
