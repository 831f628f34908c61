import type { enWebExport } from './en-webexport.js';
import type { CatalogShape } from './shape.js';

/** Kata-kata pilihan pemisah CSV di halaman ekspor. */
export const idWebExport: CatalogShape<typeof enWebExport> = {
  delimiter: 'CSV: pemisah kolom',
  delimiterSemicolon: '; titik koma',
  delimiterComma: ', koma',
  delimiterTab: 'tab',
  delimiterHint:
    'Untuk Excel berbahasa Indonesia pakai ; — untuk Excel berbahasa Inggris pakai , (XLSX terbuka dengan benar di keduanya).',
};
