/**
 * Header normalising for column matching: `Nama Pelanggan`, `nama_pelanggan`, `NAMA-PELANGGAN` and
 * `Nàma Pelanggan` all become `namapelanggan`. Case, spaces, underscores, punctuation and accents carry
 * no meaning in a spreadsheet header, and users type them every which way.
 */

const DIACRITICS = /\p{M}+/gu;
const NOT_ALNUM = /[^\p{L}\p{N}]+/gu;

export function normalizeHeader(header: string): string {
  return header.normalize('NFD').replace(DIACRITICS, '').toLowerCase().replace(NOT_ALNUM, '');
}

/**
 * Headers starting with `_` are the result sheet's own columns (`_row`, `_status`, `_id`, `_error`).
 * They are never bound, so a result sheet can be imported again: `_id` must not pose as `id`.
 */
export function isReservedHeader(header: string): boolean {
  return header.trimStart().startsWith('_');
}
