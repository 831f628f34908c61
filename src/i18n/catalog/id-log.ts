/** Indonesian log lines a person reads while a run goes: same keys and placeholders as `en-log.ts`. */
import type { enLog } from './en-log.js';
import type { CatalogShape } from './shape.js';

export const idLog: CatalogShape<typeof enLog> = {
  connected: 'Terhubung ke SalesMania, database {{database}}',
  readingReferences: 'Membaca data pelanggan, produk, dan anggota tim yang disebut di file (100 per halaman)',
  referencesReady: 'Data pelanggan, produk, dan anggota tim sudah dibaca',
  readingExisting: {
    customers: 'Membaca data pelanggan yang sudah ada di SalesMania (100 per halaman)',
    products: 'Membaca data produk yang sudah ada di SalesMania (100 per halaman)',
  },
  existingReady_other: '{{count, number}} data sudah dibaca',
  orderLinesGrouped: 'Baris pesanan dikelompokkan: {{lines, number}} baris, {{orders, number}} pesanan',
  scheduleStopping: 'Jadwal dihentikan',
  retry: {
    http: 'Coba lagi ke API: {{method}} {{path}}: HTTP {{status}}, dicoba lagi dalam {{delay, number}} md',
    timeout:
      'Coba lagi ke API: {{method}} {{path}}: waktu habis ({{event}}), dicoba lagi dalam {{delay, number}} md',
    refused:
      'Coba lagi ke API: {{method}} {{path}}: koneksi ditolak (ECONNREFUSED), dicoba lagi dalam {{delay, number}} md',
    hostNotFound:
      'Coba lagi ke API: {{method}} {{path}}: host tidak ditemukan ({{networkCode}}), dicoba lagi dalam {{delay, number}} md',
    reset:
      'Coba lagi ke API: {{method}} {{path}}: koneksi terputus (ECONNRESET), dicoba lagi dalam {{delay, number}} md',
    other:
      'Coba lagi ke API: {{method}} {{path}}: kesalahan jaringan ({{networkCode}}), dicoba lagi dalam {{delay, number}} md',
  },
};
