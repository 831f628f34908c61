import { describe, expect, it } from '@jest/globals';
import {
  allColumns,
  bindColumns,
  isReservedHeader,
  normalizeHeader,
  type TableEntity,
} from '../../src/map/index.js';

describe('normalizeHeader', () => {
  it.each([
    ['Nama Pelanggan', 'namapelanggan'],
    ['nama_pelanggan', 'namapelanggan'],
    ['  NAMA-PELANGGAN  ', 'namapelanggan'],
    ['Nàma Pélanggan', 'namapelanggan'],
    ['No. HP', 'nohp'],
    ['No HP', 'nohp'],
    ['ext_cust_no', 'extcustno'],
    ['Qty On Hand', 'qtyonhand'],
    ['unit_2', 'unit2'],
    ['Satuan 2', 'satuan2'],
    ['Satuan-satuan', 'satuansatuan'],
    ['Ｎａｍａ', 'ｎａｍａ'.toLowerCase()],
    ['', ''],
    // A byte order mark (its garbled form `ï»¿` is the reader's: test/read/garbled-bom.test.ts).
    ['\uFEFFid', 'id'],
    ['ïd', 'id'],
  ])('%j → %j', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });

  it.each([
    ['_id', true],
    ['_error', true],
    [' _row', true],
    ['id', false],
    ['ext_cust_no', false],
  ])('isReservedHeader(%j) = %j', (header, expected) => {
    expect(isReservedHeader(header)).toBe(expected);
  });
});

/** One file header → the field it binds to. Each row binds the header alone plus enough to pass. */
const CUSTOMER_ALIASES: Array<[string, string]> = [
  ['Nama', 'name'],
  ['Nama Pelanggan', 'name'],
  ['Customer Name', 'name'],
  ['Name', 'name'],
  ['NAMA_PELANGGAN', 'name'],
  ['Alamat', 'address'],
  ['Kota', 'city'],
  ['Telepon', 'phone'],
  ['No HP', 'phone'],
  ['No. HP', 'phone'],
  ['HP', 'phone'],
  ['No Telp', 'phone'],
  ['Phone', 'phone'],
  ['Kode Pelanggan', 'ext_cust_no'],
  ['Customer No', 'ext_cust_no'],
  ['Customer Code', 'ext_cust_no'],
  ['Ext Cust No', 'ext_cust_no'],
  ['ext_cust_no', 'ext_cust_no'],
  ['Lokasi', 'location'],
  ['Location', 'location'],
  ['Label', 'tags'],
  ['Tag', 'tags'],
  ['Tags', 'tags'],
  ['Aktif', 'status'],
  ['Status', 'status'],
  ['Active', 'status'],
  ['id', 'id'],
  ['ID', 'id'],
];

const PRODUCT_ALIASES: Array<[string, string]> = [
  ['Nama Produk', 'name'],
  ['Product Name', 'name'],
  ['Kode Produk', 'ext_product_code'],
  ['Product Code', 'ext_product_code'],
  ['SKU', 'sku'],
  ['Deskripsi', 'description'],
  ['Description', 'description'],
  ['Stok', 'qty_on_hand'],
  ['Qty', 'qty_on_hand'],
  ['Stock', 'qty_on_hand'],
  ['Qty On Hand', 'qty_on_hand'],
  ['Diskon', 'default_disc'],
  ['Discount', 'default_disc'],
  ['Default Disc', 'default_disc'],
  ['Label', 'tags'],
  ['Aktif', 'status'],
  ['ID', 'id'],
];

/** Bind one header in delete mode (which reads only the key), with the id column as the key. */
function fieldOf(entity: TableEntity, header: string): string | undefined {
  const bind = (headers: string[]) => bindColumns(entity, headers, { mode: 'delete' });
  let b;
  try {
    b = bind([header]); // the header is a key column itself
  } catch {
    b = bind([header, 'SalesMania ID']);
  }
  return Object.keys(b.headerOf).find((f) => b.headerOf[f] === header);
}

describe('header aliases', () => {
  it.each(CUSTOMER_ALIASES)('customers: %j → %s', (header, field) => {
    expect(fieldOf('customers', header)).toBe(field);
  });

  it.each(PRODUCT_ALIASES)('products: %j → %s', (header, field) => {
    expect(fieldOf('products', header)).toBe(field);
  });

  it.each([
    ['Latitude', 'Longitude'],
    ['Lat', 'Lng'],
    ['lat', 'Long'],
    ['LAT', 'Lon'],
  ])('customers: %j and %j give the location', (lat, lon) => {
    const b = bindColumns('customers', ['Nama', lat, lon], { mode: 'create' });
    expect([b.headerOf['location.lat'], b.headerOf['location.lon']]).toEqual([lat, lon]);
  });

  it.each([
    [
      ['Satuan', 'Harga', 'Rasio'],
      ['product_units.0.name', 'product_units.0.price', 'product_units.0.ratio'],
    ],
    [
      ['Unit', 'Price', 'Ratio'],
      ['product_units.0.name', 'product_units.0.price', 'product_units.0.ratio'],
    ],
    [
      ['unit', 'price', 'Isi'],
      ['product_units.0.name', 'product_units.0.price', 'product_units.0.ratio'],
    ],
    [
      ['Satuan 2', 'Harga 2', 'Isi 2'],
      ['product_units.1.name', 'product_units.1.price', 'product_units.1.ratio'],
    ],
    [
      ['unit_2', 'price_2', 'ratio_2'],
      ['product_units.1.name', 'product_units.1.price', 'product_units.1.ratio'],
    ],
    [
      ['Unit 10', 'Price 10', 'Rasio 10'],
      ['product_units.9.name', 'product_units.9.price', 'product_units.9.ratio'],
    ],
    [['Satuan-satuan'], ['product_units']],
    [['Units'], ['product_units']],
  ])('products: unit headers %j', (headers, fields) => {
    const b = bindColumns('products', ['Kode Produk', ...headers], { mode: 'update' });
    expect(fields.map((f) => b.headerOf[f])).toEqual(headers);
  });

  it.each<TableEntity>(['customers', 'products'])(
    '%s: every accepted name binds to its own column',
    (entity) => {
      for (const column of allColumns(entity)) {
        for (const name of [column.header, column.field, ...column.aliases]) {
          expect([name, fieldOf(entity, name)]).toEqual([name, column.field]);
        }
      }
    },
  );

  it('a result sheet column is never bound: "_id" is not "id"', () => {
    const b = bindColumns('customers', ['Nama', '_row', '_id', '_error'], { mode: 'create' });
    expect(b.headerOf.id).toBeUndefined();
    expect(b.unknownColumns).toEqual(['_row', '_id', '_error']);
  });
});
