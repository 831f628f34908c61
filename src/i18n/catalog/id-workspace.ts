/** Indonesian messages of the workspace: same keys and placeholders as `en-workspace.ts`. */
import type { enWorkspace } from './en-workspace.js';

export const idWorkspace: Record<keyof typeof enWorkspace, string> = {
  uploadTooBig:
    "Ukuran '{{name}}' melebihi batas {{limit, number(maximumFractionDigits: 6)}} {{limitUnit}}: pecah file menjadi beberapa bagian atau naikkan batasnya (SALESMANIA_MAX_FILE_MB)",
  uploadNotFound: 'tidak ada file unggahan {{id}} di folder data: unggah file itu lagi',
  runBusy:
    'file ini sedang diproses oleh proses yang dimulai {{at, datetime(dateStyle: medium; timeStyle: short)}}: tunggu sampai selesai, atau hentikan proses itu',
  noSuchRun:
    'proses {{run}} tidak dapat dipakai di sini: rencana harus sudah selesai, undo memerlukan impor atau penerapan yang sudah berakhir beserta jurnalnya',
  nothingToResume: 'tidak ada impor file ini yang terhenti untuk dilanjutkan: mulai impor baru',
  nothingToResumeRun:
    'proses {{run}} tidak punya apa pun untuk dilanjutkan: proses itu sudah selesai, atau proses yang lebih baru melanjutkan jurnalnya (lanjutkan yang itu)',
  badMapping: 'pemetaan harus menyebut, untuk setiap kolom file, sebuah field atau "" (kolom diabaikan)',
};
