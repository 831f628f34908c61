/** Indonesian messages of the guards (see en-guards.ts). */
import type { enGuards } from './en-guards.js';
import type { CatalogShape } from './shape.js';

export const idGuards: CatalogShape<typeof enGuards> = {
  deletePrompt_other:
    'Proses ini akan MENGHAPUS {{count, number}} data ({{entity}}) dari SalesMania. Ketik {{typed}} lalu tekan Enter untuk melanjutkan, atau ketik apa pun yang lain untuk berhenti: ',
  deleteNeedsYes:
    '--mode delete menghapus data dan tidak ada terminal untuk meminta konfirmasi: tambahkan --yes untuk menghapus tanpa bertanya. Tidak ada yang dikirim',
  deleteNotConfirmed:
    'penghapusan tidak dikonfirmasi (seharusnya {{typed}}, yang diketik "{{answer}}"): tidak ada yang dihapus atau dikirim',
  deleteNoAnswer: 'penghapusan tidak dikonfirmasi (tidak ada jawaban): tidak ada yang dihapus atau dikirim',
  notErrorLimit:
    '`{{name}}` harus berupa bilangan bulat > 0 atau persentase dari 0 sampai 100 seperti 5%, yang diberikan `{{value}}`',
  maxErrorsReached:
    'dihentikan setelah {{count, number}} baris gagal atau tidak valid (--max-errors {{limit}}). Tidak ada lagi yang dikirim; sheet hasil mencantumkan baris-baris tersebut. Perbaiki penyebabnya, lalu tambahkan --resume untuk melanjutkan',
  systemicFailure:
    'dihentikan: {{count, number}} baris pertama yang dikirim ke API semuanya gagal dengan kesalahan yang sama: {{error}}. Kemungkinan besar ini masalah sistemik (database yang salah, kolom yang tidak lagi diterima API, hak akses kurang), bukan masalah baris-barisnya. Tidak ada lagi yang dikirim. Perbaiki penyebabnya, lalu tambahkan --resume untuk mengirim sisanya; baris yang gagal ada di sheet kesalahan',
};
