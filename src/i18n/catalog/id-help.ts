/**
 * `--help` in Indonesian. The English is beside each option in src/cli/ (commander's own place for
 * it); this translates it, keyed by command and the option's long name (`commands.<command>.options.
 * <name>`, or `options.<name>` for an option several commands share). test/i18n fails on an option,
 * argument or command without a translation here, and on a key that matches nothing.
 */
import type { TextTree } from './shape.js';
import { idHelpServe } from './id-help-serve.js';

export const idHelp: TextTree = {
  titles: {
    usage: 'Cara pakai:',
    options: 'Opsi:',
    arguments: 'Argumen:',
    commands: 'Perintah:',
    globalOptions: 'Opsi global:',
  },
  usage: { options: '[opsi]', command: '[perintah]' },
  extra: { choices: 'pilihan: {{list}}', default: 'bawaan: {{value}}' },
  builtIn: {
    helpOption: 'tampilkan bantuan untuk perintah ini',
    helpCommand: 'tampilkan bantuan untuk sebuah perintah',
    version: 'tampilkan nomor versi',
  },
  program: {
    description: 'Impor dan ekspor spreadsheet (CSV/XLSX) ke dan dari SalesMania dalam jumlah besar',
  },
  options: {
    lang: 'bahasa pesan, bantuan, dan template [env SALESMANIA_LANG, jika tidak: locale sistem]',
    sheet: 'XLSX: sheet yang dibaca (bawaan: sheet pertama)',
    delimiter: 'CSV: pemisah kolom (bawaan: dideteksi dari , ; tab |)',
    'header-row':
      'nomor baris header, seperti yang ditampilkan Excel (bawaan: baris pertama di antara 20 baris pertama yang berisi nama kolom yang dikenal)',
    encoding: 'CSV: encoding file, misalnya utf8, utf16le, windows-1252 (bawaan: dideteksi)',
    mapping: 'file JSON yang memetakan header Anda ke field, misalnya {"Nama Toko": "name"}',
    'out-dir': 'folder tempat sheet hasil disimpan (bawaan: di samping file input)',
    mode:
      'create, update, upsert atau delete (kunci: ext_cust_no / ext_product_code atau id); ' +
      'kunjungan: create; pesanan: create atau update-status (PATCH ext_order_status_name)',
    blank: 'pada update/upsert, arti sel kosong: ignore (field dibiarkan) atau clear (field dikosongkan)',
    'date-format':
      'kunjungan/pesanan: cara membaca tanggal; YYYY-MM-DD dan tanggal Excel selalu dapat dibaca',
    resume: 'lanjutkan proses yang terhenti untuk file yang sama, berdasarkan jurnalnya',
    again: 'impor file sekali lagi walaupun jurnalnya menunjukkan file itu sudah diimpor sampai selesai',
    'max-errors':
      'berhenti dengan rapi (dapat dilanjutkan) setelah sebanyak ini baris gagal atau tidak valid, atau persentase ini dari baris file [env SALESMANIA_MAX_ERRORS]',
    yes: '--mode delete: hapus tanpa meminta konfirmasi jumlah data (wajib jika tidak ada terminal)',
    'allow-existing-keys':
      'pelanggan/produk create: tetap kirim baris yang ext_cust_no / ext_product_code-nya sudah ada di server',
    'match-customer-by':
      'kunjungan/pesanan: cari pelanggan berdasarkan kode (ext_cust_no), atau juga berdasarkan nama persis jika tidak ada kode yang cocok',
    'allow-duplicate-visits':
      'kunjungan: tetap buat kunjungan walaupun sudah ada kunjungan dengan tanggal, pelanggan, dan anggota tim yang sama',
    'skip-existing':
      'pesanan (bawaan): jangan buat pesanan yang ext_order_no-nya sudah ada untuk pelanggan dan tanggal yang sama',
    'no-skip-existing': 'pesanan: buat semua pesanan, termasuk yang ext_order_no-nya sudah ada',
    'base-url': 'alamat API [env SALESMANIA_BASE_URL]',
    username: 'nama pengguna untuk login [env SALESMANIA_USERNAME]',
    'password-file': 'baca kata sandi dari file, misalnya Docker secret [env SALESMANIA_PASSWORD_FILE]',
    database: 'database (perusahaan) berdasarkan id atau nama [env SALESMANIA_DATABASE]',
    rate: 'jumlah permintaan per detik untuk seluruh proses [env SALESMANIA_RATE]',
    concurrency: 'jumlah permintaan yang berjalan bersamaan [env SALESMANIA_CONCURRENCY]',
    timeout: 'batas waktu satu permintaan, dalam milidetik [env SALESMANIA_TIMEOUT_MS]',
    'log-level': 'trace|debug|info|warn|error|silent [env SALESMANIA_LOG_LEVEL]',
    'log-format': 'auto (rapi di terminal), json atau pretty [env SALESMANIA_LOG_FORMAT]',
    json: 'cetak ringkasan sebagai satu objek JSON di stdout',
    'no-progress': 'tanpa progress bar atau baris log kemajuan',
    deliver:
      'kirim juga file ke mailto:a@x.id atau sftp://user@host:22/folder (dapat diulang) [SMTP: env SALESMANIA_SMTP_URL]',
    notify:
      'beri tahu webhook (https://…, Slack, Teams, Google Chat) atau mailto:… tentang hasil proses (dapat diulang)',
    'notify-on': 'kapan memberi tahu (bawaan: failure)',
    'keep-last':
      'retensi: simpan n file terakhir dari job ini (dikenali dari manifest-nya), hapus yang lebih lama',
    'keep-days': 'retensi: hapus file job ini yang lebih tua dari n hari',
    units:
      'produk, update/upsert: keep (baris yang mencantumkan lebih sedikit satuan daripada produknya gagal dengan ' +
      'UNITS_WOULD_REMOVE) atau replace (satuan di baris menggantikan seluruh daftar)',
  },
  commands: {
    import: {
      description: 'impor file CSV/XLSX ke SalesMania dan simpan sheet hasil di sampingnya',
      arguments: { entity: 'jenis data dalam file', file: 'file .csv, .tsv, .txt atau .xlsx' },
      after: `
Contoh:
  $ salesmania-bulk import customers pelanggan.xlsx
  $ salesmania-bulk import products produk.csv --mode upsert
  $ salesmania-bulk import customers pelanggan.xlsx --resume     # setelah crash atau Ctrl-C
  $ salesmania-bulk import visits kunjungan.xlsx --date-format month-first
  $ salesmania-bulk import orders pesanan.xlsx                   # satu baris per item pesanan
  $ salesmania-bulk import orders status.csv --mode update-status

Kode keluar: 0 semua baris berhasil, 1 proses tidak dapat dimulai, 2 ada baris yang tidak valid
atau gagal, 3 ada baris yang belum pasti (periksa di server), 130/143 dihentikan (pakai --resume).`,
    },
    plan: {
      description:
        'tampilkan apa yang akan dilakukan impor, per baris dan per field, tanpa mengubah apa pun di SalesMania',
      arguments: { entity: 'jenis data dalam file', file: 'file .csv, .tsv, .txt atau .xlsx' },
      after: `
Menulis <nama>.plan.<ext> (kolom input, lalu _action, _reason, _id, _changes, _flags) dan
<nama>.plan.json, yang dibaca oleh apply. Hanya membaca dari SalesMania.

Contoh:
  $ salesmania-bulk plan customers pelanggan.xlsx --mode upsert
  $ salesmania-bulk apply pelanggan.plan.json

Kode keluar: 0 semua baris dapat dijalankan, 1 rencana tidak dapat dibuat, 2 ada baris yang tidak valid.`,
    },
    apply: {
      description:
        'jalankan rencana yang dibuat oleh `plan`: tepat baris-barisnya, dengan file, mapping, dan opsi yang sama',
      arguments: { plan: 'file .plan.json yang ditulis plan (atau sheet rencana di sampingnya)' },
      options: {
        resume: 'lanjutkan apply yang terhenti untuk rencana yang sama, berdasarkan jurnalnya',
        again: 'jalankan apply sekali lagi walaupun jurnal menunjukkan file itu sudah diimpor sampai selesai',
        force:
          'tetap tulis data yang telah diubah di server sejak rencana dibuat (tanpa pemeriksaan konflik)',
        'max-errors':
          'berhenti dengan rapi (dapat dilanjutkan) setelah sebanyak ini baris gagal atau tidak valid, atau persentase ini dari baris file [env SALESMANIA_MAX_ERRORS]',
        yes: 'rencana yang menghapus: hapus tanpa meminta konfirmasi jumlah data (wajib jika tidak ada terminal)',
      },
      after: `
Opsi yang mengubah apa yang dikirim (--mode, --blank, --mapping, --database, …) diambil dari rencana;
jika diberikan di sini, nilainya harus sama, jika tidak tidak ada yang dikirim (PLAN_OPTIONS_CHANGED).
Data yang telah diubah di server sejak rencana dibuat dibiarkan (_status conflict), kecuali dengan --force.

Contoh:
  $ salesmania-bulk apply pelanggan.plan.json
  $ salesmania-bulk apply pelanggan.plan.json --resume     # setelah crash atau Ctrl-C

Kode keluar seperti import: 0 semua baris selesai, 1 proses tidak dapat dimulai (atau rencana tidak lagi
cocok), 2 ada baris yang tidak valid, gagal, atau konflik, 3 ada baris yang belum pasti, 130/143 dihentikan
(pakai --resume).`,
    },
    undo: {
      description: 'urungkan perubahan dari proses import, apply atau undo, berdasarkan jurnalnya',
      arguments: {
        file: 'sheet hasil proses itu (jurnalnya ada di sampingnya) atau file .journal.jsonl-nya',
      },
      options: {
        plan: 'hanya tulis apa yang akan dilakukan undo (sheet dan jumlahnya); tidak mengirim apa pun',
        resume: 'lanjutkan undo yang terhenti untuk proses yang sama, berdasarkan jurnalnya',
        'out-dir': 'folder tempat sheet dan jurnal undo disimpan (bawaan: di samping jurnal)',
        yes: 'jalankan undo tanpa bertanya, juga jika undo menghapus, membatalkan, atau membuat kembali data',
      },
      after: `
Contoh:
  $ salesmania-bulk undo pelanggan.result.xlsx --plan     # apa yang akan dilakukan undo; tidak ada yang dikirim
  $ salesmania-bulk undo pelanggan.result.xlsx
  $ salesmania-bulk undo pelanggan.journal.jsonl --resume  # setelah crash atau Ctrl-C

Data yang dibuat dihapus, field yang diperbarui mendapat kembali nilai sebelumnya, data yang dihapus
dibuat kembali (dengan id baru), pesanan yang dibuat dibatalkan (status Batal); kunjungan tidak dapat diurungkan.
Data yang sudah diubah sejak proses itu dibiarkan (conflict). Undo yang menghapus, membatalkan, atau
membuat kembali data lebih dulu meminta Anda mengetik jumlahnya di terminal; tanpa terminal wajib
--yes (DELETE_NEEDS_YES). Lihat docs/UNDO.md.
Kode keluar: 0 semua diurungkan, 1 undo tidak dapat dimulai, 2 ada perubahan yang tidak diurungkan
(conflict, cannot_undo, failed), 3 ada yang belum pasti, 130/143 dihentikan (pakai --resume).`,
    },
    validate: {
      description: 'periksa file CSV/XLSX tanpa mengirim apa pun; menyimpan sheet hasil berisi kesalahannya',
      arguments: { entity: 'jenis data dalam file', file: 'file .csv, .tsv, .txt atau .xlsx' },
    },
    export: {
      description: 'ekspor pelanggan, produk, kunjungan, pesanan atau tim ke CSV/XLSX, sekali atau terjadwal',
      arguments: { entity: 'data yang diekspor' },
      options: {
        out: 'file .csv, .tsv atau .xlsx yang ditulis; boleh berisi {date} {from} {to} {entity}',
        status: 'pelanggan/produk: "active", "inactive" atau "all"',
        search: 'pelanggan/produk: nama yang mengandung teks ini',
        'updated-since': 'pelanggan/produk: yang berubah sejak tanggal atau timestamp ISO ini',
        from: 'kunjungan/pesanan: tanggal pertama, YYYY-MM-DD',
        to: 'kunjungan/pesanan: tanggal terakhir, YYYY-MM-DD',
        team: 'kunjungan/pesanan: satu anggota tim, berdasarkan id, email, nomor salesman atau nama',
        layout: 'pesanan: satu baris per item (lines), atau sheet orders + order_lines (sheets, XLSX)',
        delimiter:
          'CSV: pemisah kolom, atau namanya: comma, semicolon, tab, pipe (bawaan , — atau tab untuk .tsv); Excel berbahasa Indonesia memerlukan semicolon',
        'no-bom': 'CSV: tanpa byte order mark UTF-8 (Excel memerlukannya untuk membaca UTF-8)',
        since: 'hanya data yang berubah sejak ekspor terakhir yang berhasil',
        state: 'dengan --since last: file status (bawaan: .<entity>.export-state.json di samping --out)',
        overlap:
          'dengan --since last, kunjungan/pesanan: jumlah hari yang dibaca ulang untuk data yang terlambat diinput (bawaan 1)',
        timezone: 'zona waktu untuk {date}, "hari ini" dan --cron (bawaan Asia/Jakarta)',
        cron: 'tetap berjalan dan ekspor sesuai jadwal ini, misalnya "0 2 * * *"',
        'max-runs': 'dengan --cron: berhenti setelah sekian kali ekspor',
      },
      after: `
Contoh:
  $ salesmania-bulk export customers --out pelanggan.xlsx
  $ salesmania-bulk export products --out produk.csv --status active --delimiter semicolon
  $ salesmania-bulk export orders --from 2026-05-01 --to 2026-05-31 --out pesanan-{from}-{to}.xlsx --layout sheets
  $ salesmania-bulk export orders --out /data/pesanan-{date}.csv --since last --cron "0 2 * * *"

Excel: file .xlsx terbuka dengan benar dalam bahasa apa pun. File CSV terbuka per kolom hanya jika
pemisahnya sesuai dengan bahasa Excel: Excel berbahasa Inggris membaca , (bawaan), Excel berbahasa
Indonesia (koma desimal) membaca ; — pakai --delimiter semicolon (byte order mark UTF-8 ditulis secara bawaan).

File baru muncul setelah lengkap. Kode keluar: 0 selesai, 1 ekspor gagal (tidak ada file yang
ditulis), 130/143 dihentikan (tidak ada file yang ditulis).`,
    },
    template: {
      description: 'buat sheet impor kosong dengan keterangan dan satu baris contoh',
      arguments: { entity: 'jenis data yang akan diisi' },
      options: {
        format: 'xlsx (dengan keterangan, dua sheet) atau csv',
        out: 'lokasi file (bawaan: <entity>-template.<format>)',
        delimiter: 'CSV: pemisah kolom (bawaan , — atau tab untuk .tsv)',
        'no-bom': 'CSV: tanpa byte order mark UTF-8',
      },
      after: `
Contoh:
  $ salesmania-bulk template customers --lang id              # customers-template.xlsx, header Indonesia
  $ salesmania-bulk template products --format csv --out produk.csv

Kolom yang wajib diisi diberi warna; arahkan kursor ke header untuk melihat aturannya. Sheet "kolom"
menjelaskan setiap kolom yang diterima saat impor, beserta nama lainnya. Dengan --lang id, header
template memakai nama kolom dalam bahasa Indonesia (yang juga diterima saat impor).`,
    },
    schedule: {
      description:
        'jalankan ekspor terjadwal (cron) dari file daftar tugas, sampai dihentikan (untuk docker run -d)',
      arguments: {
        'jobs-file': 'file .json ({"jobs": [{"name", "cron", "entity", "out", …}]}) atau .yaml',
      },
      after: `
Setiap tugas memakai opsi ekspor dalam camelCase, ditambah "name", "cron" (5 bagian, atau 6 dengan detik
di depan) dan "maxRuns"; "timezone" (bawaan Asia/Jakarta) dapat diatur untuk seluruh file atau per tugas:

  { "timezone": "Asia/Jakarta",
    "jobs": [
      { "name": "orders-nightly", "cron": "0 2 * * *", "entity": "orders",
        "out": "exports/orders-{date}.xlsx", "layout": "sheets", "since": "last" },
      { "name": "customers", "cron": "30 1 * * 1", "entity": "customers", "out": "exports/customers-{date}.csv" } ] }

Satu tugas tidak pernah berjalan dua kali bersamaan; tugas yang gagal dicatat di log dan jadwal tetap
berjalan. SIGINT/SIGTERM menghentikannya dengan rapi (ekspor yang terhenti tidak meninggalkan file).`,
    },
    sandbox: {
      description: 'jalankan simulator SalesMania lokal (login demo / demo) sampai dihentikan',
      options: {
        port: 'port yang dipakai (0 = port bebas mana pun)',
        host: 'alamat yang dipakai',
        rate: 'jumlah permintaan per detik yang diizinkan per bearer token (0 = tanpa batas)',
        latency: 'tambahan waktu tunggu per permintaan, dalam milidetik',
        jitter: 'tambahan waktu tunggu acak, paling lama sebesar ini (milidetik)',
        'fail-rate': 'porsi permintaan yang dijawab 5xx tanpa dijalankan',
        'commit-fail-rate': 'porsi penulisan yang dijalankan lalu dijawab dengan koneksi terputus atau 502',
        'token-lifetime': 'masa berlaku bearer token, dalam detik',
        empty: 'mulai tanpa pelanggan, produk, kunjungan, atau pesanan',
      },
    },
    demo: {
      description: 'impor sheet contoh bawaan ke sandbox internal (tanpa akun) dan tampilkan hasilnya',
      options: { 'out-dir': 'folder tempat sheet hasil disimpan' },
    },
    doctor: {
      description:
        'periksa kredensial, database, token tim, dan koneksi; tampilkan daftar database dan anggota tim',
    },
    serve: idHelpServe,
  },
};
