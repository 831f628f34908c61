/**
 * Indonesian messages: formal register (Anda), the words of Indonesian spreadsheet users (baris,
 * kolom, wajib diisi, tidak valid). Same keys and placeholders as `en.ts`. Codes in brackets, option
 * names, environment variables and `_status` values stay as they are: people type and search them.
 */
import type { en } from './en.js';
import type { CatalogShape } from './shape.js';
import { idRun } from './id-run.js';
import { idRerun } from './id-rerun.js';
import { idReimport } from './id-reimport.js';
import { idGuards } from './id-guards.js';
import { idConfirm } from './id-confirm.js';
import { idPreview } from './id-preview.js';
import { idRows } from './id-rows.js';
import { idPlan } from './id-plan.js';
import { idUndo } from './id-undo.js';
import { idWeb } from './id-web.js';
import { idWebPlan } from './id-webplan.js';
import { idWorkspace } from './id-workspace.js';
import { idLog } from './id-log.js';
import { idBind } from './id-bind.js';
import { idRunLock } from './id-runlock.js';
import { idWebLang } from './id-weblang.js';
import { idWebExport } from './id-webexport.js';
import { idWebUser } from './id-webuser.js';
import { idSheet } from './id-sheet.js';
import { idValues } from './id-values.js';
import { idStored } from './id-stored.js';

export const id: CatalogShape<typeof en> = {
  ...idRun,
  ...idWeb,
  rerun: idRerun,
  reimport: idReimport,
  plan: idPlan,
  undo: idUndo,
  guards: idGuards,
  confirm: idConfirm,
  preview: idPreview,
  workspace: idWorkspace,
  log: idLog,
  bind: idBind,
  sheetRows: idSheet,
  webPlan: idWebPlan,
  runLock: idRunLock,
  webLang: idWebLang,
  webExport: idWebExport,
  webUser: idWebUser,
  values: idValues,
  stored: idStored,
  error: {
    line: 'Kesalahan [{{code}}]: {{message}}',
    internal:
      'Kesalahan [INTERNAL]: {{message}}\n(ini adalah bug di salesmania-bulk; jalankan dengan --log-level debug untuk melihat detailnya)',
  },
  usage: {
    hint: '(jalankan dengan --help untuk melihat cara pemakaian)',
    unknownOption: "Kesalahan [USAGE]: opsi '{{option}}' tidak dikenal",
    unknownOptionSuggestion:
      "Kesalahan [USAGE]: opsi '{{option}}' tidak dikenal\n(Maksud Anda {{suggestion}}?)",
    unknownCommand: "Kesalahan [USAGE]: perintah '{{command}}' tidak dikenal",
    unknownCommandSuggestion:
      "Kesalahan [USAGE]: perintah '{{command}}' tidak dikenal\n(Maksud Anda {{suggestion}}?)",
    missingArgument: "Kesalahan [USAGE]: argumen '{{argument}}' wajib diisi",
    optionMissingArgument: "Kesalahan [USAGE]: opsi '{{option}}' memerlukan nilai",
    missingMandatoryOption: "Kesalahan [USAGE]: opsi '{{option}}' wajib diisi",
    invalidOptionChoice:
      "Kesalahan [USAGE]: nilai '{{value}}' untuk opsi '{{option}}' tidak valid. Pilihan yang diizinkan: {{choices}}.",
    invalidArgumentChoice:
      "Kesalahan [USAGE]: nilai '{{value}}' untuk argumen '{{argument}}' tidak valid. Pilihan yang diizinkan: {{choices}}.",
    excessArguments_other:
      'Kesalahan [USAGE]: argumen terlalu banyak. Seharusnya {{count}} argumen, tetapi yang diberikan {{received}}.',
    generic: 'Kesalahan [USAGE]: {{message}}',
  },
  config: {
    notPositiveNumber: '`{{name}}` harus berupa angka lebih dari 0, bukan `{{value}}`',
    notPositiveInteger: '`{{name}}` harus berupa bilangan bulat lebih dari 0, bukan `{{value}}`',
    notFraction: '`{{name}}` harus berupa pecahan antara 0 dan 1, bukan `{{value}}`',
    notOneOf: '`{{name}}` harus salah satu dari {{allowed}}, bukan `{{value}}`',
    notHttpUrl: '`{{name}}` harus berupa URL http(s), bukan `{{value}}`',
    urlWithCredentials:
      '`{{name}}` tidak boleh berisi kredensial; gunakan SALESMANIA_USERNAME dan SALESMANIA_PASSWORD(_FILE)',
    passwordFileUnreadable: 'Kata sandi tidak dapat dibaca dari file {{path}} ({{reason}})',
    noPassword:
      'Kata sandi untuk pengguna {{username}} belum diatur: isi {{passwordEnv}} atau {{passwordFileEnv}} (Docker secret)',
    noCredentials:
      'Kredensial belum diatur: isi {{usernameEnv}} dan {{passwordEnv}} (atau {{passwordFileEnv}}), atau {{tokenEnv}}',
    maxRunsWithoutCron: '`--max-runs` hanya dapat dipakai bersama `--cron`',
    secretUnreadable: {
      smtpPassword: 'Password SMTP tidak dapat dibaca dari file {{path}} ({{reason}})',
      sftpPassword: 'Password SFTP tidak dapat dibaca dari file {{path}} ({{reason}})',
      sftpKey: 'Private key SFTP tidak dapat dibaca dari file {{path}} ({{reason}})',
    },
    smtpUrlInvalid: '{{name}} harus berformat smtp://user@host:587 atau smtps://…',
    smtpUrlProtocol: '{{name}} harus diawali smtp:// atau smtps://',
    smtpUrlPassword: '{{name}} tidak boleh memuat password; gunakan {{passwordEnv}} atau {{passwordFileEnv}}',
    noSmtpPassword: 'Password SMTP untuk {{user}} belum ada: isi {{passwordEnv}} atau {{passwordFileEnv}}',
    hostKeyInvalid:
      '{{name}} harus berupa fingerprint seperti SHA256:… (ssh-keygen -lf), tetapi berisi `{{value}}`',
    timeZone: '`timezone` harus berupa zona waktu IANA seperti Asia/Jakarta, tetapi berisi `{{value}}`',
  },
  api: {
    noCredentials:
      'Kredensial belum diatur: isi nama pengguna dan kata sandi (atau bearer token) untuk mengakses API SalesMania',
    loginRejected: '{{method}} {{path}}: login gagal, nama pengguna atau kata sandi ditolak ({{status}})',
    tokenRejected:
      '{{method}} {{path}}: bearer token ditolak ({{status}}) dan nama pengguna/kata sandi untuk login ulang belum diatur',
    stillRejected: '{{method}} {{path}}: masih ditolak ({{status}}) setelah login ulang',
    noDatabase: 'Pengguna ini tidak memiliki akses ke database mana pun',
    severalDatabases: 'Tersedia beberapa database; pilih salah satu berdasarkan id atau nama: {{available}}',
    severalNamed: 'Ada beberapa database bernama "{{name}}" (id {{ids}}); pilih salah satu berdasarkan id',
    databaseNotFound: 'Database "{{name}}" tidak ditemukan; yang tersedia: {{available}}',
    databaseNotFoundNone:
      'Database "{{name}}" tidak ditemukan; pengguna ini tidak memiliki akses ke database mana pun',
  },
  template: {
    notAvailable: 'Template untuk {{entity}} belum tersedia di versi ini',
    formatMismatch: '--format {{format}} tidak sesuai dengan nama file {{file}}',
    written: 'Template disimpan: {{path}} (kolom: {{columns}})',
    dropDownError: 'Isi dengan salah satu dari: {{values}}',
  },
  headerRow: {
    matched_other:
      'baris {{row}} dipakai sebagai header: selnya berisi {{count, number}} nama kolom yang dikenal; baris di atasnya (judul, tanggal) tidak dibaca',
    option: 'baris {{row}} dipakai sebagai header (--header-row); baris di atasnya tidak dibaca',
    blank: '{{file}}: --header-row {{row}} menunjuk baris yang kosong',
    pastEnd: '{{file}}: --header-row {{row}} melewati akhir file',
  },
  progress: {
    bar: '{{label}} [{bar}] {value}/{total} baris | {rate} baris/detik | sisa waktu {eta_formatted}',
    barNoTotal: '{{label}} {value} baris | {rate} baris/detik',
    log: '{{label}}: {{processed, number}} dari {{total, number}} baris, {{rate, number}} baris/detik',
    logNoTotal: '{{label}}: {{processed, number}} baris, {{rate, number}} baris/detik',
  },
  signal: {
    received:
      '{{signal}} diterima: proses dihentikan setelah permintaan yang sedang berjalan selesai (tekan sekali lagi untuk menghentikan paksa)',
    again: '{{signal}} diterima lagi: proses dihentikan sekarang tanpa penyelesaian yang rapi',
    stoppedBeforeSending:
      'Dihentikan oleh {{signal}} sebelum ada baris yang dikirim: tidak ada yang perlu dilanjutkan, jalankan perintah yang sama lagi tanpa --resume',
  },
  summary: {
    title: 'Ringkasan: {{title}}',
    titleInterrupted: 'Ringkasan: {{title}} (dihentikan oleh {{signal}})',
    status: {
      created: 'dibuat [created]',
      updated: 'diperbarui [updated]',
      deleted: 'dihapus [deleted]',
      unchanged: 'tidak berubah [unchanged]',
      skipped: 'dilewati [skipped]',
      valid: 'valid',
      invalid: 'tidak valid [invalid]',
      failed: 'gagal [failed]',
      in_doubt: 'belum pasti [in_doubt]',
      not_sent: 'belum dikirim [not_sent]',
      conflict: 'bentrok [conflict]',
      cannot_undo: 'tidak dapat diurungkan [cannot_undo]',
    },
    total: 'jumlah',
    duration: 'durasi',
    durationValue: '{{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} detik',
    rate: 'kecepatan',
    rateValue: '{{rate, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} baris/detik',
    sheets: 'baris per sheet: {{list}}',
    codes: 'masalah per kode: {{list}}',
    output: 'file ekspor: {{path}}',
    state: 'file status (--since last): {{path}}',
    result: 'sheet hasil: {{path}}',
    errors: 'baris yang perlu diperiksa: {{path}}',
    journal: 'jurnal: {{path}} (jalankan lagi dengan --resume)',
    inDoubt: 'belum pasti (periksa di server): baris {{rows}}',
    inDoubtMore_other: 'belum pasti (periksa di server): baris {{rows}} dan {{count, number}} baris lainnya',
  },
  demo: {
    finished:
      'Demo selesai. Buka sheet hasil di atas: setiap baris menunjukkan statusnya (created, updated, unchanged atau invalid) beserta alasannya.',
  },
  doctor: {
    reachable: 'API: {{url}} — dapat dihubungi, login berhasil',
    databases: 'Database yang dapat Anda akses:',
    database: '  {{id}}  {{name}}',
    databaseSelected: '  {{id}}  {{name}}  ← dipilih',
    teamToken: 'Token tim: database {{databaseId}} ({{databaseName}}), anggota tim {{teamId}}',
    teamTokenNoName: 'Token tim: database {{databaseId}}, anggota tim {{teamId}}',
    unknown: 'tidak diketahui',
    members: 'Anggota tim ({{count, number}}):',
    member: '  {{id}}  {{name}}{{number}}  {{email}}  {{role}}',
    memberInactive: '  {{id}}  {{name}}{{number}}  {{email}}  {{role}}  (tidak aktif)',
  },
  row: idRows,
  issue: {
    withColumn: 'Kolom "{{column}}": {{message}} [{{code}}]',
    withoutColumn: '{{message}} [{{code}}]',
  },
};
