/**
 * Header normalising for column matching: `Nama Pelanggan`, `nama_pelanggan`, `NAMA-PELANGGAN` and
 * `Nàma Pelanggan` all become `namapelanggan`. Case, spaces, underscores, punctuation and accents carry
 * no meaning in a spreadsheet header, and users type them every which way.
 */

const DIACRITICS = /\p{M}+/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;
/**
 * A byte order mark before the first header: as U+FEFF, or as `ï»¿` when a program read our UTF-8
 * CSV (written with a BOM, docs/EXPORT.md) as Windows-1252 — LibreOffice converting it does. Left
 * on, `ï»¿id` would not bind as `id`, and an export imported back would lose its ids.
 */
const BOM = /^(?:\uFEFF|\u00EF\u00BB\u00BF)/;

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
