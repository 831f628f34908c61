/**
 * Fixed demo data: two Indonesian distributors with their salespeople, shops and FMCG products.
 * Plain data only; seed.ts puts it into the store.
 */
import type { TeamMember } from '../contract/index.js';
import type { CustomerChanges, ProductChanges } from './rules.js';

export const DEMO_DATABASE_ID = 2981;
export const SECOND_DATABASE_ID = 3317;

export interface DatabaseSeed {
  id: number;
  name: string;
  /** The first member is the API user: the team member its team tokens name. */
  teams: TeamMember[];
  customers: CustomerChanges[];
  products: ProductChanges[];
}

const member = (
  id: number,
  name: string,
  domain: string,
  role: string,
  ext: string,
  status = true,
): TeamMember => ({
  id,
  name,
  email: `${name.toLowerCase().replace(/ /g, '.')}@${domain}`,
  role,
  ext_salesman_number: ext,
  status,
});

type CustomerRow = [
  name: string,
  address: string,
  city: string,
  phone: string,
  lat: number | null,
  lon: number,
  tags: string[],
];

const customers = (prefix: string, start: number, rows: CustomerRow[]): CustomerChanges[] =>
  rows.map(([name, address, city, phone, lat, lon, tags], i) => ({
    name,
    address,
    city,
    phone,
    ext_cust_no: `${prefix}${String(start + i).padStart(4, '0')}`,
    location: lat === null ? null : { lat, lon },
    status: !tags.includes('tutup'),
    tags,
  }));

type ProductRow = [
  code: string,
  name: string,
  base: number,
  box: number,
  boxPrice: number,
  qty: number,
  disc: string | null,
];

const products = (rows: ProductRow[], extra: Record<string, ProductChanges> = {}): ProductChanges[] =>
  rows.map(([code, name, base, box, boxPrice, qty, disc]) => ({
    name,
    ext_product_code: code,
    sku: `SKU-${code.slice(2)}`,
    description: null,
    tags: ['fmcg'],
    status: true,
    default_disc: disc,
    qty_on_hand: qty,
    product_units: [
      { name: 'PCS', price: base, ratio: 1 },
      { name: 'DUS', price: boxPrice, ratio: box },
    ],
    ...extra[code],
  }));

export const DATABASES: DatabaseSeed[] = [
  {
    id: DEMO_DATABASE_ID,
    name: 'PT Maju Jaya',
    teams: [
      member(24728, 'Budi Santoso', 'majujaya.co.id', 'Sales', 'S-014'),
      member(24729, 'Siti Rahayu', 'majujaya.co.id', 'Sales', 'S-015'),
      member(24730, 'Agus Wijaya', 'majujaya.co.id', 'Sales', 'S-017'),
      member(24731, 'Dewi Lestari', 'majujaya.co.id', 'Supervisor', 'S-003'),
      member(24732, 'Rudi Hartono', 'majujaya.co.id', 'Sales', 'S-021', false),
    ],
    customers: customers('C-', 1, [
      ['Toko Sumber Makmur', 'Jl. Pemuda No. 12', 'Semarang', '081225673401', -6.9817, 110.4136, ['grosir']],
      ['Warung Bu Sri', 'Jl. Pandanaran No. 45', 'Semarang', '085640112233', -6.9869, 110.4155, ['warung']],
      [
        'Apotek Sehat Sentosa',
        'Jl. Kebon Jeruk Raya No. 8',
        'Jakarta',
        '081310024455',
        -6.1912,
        106.7694,
        ['apotek'],
      ],
      [
        'UD Berkah Jaya',
        'Jl. Kapas Krampung No. 101',
        'Surabaya',
        '081232119087',
        -7.2486,
        112.7631,
        ['grosir', 'vip'],
      ],
      [
        'Toko Kelontong Pak Harto',
        'Jl. Cihampelas No. 77',
        'Bandung',
        '082118834567',
        -6.8947,
        107.6046,
        ['retail'],
      ],
      ['Warung Mbak Yuni', 'Jl. Tebet Raya No. 23', 'Jakarta', '087877120098', -6.2262, 106.8531, ['warung']],
      [
        'Minimarket Lancar Jaya',
        'Jl. Darmo Permai No. 5',
        'Surabaya',
        '081330765412',
        -7.2874,
        112.7196,
        ['retail'],
      ],
      [
        'Toko Sinar Terang',
        'Jl. Buah Batu No. 150',
        'Bandung',
        '081221457788',
        -6.9483,
        107.6277,
        ['retail'],
      ],
      [
        'Apotek Harapan Kita',
        'Jl. Gajahmada No. 88',
        'Semarang',
        '081390228811',
        -6.9786,
        110.4227,
        ['apotek'],
      ],
      ['UD Tani Makmur', 'Jl. Majapahit No. 210', 'Semarang', '085290017733', -7.0023, 110.4493, ['grosir']],
      ['Toko Abadi', 'Jl. Mangga Besar No. 17', 'Jakarta', '081511093321', -6.1489, 106.8203, ['retail']],
      [
        'Warung Pojok Cak Man',
        'Jl. Ngagel Jaya No. 33',
        'Surabaya',
        '083856012345',
        -7.2921,
        112.7519,
        ['warung'],
      ],
      [
        'Toko Rejeki Lancar',
        'Jl. Soekarno-Hatta No. 402',
        'Bandung',
        '081320998877',
        -6.9398,
        107.6663,
        ['retail'],
      ],
      [
        'Apotek Medika Gubeng',
        'Jl. Raya Gubeng No. 60',
        'Surabaya',
        '081234560078',
        -7.2727,
        112.7494,
        ['apotek'],
      ],
      [
        'UD Sari Rasa',
        'Jl. Raya Pasar Minggu No. 92',
        'Jakarta',
        '081298761234',
        -6.2843,
        106.8446,
        ['grosir'],
      ],
      [
        'Toko Mulia',
        'Jl. Setiabudi No. 140',
        'Semarang',
        '082242331190',
        -7.0431,
        110.4146,
        ['retail', 'tutup'],
      ],
      [
        'Warung Kopi Bang Jali',
        'Jl. Kramat Raya No. 4',
        'Jakarta',
        '089612345670',
        -6.1857,
        106.8447,
        ['warung'],
      ],
      [
        'Toko Serba Ada Sentosa',
        'Jl. Ir. H. Juanda No. 56',
        'Bandung',
        '081394561230',
        -6.8935,
        107.6131,
        ['retail'],
      ],
      [
        'UD Maju Bersama',
        'Jl. Rungkut Industri No. 9',
        'Surabaya',
        '081357908642',
        -7.3292,
        112.7658,
        ['grosir', 'vip'],
      ],
      ['Toko Cahaya Baru', 'Jl. MT Haryono No. 301', 'Semarang', '085325678901', null, 0, ['retail']],
    ]),
    products: products(
      [
        ['P-1001', 'Mie Goreng Instan Spesial 85 g', 3500, 40, 132000, 2400, '5'],
        ['P-1002', 'Mie Kuah Rasa Ayam Bawang 70 g', 3200, 40, 120000, 1800, '5'],
        ['P-1003', 'Kopi Bubuk Robusta 165 g', 14500, 24, 336000, 360, null],
        ['P-1004', 'Teh Celup Melati isi 25', 7500, 24, 172000, 480, '2.5+1'],
        ['P-1005', 'Susu Kental Manis 370 g', 12500, 24, 290000, 600, null],
        ['P-1006', 'Minyak Goreng Sawit 1 L', 18500, 24, 432000, 240, '3'],
        ['P-1007', 'Sabun Mandi Batang 85 g', 4000, 40, 150000, 1200, null],
        ['P-1008', 'Air Mineral 600 ml', 3000, 24, 66000, 960, null],
        ['P-1009', 'Kecap Manis 520 ml', 21000, 24, 480000, 288, '5+2'],
        ['P-1010', 'Biskuit Kelapa 300 g', 9500, 24, 216000, 0, null],
      ],
      {
        // A third unit, as distributors sell noodles by the pack too.
        'P-1001': {
          product_units: [
            { name: 'PCS', price: 3500, ratio: 1 },
            { name: 'PAK', price: 17000, ratio: 5 },
            { name: 'DUS', price: 132000, ratio: 40 },
          ],
        },
        'P-1010': { status: false, description: 'Tidak diproduksi lagi' },
      },
    ),
  },
  {
    id: SECOND_DATABASE_ID,
    name: 'CV Sumber Rejeki',
    teams: [
      member(31207, 'Andi Pratama', 'sumberrejeki.id', 'Sales', 'S-001'),
      member(31208, 'Rina Wulandari', 'sumberrejeki.id', 'Sales', 'S-002'),
      member(31209, 'Joko Susilo', 'sumberrejeki.id', 'Supervisor', 'S-010'),
    ],
    customers: customers('C-', 5001, [
      ['Toko Bahagia', 'Jl. Malioboro No. 21', 'Yogyakarta', '081227001122', -7.7926, 110.3658, ['retail']],
      [
        'Warung Mak Ijah',
        'Jl. Kaliurang Km 5 No. 3',
        'Yogyakarta',
        '087839001234',
        -7.7531,
        110.3812,
        ['warung'],
      ],
      [
        'UD Sumber Pangan',
        'Jl. Slamet Riyadi No. 250',
        'Solo',
        '081329004455',
        -7.5681,
        110.8126,
        ['grosir'],
      ],
      ['Apotek Waras', 'Jl. Adi Sucipto No. 40', 'Solo', '085728003344', -7.5539, 110.7844, ['apotek']],
      [
        'Toko Sido Mulyo',
        'Jl. Magelang Km 7 No. 11',
        'Sleman',
        '081578002211',
        -7.7361,
        110.3517,
        ['retail'],
      ],
    ]),
    products: products([
      ['P-2001', 'Gula Pasir Kristal 1 kg', 17500, 24, 410000, 500, null],
      ['P-2002', 'Beras Premium 5 kg', 78000, 4, 305000, 120, null],
      ['P-2003', 'Tepung Terigu 1 kg', 13000, 24, 300000, 300, '2'],
      ['P-2004', 'Mie Goreng Instan Spesial 85 g', 3500, 40, 132000, 800, null],
    ]),
  },
];

/** Pieces for generated customers (`extraCustomers`). */
export const EXTRA = {
  kinds: ['Toko', 'Warung', 'Apotek', 'UD', 'Minimarket', 'Toko Kelontong'],
  words: [
    'Makmur',
    'Jaya',
    'Sentosa',
    'Berkah',
    'Abadi',
    'Lestari',
    'Sejahtera',
    'Mandiri',
    'Rejeki',
    'Mulia',
  ],
  owners: ['Pak Slamet', 'Bu Ani', 'Cak Ipul', 'Mbak Wati', 'Koh Liong', 'Bu Endang', 'Pak Yanto', 'Mas Eko'],
  cities: [
    {
      city: 'Jakarta',
      lat: -6.2,
      lon: 106.82,
      streets: ['Jl. Gatot Subroto', 'Jl. Fatmawati', 'Jl. Daan Mogot'],
    },
    {
      city: 'Semarang',
      lat: -6.99,
      lon: 110.42,
      streets: ['Jl. Dr. Cipto', 'Jl. Kaligawe', 'Jl. Siliwangi'],
    },
    {
      city: 'Surabaya',
      lat: -7.26,
      lon: 112.75,
      streets: ['Jl. Ahmad Yani', 'Jl. Kenjeran', 'Jl. Diponegoro'],
    },
    {
      city: 'Bandung',
      lat: -6.91,
      lon: 107.61,
      streets: ['Jl. Asia Afrika', 'Jl. Pasteur', 'Jl. Kiaracondong'],
    },
  ],
} as const;
