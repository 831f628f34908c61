import { describe, expect, it } from '@jest/globals';
import type { Customer, CustomerInput, Product, ProductInput } from '../../src/contract/index.js';
import { isUnchanged, keyToString } from '../../src/map/index.js';

const customer: Customer = {
  id: 1,
  name: 'Toko A',
  address: null,
  city: 'Kudus',
  phone: '0812',
  ext_cust_no: 'C-1',
  location: { lat: -7.1, lon: 110.4 },
  status: true,
  tags: ['VIP', 'Grosir'],
  created_at: '',
  updated_at: '',
};

const product: Product = {
  id: 2,
  name: 'Teh',
  description: null,
  sku: null,
  tags: [],
  status: true,
  ext_product_code: 'P-1',
  default_disc: '5.0+3',
  qty_on_hand: 12,
  product_units: [
    { id: 10, name: 'PCS', price: 1000, ratio: 1 },
    { id: 11, name: 'DUS', price: 24000, ratio: 24 },
  ],
  created_at: '',
  updated_at: '',
};

describe('isUnchanged: customers', () => {
  it.each<[string, CustomerInput, boolean]>([
    ['an empty payload', {}, true],
    ['the same name', { name: 'Toko A' }, true],
    ['another name', { name: 'Toko B' }, false],
    ['name differing in case', { name: 'toko a' }, false],
    ['clearing an already empty address', { address: '' }, true],
    ['setting an empty address', { address: 'Jl. X' }, false],
    ['clearing a city', { city: '' }, false],
    ['the same tags', { tags: ['VIP', 'Grosir'] }, true],
    ['the same tags in another order (order counts)', { tags: ['Grosir', 'VIP'] }, false],
    ['fewer tags', { tags: ['VIP'] }, false],
    ['the same location', { location: { lat: -7.1, lon: 110.4 } }, true],
    ['a location within 1e-9', { location: { lat: -7.1 + 5e-10, lon: 110.4 - 5e-10 } }, true],
    ['a location 1e-8 away', { location: { lat: -7.1 + 1e-8, lon: 110.4 } }, false],
    ['clearing the location', { location: null }, false],
    ['the same status', { status: true }, true],
    ['another status', { status: false }, false],
    ['several fields, one changed', { name: 'Toko A', city: 'Kudus', phone: '0813' }, false],
    [
      'several fields, none changed',
      { name: 'Toko A', city: 'Kudus', phone: '0812', ext_cust_no: 'C-1' },
      true,
    ],
  ])('%s → %j', (_, payload, expected) => {
    expect(isUnchanged('customers', customer, payload)).toBe(expected);
  });

  it('a record without a location equals a cleared location', () => {
    expect(isUnchanged('customers', { ...customer, location: null }, { location: null })).toBe(true);
    expect(isUnchanged('customers', { ...customer, location: null }, { location: { lat: 0, lon: 0 } })).toBe(
      false,
    );
  });
});

describe('isUnchanged: products', () => {
  it.each<[string, ProductInput, boolean]>([
    [
      'the same units, ignoring ids and order',
      {
        product_units: [
          { name: 'DUS', price: 24000, ratio: 24 },
          { name: 'PCS', price: 1000, ratio: 1 },
        ],
      },
      true,
    ],
    [
      'a changed price',
      {
        product_units: [
          { name: 'PCS', price: 1100, ratio: 1 },
          { name: 'DUS', price: 24000, ratio: 24 },
        ],
      },
      false,
    ],
    ['a unit less', { product_units: [{ name: 'PCS', price: 1000, ratio: 1 }] }, false],
    [
      'a renamed unit',
      {
        product_units: [
          { name: 'pcs', price: 1000, ratio: 1 },
          { name: 'DUS', price: 24000, ratio: 24 },
        ],
      },
      false,
    ],
    ['the same discount chain, normalised', { default_disc: '5+3' }, true],
    ['another discount chain', { default_disc: '5+2' }, false],
    ['clearing an empty sku', { sku: '' }, true],
    ['the same stock', { qty_on_hand: 12 }, true],
    ['another stock', { qty_on_hand: 12.5 }, false],
    ['empty tags on a record without tags', { tags: [] }, true],
  ])('%s → %j', (_, payload, expected) => {
    expect(isUnchanged('products', product, payload)).toBe(expected);
  });

  it('compares numbers numerically when the record holds them as text', () => {
    const odd = { ...product, qty_on_hand: '12.0' as unknown as number };
    expect(isUnchanged('products', odd, { qty_on_hand: 12 })).toBe(true);
  });
});

describe('keyToString', () => {
  it.each([
    [{ kind: 'id' as const, value: 51234 }, 'id:51234'],
    [{ kind: 'ext' as const, field: 'ext_cust_no', value: 'C-001' }, 'C-001'],
  ])('%j → %j', (key, expected) => {
    expect(keyToString(key)).toBe(expected);
  });
});
