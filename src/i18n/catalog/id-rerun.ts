/** Indonesian messages about running a file again: same keys and placeholders as `en-rerun.ts`. */
import type { enRerun } from './en-rerun.js';

export const idRerun: Record<keyof typeof enRerun, string> = {
  alreadyImported:
    '{{file}} sudah diimpor sampai selesai ({{entity}}, --mode {{mode}}) pada {{at, datetime(dateStyle: long; timeStyle: short)}}, menurut jurnal {{journal}}; tidak ada yang dikirim. Tambahkan --again untuk mengimpornya sekali lagi',
  alreadyImportedCopy:
    'isi {{file}} sama dengan {{twin}}, yang sudah diimpor sampai selesai ({{entity}}, --mode {{mode}}) pada {{at, datetime(dateStyle: long; timeStyle: short)}}, menurut jurnal {{journal}}; tidak ada yang dikirim. Tambahkan --again untuk mengimpornya sekali lagi',
  journalNotFound:
    'tidak ada yang dapat dilanjutkan: tidak ada jurnal di {{journal}}. Gunakan --out-dir yang sama dengan proses pertama; atau jalankan tanpa --resume untuk memulai dari awal (baris yang kodenya sudah ada akan dilewati, baris tanpa kode akan dibuat lagi)',
  runComplete:
    'proses untuk {{file}} sudah selesai ({{at, datetime(dateStyle: long; timeStyle: short)}}): tidak ada yang perlu dilanjutkan, tidak ada yang dikirim',
  unfinished:
    'ada jurnal dari proses yang belum selesai ({{journal}}); tambahkan --resume untuk menyelesaikannya. Jika Anda memulai dari awal (pindahkan jurnal itu), baris yang kodenya sudah ada akan dilewati, tetapi baris tanpa kode akan dibuat lagi',
  otherRun:
    'jurnal {{journal}} milik proses lain ({{entity}} {{mode}} untuk {{file}}); jurnal itu tidak dapat melanjutkan proses ini',
  keyExists: '{{key}} sudah ada (id {{id}}): tidak dibuat lagi (--allow-existing-keys akan membuatnya)',
};
