/**
 * The headers of an Indonesian template (`template --lang id`): for each column, one of the
 * Indonesian headers the importer already accepts (its aliases in src/map), so a filled-in template
 * imports as it is. A name that is not (or no longer) an alias of its column is not used: the
 * column keeps its English header (test/template checks every name here still binds).
 */
import type { ColumnSpec } from './columns.js';
import type { TableEntity } from './entities.js';
import type { Lang } from '../i18n/index.js';

const UNIT_GROUP = /^(unit|price|ratio)_(\d+)$/;
const UNIT_WORDS: Record<string, string> = { unit: 'Satuan', price: 'Harga', ratio: 'Isi' };

/** By the column's canonical (English) header. */
export const INDONESIAN_HEADERS: Record<TableEntity, Record<string, string>> = {
  customers: {
    id: 'ID SalesMania',
    ext_cust_no: 'Kode Pelanggan',
    name: 'Nama',
    address: 'Alamat',
    city: 'Kota',
    phone: 'No HP',
    lat: 'Latitude',
    lon: 'Longitude',
    location: 'Koordinat',
    tags: 'Label',
    status: 'Aktif',
  },
  products: {
    id: 'ID SalesMania',
    ext_product_code: 'Kode Produk',
    name: 'Nama Produk',
    sku: 'Kode SKU',
    description: 'Deskripsi',
    qty_on_hand: 'Stok',
    unit: 'Satuan',
    price: 'Harga',
    ratio: 'Isi',
    units: 'Daftar Satuan',
    default_disc: 'Diskon',
    tags: 'Label',
    status: 'Aktif',
  },
  visits: {
    date: 'Tanggal',
    customer: 'Kode Pelanggan',
    customer_id: 'ID Pelanggan',
    customer_name: 'Nama Pelanggan',
    team: 'Sales',
    team_id: 'ID Sales',
  },
  orders: {
    order_id: 'ID Order',
    ext_order_no: 'No Order',
    date: 'Tanggal',
    customer: 'Kode Pelanggan',
    customer_id: 'ID Pelanggan',
    customer_name: 'Nama Pelanggan',
    team: 'Sales',
    team_id: 'ID Sales',
    status: 'Status Order',
    description: 'Keterangan',
    disc_percent: 'Diskon Nota',
    disc_amount: 'Diskon Nota Rp',
    total_paid: 'Dibayar',
    ext_order_status_name: 'Status Eksternal',
    product: 'Kode Produk',
    product_id: 'ID Produk',
    qty: 'Jumlah',
    unit: 'Satuan',
    price: 'Harga',
    item_disc_percent: 'Diskon',
    item_disc_amount: 'Diskon Rp',
    line_description: 'Keterangan Item',
  },
};

function candidate(entity: TableEntity, header: string): string | undefined {
  const group = UNIT_GROUP.exec(header);
  if (entity === 'products' && group) return `${UNIT_WORDS[group[1]]} ${group[2]}`;
  return INDONESIAN_HEADERS[entity][header];
}

/** The header a template of that language writes for a column. */
export function localHeader(entity: TableEntity, column: ColumnSpec, lang: Lang): string {
  if (lang === 'en') return column.header;
  const name = candidate(entity, column.header);
  return name !== undefined && column.aliases.includes(name) ? name : column.header;
}
