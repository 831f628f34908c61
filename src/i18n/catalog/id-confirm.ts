/** Indonesian messages of the typed-count confirmation (see en-confirm.ts). */
import type { enConfirm } from './en-confirm.js';
import type { CatalogShape } from './shape.js';

export const idConfirm: CatalogShape<typeof enConfirm> = {
  undoPrompt:
    'Undo ini akan mengubah {{entity}} di SalesMania: {{deletes, number}} dihapus, {{cancels, number}} dibatalkan (pesanan), {{recreates, number}} dibuat kembali, {{restores, number}} dikembalikan ke nilai kolom sebelumnya. Ketik {{typed}} (data yang dihapus, dibatalkan, atau dibuat kembali) lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
  undoNeedsYes:
    'undo ini menghapus, membatalkan, atau membuat kembali {{count, number}} data ({{entity}}) dan tidak ada terminal untuk meminta konfirmasi: tambahkan --yes untuk menjalankan undo tanpa bertanya. Tidak ada yang dikirim',
  undoNotConfirmed:
    'undo tidak dikonfirmasi (seharusnya {{typed}}, yang diketik "{{answer}}"): tidak ada yang dihapus atau dikirim',
  undoNoAnswer: 'undo tidak dikonfirmasi (tidak ada jawaban): tidak ada yang dihapus atau dikirim',
  applyLabel: 'Ketik jumlah data yang dihapus oleh rencana ini ({{count, number}}) untuk menjalankannya',
  undoLabel:
    'Ketik jumlah data yang mungkin dihapus, dibatalkan, atau dibuat kembali oleh undo ini ({{count, number}}) untuk menjalankannya',
  undoCounts:
    'Undo akan melakukan paling banyak: {{deletes, number}} dihapus, {{cancels, number}} dibatalkan, {{recreates, number}} dibuat kembali, {{restores, number}} dikembalikan (data yang diubah sejak itu dibiarkan).',
  wrongCount:
    'Tidak dijalankan: ketik jumlah data yang akan dihapus ({{typed}}) di kotak di samping tombol; yang diketik "{{answer}}". Tidak ada yang dikirim',
  moreThanConfirmed:
    'undo dihentikan: undo akan menghapus, membatalkan, atau membuat kembali {{count, number}} data, lebih dari {{typed}} yang dikonfirmasi. Tidak ada yang dikirim',
  deleteThroughPlan:
    'di halaman ini, penghapusan dijalankan melalui rencana: pilih Rencana, periksa data yang akan dihapus, lalu ketik jumlahnya di samping tombol Jalankan rencana ini. Tidak ada yang dikirim',
};
