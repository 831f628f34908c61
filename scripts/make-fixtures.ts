/**
 * Writes the demo fixtures under fixtures/ (run: npx tsx scripts/make-fixtures.ts).
 * Realistic Indonesian data that references the sandbox's demo database (PT Maju Jaya), with a
 * few deliberate mistakes so the demo shows what a result sheet says about them.
 */
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';

const FIXED_DATE = new Date(Date.UTC(2026, 10, 1));
const out = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

async function writeSheet(
  file: string,
  sheetName: string,
  headers: string[],
  rows: unknown[][],
  textColumns: string[],
  dateColumns: string[] = [],
) {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'salesmania-bulk';
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  const sheet = workbook.addWorksheet(sheetName);
  sheet.addRow(headers).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  headers.forEach((header, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.max(12, header.length + 4);
    if (textColumns.includes(header)) column.numFmt = '@';
    if (dateColumns.includes(header)) column.numFmt = 'dd/mm/yyyy';
  });
  await workbook.xlsx.writeFile(out(file));
}

const customerHeaders = [
  'Kode Pelanggan',
  'Nama Pelanggan',
  'Alamat',
  'Kota',
  'No HP',
  'Latitude',
  'Longitude',
  'Label',
  'Aktif',
];
const customers: unknown[][] = [
  // Already in SalesMania: a new phone number (updated) and one exactly as stored (unchanged).
  [
    'C-0001',
    'Toko Sumber Makmur',
    'Jl. Pemuda No. 12',
    'Semarang',
    '081225670000',
    -6.9817,
    110.4136,
    'grosir',
    'Ya',
  ],
  [
    'C-0002',
    'Warung Bu Sri',
    'Jl. Pandanaran No. 45',
    'Semarang',
    '085640112233',
    -6.9869,
    110.4155,
    'warung',
    'Ya',
  ],
  [
    'C-0101',
    'Toko Sejahtera Abadi',
    'Jl. Diponegoro No. 14',
    'Semarang',
    '081234567801',
    -6.9932,
    110.4203,
    'retail, baru',
    'Ya',
  ],
  [
    'C-0102',
    'Warung Makan Bu Tini',
    'Jl. Veteran No. 3',
    'Surabaya',
    '085712340002',
    -7.2575,
    112.7521,
    'warung',
    'Ya',
  ],
  [
    'C-0103',
    'Apotek Kimia Sehat',
    'Jl. Dago No. 101',
    'Bandung',
    '+6281223450003',
    -6.8851,
    107.6134,
    'apotek',
    'aktif',
  ],
  [
    'C-0104',
    'UD Sumber Rezeki',
    'Jl. Raya Bogor Km 21',
    'Jakarta',
    '081398760004',
    -6.3037,
    106.8658,
    'grosir; vip',
    'Ya',
  ],
  [
    'C-0105',
    'Toko Kue Nyonya Lim',
    'Jl. Pecenongan No. 65',
    'Jakarta',
    '021-3456789',
    -6.1656,
    106.8294,
    'retail',
    'Ya',
  ],
  [
    'C-0106',
    'Minimarket Segar Jaya',
    'Jl. Pahlawan No. 7',
    'Semarang',
    '081390001106',
    -6.9986,
    110.4215,
    'retail',
    'Ya',
  ],
  [
    'C-0107',
    'Warung Kopi Mas Bro',
    'Jl. Kaliurang Km 6',
    'Yogyakarta',
    '087738001107',
    -7.7509,
    110.3831,
    'warung',
    'Ya',
  ],
  [
    'C-0108',
    'Toko Bangunan Kokoh',
    'Jl. Soekarno-Hatta No. 590',
    'Bandung',
    '081220001108',
    -6.9418,
    107.6586,
    'grosir',
    'Tidak',
  ],
  [
    'C-0109',
    'Toko Buah Segar',
    'Jl. Kertajaya No. 48',
    'Surabaya',
    '083112341109',
    -7.2797,
    112.7718,
    'retail',
    'Ya',
  ],
  [
    'C-0110',
    'Apotek Bunda',
    'Jl. Fatmawati No. 30',
    'Jakarta',
    '081511101110',
    -6.2923,
    106.7973,
    'apotek',
    'Ya',
  ],
  // Deliberate mistakes:
  ['C-0111', '', 'Jl. Ahmad Yani No. 12', 'Surabaya', '081232221111', -7.3147, 112.7303, 'retail', 'Ya'], // no name
  [
    'C-0112',
    'Toko Salah Koordinat',
    'Jl. Gajahmada No. 2',
    'Semarang',
    '081390001112',
    110.4227,
    -6.9786,
    'retail',
    'Ya',
  ], // lat/lon swapped
  [
    'C-0113',
    'Warung Tanpa Bujur',
    'Jl. Tebet Barat No. 9',
    'Jakarta',
    '087877001113',
    -6.2301,
    '',
    'warung',
    'Ya',
  ], // lat without lon
  [
    'C-0114',
    'Toko Status Aneh',
    'Jl. Braga No. 10',
    'Bandung',
    '081221001114',
    -6.9175,
    107.6092,
    'retail',
    'mungkin',
  ], // bad status word
  [
    'C-0104',
    'UD Sumber Rezeki (dobel)',
    'Jl. Raya Bogor Km 21',
    'Jakarta',
    '081398760004',
    -6.3037,
    106.8658,
    'grosir',
    'Ya',
  ], // repeated code
  [
    'C-0115',
    'Toko Café Sejahtera',
    'Jl. Malioboro No. 60',
    'Yogyakarta',
    '081227001115',
    -7.7925,
    110.3659,
    'retail',
    'Ya',
  ],
];

const productHeaders = [
  'Kode Produk',
  'Nama Produk',
  'Stok',
  'Satuan',
  'Harga',
  'Isi',
  'Satuan 2',
  'Harga 2',
  'Isi 2',
  'Diskon',
  'Label',
  'Aktif',
];
const products: unknown[][] = [
  // Already in SalesMania: a new box price (updated).
  ['P-1002', 'Mie Kuah Rasa Ayam Bawang 70 g', 1800, 'PCS', 3200, 1, 'DUS', 122000, 40, '5', 'fmcg', 'Ya'],
  ['P-1101', 'Sambal Botol Pedas 340 ml', 480, 'PCS', 16500, 1, 'DUS', 380000, 24, '', 'fmcg, bumbu', 'Ya'],
  [
    'P-1102',
    'Sirup Rasa Cocopandan 620 ml',
    360,
    'BTL',
    19000,
    1,
    'DUS',
    440000,
    24,
    '2.5+1',
    'fmcg, minuman',
    'Ya',
  ],
  ['P-1103', 'Kerupuk Udang 250 g', 600, 'PCS', 11000, 1, 'BAL', 250000, 25, '', 'fmcg, snack', 'Ya'],
  [
    'P-1104',
    'Deterjen Bubuk 800 g',
    720,
    'PCS',
    21500,
    1,
    'DUS',
    500000,
    24,
    '55.55+3',
    'rumah tangga',
    'Ya',
  ],
  ['P-1105', 'Pasta Gigi 190 g', 960, 'PCS', 12000, 1, 'LUSIN', 138000, 12, '5', 'rumah tangga', 'Ya'],
  ['P-1106', 'Garam Beryodium 250 g', 1500, 'PCS', 2500, 1, 'BAL', 55000, 25, '', 'bumbu', 'Ya'],
  // Deliberate mistakes:
  ['P-1107', 'Kacang Goreng 1 kg', 100, 'DUS', 250000, 12, '', '', '', '', 'snack', 'Ya'], // no unit of ratio 1
  ['P-1108', 'Minyak Kayu Putih 60 ml', '', 'PCS', 23000, 1, '', '', '', '', 'kesehatan', 'Ya'], // no stock
  ['P-1109', 'Teh Botol Melati 350 ml', 480, 'PCS', -5000, 1, '', '', '', 'abc', 'minuman', 'Ya'], // negative price, bad discount
];

/** An Excel date cell (no time zone: the reader hands back the calendar date as typed). */
const day = (d: number) => new Date(Date.UTC(2026, 10, d));

// Visits of the demo database's salespeople, dates in every accepted form.
const visitHeaders = ['Tanggal', 'Kode Pelanggan', 'Nama Pelanggan', 'Sales'];
const visits: unknown[][] = [
  [day(2), 'C-0001', 'Toko Sumber Makmur', 'S-014'], // an Excel date cell, salesman number
  ['02/11/2026', 'C-0002', 'Warung Bu Sri', 'Budi Santoso'], // DD/MM/YYYY, salesman name
  ['03-11-2026', 'C-0003', 'Apotek Sehat Sentosa', 'siti.rahayu@majujaya.co.id'], // DD-MM-YYYY, email
  ['3/11/26', 'C-0004', 'UD Berkah Jaya', 'S-015'], // D/M/YY
  [day(3), 'c-0005', 'Toko Kelontong Pak Harto', ''], // code in another case; blank: the API user
  ['2026-11-04', 'C-0007', 'Minimarket Lancar Jaya', 'Agus Wijaya'], // YYYY-MM-DD
  ['04/11/2026', 'C-0008', 'Toko Sinar Terang', 'S-017'],
  [day(2), 'C-0001', 'Toko Sumber Makmur', 'S-014'], // the first visit again: unchanged
  // Deliberate mistakes:
  ['31/11/2026', 'C-0009', 'Apotek Harapan Kita', 'S-014'], // no 31 November
  ['2026-11-04T08:00:00+07:00', 'C-0010', 'UD Tani Makmur', 'S-014'], // a time zone: ambiguous day
  ['05/11/2026', 'C-0999', 'Toko Tidak Ada', 'S-014'], // no such customer
  ['05/11/2026', 'C-0011', 'Toko Abadi', 'Joko Anwar'], // no such salesperson
];

// Orders, one row per line; the lines of an order are not all adjacent.
const orderHeaders = [
  'No Order',
  'Tanggal',
  'Kode Pelanggan',
  'Sales',
  'Status',
  'Kode Produk',
  'Jumlah',
  'Satuan',
  'Harga',
  'Diskon',
  'Diskon Rp',
  'Keterangan',
];
const orders: unknown[][] = [
  ['SO-2026-1101', day(2), 'C-0001', 'S-014', 'Baru', 'P-1001', 2, 'DUS', '', '5', '', 'Kirim pagi'],
  ['SO-2026-1102', '02/11/2026', 'C-0002', 'Siti Rahayu', 'processing', 'P-1002', 1, 'DUS', '', '', '', ''],
  ['SO-2026-1101', '', '', '', '', 'P-1003', 6, 'pcs', 14000, '', '', ''], // header on the first line only
  ['SO-2026-1103', day(3), 'C-0004', 'S-017', 'Lunas', 'P-1004', 3, 'DUS', '', '2.5+1', '', ''],
  ['SO-2026-1102', '02/11/2026', 'C-0002', 'Siti Rahayu', 'processing', 'P-1008', 24, '', '', '', 1500, ''],
  ['SO-2026-1103', day(3), 'C-0004', 'S-017', 'Lunas', 'P-1001', 5, 'PAK', '', '', '', ''],
  ['SO-2026-1104', '2026-11-03', 'C-0007', '', 'delivered', 'P-1005', 2, 'DUS', 285000, '', '', ''],
  ['SO-2026-1101', '', '', '', '', 'P-1009', 1, '', '', '', '', ''],
  // Deliberate mistakes (each fails its whole order):
  ['SO-2026-1105', '04/11/2026', 'C-0008', 'S-014', 'Baru', 'P-1006', 1, 'BOX', '', '', '', ''], // no unit BOX
  ['SO-2026-1105', '04/11/2026', 'C-0008', 'S-014', 'Baru', 'P-1007', 2, '', '', '', '', ''],
  ['SO-2026-1106', '04/11/2026', 'C-0009', 'S-015', 'Baru', 'P-2001', 1, '', '', '', '', ''], // unknown product
  ['SO-2026-1107', '04/11/2026', 'C-0010', 'S-015', 'Baru', 'P-1002', 1, '', '', '', '', ''],
  ['SO-2026-1107', '05/11/2026', 'C-0010', 'S-015', 'Baru', 'P-1003', 1, '', '', '', '', ''], // another date
  ['SO-2026-1108', '04/11/2026', 'C-0011', 'S-017', 'Baru', 'P-1004', 2, '', '', '10', 500, ''], // two discounts
  ['SO-2026-1109', '04/11/2026', 'C-0012', 'S-017', 'Baru', 'P-1005', 0, '', '', '', '', ''], // quantity 0
];

await writeSheet('customers.xlsx', 'Pelanggan', customerHeaders, customers, ['Kode Pelanggan', 'No HP']);
await writeSheet('products.xlsx', 'Produk', productHeaders, products, ['Kode Produk']);
await writeSheet('visits.xlsx', 'Kunjungan', visitHeaders, visits, ['Kode Pelanggan', 'Sales'], ['Tanggal']);
await writeSheet(
  'orders.xlsx',
  'Pesanan',
  orderHeaders,
  orders,
  ['No Order', 'Kode Pelanggan', 'Sales', 'Kode Produk', 'Diskon'],
  ['Tanggal'],
);
console.log('fixtures written');
