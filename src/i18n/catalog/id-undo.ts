import type { enUndo } from './en-undo.js';
import type { CatalogShape } from './shape.js';

/** Pesan `undo` dalam bahasa Indonesia (docs/UNDO.md). */
export const idUndo: CatalogShape<typeof enUndo> = {
  action: {
    delete: 'hapus [delete]',
    restore: 'kembalikan nilai lama [restore]',
    recreate: 'buat kembali [recreate]',
    cancel: 'batalkan pesanan [cancel]',
    none: 'tidak ada yang dilakukan [none]',
  },
  row: {
    changedSince: 'sudah diubah sejak proses itu ({{fields}}): dibiarkan apa adanya',
    recordGone:
      'data yang diperbarui oleh proses itu sudah dihapus sejak saat itu: tidak ada yang dapat dikembalikan nilainya',
    keyExists: 'data dengan kode ini sudah ada lagi (id {{id}}): tidak dibuat untuk kedua kalinya',
    alreadyUndone:
      'tidak ada yang perlu diurungkan: perubahan ini sudah diurungkan, atau tidak pernah terjadi',
    noBeforeImage:
      'jurnal tidak menyimpan nilai sebelumnya untuk baris ini (ditulis oleh versi lama): tidak dapat diurungkan',
    inDoubt:
      'proses itu membuat (atau mungkin membuat) data ini tanpa kode, sehingga tidak diketahui data yang mana: periksa di server',
    visit: 'kunjungan tidak dapat dihapus melalui API: hapus di SalesMania bila memang perlu',
    orderMovedOn:
      'status pesanan sekarang {{status}}, bukan lagi {{created}} seperti saat dibuat: tidak dibatalkan',
    orderGone: 'pesanan tidak ada lagi di server',
    statusEmpty:
      'pesanan tidak memiliki label status sebelum proses itu: API tidak dapat mengosongkannya kembali',
  },
  notAJournal: '{{path}} bukan sheet hasil maupun jurnal salesmania-bulk: tidak ada jurnal di {{journal}}',
  notAJournalFile: '{{path}} bukan jurnal salesmania-bulk (baris pertamanya bukan kepala proses)',
  alreadyUndone:
    'proses yang tercatat di {{journal}} sudah diurungkan pada {{at, datetime(dateStyle: long; timeStyle: short)}} (lihat {{result}}): tidak ada yang dikirim',
  nothingToUndo: 'proses yang tercatat di {{journal}} tidak mengubah apa pun yang dapat diurungkan',
  planWritten: 'undo --plan: tidak ada yang dikirim; apa yang akan dilakukan undo ada di {{path}}',
};
