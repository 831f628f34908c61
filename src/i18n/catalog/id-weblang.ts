import type { enWebLang } from './en-weblang.js';
import type { CatalogShape } from './shape.js';

/** Kata-kata catatan file di halaman impor. */
export const idWebLang: CatalogShape<typeof enWebLang> = {
  fileName: 'File: {{name}}',
  readerNotes: 'Cara file ini dibaca',
};
