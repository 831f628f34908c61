import { describe, expect, it } from '@jest/globals';
import type { Customer, Product } from '../../src/contract/index.js';
import {
  bindColumns,
  exportColumns,
  isUnchanged,
  mapRow,
  recordToCells,
  type MapOptions,
  type TableEntity,
} from '../../src/map/index.js';
import { payloadOf, sourceRow } from './helpers.js';

const customer = (over: Partial<Customer> = {}): Customer => ({
  id: 51234,
  name: 'Toko  Sumber Rejeki',
  address: 'Jl. Pemuda No. 12',
  city: 'Semarang',
  phone: '+6281234567890',
  ext_cust_no: '00123',
  location: { lat: -7.1434567, lon: 110.4337891 },
  status: true,
  tags: ['VIP', 'Grosir'],
  created_at: '2026-01-02T03:04:05Z',
  updated_at: '2026-01-02T03:04:05Z',
  ...over,
});

const product = (over: Partial<Product> = {}): Product => ({
  id: 77,
  name: 'Teh Celup Melati 25s',
  description: 'Kemasan 25 kantong',
  sku: '08991234567890',
  tags: ['Minuman'],
  status: true,
  ext_product_code: 'P-0042',
  default_disc: '55.55+3',
  qty_on_hand: 120.5,
  product_units: [
    { id: 1, name: 'PCS', price: 12500.75, ratio: 1 },
    { id: 2, name: 'DUS', price: 290000, ratio: 24 },
    { id: 3, name: 'KRT', price: 3400000, ratio: 288 },
  ],
  created_at: '2026-01-02T03:04:05Z',
  updated_at: '2026-01-02T03:04:05Z',
  ...over,
});

/** Export a record (cells under the export's headers, blanks for absent cells) and import it. */
function reimport<E extends TableEntity>(
  entity: E,
  record: Parameters<typeof recordToCells<E>>[1],
  options: MapOptions,
  edit: Record<string, string> = {},
) {
  const headers = exportColumns(entity).map((c) => c.header);
  const cells = { ...recordToCells(entity, record), ...edit };
  for (const key of Object.keys(cells)) expect(headers).toContain(key); // no cell outside the export's columns
  const binding = bindColumns(entity, headers, { mode: options.mode });
  expect(binding.unknownColumns).toEqual([]);
  const row = sourceRow(Object.fromEntries(headers.map((h) => [h, cells[h] ?? ''])));
  return mapRow(entity, binding, row, options);
}

describe('export → import round trip: customers', () => {
  it('the export headers are the canonical ones and bind to themselves', () => {
    expect(exportColumns('customers').map((c) => c.header)).toEqual([
      'id',
      'ext_cust_no',
      'name',
      'address',
      'city',
      'phone',
      'lat',
      'lon',
      'tags',
      'status',
    ]);
  });

  it('recordToCells writes tags, location and status as documented', () => {
    expect(recordToCells('customers', customer({ status: false }))).toEqual({
      id: '51234',
      ext_cust_no: '00123',
      name: 'Toko  Sumber Rejeki',
      address: 'Jl. Pemuda No. 12',
      city: 'Semarang',
      phone: '+6281234567890',
      lat: '-7.1434567',
      lon: '110.4337891',
      tags: 'VIP, Grosir',
      status: 'FALSE',
    });
    expect(recordToCells('customers', customer({ location: null, address: null, tags: [] }))).toMatchObject({
      lat: '',
      lon: '',
      address: '',
      tags: '',
    });
  });

  it.each<[string, Customer]>([
    ['a full record', customer()],
    [
      'an inactive record with nulls',
      customer({ status: false, address: null, city: null, phone: null, tags: [], location: null }),
    ],
    ['extreme coordinates', customer({ location: { lat: -90, lon: 180 } })],
    ['tiny coordinates', customer({ location: { lat: 1e-7, lon: -0.000001 } })],
  ])('%s: upsert gives the record’s own values, keyed by id, and is unchanged', (_, record) => {
    const m = reimport('customers', record, { mode: 'upsert' });
    const p = payloadOf('customers', m, 'upsert');
    expect(m.ok && m.key).toEqual({ kind: 'id', value: record.id });
    expect(p).toEqual({
      name: record.name,
      status: record.status,
      ...(record.ext_cust_no ? { ext_cust_no: record.ext_cust_no } : {}),
      ...(record.address ? { address: record.address } : {}),
      ...(record.city ? { city: record.city } : {}),
      ...(record.phone ? { phone: record.phone } : {}),
      ...(record.location ? { location: record.location } : {}),
      ...(record.tags.length ? { tags: record.tags } : {}),
    });
    expect(isUnchanged('customers', record, p)).toBe(true);
  });

  it('update with blank=clear of an unedited export is unchanged too', () => {
    const record = customer({ address: null, location: null, tags: [] });
    const p = payloadOf(
      'customers',
      reimport('customers', record, { mode: 'update', blank: 'clear' }),
      'update',
    );
    expect(p).toMatchObject({ address: '', location: null, tags: [] });
    expect(isUnchanged('customers', record, p)).toBe(true);
  });

  it('an edited cell comes through as a change', () => {
    const record = customer();
    const p = payloadOf(
      'customers',
      reimport('customers', record, { mode: 'update' }, { city: 'Kudus', tags: 'VIP' }),
      'update',
    );
    expect(p).toMatchObject({ city: 'Kudus', tags: ['VIP'] });
    expect(isUnchanged('customers', record, p)).toBe(false);
  });
});

describe('export → import round trip: products', () => {
  it('the export writes unit groups; the template can ask for fewer', () => {
    const headers = exportColumns('products').map((c) => c.header);
    expect(headers.slice(0, 9)).toEqual([
      'id',
      'ext_product_code',
      'name',
      'sku',
      'description',
      'qty_on_hand',
      'unit',
      'price',
      'ratio',
    ]);
    expect(headers).toContain('ratio_10');
    expect(headers.slice(-3)).toEqual(['default_disc', 'tags', 'status']);
    expect(exportColumns('products', { unitGroups: 2 }).map((c) => c.header)).toEqual([
      'id',
      'ext_product_code',
      'name',
      'sku',
      'description',
      'qty_on_hand',
      'unit',
      'price',
      'ratio',
      'unit_2',
      'price_2',
      'ratio_2',
      'default_disc',
      'tags',
      'status',
    ]);
  });

  it('recordToCells writes units as groups', () => {
    expect(recordToCells('products', product())).toMatchObject({
      unit: 'PCS',
      price: '12500.75',
      ratio: '1',
      unit_2: 'DUS',
      price_2: '290000',
      ratio_2: '24',
      unit_3: 'KRT',
      price_3: '3400000',
      ratio_3: '288',
      qty_on_hand: '120.5',
      default_disc: '55.55+3',
      tags: 'Minuman',
      status: 'TRUE',
    });
  });

  it.each<[string, Product]>([
    ['a full record', product()],
    [
      'one unit, nulls, inactive',
      product({
        product_units: [{ id: 9, name: 'KG', price: 0, ratio: 1 }],
        description: null,
        sku: null,
        default_disc: null,
        tags: [],
        status: false,
      }),
    ],
    [
      'a 200-character name and 50-character unit',
      product({
        name: 'n'.repeat(200),
        product_units: [{ id: 1, name: 'u'.repeat(50), price: 1, ratio: 1 }],
      }),
    ],
  ])('%s: upsert gives the record’s own values and is unchanged', (_, record) => {
    const m = reimport('products', record, { mode: 'upsert' });
    const p = payloadOf('products', m, 'upsert');
    expect(m.ok && m.key).toEqual({ kind: 'id', value: record.id });
    expect(p).toEqual({
      name: record.name,
      qty_on_hand: record.qty_on_hand,
      status: record.status,
      product_units: record.product_units.map(({ name, price, ratio }) => ({ name, price, ratio })),
      ...(record.ext_product_code ? { ext_product_code: record.ext_product_code } : {}),
      ...(record.sku ? { sku: record.sku } : {}),
      ...(record.description ? { description: record.description } : {}),
      ...(record.default_disc ? { default_disc: record.default_disc } : {}),
      ...(record.tags.length ? { tags: record.tags } : {}),
    });
    expect(isUnchanged('products', record, p)).toBe(true);
  });

  it('an edited price comes through as a change of the whole unit list', () => {
    const record = product();
    const p = payloadOf(
      'products',
      reimport('products', record, { mode: 'update' }, { price_2: '295000' }),
      'update',
    );
    expect(p.product_units?.[1]).toEqual({ name: 'DUS', price: 295000, ratio: 24 });
    expect(isUnchanged('products', record, p)).toBe(false);
  });
});
