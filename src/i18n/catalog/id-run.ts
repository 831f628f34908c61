/**
 * Indonesian run errors and warnings (formal register, the words of spreadsheet users): the same keys
 * and placeholders as `en-run.ts`. Codes, option names and environment variables stay as they are.
 */
import type { enRun } from './en-run.js';
import type { CatalogShape } from './shape.js';

export const idRun: CatalogShape<typeof enRun> = {
  read: {
    kind: {
      pdf: 'dokumen PDF',
      png: 'gambar PNG',
      jpeg: 'gambar JPEG',
      gif: 'gambar GIF',
      gzip: 'file terkompresi gzip (ekstrak dulu)',
      sevenZip: 'arsip 7-Zip',
      rar: 'arsip RAR',
      bzip2: 'file terkompresi bzip2 (ekstrak dulu)',
      rtf: 'dokumen RTF',
      json: 'file JSON',
      xmlSpreadsheet: 'file Excel "XML Spreadsheet 2003"',
      html: 'halaman web (HTML, seperti yang diekspor beberapa sistem dengan nama .xls)',
      xml: 'file XML',
      xlsb: 'workbook biner Excel (.xlsb)',
      docx: 'dokumen Word (.docx)',
      pptx: 'presentasi PowerPoint (.pptx)',
      ods: 'spreadsheet OpenDocument (.ods)',
      odf: 'file OpenDocument',
      numbers: 'dokumen Apple Numbers',
      zip: 'arsip ZIP yang bukan workbook Excel',
    },
    bytes_other: 'byte',
    notFound: 'File tidak ditemukan: {{path}}',
    permission:
      "Anda tidak memiliki izin untuk membaca '{{name}}': periksa izin file dan pengguna yang menjalankan program ini.",
    linkLoop:
      "'{{name}}' adalah tautan simbolik yang mengarah kembali ke dirinya sendiri, sehingga tidak ada file yang dapat dibaca: berikan path file itu sendiri, atau perbaiki tautannya.",
    ioFailed: "File '{{name}}' tidak dapat dibaca: {{reason}}",
    folder: "'{{name}}' adalah folder, bukan file: berikan path file .csv atau .xlsx.",
    folderNumbers:
      "'{{name}}' adalah folder, bukan file (dokumen Apple Numbers): ekspor dari Numbers sebagai Excel (.xlsx) atau CSV.",
    notRegular: "'{{name}}' bukan file biasa.",
    tooBig:
      "Ukuran '{{name}}' {{size, number(maximumFractionDigits: 6)}} {{sizeUnit}}, melebihi batas {{limit, number(maximumFractionDigits: 6)}} {{limitUnit}}: pecah file menjadi beberapa bagian atau naikkan batasnya (SALESMANIA_MAX_FILE_MB).",
    empty: "File '{{name}}' kosong (0 byte).",
    encrypted:
      '\'{{name}}\' adalah workbook Excel yang dilindungi kata sandi (terenkripsi): buka di Excel, hapus kata sandinya (menu "File > Info > Protect Workbook > Encrypt with Password", kosongkan), simpan sebagai .xlsx, lalu coba lagi.',
    oldXls:
      "'{{name}}' adalah workbook Excel 97-2003 lama (.xls) yang tidak didukung: buka di Excel dan simpan sebagai .xlsx (Excel Workbook) atau CSV UTF-8.",
    wordDocument: "'{{name}}' adalah dokumen Word, bukan spreadsheet: berikan file .csv atau .xlsx.",
    ole2: "'{{name}}' adalah file OLE2, format Office lama seperti Excel 97-2003 (.xls) atau workbook yang dilindungi kata sandi, yang tidak didukung: simpan sebagai .xlsx atau CSV UTF-8 tanpa kata sandi.",
    otherFormat: "'{{name}}' bukan file CSV atau workbook Excel ({{what}}): berikan file .csv atau .xlsx.",
    otherZip: "'{{name}}' tidak didukung ({{what}}): berikan file .csv atau .xlsx.",
    otherPackage:
      "'{{name}}' tidak didukung ({{what}}): buka file tersebut dan simpan sebagai .xlsx (Excel Workbook) atau CSV UTF-8.",
    notCsv:
      "'{{name}}' bukan file CSV atau workbook Excel ({{what}}): buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8.",
    binaryControl:
      "'{{name}}' adalah file biner (berisi karakter kontrol), bukan file CSV atau workbook Excel: buka di Excel dan simpan sebagai .xlsx atau CSV UTF-8.",
    binaryNul:
      "'{{name}}' adalah file biner, bukan teks CSV (berisi byte NUL): berikan file .csv atau .xlsx.",
    utf32: "'{{name}}' berupa teks UTF-32 yang tidak didukung: simpan sebagai CSV UTF-8.",
    unknownEncoding:
      "Encoding '{{encoding}}' tidak dikenal: gunakan misalnya utf8, utf16le, utf16be atau windows-1252.",
    badDelimiter:
      '`delimiter` harus salah satu dari , ; tab | (atau comma, semicolon, tab, pipe), tetapi nilainya `{{value}}`.',
    unknownLimit: 'Batas baca `{{key}}` tidak dikenal.',
    badLimit: '`limits.{{key}}` harus berupa angka > 0, tetapi nilainya `{{value}}`.',
    noHeaderBlank: "'{{name}}' tidak memiliki baris header: file hanya berisi baris kosong.",
    tooManyRows:
      "'{{name}}' berisi lebih dari {{limit, number}} baris data (batasnya): pecah file menjadi beberapa bagian.",
    tooManyCells: "'{{name}}' baris {{line}} berisi {{count, number}} sel, melebihi batas {{limit, number}}.",
    cellTooLong:
      "'{{name}}' baris {{line}}, kolom '{{column}}': sel berisi {{count, number}} karakter, melebihi batas {{limit, number}}.",
    unclosedQuote:
      "'{{name}}' baris {{line}}: nilai bertanda kutip dimulai di sini dan tidak ditutup dengan benar (baris {{line}} sampai {{last}} akan terbaca sebagai satu sel). Perbaiki tanda kutip di baris tersebut.",
    unclosedQuoteRest:
      "'{{name}}' baris {{line}}: nilai bertanda kutip dimulai di sini dan tidak pernah ditutup, sehingga sisa file (lebih dari {{limit, number}} karakter) akan terbaca sebagai satu sel. Perbaiki tanda kutip di baris tersebut.",
    rowTooLong:
      "'{{name}}' baris {{line}}: baris lebih panjang dari {{limit, number}} karakter karena ada sel yang melebihi batas karakter per sel (SALESMANIA_MAX_CELL_CHARS).",
    csvHeaderTooWide:
      "'{{name}}' baris {{line}}: header berisi {{count, number}} kolom, melebihi batas {{limit, number}}.",
    sheetHeaderTooWide:
      "'{{name}}' sheet '{{sheet}}' baris {{row}}: header berisi {{count, number}} kolom, melebihi batas {{limit, number}}.",
    zipTruncated:
      "File '{{name}}' rusak atau tidak lengkap (bagian akhir kontainer ZIP hilang, kemungkinan file terpotong): buka di Excel, simpan ulang, lalu coba lagi.",
    zipDirectory:
      "File '{{name}}' rusak atau tidak lengkap (direktori ZIP-nya tidak dapat dibaca): buka di Excel, simpan ulang, lalu coba lagi.",
    partTooLong:
      "File '{{name}}' rusak atau tidak lengkap (bagian '{{part}}' berisi data lebih besar dari ukuran yang dinyatakan, mungkin zip bomb): buka di Excel, simpan ulang, lalu coba lagi.",
    partTooShort:
      "File '{{name}}' rusak atau tidak lengkap (bagian '{{part}}' lebih pendek dari ukuran yang dinyatakan): buka di Excel, simpan ulang, lalu coba lagi.",
    partUnpack:
      "File '{{name}}' rusak atau tidak lengkap (bagian '{{part}}' tidak dapat dibuka): buka di Excel, simpan ulang, lalu coba lagi.",
    partChecksum:
      "File '{{name}}' rusak atau tidak lengkap (checksum bagian '{{part}}' tidak cocok): buka di Excel, simpan ulang, lalu coba lagi.",
    zipTooManyParts:
      "'{{name}}' berisi {{count, number}} bagian dalam kontainer ZIP-nya, terlalu banyak untuk sebuah workbook.",
    zipEncrypted: "'{{name}}' berisi bagian yang terenkripsi: hapus kata sandinya lalu simpan ulang.",
    zipMethod:
      "'{{name}}' memakai metode kompresi ZIP ({{method}}) yang tidak dipakai file Excel: simpan ulang dari Excel.",
    zipBomb:
      "'{{name}}' tampak seperti zip bomb: bagian '{{part}}' mengembang {{ratio, number}} kali ({{size, number(maximumFractionDigits: 1)}} {{sizeUnit}}), melebihi batas {{limit, number}} kali.",
    zipTooBig:
      "Isi '{{name}}' mengembang menjadi {{size, number(maximumFractionDigits: 1)}} {{sizeUnit}}, melebihi batas {{limit, number(maximumFractionDigits: 1)}} {{limitUnit}}: pecah workbook atau simpan sebagai CSV.",
    sharedStringsTooBig:
      "'{{name}}' berisi {{size, number(maximumFractionDigits: 1)}} {{sizeUnit}} shared strings, melebihi batas {{limit, number(maximumFractionDigits: 1)}} {{limitUnit}}: pecah workbook atau simpan sebagai CSV.",
    sharedStringsOver4GiB: 'Shared strings workbook ini melebihi 4 GiB, lebih dari yang dapat dibaca.',
    partTooBig: "'{{name}}': bagian '{{part}}' terlalu besar untuk sebuah workbook.",
    notWellFormed:
      "File '{{name}}' rusak: bagiannya '{{part}}' bukan XML yang valid; buka di Excel, simpan ulang, lalu coba lagi.",
    noWorkbookPart: "'{{name}}' bukan workbook Excel yang lengkap (bagian workbook-nya hilang).",
    noSheets: "'{{name}}' tidak memiliki sheet.",
    sheetNotFound: "Sheet '{{sheet}}' tidak ditemukan di '{{name}}'; sheet yang ada: {{sheets}}.",
    sheetNotFoundHidden:
      "Sheet '{{sheet}}' tidak ditemukan di '{{name}}'; sheet yang ada: {{sheets}} (tersembunyi: {{hidden}}).",
    sheetNotFoundNoneVisible:
      "Sheet '{{sheet}}' tidak ditemukan di '{{name}}'; tidak ada sheet yang terlihat.",
    sheetNotFoundOnlyHidden:
      "Sheet '{{sheet}}' tidak ditemukan di '{{name}}'; tidak ada sheet yang terlihat (tersembunyi: {{hidden}}).",
    sheetDataMissing: "File '{{name}}' rusak: data sheet '{{sheet}}' hilang.",
    sheetTooWide:
      "'{{name}}' sheet '{{sheet}}' baris {{row}} berisi sel di luar kolom XFD (16.384 kolom, batas maksimum Excel), melebihi batas {{limit, number}} kolom.",
    sheetCellTooLong: "'{{name}}' sheet '{{sheet}}': ada sel yang melebihi batas {{limit, number}} karakter.",
    sheetCellTooLongAfter:
      "'{{name}}' sheet '{{sheet}}', setelah baris {{row}}: ada sel yang melebihi batas {{limit, number}} karakter.",
    sheetBroken:
      "File '{{name}}' tidak dapat dibaca (sheet '{{sheet}}'): XML sheet tersebut rusak (tidak valid).",
    sheetBrokenAfter:
      "File '{{name}}' tidak dapat dibaca (sheet '{{sheet}}', setelah baris {{row}}): XML sheet tersebut rusak (tidak valid).",
    sheetPartBroken:
      "File '{{name}}' tidak dapat dibaca (sheet '{{sheet}}'): bagian sheet tersebut tidak dapat dibuka; buka di Excel, simpan ulang, lalu coba lagi.",
    sheetPartBrokenAfter:
      "File '{{name}}' tidak dapat dibaca (sheet '{{sheet}}', setelah baris {{row}}): bagian sheet tersebut tidak dapat dibuka; buka di Excel, simpan ulang, lalu coba lagi.",
    sheetEmpty: "Sheet '{{sheet}}' di '{{name}}' kosong: tidak ada baris header.",
    sheetTooManyRows:
      "Sheet '{{sheet}}' di '{{name}}' berisi lebih dari {{limit, number}} baris data (batasnya): pecah menjadi beberapa bagian.",
    sheetCellChars:
      "'{{name}}' sheet '{{sheet}}' sel {{cell}}: {{count, number}} karakter, melebihi batas {{limit, number}}.",
    warn: {
      textNotWorkbook: "'{{name}}' bukan workbook Excel melainkan teks berpemisah: dibaca sebagai CSV.",
      workbookNotText: "'{{name}}' adalah workbook Excel, bukan teks: dibaca sebagai XLSX.",
      csvOptionsIgnored:
        'Opsi delimiter dan encoding hanya berlaku untuk file CSV: diabaikan untuk workbook ini.',
      sheetOptionIgnored: 'Opsi sheet hanya berlaku untuk workbook: diabaikan untuk file CSV ini.',
      bomForced: "File diawali byte-order mark {{bom}}, tetapi encoding '{{encoding}}' dipaksakan.",
      utf16Guessed:
        'Tidak ada byte-order mark, tetapi pola byte NUL menunjukkan {{encoding}}: dibaca sebagai {{encoding}}.',
      windows1252:
        'UTF-8 tidak valid, dibaca sebagai Windows-1252 (byte non-UTF-8 pertama di baris {{line}}); simpan file sebagai "CSV UTF-8" agar tidak perlu ditebak.',
      mixedEncoding:
        'UTF-8 tidak valid mulai baris {{line}} (encoding campuran?): karakter tersebut ditampilkan sebagai \uFFFD dan barisnya ditandai.',
      uncalculatedFormulas:
        'Rumus tanpa hasil tersimpan dibaca sebagai kosong (pertama: sel {{cell}}); file ini dibuat oleh program dan belum pernah dihitung: buka di Excel lalu simpan.',
      cellsBeyondHeader:
        'Sel di sebelah kanan kolom header terakhir disimpan di sheet hasil dengan huruf kolomnya dan diabaikan untuk pemetaan (pertama: sel {{cell}}).',
      noDataRows: "'{{name}}' memiliki baris header tetapi tidak ada baris data: tidak ada yang diimpor.",
      duplicateHeader: "Header ganda '{{header}}' diganti namanya menjadi '{{key}}'.",
      noHeader_other: 'Kolom tanpa header diberi kunci {{keys}}.',
    },
  },
  write: {
    badDelimiter:
      'Pemisah CSV harus satu karakter selain tanda kutip atau baris baru, tetapi nilainya {{value}}.',
    noFolder: 'Tidak dapat menulis "{{path}}": folder "{{dir}}" tidak ada.',
    notFolder: 'Tidak dapat menulis "{{path}}": "{{dir}}" bukan folder.',
    noPermission: 'Tidak dapat menulis "{{path}}": Anda tidak memiliki izin menulis di folder "{{dir}}".',
    readOnly:
      'Tidak dapat menulis "{{path}}": folder "{{dir}}" berada di sistem file yang hanya dapat dibaca.',
    diskFull: 'Tidak dapat menulis "{{path}}": disk penuh.',
    quota: 'Tidak dapat menulis "{{path}}": kuota disk habis.',
    isFolder: 'Tidak dapat menulis "{{path}}": "{{path}}" adalah folder.',
    other: 'Tidak dapat menulis "{{path}}": {{reason}}.',
    overInputResult: 'File hasil tidak akan ditulis menimpa file input "{{input}}": pilih path lain.',
    overInputErrors: 'File kesalahan tidak akan ditulis menimpa file input "{{input}}": pilih path lain.',
    sameResultAndErrors: 'File hasil dan file kesalahan tidak boleh sama-sama "{{path}}".',
  },
  journal: {
    cannotWrite: 'Tidak dapat menulis jurnal {{path}} ({{reason}}).',
    damaged: 'Jurnal {{path}} rusak di baris {{line}}.',
    noHeader: 'Jurnal {{path}} tidak memiliki baris header.',
  },
  export: {
    stopped: 'Ekspor dihentikan sebelum selesai.',
    unknownPlaceholder:
      'Placeholder {{placeholder}} di path output tidak dikenal; gunakan {date}, {time}, {from}, {to} atau {entity}.',
    stateNeedsFile:
      '`--since last` dengan placeholder di folder output memerlukan `--state FILE` untuk menentukan lokasi file status.',
    stateUnreadable: 'File status ekspor {{path}} tidak dapat dibaca ({{reason}}).',
    stateNotJson:
      'File status ekspor {{path}} bukan JSON yang valid; hapus file tersebut untuk memulai dari awal.',
    stateForeign:
      'File status ekspor {{path}} tidak ditulis oleh versi ini; hapus file tersebut untuk memulai dari awal.',
    stateOtherExport:
      'File status ekspor {{path}} milik ekspor lain ({{export}}); berikan file --state tersendiri untuk ekspor ini.',
    noTeamMember:
      'Tidak ada anggota tim yang cocok dengan --team "{{team}}" (berdasarkan id, email, nomor salesman atau nama); jalankan `doctor` untuk melihat daftarnya.',
    severalTeamMembers: '--team "{{team}}" cocok dengan beberapa anggota tim ({{list}}); berikan id-nya.',
    codesLeftBlank:
      'Kolom kode pelanggan dan kode anggota tim dibiarkan kosong (kolom id-nya terisi): {{reason}}',
    orderMissing: 'Pesanan {{id}} disebut oleh sebuah kunjungan tetapi tidak ditemukan; dilewati.',
    options: {
      notText: '`{{name}}` harus berupa teks, tetapi berisi `{{value}}`.',
      notDate: '`{{name}}` harus berupa tanggal TTTT-BB-HH (YYYY-MM-DD), tetapi berisi `{{value}}`.',
      notTimestamp:
        '`{{name}}` harus berupa tanggal TTTT-BB-HH (YYYY-MM-DD) atau waktu ISO seperti 2026-05-01T00:00:00Z, tetapi berisi `{{value}}`.',
      notBoolean: '`{{name}}` harus berupa true atau false, tetapi berisi `{{value}}`.',
      notDays:
        '`{{name}}` harus berupa jumlah hari (bilangan bulat) dari 0 sampai 366, tetapi berisi `{{value}}`.',
      badExtension: 'Nama file output harus berakhiran .csv, .tsv atau .xlsx, tetapi berisi `{{path}}`.',
      onlyFor: '`{{name}}` hanya berlaku untuk {{allowed, list}}, tidak untuk {{entity}}.',
      noEntity: '`entity` harus salah satu dari {{allowed}}.',
      noOut: 'File output wajib diisi: --out FILE (.csv, .tsv atau .xlsx).',
      fromAfterTo: '`from` ({{from}}) jatuh setelah `to` ({{to}}).',
      sheetsNeedXlsx: '`--layout sheets` memerlukan output .xlsx: file CSV hanya memuat satu sheet.',
      sinceNotTeams: '`--since last` hanya berlaku untuk customers, products, visits dan orders.',
      sinceWithTo:
        '`--to` tidak dapat digabung dengan `--since last`: setiap proses membaca sampai data yang terbaru.',
      stateWithoutSince: '`--state` adalah file status untuk `--since last`; tambahkan juga `--since last`.',
      delimiterNotText: '`delimiter` harus berupa teks.',
      delimiterCsvOnly: '`--delimiter` hanya berlaku untuk output CSV.',
    },
  },
  schedule: {
    ended: 'Jadwal selesai',
    jobsUnreadable: 'File jadwal {{path}} tidak dapat dibaca ({{reason}}).',
    notYaml: '{{path}}: bukan YAML yang valid ({{reason}}).',
    notJson: '{{path}}: bukan JSON yang valid ({{reason}}).',
    noJobs: '{{path}}: harus berisi {"jobs": [ … ]} dengan minimal satu job.',
    unknownKey: '{{path}}: kunci `{{key}}` tidak dikenal.',
    jobNotObject: '{{path}} job {{job}}: harus berupa objek.',
    jobUnknownKey: '{{path}} job {{job}}: kunci `{{key}}` tidak dikenal.',
    jobNoCron: '{{path}} job {{job}}: `cron` wajib diisi, misalnya "0 2 * * *".',
    jobNameTwice: '{{path}} job {{job}}: nama "{{name}}" dipakai dua kali.',
    jobMaxRuns: '{{path}} job {{job}}: `maxRuns` harus bilangan bulat ≥ 1, tetapi nilainya `{{value}}`.',
    maxRuns: '{{option}}: `maxRuns` harus bilangan bulat ≥ 1, tetapi nilainya `{{value}}`.',
    jobInvalid: '{{path}} job {{job}}: {{message}}',
    notCron:
      'Job "{{name}}": "{{pattern}}" bukan ekspresi cron (menit jam tanggal bulan hari, boleh diawali detik): {{reason}}',
    tickSkipped: '{{name}}: jadwal kali ini dilewati, proses sebelumnya masih berjalan.',
  },
  net: {
    http: '{{method}} {{path}}: HTTP {{status}}',
    httpGaveUp: '{{method}} {{path}}: HTTP {{status}}, menyerah setelah {{attempts}} kali percobaan.',
    httpAmbiguous:
      '{{method}} {{path}}: HTTP {{status}} setelah permintaan terkirim; permintaan mungkin sudah atau belum diterapkan (tidak dikirim ulang).',
    timeout: '{{method}} {{path}}: waktu habis ({{event}}).',
    timeoutGaveUp:
      '{{method}} {{path}}: waktu habis ({{event}}), menyerah setelah {{attempts}} kali percobaan.',
    timeoutAmbiguous:
      '{{method}} {{path}}: waktu habis ({{event}}) setelah permintaan terkirim; permintaan mungkin sudah atau belum diterapkan (tidak dikirim ulang).',
    refused: '{{method}} {{path}}: koneksi ditolak (ECONNREFUSED).',
    refusedGaveUp:
      '{{method}} {{path}}: koneksi ditolak (ECONNREFUSED), menyerah setelah {{attempts}} kali percobaan.',
    refusedAmbiguous:
      '{{method}} {{path}}: koneksi ditolak (ECONNREFUSED) setelah permintaan terkirim; permintaan mungkin sudah atau belum diterapkan (tidak dikirim ulang).',
    hostNotFound: '{{method}} {{path}}: host tidak ditemukan ({{networkCode}}).',
    hostNotFoundGaveUp:
      '{{method}} {{path}}: host tidak ditemukan ({{networkCode}}), menyerah setelah {{attempts}} kali percobaan.',
    hostNotFoundAmbiguous:
      '{{method}} {{path}}: host tidak ditemukan ({{networkCode}}) setelah permintaan terkirim; permintaan mungkin sudah atau belum diterapkan (tidak dikirim ulang).',
    reset: '{{method}} {{path}}: koneksi terputus (ECONNRESET).',
    resetGaveUp:
      '{{method}} {{path}}: koneksi terputus (ECONNRESET), menyerah setelah {{attempts}} kali percobaan.',
    resetAmbiguous:
      '{{method}} {{path}}: koneksi terputus (ECONNRESET) setelah permintaan terkirim; permintaan mungkin sudah atau belum diterapkan (tidak dikirim ulang).',
    other: '{{method}} {{path}}: gangguan jaringan ({{networkCode}}).',
    otherGaveUp:
      '{{method}} {{path}}: gangguan jaringan ({{networkCode}}), menyerah setelah {{attempts}} kali percobaan.',
    otherAmbiguous:
      '{{method}} {{path}}: gangguan jaringan ({{networkCode}}) setelah permintaan terkirim; permintaan mungkin sudah atau belum diterapkan (tidak dikirim ulang).',
    notJson: '{{method}} {{path}}: server menjawab {{status}} dengan isi yang bukan JSON.',
    answered: '{{method}} {{path}}: server menjawab {{status}}: {{detail}}',
    answeredBare: '{{method}} {{path}}: server menjawab {{status}}.',
    unexpectedAnswer: '{{method}} {{path}}: jawaban server tidak terduga ({{reason}}).',
    stoppedBeforeSent: 'Proses dihentikan sebelum permintaan ini dikirim.',
    noConnection: 'Pengaturan koneksi untuk impor belum ada.',
  },
  client: {
    notObject: 'Opsi klien harus berupa objek.',
    needsPassword: 'Kata sandi wajib diisi bersama nama pengguna.',
    needsUsername: 'Nama pengguna wajib diisi bersama kata sandi.',
    noCredentials:
      'Kredensial belum ada: isi nama pengguna dan kata sandi, atau bearer token, untuk mengakses API SalesMania.',
    badUrl: '`baseUrl` harus berupa URL http(s), misalnya https://api.salesmania.id.',
    badProtocol: '`baseUrl` harus berupa URL http(s), tetapi protokolnya `{{protocol}}`.',
    urlCredentials: '`baseUrl` tidak boleh berisi kredensial; gunakan nama pengguna dan kata sandi.',
    urlQuery: '`baseUrl` tidak boleh berisi query string atau fragmen.',
    notPositive: '`{{name}}` harus berupa angka > 0, tetapi nilainya `{{value}}`.',
  },
  run: {
    columnsNotUsed: 'Kolom yang tidak dipakai (tetap disimpan di sheet hasil): {{columns}}',
    outDirFailed: 'Folder output {{dir}} tidak dapat dibuat ({{reason}}).',
    mappingUnreadable: 'File mapping {{path}} tidak dapat dibaca ({{reason}}).',
    mappingNotJson: 'File mapping {{path}} bukan JSON yang valid: {{reason}}',
    mappingNotObject: 'File mapping {{path}} harus berupa objek JSON berisi pasangan "header file": "field".',
    tooManyOrderLines:
      'File pesanan dikelompokkan di memori sebelum apa pun dikirim, sehingga paling banyak boleh berisi {{limit, number}} baris: pecah file tersebut (misalnya per tanggal) lalu impor bagian-bagiannya.',
    exportStopped: 'Ekspor dihentikan sebelum selesai.',
    stoppedConnecting: 'Dihentikan saat menghubungkan ke SalesMania.',
    updateStatusOrdersOnly: '--mode update-status hanya untuk pesanan (orders).',
    importNotAvailable: 'Impor {{entity}} belum tersedia di versi ini.',
    retentionFailed: 'Pembersihan file lama gagal: {{reason}}',
    retentionDeleted_other: 'Pembersihan: {{count, number}} file lama dari job ini dihapus.',
  },
  deliver: {
    noAddress:
      '{{what}} `{{value}}`: minimal satu alamat wajib diisi, misalnya mailto:finance@majujaya.co.id.',
    notAddress: '{{what}} `{{value}}`: `{{address}}` bukan alamat e-mail yang valid.',
    unknownParameter: '{{what}} `{{value}}`: parameter `{{key}}` tidak dikenal (subject, body).',
    badSftp: '{{what}} `{{value}}`: formatnya harus sftp://user@host:22/folder.',
    sftpPassword:
      '{{what}} `(hidden)`: tidak boleh berisi kata sandi; gunakan SALESMANIA_SFTP_PASSWORD(_FILE) atau SALESMANIA_SFTP_KEY_FILE.',
    sftpNoUser: '{{what}} `{{value}}`: nama pengguna wajib diisi, seperti pada sftp://user@host/folder.',
    sftpQuery: '{{what}} `{{value}}`: tidak boleh berisi ?query atau #fragment.',
    badDestination: '{{what}} `{{value}}`: formatnya harus mailto:alamat atau sftp://user@host/folder.',
    sftpNoCredentials:
      'Kredensial untuk {{destination}} belum ada: isi SALESMANIA_SFTP_PASSWORD(_FILE) atau SALESMANIA_SFTP_KEY_FILE.',
    sftpNoHostKey:
      'Tidak ada host key untuk memeriksa {{destination}}: isi SALESMANIA_SFTP_HOST_KEY (SHA256:… dari ssh-keygen -lf) atau SALESMANIA_SFTP_KNOWN_HOSTS.',
    sftpLoginRefused:
      '{{destination}}: server menolak login {{user}}; periksa SALESMANIA_SFTP_PASSWORD atau SALESMANIA_SFTP_KEY_FILE.',
    knownHostsUnreadable: 'File known_hosts {{path}} tidak dapat dibaca ({{reason}}).',
    smtpMissing:
      'Tidak dapat mengirim ke {{destination}}: isi SALESMANIA_SMTP_URL, misalnya smtp://user@mail.example.co.id:587.',
    smtpNoStarttls:
      'Server SMTP {{server}} tidak menyediakan STARTTLS; gunakan smtps:// untuk TLS, atau tambahkan ?starttls=optional ke SALESMANIA_SMTP_URL untuk relay tepercaya.',
    smtpUnreachable: 'Server SMTP {{server}} tidak dapat dihubungi ({{reason}}).',
    retrying:
      'Pengiriman ke {{destination}} gagal (percobaan ke-{{attempt}}), dicoba lagi dalam {{delay, number}} ms: {{reason}}',
    smtpLoginRefused:
      'Server SMTP {{server}} menolak login {{user}}; periksa SALESMANIA_SMTP_URL dan SALESMANIA_SMTP_PASSWORD.',
    smtpLoginRefusedSaid:
      'Server SMTP {{server}} menolak login {{user}}; jawaban server: "{{answer}}"; periksa SALESMANIA_SMTP_URL dan SALESMANIA_SMTP_PASSWORD.',
    smtpRefusedMessage: 'Server SMTP {{server}} tidak menerima pesan ini; jawaban server: "{{answer}}".',
    smtpRefusedMessageBare: 'Server SMTP {{server}} tidak menerima pesan ini ({{answer}}).',
    noUser: '(tanpa nama pengguna)',
    sftpFailed: '{{destination}}: jawaban server SFTP: "{{answer}}".',
    hostKeyRevoked: '{{destination}}: host key {{fingerprint}} milik {{host}} ditandai @revoked.',
    hostKeyUnknown:
      '{{destination}}: host key {{host}} adalah {{fingerprint}}, yang tidak sama dengan SALESMANIA_SFTP_HOST_KEY dan tidak ada di SALESMANIA_SFTP_KNOWN_HOSTS; periksa bersama administrator server (mungkin ini bukan server yang Anda maksud).',
    noManifest: 'Tidak ada manifest di samping {{output}}: tidak ada yang dikirim.',
    delivered: '{{file}} terkirim ke {{destination}}',
    failed_other:
      'Pengiriman ke {{destination}} gagal setelah {{count, number}} kali percobaan; file tetap ada di {{file}}: {{reason}}',
    mailSubject: 'Ekspor {entity} SalesMania {date}: {rows} baris',
    mailBody:
      'Terlampir: {file}, ekspor {entity} SalesMania ({range}), {rows} baris.\nSHA-256: {sha256}\n\n— salesmania-bulk',
    mailRange: '{{from}} sampai {{to}}',
    mailRangeAll: 'semua data',
  },
  notify: {
    notUrlList: '`{{name}}` harus berupa URL atau daftar URL.',
    notWholeNumber: '`{{name}}` harus bilangan bulat ≥ 1, tetapi nilainya `{{value}}`.',
    notifyOn: '`notifyOn` harus salah satu dari {{allowed}}, tetapi nilainya `{{value}}`.',
    mailNeedsSmtp:
      '{{destination}} memerlukan server SMTP: isi SALESMANIA_SMTP_URL, misalnya smtp://user%40example.co.id@mail.example.co.id:587.',
    sftpNeedsCredentials:
      '{{destination}} memerlukan kata sandi atau kunci: isi SALESMANIA_SFTP_PASSWORD(_FILE) atau SALESMANIA_SFTP_KEY_FILE.',
    sftpNeedsHostKey:
      '{{destination}} memerlukan host key server untuk diperiksa: isi SALESMANIA_SFTP_HOST_KEY (SHA256:…, dari ssh-keygen -lf) atau SALESMANIA_SFTP_KNOWN_HOSTS.',
    webhookStatus: 'Webhook {{target}} menjawab HTTP {{status}}.',
    webhookUnreachable: 'Webhook {{target}} tidak dapat dihubungi ({{reason}}).',
    smtpMissing: 'Tidak dapat mengirim notifikasi ke {{target}}: isi SALESMANIA_SMTP_URL.',
    retrying:
      'Notifikasi ke {{target}} gagal (percobaan ke-{{attempt}}), dicoba lagi dalam {{delay, number}} ms: {{reason}}',
    unknownPrefix: '{{what}}: awalan payload `{{prefix}}+` tidak dikenal (slack+, teams+, gchat+, json+).',
    badTarget: '{{what}}: formatnya harus mailto:alamat atau URL webhook https://.',
    badProtocol:
      '{{what}}: formatnya harus mailto:alamat atau URL webhook https://, tetapi protokolnya {{protocol}}.',
    envNotSet: '`{{name}}` menyebut variabel lingkungan {{variable}}, yang belum diisi.',
    sent: 'Notifikasi terkirim ke {{target}}',
    failed: 'Notifikasi ke {{target}} gagal: {{reason}}',
    stoppedBy: 'dihentikan oleh {{signal}}',
    who: '{{command}} {{entity}}',
    whoJob: '{{command}} {{entity}} (tugas {{job}})',
    lineOk: 'BERHASIL: {{who}}',
    lineFailed: 'GAGAL: {{who}}',
    lineError: 'GAGAL: {{who}}: [{{code}}] {{message}}',
    count: '{{label}} {{count, number}}',
    rows_other: '{{count, number}} baris',
    rowsInFile_other: '{{count, number}} baris di {{file}}',
    deliveryFailed: 'pengiriman gagal: {{list}}',
    deliveredTo: 'terkirim ke {{list}}',
    fact: {
      status: 'status',
      success: 'berhasil',
      failure: 'gagal',
      job: 'tugas',
      entity: 'data',
      rows: 'baris',
      file: 'file',
      resultSheet: 'sheet hasil',
      errorsSheet: 'baris yang perlu diperiksa',
      delivered: 'terkirim',
      deliveryFailed: 'GAGAL [{{code}}] {{message}}',
      error: 'kesalahan',
      finished: 'selesai',
    },
  },
  sandbox: {
    unknownOption: 'Opsi sandbox `{{key}}` tidak dikenal.',
    option: {
      numberAtLeast: '`{{name}}` harus berupa angka >= {{min}}, tetapi berisi `{{value}}`.',
      numberBetween: '`{{name}}` harus berupa angka antara {{min}} dan {{max}}, tetapi berisi `{{value}}`.',
      integerAtLeast: '`{{name}}` harus berupa bilangan bulat >= {{min}}, tetapi berisi `{{value}}`.',
      integerBetween:
        '`{{name}}` harus berupa bilangan bulat antara {{min}} dan {{max}}, tetapi berisi `{{value}}`.',
      oneOf: '`{{name}}` harus salah satu dari {{allowed}}, tetapi berisi `{{value}}`.',
      users: '`{{name}}` harus berupa array yang tidak kosong, tetapi berisi `{{value}}`.',
      userEntries: '`{{name}}` harus berisi entri {username, password}, tetapi berisi `{{value}}`.',
      databaseIds: '`{{name}}` harus berupa array id database, tetapi berisi `{{value}}`.',
      host: '`{{name}}` harus berupa nama host atau alamat, tetapi berisi `{{value}}`.',
      date: '`{{name}}` harus berupa tanggal TTTT-BB-HH (YYYY-MM-DD), tetapi berisi `{{value}}`.',
    },
    listening: 'Sandbox SalesMania berjalan di {{url}}',
    baseUrl: '  URL dasar:  {{url}}   (SALESMANIA_BASE_URL)',
    login: '  Login:      {{username}} / {{password}}   (Basic auth pada GET {{path}})',
    loginConfigured: '  Login:      {{username}} / (kata sandi yang diatur)   (Basic auth pada GET {{path}})',
    databases: '  Database:',
    database: '    {{id}}  {{name}}  ({{customers, number}} pelanggan, {{products, number}} produk)',
    rateLimit: '  Batas laju: {{rate}} permintaan/detik per bearer token, burst {{burst}}',
    rateLimitOff: '  Batas laju: nonaktif',
    tokens: '  Token:      bearer token kedaluwarsa setelah {{seconds, number}} detik',
    faults: '  Gangguan:   {{faults}}',
    faultsNone: '  Gangguan:   tidak ada',
  },
};
