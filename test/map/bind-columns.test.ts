import { describe, expect, it } from '@jest/globals';
import { RunError } from '../../src/errors.js';
import { bindColumns, type BindOptions, type TableEntity } from '../../src/map/index.js';

function bindError(entity: TableEntity, headers: string[], options: BindOptions): RunError {
  try {
    bindColumns(entity, headers, options);
  } catch (err) {
    if (err instanceof RunError) return err;
    throw err;
  }
  throw new Error(`expected bindColumns to throw for ${JSON.stringify(headers)}`);
}

describe('bindColumns: what binds', () => {
  it('records the file header of each field, in file order, and the unknown columns', () => {
    const b = bindColumns('customers', ['Kode Pelanggan', 'Nama Toko', 'Sales', 'No. HP', 'Catatan'], {
      mode: 'create',
    });
    expect(b.headerOf).toEqual({ ext_cust_no: 'Kode Pelanggan', name: 'Nama Toko', phone: 'No. HP' });
    expect(b.bound.map((x) => x.header)).toEqual(['Kode Pelanggan', 'Nama Toko', 'No. HP']);
    expect(b.unknownColumns).toEqual(['Sales', 'Catatan']);
    expect(b.ignoredColumns).toEqual([]);
  });
});

describe('bindColumns: missing columns', () => {
  it('names the column, its accepted headers and the closest header in the file', () => {
    const err = bindError('customers', ['Nmae', 'Alamat'], { mode: 'create' });
    expect(err.code).toBe('MAP_MISSING_COLUMN');
    expect(err.message).toBe(
      'Required column "name" not found. Accepted headers: "name", "Nama", "Nama Pelanggan", "Customer Name". ' +
        'Closest header in the file: "Nmae".',
    );
  });

  it('says when nothing in the file is close, and lists the headers', () => {
    const err = bindError('customers', ['Alamat', 'Kota'], { mode: 'create' });
    expect(err.message).toContain('No similar header in the file');
    expect(err.message).toContain('"Alamat", "Kota"');
  });

  it.each<[TableEntity, string[], BindOptions['mode'], RegExp[]]>([
    ['products', ['Nama Produk', 'Satuan', 'Harga'], 'create', [/Required column "qty_on_hand"/]],
    ['products', ['Nama Produk', 'Stok'], 'create', [/"unit" \+ "price" or "units"/]],
    ['products', ['Stok', 'Units'], 'upsert', [/Required column "name"/]],
    ['products', ['Nama Produk', 'Stok', 'Satuan'], 'create', [/"Satuan" needs a column "price"/]],
    ['products', ['Nama Produk', 'Stok', 'Satuan', 'Harga', 'Satuan 2', 'Harga 2'], 'create', [/"ratio_2"/]],
    ['products', ['Kode Produk', 'Harga 3'], 'update', [/"Harga 3" needs a column "unit_3"/]],
    ['customers', ['Nama', 'Lat'], 'create', [/"Lat" needs a column "lon"/]],
    ['customers', ['Nama'], 'update', [/Key column not found: update needs "ext_cust_no" or "id"/]],
    ['customers', ['Nama'], 'delete', [/delete needs/]],
    ['products', ['Nama Produk'], 'update', [/"ext_product_code" or "id"/]],
    ['customers', ['id'], 'update-status', [/Required column "status"/]],
    ['products', ['Nama Produk'], 'create', [/"qty_on_hand"/, /"unit" \+ "price"/]],
  ])('%s %j (%s)', (entity, headers, mode, patterns) => {
    const err = bindError(entity, headers, { mode });
    expect(err.code).toBe('MAP_MISSING_COLUMN');
    for (const p of patterns) expect(err.message).toMatch(p);
  });

  it('finds the closest header for a key column too', () => {
    const err = bindError('products', ['Kode Prodk', 'Stok'], { mode: 'delete' });
    expect(err.message).toContain('Closest header in the file: "Kode Prodk".');
  });

  it.each<[TableEntity, string[], BindOptions['mode']]>([
    ['customers', ['Nama'], 'create'],
    ['customers', ['Nama'], 'upsert'], // upsert without a key column creates
    ['customers', ['id'], 'update'],
    ['customers', ['Kode Pelanggan', 'Lat'], 'delete'], // delete reads the key only
    ['customers', ['Kode Pelanggan', 'Aktif'], 'update-status'],
    ['products', ['Nama Produk', 'Stok', 'Satuan', 'Harga'], 'create'],
    ['products', ['Nama Produk', 'Stok', 'Units'], 'create'],
    ['products', ['Kode Produk', 'Stok'], 'update'],
  ])('%s %j is enough for %s', (entity, headers, mode) => {
    expect(() => bindColumns(entity, headers, { mode })).not.toThrow();
  });
});

describe('bindColumns: duplicates', () => {
  it.each<[TableEntity, string[], RegExp]>([
    ['customers', ['Nama', 'Name'], /Columns "Nama" and "Name" both give "name"/],
    ['customers', ['Nama', 'Telepon', 'No HP'], /"Telepon" and "No HP" both give "phone"/],
    ['customers', ['Nama', 'name'], /"Nama" and "name"/],
    ['customers', ['Nama', 'Lat', 'Lon', 'Lokasi'], /Both "Lat", "Lon" and "Lokasi" give "location"/],
    ['products', ['Nama Produk', 'Stok', 'Satuan', 'Harga', 'Units'], /give "product_units"/],
    ['products', ['Nama Produk', 'Stok', 'Satuan 2', 'Unit 2'], /"Satuan 2" and "Unit 2"/],
  ])('%s %j', (entity, headers, pattern) => {
    const err = bindError(entity, headers, { mode: 'create' });
    expect(err.code).toBe('MAP_DUPLICATE_COLUMN');
    expect(err.message).toMatch(pattern);
  });
});

describe('bindColumns: mapping', () => {
  it('binds a header by field or canonical header, and ignores a header mapped to ""', () => {
    const b = bindColumns('customers', ['Nama Toko Lengkap', 'Koord', 'Kode', 'Name'], {
      mode: 'create',
      mapping: { 'Nama Toko Lengkap': 'name', Koord: 'location', Kode: 'ext_cust_no', Name: '' },
    });
    expect(b.headerOf).toEqual({ name: 'Nama Toko Lengkap', location: 'Koord', ext_cust_no: 'Kode' });
    expect(b.ignoredColumns).toEqual(['Name']);
    expect(b.unknownColumns).toEqual([]);
  });

  it('accepts a canonical header or an alias as the target, and a header key differing in case', () => {
    const b = bindColumns('products', ['Barang', 'Jml', 'SAT', 'HRG', 'isi dus', 'sat dus', 'harga dus'], {
      mode: 'create',
      mapping: {
        barang: 'Nama Produk',
        Jml: 'qty_on_hand',
        SAT: 'unit',
        HRG: 'price',
        'isi dus': 'ratio_2',
        'sat dus': 'unit_2',
        'harga dus': 'product_units.1.price',
      },
    });
    expect(b.headerOf).toMatchObject({
      name: 'Barang',
      qty_on_hand: 'Jml',
      'product_units.0.name': 'SAT',
      'product_units.1.ratio': 'isi dus',
      'product_units.1.price': 'harga dus',
    });
  });

  it('overrides an automatic match', () => {
    const b = bindColumns('customers', ['Nama', 'Kota'], { mode: 'create', mapping: { Kota: 'address' } });
    expect(b.headerOf).toEqual({ name: 'Nama', address: 'Kota' });
  });

  it.each<[Record<string, string>, RegExp]>([
    [{ 'Nama Toko': 'name' }, /names column "Nama Toko", which is not in the file/],
    [{ Kode: 'kode_pel' }, /sends column "Kode" to "kode_pel", which is not a customers field/],
  ])('refuses %j', (mapping, pattern) => {
    const err = bindError('customers', ['Nama', 'Kode'], { mode: 'create', mapping });
    expect(err.code).toBe('MAP_BAD_MAPPING');
    expect(err.message).toMatch(pattern);
  });

  it('a mapping onto a field another header also gives is a duplicate', () => {
    const err = bindError('customers', ['Nama', 'Toko'], { mode: 'create', mapping: { Toko: 'name' } });
    expect(err.code).toBe('MAP_DUPLICATE_COLUMN');
    expect(err.message).toContain('{"Toko": ""}');
  });
});
