/**
 * The template's column documentation in Indonesian: translates the `description` and `rule` of the
 * column tables in src/map (their English is the source), keyed `<entity>.<header>` or, for a column
 * several entities share, `common.<header>`; product unit groups 2–10 share `products.unitN` etc.
 * The rules name columns by the headers of the Indonesian template (src/template/local-headers.ts).
 */
import type { TextTree } from './shape.js';

const RULE_MONEY = 'Angka ≥ 0, tanpa pemisah ribuan (12500, bukan 12.500).';
const RULE_DATE =
  'Tanggal Excel, YYYY-MM-DD, atau hari di depan: DD/MM/YYYY, DD-MM-YYYY, D/M/YY (20YY); --date-format memilih cara baca lain.';
const RULE_TEXT = 'Teks.';
const RULE_VERBATIM = 'Teks, disimpan persis seperti ditulis (termasuk nol di depan).';

export const idColumns: TextTree = {
  sheets: {
    columns: 'kolom',
    customers: 'pelanggan',
    products: 'produk',
    visits: 'kunjungan',
    orders: 'pesanan',
  },
  docHeaders: {
    column: 'kolom',
    required: 'wajib diisi',
    meaning: 'arti',
    rule: 'aturan',
    allowed: 'nilai yang diizinkan',
    example: 'contoh',
    aliases: 'juga diterima sebagai (Inggris / Indonesia)',
  },
  requirement: {
    yes: 'ya',
    no: 'tidak',
    oneOf: 'ya (salah satu dari: {{columns}})',
    unlessForm: 'ya, kecuali Anda memakai kolom {{columns}}',
  },
  note: {
    required: 'Wajib diisi. {{description}} {{rule}}',
    optional: '{{description}} {{rule}}',
  },
  common: {
    tags: {
      description: 'Label; saat update, daftar ini menggantikan daftar yang lama.',
      rule: 'Dipisahkan dengan koma, titik koma, | atau baris baru; label ganda (tanpa membedakan huruf besar/kecil) dibuang.',
    },
    status: {
      description: 'Aktif atau tidak. Kosong saat create: aktif (bawaan server).',
      rule: 'TRUE/FALSE, 1/0, yes/no, y/n, ya/tidak, aktif/nonaktif, active/inactive (huruf besar/kecil bebas).',
    },
    date: {
      description: 'Tanggal transaksi (kalender perusahaan; tidak pernah dikonversi antar zona waktu).',
      rule: RULE_DATE,
    },
    customer: {
      description: 'Kode pelanggan Anda (ext_cust_no) untuk pelanggan tersebut.',
      rule: 'Dicocokkan dengan ext_cust_no tanpa membedakan huruf besar/kecil dan spasi; dengan --match-customer-by name, dicocokkan dengan nama jika tidak ada kode yang cocok.',
    },
    customer_id: {
      description: 'Id SalesMania pelanggan; ditulis oleh ekspor.',
      rule: 'Bilangan bulat ≥ 1; lebih diutamakan daripada kode pelanggan jika keduanya diisi.',
    },
    customer_name: {
      description:
        'Nama pelanggan; disimpan untuk dibaca, dipakai untuk mencari pelanggan hanya jika diminta.',
      rule: 'Dengan --match-customer-by name: nama persis (tanpa membedakan huruf besar/kecil dan spasi) jika tidak ada kode yang cocok.',
    },
    team: {
      description: 'Salesman (anggota tim); kosong: pengguna API.',
      rule: 'Id, email, nomor salesman (ext_salesman_number) atau namanya, tanpa membedakan huruf besar/kecil dan spasi.',
    },
    team_id: {
      description: 'Id SalesMania anggota tim; ditulis oleh ekspor.',
      rule: 'Bilangan bulat ≥ 1; lebih diutamakan daripada kode anggota tim jika keduanya diisi.',
    },
  },
  customers: {
    id: {
      description: 'Id SalesMania data pelanggan; ditulis oleh ekspor.',
      rule: 'Bilangan bulat ≥ 1. Menjadi kunci untuk update dan delete (lebih diutamakan daripada kode); diabaikan saat create.',
    },
    ext_cust_no: {
      description: 'Kode pelanggan Anda sendiri; kunci untuk update, upsert, dan delete.',
      rule: RULE_VERBATIM,
    },
    name: { description: 'Nama pelanggan (toko).', rule: 'Wajib diisi saat create.' },
    address: { description: 'Alamat jalan.', rule: RULE_TEXT },
    city: { description: 'Kota.', rule: RULE_TEXT },
    phone: {
      description: 'Nomor telepon.',
      rule: 'Teks, disimpan persis seperti ditulis (termasuk +62 dan nol di depan).',
    },
    lat: {
      description: 'Lintang lokasi pelanggan, dalam derajat desimal.',
      rule: 'Angka dari -90 sampai 90; isi Latitude dan Longitude keduanya, atau kosongkan keduanya.',
    },
    lon: {
      description: 'Bujur lokasi pelanggan, dalam derajat desimal.',
      rule: 'Angka dari -180 sampai 180; isi Latitude dan Longitude keduanya, atau kosongkan keduanya.',
    },
    location: {
      description: 'Latitude dan longitude dalam satu sel, sebagai ganti kolom Latitude dan Longitude.',
      rule: '"lat, lon" seperti "-7.14, 110.43"; jika memakai koma desimal, pisahkan dengan ";": "-7,14; 110,43".',
    },
  },
  products: {
    id: {
      description: 'Id SalesMania data produk; ditulis oleh ekspor.',
      rule: 'Bilangan bulat ≥ 1. Menjadi kunci untuk update dan delete (lebih diutamakan daripada kode); diabaikan saat create.',
    },
    ext_product_code: {
      description: 'Kode produk Anda sendiri; kunci untuk update, upsert, dan delete.',
      rule: RULE_VERBATIM,
    },
    name: { description: 'Nama produk.', rule: 'Wajib diisi saat create; paling banyak 200 karakter.' },
    sku: { description: 'Kode SKU (stock-keeping unit).', rule: 'Teks, disimpan persis seperti ditulis.' },
    description: { description: 'Deskripsi bebas.', rule: RULE_TEXT },
    qty_on_hand: {
      description: 'Stok yang ada, dalam satuan dasar.',
      rule: 'Wajib diisi saat create; angka (titik desimal, atau koma desimal yang tidak ambigu).',
    },
    unit: {
      description: 'Nama satuan pertama, biasanya satuan dasar.',
      rule: 'Paling banyak 50 karakter; tidak boleh sama dengan satuan lain pada produk yang sama. Wajib diisi saat create (atau pakai kolom Daftar Satuan).',
    },
    price: { description: 'Harga satuan pertama.', rule: RULE_MONEY },
    ratio: {
      description: 'Jumlah satuan dasar dalam satuan pertama; kosong = 1.',
      rule: 'Bilangan bulat ≥ 1; kosong = 1.',
    },
    unitN: {
      description: 'Nama satuan {{n}}.',
      rule: 'Paling banyak 50 karakter; tidak boleh sama dengan satuan lain pada produk yang sama.',
    },
    priceN: { description: 'Harga satuan {{n}}.', rule: RULE_MONEY },
    ratioN: {
      description: 'Jumlah satuan dasar dalam satuan {{n}}.',
      rule: 'Bilangan bulat ≥ 1; wajib diisi jika satuannya diisi.',
    },
    units: {
      description: 'Semua satuan dalam satu sel, sebagai ganti kolom Satuan/Harga/Isi.',
      rule: 'nama:isi:harga dipisahkan dengan ";", misalnya "PCS:1:12500; DUS:24:290000"; isi yang pertama boleh kosong (= 1).',
    },
    default_disc: {
      description: 'Rangkaian diskon bawaan, dalam persen.',
      rule: 'Persentase 0–100 yang digabung dengan "+": 5, atau 55.55+3 (55,55 % lalu 3 % lagi).',
    },
  },
  visits: {},
  orders: {
    order_id: {
      description: 'Id pesanan SalesMania; ditulis oleh ekspor. Hanya dibaca oleh --mode update-status.',
      rule: 'Teks seperti SO-000123.',
    },
    ext_order_no: {
      description: 'Nomor pesanan Anda sendiri: baris dengan nomor yang sama menjadi satu pesanan.',
      rule: 'Teks, disimpan persis seperti ditulis. Kosong: baris ini menjadi pesanan tersendiri, yang tidak dapat dicek ke server (tanpa --skip-existing, dan jawaban yang hilang membuatnya belum pasti).',
    },
    status: {
      description: 'Status pesanan di SalesMania; kosong: Baru.',
      rule: 'Salah satu dari Baru, Diproses, Terkirim, Lunas, Batal (atau new, processing, delivered, paid, cancelled), huruf besar/kecil bebas.',
    },
    description: { description: 'Catatan pesanan.', rule: RULE_TEXT },
    disc_percent: {
      description: 'Diskon untuk seluruh pesanan, dalam persen.',
      rule: 'Persentase 0–100 yang digabung dengan "+": 10, atau 10+5 (10 % lalu 5 % lagi).',
    },
    disc_amount: { description: 'Diskon untuk seluruh pesanan, sebagai nominal.', rule: RULE_MONEY },
    total_paid: { description: 'Jumlah yang sudah dibayar.', rule: RULE_MONEY },
    ext_order_status_name: {
      description: 'Label status Anda sendiri (yang dikirim oleh --mode update-status).',
      rule: RULE_TEXT,
    },
    product: {
      description: 'Kode produk Anda (ext_product_code) atau SKU produk tersebut.',
      rule: 'Dicocokkan dengan ext_product_code, lalu dengan sku, tanpa membedakan huruf besar/kecil dan spasi.',
    },
    product_id: {
      description: 'Id SalesMania produk; ditulis oleh ekspor.',
      rule: 'Bilangan bulat ≥ 1; lebih diutamakan daripada kode produk jika keduanya diisi.',
    },
    qty: { description: 'Jumlah, dalam satuan baris ini.', rule: 'Angka > 0.' },
    unit: {
      description: 'Satuan dari jumlah; kosong: satuan dasar produk (isi 1).',
      rule: 'Salah satu nama satuan produk (tanpa membedakan huruf besar/kecil).',
    },
    price: { description: 'Harga per satuan; kosong: harga satuan tersebut pada produk.', rule: RULE_MONEY },
    item_disc_percent: {
      description: 'Diskon baris sebagai rangkaian persentase (atau pakai Diskon Rp, jangan keduanya).',
      rule: 'Persentase 0–100 yang digabung dengan "+": 10, atau 10+5 (10 % lalu 5 % lagi).',
    },
    item_disc_amount: {
      description: 'Diskon baris sebagai nominal (atau pakai Diskon, jangan keduanya).',
      rule: RULE_MONEY,
    },
    line_description: { description: 'Catatan untuk baris ini.', rule: RULE_TEXT },
  },
};
