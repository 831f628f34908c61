import type { enWebPlan } from './en-webplan.js';
import type { CatalogShape } from './shape.js';

/** Langkah rencana, penerapan dan pengurungan (undo) di halaman web. */
export const idWebPlan: CatalogShape<typeof enWebPlan> = {
  actions: 'Yang akan dilakukan rencana ini',
  actionCounts: 'Baris per tindakan: {{counts}}',
  changes: 'Perubahan',
  noChanges: 'Tidak ada baris yang akan mengubah data.',
  row: 'Baris',
  action: 'Tindakan',
  id: 'ID',
  change: 'Perubahan (lama → baru)',
  flags: 'Tanda',
  moreRows_other: '… dan {{count, number}} baris lagi: lihat lembar rencana.',
  apply: 'Jalankan rencana ini',
  applyHint:
    'Mengirim persis perubahan ini; data yang sudah berubah di server sejak rencana dibuat tidak akan ditimpa.',
  applies: 'menjalankan rencana {{id}}',
  undoes: 'mengurungkan proses {{id}}',
  undoPlan: 'Pratinjau undo (tanpa mengirim)',
  undoHint:
    'Mengurungkan apa yang diubah proses ini, berdasarkan jurnalnya: data yang dibuat akan dihapus, data yang diperbarui kembali ke nilai lamanya.',
};
