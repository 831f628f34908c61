/**
 * Indonesian row messages: same keys and placeholders as `en-rows.ts`; formal register, the words of
 * spreadsheet users (baris, kolom, sel, wajib diisi, tidak valid).
 */
import type { enRows } from './en-rows.js';
import type { CatalogShape } from './shape.js';

export const idRows: CatalogShape<typeof enRows> = {
  required: 'wajib diisi, tetapi kosong',
  notANumber: 'bukan angka: "{{value}}"',
  isRequired: 'wajib diisi, tetapi kosong',
  cannotClear: 'tidak boleh dikosongkan',
  number: {
    invalid: 'harus berupa angka, tetapi berisi {{value}}',
    moneyThousands:
      'tidak jelas: pemisah ribuan tidak diterima; tulis 12500 atau 12.5, tetapi berisi {{value}}',
    commaAmbiguous:
      'tidak jelas (koma desimal atau pemisah ribuan?); tulis 1234 atau 1.234, tetapi berisi {{value}}',
    thousands: 'memakai pemisah ribuan, yang tidak diterima; tulis angka saja, tetapi berisi {{value}}',
    tooLarge: 'terlalu besar untuk sebuah angka, tetapi berisi {{value}}',
    notWhole: 'harus berupa bilangan bulat, tetapi berisi {{value}}',
    wholeTooLarge: 'terlalu besar, tetapi berisi {{value}}',
    between: 'harus antara {{min, number}} dan {{max, number}}, tetapi berisi {{value}}',
    atLeast: 'minimal {{min, number}}, tetapi berisi {{value}}',
    atMost: 'maksimal {{max, number}}, tetapi berisi {{value}}',
  },
  oneOf: 'harus salah satu dari {{allowed}}, tetapi berisi {{value}}',
  tooLong: 'maksimal {{max, number}} karakter, tetapi berisi {{length, number}} karakter',
  discount: {
    invalid: 'harus berupa rangkaian diskon dalam persen, misalnya 5 atau 55.55+3, tetapi berisi {{value}}',
    range: 'setiap diskon harus antara 0 dan 100, tetapi berisi {{value}}',
  },
  date: {
    iso: 'harus berupa tanggal TTTT-BB-HH (YYYY-MM-DD), tetapi berisi {{value}}',
    isoByOption:
      'harus berupa tanggal TTTT-BB-HH (YYYY-MM-DD), sesuai --date-format, tetapi berisi {{value}}',
    loose:
      'harus berupa tanggal, misalnya 2026-11-02 atau 02/11/2026 (hari lebih dulu), tetapi berisi {{value}}',
    noMonth: 'bukan tanggal yang valid: tidak ada bulan {{month}}, tetapi berisi {{value}}',
    noDay: 'bukan tanggal yang valid: {{monthYear}} tidak memiliki tanggal {{day}}, tetapi berisi {{value}}',
    unknownMonth: 'memakai nama bulan yang tidak dikenal {{name}}, tetapi berisi {{value}}',
    isNumber:
      'berisi angka, bukan tanggal: format sel sebagai tanggal atau tulis TTTT-BB-HH (YYYY-MM-DD), tetapi berisi {{value}}',
    noMatch:
      'tidak sesuai dengan {{format}} (menurut --date-format) maupun YYYY-MM-DD, tetapi berisi {{value}}',
    timeZone:
      'memuat zona waktu, sehingga harinya bergantung pada tempat tanggal itu dibaca; tulis tanggalnya saja (YYYY-MM-DD), tetapi berisi {{value}}',
    ambiguous:
      'bisa berarti {{first}} atau {{second}}; tulis TTTT-BB-HH (YYYY-MM-DD), atau pilih --date-format day-first atau month-first, tetapi berisi {{value}}',
    neither:
      'bukan tanggal yang valid, baik hari lebih dulu maupun bulan lebih dulu, tetapi berisi {{value}}',
    notDayFirst:
      'bukan tanggal yang valid jika hari ditulis lebih dulu (bulan {{month}}); jika file menulis bulan lebih dulu, pakai --date-format month-first, tetapi berisi {{value}}',
    notMonthFirst:
      'bukan tanggal yang valid jika bulan ditulis lebih dulu (bulan {{month}}); jika file menulis hari lebih dulu, pakai --date-format day-first, tetapi berisi {{value}}',
  },
  location: {
    oneCell:
      'harus berformat "lintang, bujur", misalnya "-7.14, 110.43" (dengan koma desimal: "-7,14; 110,43"), tetapi berisi {{value}}',
    oneCellHalf: 'memerlukan lintang dan bujur sekaligus, tetapi berisi {{value}}',
    bothOrNeither:
      'kosong, padahal kolom "{{given}}" diisi: isi lintang dan bujur sekaligus, atau kosongkan keduanya',
  },
  mangled: {
    phone:
      'berisi {{value}}: program spreadsheet mengubah nomor telepon menjadi angka dan digitnya hilang. Format kolom sebagai Teks lalu ketik ulang nilainya, atau ambil dari ekspor yang baru',
    code: 'berisi {{value}}: program spreadsheet mengubah kode menjadi angka dan digitnya hilang. Format kolom sebagai Teks lalu ketik ulang nilainya, atau ambil dari ekspor yang baru',
  },
  zeroRestored:
    '{{value}} dibaca sebagai {{restored}}: program spreadsheet telah menghapus {{lost}} di depannya. Format kolom nomor telepon sebagai Teks agar tetap seperti yang diketik',
  zeroKept:
    '{{value}} adalah {{kept}} yang tersimpan tanpa {{lost}} di depannya (dihapus oleh program spreadsheet): tetap {{kept}}',
  key: {
    missing: 'kosong: mode {{mode}} memerlukan kolom "{{name}}"',
    missingEither: 'kosong: mode {{mode}} memerlukan kolom "{{first}}" atau "{{second}}"',
    missingUpsert:
      'kolom "{{name}}" kosong: baris ini dibuat sebagai data baru, tanpa perlindungan terhadap data ganda',
    missingUpsertEither:
      'kolom "{{first}}" atau "{{second}}" kosong: baris ini dibuat sebagai data baru, tanpa perlindungan terhadap data ganda',
    missingNoColumn:
      'kolom "{{first}}" atau "{{second}}" tidak diisi, sehingga datanya tidak dapat ditemukan',
    idIgnored:
      'diabaikan saat membuat data baru (data baru mendapat id baru); pakai mode update atau upsert untuk mengubah data ini',
    duplicate: 'nilai {{key}} yang sama sudah ada di baris {{row}}; tidak dikirim',
    duplicateId: 'id {{key}} yang sama sudah ada di baris {{row}}; tidak dikirim',
    idNotFound: 'tidak ada data {{entity}} dengan id {{id}}',
    notFound: 'tidak ada data dengan nilai ini: {{key}}',
    lostZeros:
      'tidak ada data dengan {{key}}, tetapi {{existing}} ada: program spreadsheet menghapus angka nol di depannya. Format kolom sebagai Teks lalu ketik ulang kodenya',
    ambiguous_other: '{{count, number}} data memiliki nilai {{key}} (id {{ids}}); pakai kolom id',
  },
  ref: {
    customerId: 'tidak ada pelanggan dengan id {{id}}',
    customerCodeAmbiguous:
      '{{count}} pelanggan memiliki kode {{value}} (id {{ids}}); isi id pelanggan sebagai gantinya',
    customerNameAmbiguous:
      '{{count}} pelanggan bernama {{value}} (id {{ids}}); isi kode pelanggan atau id pelanggan sebagai gantinya',
    customerCodeOrName: 'tidak ada pelanggan dengan kode {{code}} atau nama {{name}}',
    customerCodeOrNameOne: 'tidak ada pelanggan dengan kode atau nama {{value}}',
    customerNoCode:
      'kode pelanggan atau id pelanggan tidak diisi; nama pelanggan hanya dicocokkan dengan --match-customer-by name',
    customerCode: 'tidak ada pelanggan dengan kode {{value}}',
    productId: 'tidak ada produk dengan id {{id}}',
    productCodeAmbiguous:
      '{{count}} produk memiliki kode produk {{value}} (id {{ids}}); isi id produk sebagai gantinya',
    productSkuAmbiguous:
      '{{count}} produk memiliki SKU {{value}} (id {{ids}}); isi id produk sebagai gantinya',
    productCode: 'tidak ada produk dengan kode produk atau SKU {{value}}',
    noBaseUnit: 'produk {{product}} tidak memiliki satuan dasar (rasio 1); sebutkan satuannya ({{units}})',
    noUnit: 'produk {{product}} tidak memiliki satuan {{value}} (satuannya: {{units}})',
    teamId: 'tidak ada anggota tim dengan id {{id}}',
    teamEmailAmbiguous:
      '{{count}} anggota tim memiliki email {{value}} (id {{ids}}); isi id anggota tim sebagai gantinya',
    teamNumberAmbiguous:
      '{{count}} anggota tim memiliki nomor salesman {{value}} (id {{ids}}); isi id anggota tim sebagai gantinya',
    teamNameAmbiguous:
      '{{count}} anggota tim bernama {{value}} (id {{ids}}); isi id anggota tim sebagai gantinya',
    team: 'tidak ada anggota tim dengan id, email, nomor salesman, atau nama {{value}}',
  },
  order: {
    status:
      'harus salah satu dari {{allowed}} (atau new, processing, delivered, paid, cancelled), tetapi berisi {{value}}',
    qtyPositive: 'harus lebih dari 0, tetapi berisi {{value}}',
    discountBoth: 'isi diskon baris sebagai rangkaian persen atau sebagai nominal, jangan keduanya',
    linesDisagree:
      'baris-baris pesanan {{order}} tidak sama: baris {{firstRow}} berisi {{first}}, baris {{row}} berisi {{value}}',
    linesDisagreeNoNumber:
      'baris-baris pesanan ini tidak sama: baris {{firstRow}} berisi {{first}}, baris {{row}} berisi {{value}}',
    noDate: 'pesanan {{order}} tidak memiliki tanggal di baris mana pun',
    noDateNoNumber: 'pesanan ini tidak memiliki tanggal di baris mana pun',
    noCustomer: 'pesanan {{order}} tidak memiliki pelanggan di baris mana pun',
    noCustomerNoNumber: 'pesanan ini tidak memiliki pelanggan di baris mana pun',
    exists:
      'pesanan {{id}} dengan nomor pesanan ini sudah ada untuk pelanggan dan tanggal ini; tidak dikirim lagi (--no-skip-existing tetap mengirimnya)',
    noNumberToCheck: '{{reason}}; pesanan ini tidak memiliki nomor pesanan untuk mencarinya',
    killedNoNumber:
      'proses dihentikan paksa saat pesanan ini sedang dikirim, dan pesanan ini tidak memiliki nomor pesanan untuk mencarinya',
    linesRefused_other:
      'server menolak baris {{rows}} dari pesanan ini, sehingga pesanan tidak dibuat sama sekali',
    numberNotFound: 'tidak ada pesanan dengan nomor pesanan {{number}} untuk pelanggan ini pada {{date}}',
    numberAmbiguous:
      '{{count, number}} pesanan memiliki nomor pesanan {{number}} untuk pelanggan ini pada {{date}} (id {{ids}}); isi id pesanan',
    idNotFound: 'tidak ada pesanan dengan id {{id}}',
    namesNoOrder:
      'tidak menunjuk pesanan mana pun: isi "{{id}}", atau "{{number}}" bersama "{{date}}" dan "{{customer}}" (yang kosong: {{missing}})',
  },
  units: {
    repeated: 'mengulang nama satuan {{name}}',
    noBase: 'memerlukan satuan dasar dengan rasio 1',
    gap: 'kosong, padahal satuan berikutnya diisi: isi kolom satuan mulai dari yang pertama, tanpa celah',
    nameBlank: 'kosong, padahal satuan ini memiliki harga atau rasio',
    priceBlank: 'kosong: setiap satuan wajib memiliki harga',
    ratioBlank: 'kosong: setiap satuan setelah yang pertama wajib memiliki rasio',
    entryShape: 'satuan {{n}} ({{entry}}) harus berformat nama:rasio:harga, misalnya PCS:1:12500',
    entryBlank: {
      name: 'satuan {{n}} ({{entry}}): namanya kosong',
      ratio: 'satuan {{n}} ({{entry}}): rasionya kosong',
      price: 'satuan {{n}} ({{entry}}): harganya kosong',
    },
    entryInvalid: {
      name: 'satuan {{n}} ({{entry}}): nama {{problem}}',
      ratio: 'satuan {{n}} ({{entry}}): rasio {{problem}}',
      price: 'satuan {{n}} ({{entry}}): harga {{problem}}',
    },
    noEntries: 'harus berisi daftar satuan nama:rasio:harga, misalnya PCS:1:12500; DUS:24:290000',
    wouldRemove_other:
      'akan menghapus satuan {{names}}, yang tidak tercantum di sheet. Tambahkan satuan tersebut ke baris ini, atau jalankan dengan --units replace untuk menghapusnya',
  },
  schema: {
    required: 'wajib diisi',
    min: 'minimal {{min, number}}',
    max: 'maksimal {{max, number}}',
    moreThan: 'harus lebih dari {{more, number}}',
    integer: 'harus berupa bilangan bulat',
    maxChars: 'maksimal {{max, number}} karakter',
    minItems: 'harus berisi minimal {{min, number}}',
    baseUnit: 'memerlukan satuan dengan rasio 1',
    chain: 'harus berupa rangkaian diskon dalam persen, misalnya 5 atau 55.55+3',
    range: 'setiap diskon harus antara 0 dan 100',
    oneDiscount: 'isi diskon baris sebagai rangkaian persen atau sebagai nominal, jangan keduanya',
    oneOf: 'harus salah satu dari {{allowed}}',
    format: 'formatnya tidak sesuai',
    unknown: 'bukan bagian dari data ini: {{unknown}}',
    type: 'jenis nilainya salah',
    invalid: 'tidak valid',
  },
  read: {
    badUtf8: 'berisi byte yang bukan UTF-8 yang valid (ditampilkan sebagai \uFFFD): periksa encoding file',
    extraCells: {
      comma:
        'baris ini memiliki {{cells, number}} sel, tetapi header memiliki {{columns, number}} kolom; sel tambahan ({{extra}}) diabaikan — nilai yang memuat koma tanpa tanda kutip menggeser kolom',
      semicolon:
        'baris ini memiliki {{cells, number}} sel, tetapi header memiliki {{columns, number}} kolom; sel tambahan ({{extra}}) diabaikan — nilai yang memuat titik koma tanpa tanda kutip menggeser kolom',
      tab: 'baris ini memiliki {{cells, number}} sel, tetapi header memiliki {{columns, number}} kolom; sel tambahan ({{extra}}) diabaikan — nilai yang memuat tab tanpa tanda kutip menggeser kolom',
      pipe: 'baris ini memiliki {{cells, number}} sel, tetapi header memiliki {{columns, number}} kolom; sel tambahan ({{extra}}) diabaikan — nilai yang memuat garis tegak (|) tanpa tanda kutip menggeser kolom',
    },
    badQuotes:
      'tanda kutip di baris ini salah (tanda kutip di dalam nilai berkutip harus ditulis dua kali: ""); periksa sel-selnya',
    formulaError: 'sel ini berisi rumus yang hasilnya adalah error Excel {{error}}',
    excelError: 'sel ini berisi error Excel {{error}}',
  },
  noKeyToCheck: '{{reason}}; baris ini tidak memiliki kode untuk mencarinya',
  notCreated_other:
    '{{reason}}; tidak dibuat: setelah {{count, number}} kali percobaan, tidak ada data dengan kode {{key}}',
  createKeptFailing: 'pembuatan data terus gagal tanpa jawaban yang jelas',
  apiRefused: 'server menolak nilai ini: {{reasons}}',
  ambiguousCreate: 'mungkin sudah dibuat, mungkin belum: {{reason}}',
  interrupted: 'belum selesai: proses dihentikan; jalankan lagi dengan --resume',
  interruptedInFlight:
    'belum selesai: permintaannya masih dalam perjalanan saat proses dihentikan; --resume akan memeriksanya',
  createdIdPending: 'sudah dibuat; proses dihentikan sebelum id-nya dicari: --resume akan melengkapinya',
};
