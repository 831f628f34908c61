/** Indonesian messages of the web page found by using it as its users do: same keys and placeholders as `en-webuser.ts`. */
import type { enWebUser } from './en-webuser.js';

export const idWebUser: Record<keyof typeof enWebUser, string> = {
  alreadyImported:
    'File ini sudah diimpor sampai selesai pada {{at, datetime(dateStyle: long; timeStyle: short)}} (isi yang sama): tidak ada yang dikirim, jadi tidak ada data yang dibuat dua kali. Jika Anda memang ingin mengimpornya sekali lagi, gunakan "Impor sekali lagi": baris yang kodenya sudah ada akan dilewati, baris tanpa kode akan dibuat lagi',
  importAgain: 'Impor sekali lagi',
  otherSheetTaken:
    'worksheet "{{sheet}}" yang ditampilkan: worksheet pertama, "{{first}}", tidak memiliki kolom data ini (pilih yang lain di Sheet)',
  progressOf: '{{done, number}} dari {{total, number}} baris · {{rate, number}} baris/detik · {{eta}}',
  etaMinutes_one: 'sekitar {{count, number}} menit lagi',
  etaMinutes_other: 'sekitar {{count, number}} menit lagi',
  etaHours_one: 'sekitar {{count, number}} jam lagi',
  etaHours_other: 'sekitar {{count, number}} jam lagi',
  fileResult: 'setiap baris dengan statusnya (_status), ID SalesMania (_id), dan pesannya (_error)',
  fileErrors:
    'hanya baris yang perlu diperhatikan, beserta alasannya: perbaiki di sheet ini, lalu impor lagi apa adanya',
  fileJournal: 'catatan alat ini tentang apa yang dikirim, untuk Lanjutkan dan Undo: tidak perlu dibuka',
  filePlan: 'apa yang akan dilakukan setiap baris, dan perubahan lama → baru',
  filePlanCompanion: 'pendamping rencana, yang diperiksa oleh Jalankan rencana ini: tidak perlu dibuka',
};
