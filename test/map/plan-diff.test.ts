import { describe, expect, it } from '@jest/globals';
import {
  IDENTITY_LIKENESS,
  beforeValues,
  changedSince,
  fieldChanges,
  nameLikeness,
  planFlags,
} from '../../src/map/index.js';

const customer = {
  id: 1,
  name: 'Toko Maju',
  address: null,
  city: 'Semarang',
  phone: '081225673401',
  ext_cust_no: 'C-1',
  location: { lat: -7.1, lon: 110.4 },
  tags: ['VIP', 'Grosir'],
};

const headers: Record<string, string> = { city: 'Kota', phone: 'No HP', name: 'Nama Toko' };
const columnOf = (field: string) => headers[field];

describe('fieldChanges', () => {
  it('lists only the fields the comparison of import calls changed, with the file’s header', () => {
    const changes = fieldChanges(
      'customers',
      customer,
      {
        name: 'Toko Maju',
        city: 'Solo',
        phone: '081399999999',
        address: '', // '' and null are the same text
        location: { lat: -7.1 + 1e-12, lon: 110.4 }, // float noise, within the tolerance
        tags: ['Grosir', 'VIP'], // order counts: a PATCH replaces the list
      },
      columnOf,
    );
    expect(changes).toEqual([
      { field: 'city', column: 'Kota', before: 'Semarang', after: 'Solo' },
      { field: 'phone', column: 'No HP', before: '081225673401', after: '081399999999' },
      { field: 'tags', column: undefined, before: ['VIP', 'Grosir'], after: ['Grosir', 'VIP'] },
    ]);
  });

  it('a field absent from the record changes from null', () => {
    expect(fieldChanges('products', { id: 2 }, { sku: 'A-1' }, () => undefined)).toEqual([
      { field: 'sku', column: undefined, before: null, after: 'A-1' },
    ]);
  });
});

describe('beforeValues', () => {
  it('keeps the stored value of every field the update sends, changed or not', () => {
    expect(beforeValues(customer, { name: 'Toko Maju', city: 'Solo', sku: undefined })).toEqual({
      name: 'Toko Maju',
      city: 'Semarang',
    });
    expect(beforeValues(customer, { address: 'Jl. 1' })).toEqual({ address: null });
  });
});

describe('planFlags', () => {
  const change = (field: string, before: unknown, after: unknown) => ({ field, before, after });

  it.each([
    ['a phone replaced', 'customers', [change('phone', '0812', '0813')], ['PHONE_CHANGED']],
    ['a phone filled in where there was none', 'customers', [change('phone', null, '0813')], []],
    [
      'a name of someone else',
      'customers',
      [change('name', 'Toko Maju', 'Apotek Sehat')],
      ['IDENTITY_DIFFERS'],
    ],
    ['a name corrected', 'customers', [change('name', 'Toko Maju', 'Toko Maju Jaya')], []],
    ['a name spelt otherwise', 'products', [change('name', 'PT. Maju', 'pt maju')], []],
    [
      'a unit removed',
      'products',
      [change('product_units', [{ name: 'PCS' }, { name: 'BOX' }], [{ name: 'pcs' }])],
      ['UNITS_REMOVED'],
    ],
    [
      'a unit added',
      'products',
      [change('product_units', [{ name: 'PCS' }], [{ name: 'PCS' }, { name: 'BOX' }])],
      [],
    ],
    ['a city', 'customers', [change('city', 'Semarang', 'Solo')], []],
  ] as const)('%s', (_what, entity, changes, flags) => {
    expect(planFlags(entity, changes as never)).toEqual(flags);
  });
});

describe('nameLikeness', () => {
  it('is 1 for the same name, whatever the case, spacing and punctuation', () => {
    expect(nameLikeness('PT. Maju  Jaya', 'pt maju jaya')).toBe(1);
  });
  it('ranks a correction above the threshold and another name below it', () => {
    expect(nameLikeness('Toko Sumber Makmur', 'Toko Sumber Makmur Abadi')).toBeGreaterThan(IDENTITY_LIKENESS);
    expect(nameLikeness('UD Berkah Jaya', 'Salon Cantik Ayu')).toBeLessThan(IDENTITY_LIKENESS);
  });
  it('is 0 for a name too short to compare that differs', () => {
    expect(nameLikeness('A', 'B')).toBe(0);
  });
});

describe('changedSince', () => {
  it('names the fields whose stored value is no longer the planned one', () => {
    const before = { city: 'Semarang', tags: ['VIP'], address: null };
    expect(changedSince(before, { city: 'Semarang', tags: ['VIP'] })).toEqual([]);
    expect(changedSince(before, { city: 'Solo', tags: ['VIP', 'X'], address: null })).toEqual([
      'city',
      'tags',
    ]);
    expect(changedSince(before, { city: 'Semarang', tags: ['VIP'], address: 'Jl. 1' })).toEqual(['address']);
  });
});
