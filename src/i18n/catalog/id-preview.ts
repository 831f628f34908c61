/** Indonesian messages of the preview grid's errors and warnings (see en-preview.ts). */
import type { enPreview } from './en-preview.js';
import type { CatalogShape } from './shape.js';

export const idPreview: CatalogShape<typeof enPreview> = {
  errorRows: 'Baris bermasalah dalam pratinjau (tidak dikirim sebelum diperbaiki): {{count, number}}',
  warningRows:
    'Baris dengan peringatan dalam pratinjau (valid, dikirim seperti yang tampil): {{count, number}}',
  noErrors: 'Tidak ada kesalahan pada baris-baris ini.',
  errorLabel: 'Kesalahan:',
  warningLabel: 'Peringatan:',
};
