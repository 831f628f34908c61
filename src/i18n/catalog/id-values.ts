/**
 * Indonesian messages of values a user test found read wrongly or silently (see en-values.ts).
 */
import type { enValues } from './en-values.js';
import type { CatalogShape } from './shape.js';

export const idValues: CatalogShape<typeof enValues> = {
  date: {
    columnMonthFirst:
      'bisa berarti {{dayFirst}} (hari lebih dulu) atau {{monthFirst}} (bulan lebih dulu), dan kolom ini menulis bulan lebih dulu (baris {{row}}: {{witness}} hanya valid jika bulan ditulis lebih dulu): tidak dibaca. Jika seluruh kolom menulis bulan lebih dulu, pakai --date-format month-first; jika tidak, tulis TTTT-BB-HH (YYYY-MM-DD), tetapi berisi {{value}}',
    columnDayFirst:
      'bisa berarti {{monthFirst}} (bulan lebih dulu, sesuai --date-format) atau {{dayFirst}} (hari lebih dulu), dan kolom ini menulis hari lebih dulu (baris {{row}}: {{witness}} hanya valid jika hari ditulis lebih dulu): tidak dibaca. Jika seluruh kolom menulis hari lebih dulu, pakai --date-format day-first; jika tidak, tulis TTTT-BB-HH (YYYY-MM-DD), tetapi berisi {{value}}',
  },
  order: {
    otherDate:
      'nomor pesanan {{number}} sudah ada pada {{otherDate}} (pesanan {{id}}), cara baca lain dari tanggal ini: periksa tanggalnya; pesanan ini dikirim untuk {{date}}',
  },
  visit: {
    exists:
      'kunjungan yang sama (tanggal {{date}}, pelanggan dan sales ini) sudah ada (id {{id}}): tidak dikirim lagi; --allow-duplicate-visits tetap mengirimnya',
  },
  deletePrompt: {
    customers_other:
      'Hapus {{count, number}} pelanggan dari SalesMania? Ketik {{typed}} lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
    products_other:
      'Hapus {{count, number}} produk dari SalesMania? Ketik {{typed}} lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
    visits_other:
      'Hapus {{count, number}} kunjungan dari SalesMania? Ketik {{typed}} lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
    orders_other:
      'Hapus {{count, number}} pesanan dari SalesMania? Ketik {{typed}} lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
  },
  undoPrompt: {
    customers:
      'Batalkan perubahan pada pelanggan di SalesMania? {{deletes, number}} dihapus, {{recreates, number}} dibuat kembali, {{restores, number}} dikembalikan ke nilai sebelumnya. Ketik {{typed}} (pelanggan yang dihapus atau dibuat kembali) lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
    products:
      'Batalkan perubahan pada produk di SalesMania? {{deletes, number}} dihapus, {{recreates, number}} dibuat kembali, {{restores, number}} dikembalikan ke nilai sebelumnya. Ketik {{typed}} (produk yang dihapus atau dibuat kembali) lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
    visits:
      'Batalkan perubahan pada kunjungan di SalesMania? {{deletes, number}} dihapus, {{recreates, number}} dibuat kembali, {{restores, number}} dikembalikan ke nilai sebelumnya. Ketik {{typed}} (kunjungan yang dihapus atau dibuat kembali) lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
    orders:
      'Batalkan perubahan pada pesanan di SalesMania? {{deletes, number}} dihapus, {{cancels, number}} dibatalkan, {{recreates, number}} dibuat kembali, {{restores, number}} dikembalikan ke nilai sebelumnya. Ketik {{typed}} (pesanan yang dihapus, dibatalkan, atau dibuat kembali) lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
  },
  undoNeedsYes: {
    customers_other:
      'undo ini menghapus, membatalkan, atau membuat kembali {{count, number}} pelanggan dan tidak ada terminal untuk meminta konfirmasi: tambahkan --yes untuk menjalankan undo tanpa bertanya. Tidak ada yang dikirim',
    products_other:
      'undo ini menghapus, membatalkan, atau membuat kembali {{count, number}} produk dan tidak ada terminal untuk meminta konfirmasi: tambahkan --yes untuk menjalankan undo tanpa bertanya. Tidak ada yang dikirim',
    visits_other:
      'undo ini menghapus, membatalkan, atau membuat kembali {{count, number}} kunjungan dan tidak ada terminal untuk meminta konfirmasi: tambahkan --yes untuk menjalankan undo tanpa bertanya. Tidak ada yang dikirim',
    orders_other:
      'undo ini menghapus, membatalkan, atau membuat kembali {{count, number}} pesanan dan tidak ada terminal untuk meminta konfirmasi: tambahkan --yes untuk menjalankan undo tanpa bertanya. Tidak ada yang dikirim',
  },
  phone: {
    placeholder:
      '{{value}} dianggap tidak ada nomor telepon: sel diperlakukan sebagai kosong (tidak ada yang dikirim, nomor yang tersimpan tetap)',
    noDigits:
      '{{value}} bukan nomor telepon (tidak ada angka); kosongkan sel (atau tulis -) jika tidak ada nomor',
    letters:
      '{{value}} bukan nomor telepon: berisi huruf ({{letters}}); tulis nomornya saja (+62, angka 0 di depan, spasi, tanda hubung dan kurung boleh)',
  },
};
