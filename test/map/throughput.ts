/**
 * Quick throughput check of the mapping (not a test; tests never time things):
 *   npx tsx test/map/throughput.ts [rows]
 * Prints rows/s for customers and products, with and without a yup check of each payload.
 */
import { bindColumns, mapRow, payloadIssues, type TableEntity } from '../../src/map/index.js';
import type { SourceRow } from '../../src/types.js';

const ROWS = Number(process.argv[2] ?? 200_000);

function customerRow(i: number): SourceRow {
  return {
    rowNumber: i + 2,
    cells: {
      'Kode Pelanggan': `C-${String(i).padStart(6, '0')}`,
      'Nama Pelanggan': `Toko Sumber Rejeki ${i}`,
      Alamat: `Jl. Pemuda No. ${i % 300}`,
      Kota: i % 2 ? 'Semarang' : 'Kudus',
      'No HP': `+628123${String(i).padStart(6, '0')}`,
      Latitude: String(-7 - (i % 1000) / 7919),
      Longitude: String(110 + (i % 1000) / 7907),
      Label: i % 3 ? 'VIP, Grosir' : 'Retail',
      Aktif: i % 5 ? 'TRUE' : 'tidak',
    },
  };
}

function productRow(i: number): SourceRow {
  return {
    rowNumber: i + 2,
    cells: {
      'Kode Produk': `P-${i}`,
      'Nama Produk': `Teh Celup ${i}`,
      Stok: String(i % 500),
      Satuan: 'PCS',
      Harga: '12500',
      Isi: '1',
      'Satuan 2': 'DUS',
      'Harga 2': '290000',
      'Isi 2': '24',
      Diskon: '5+2.5',
      Label: 'Minuman',
    },
  };
}

function run(entity: TableEntity, make: (i: number) => SourceRow, withYup: boolean): number {
  const rows = Array.from({ length: ROWS }, (_, i) => make(i));
  const binding = bindColumns(entity, Object.keys(rows[0].cells), { mode: 'create' });
  let ok = 0;
  const start = process.hrtime.bigint();
  for (const row of rows) {
    const m = mapRow(entity, binding, row, { mode: 'create' });
    if (m.ok && (!withYup || payloadIssues(entity, 'create', m.payload).length === 0)) ok++;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (ok !== ROWS) throw new Error(`${entity}: only ${ok} of ${ROWS} rows valid`);
  return Math.round(ROWS / seconds);
}

for (const [entity, make] of [
  ['customers', customerRow],
  ['products', productRow],
] as const) {
  for (const withYup of [false, true]) {
    const rates = [1, 2, 3].map(() => run(entity, make, withYup)).sort((a, b) => a - b);
    console.log(
      `${entity.padEnd(10)} ${withYup ? 'map + yup' : 'map only '}  ${rates[1].toLocaleString('en')} rows/s`,
    );
  }
}
