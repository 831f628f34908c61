import { describe, expect, it } from '@jest/globals';
import { bindColumns, mapRow } from '../../src/map/index.js';
import { codesOf, issuesOf, mapCells, payloadOf, sourceRow } from './helpers.js';

const base = { 'Nama Produk': 'Teh Celup', Stok: '120', Satuan: 'PCS', Harga: '12500' };

describe('products: name and stock', () => {
  it.each<[number, string[] | 'ok']>([
    [1, 'ok'],
    [200, 'ok'],
    [201, ['MAP_TOO_LONG@name']],
  ])('a name of %i characters', (length, expected) => {
    const m = mapCells('products', { ...base, 'Nama Produk': 'x'.repeat(length) });
    if (expected === 'ok') expect(payloadOf('products', m).name).toHaveLength(length);
    else expect(codesOf(m)).toEqual(expected);
  });

  it('counts characters as code points, after trimming: 200 emoji are 200 characters', () => {
    expect(
      payloadOf('products', mapCells('products', { ...base, 'Nama Produk': ` ${'😀'.repeat(200)} ` })).name,
    ).toBe('😀'.repeat(200));
    expect(codesOf(mapCells('products', { ...base, 'Nama Produk': '😀'.repeat(201) }))).toEqual([
      'MAP_TOO_LONG@name',
    ]);
  });

  it.each<[string, number | string]>([
    ['120', 120],
    ['0', 0],
    ['12,5', 12.5],
    ['-3', -3],
    ['', 'MAP_REQUIRED@qty_on_hand'],
    ['NaN', 'MAP_NOT_A_NUMBER@qty_on_hand'],
    ['Infinity', 'MAP_NOT_A_NUMBER@qty_on_hand'],
    ['1e999', 'MAP_NOT_A_NUMBER@qty_on_hand'],
    ['0x1A', 'MAP_NOT_A_NUMBER@qty_on_hand'],
    ['abc', 'MAP_NOT_A_NUMBER@qty_on_hand'],
  ])('qty_on_hand %j → %j', (cell, expected) => {
    const m = mapCells('products', { ...base, Stok: cell });
    if (typeof expected === 'string') expect(codesOf(m)).toEqual([expected]);
    else expect(payloadOf('products', m).qty_on_hand).toBe(expected);
  });
});

describe('products: unit groups', () => {
  const groups = (cells: Record<string, string>) =>
    mapCells('products', {
      'Nama Produk': 'Teh',
      Stok: '1',
      Satuan: '',
      Harga: '',
      Isi: '',
      'Satuan 2': '',
      'Harga 2': '',
      'Isi 2': '',
      'Satuan 3': '',
      'Harga 3': '',
      'Isi 3': '',
      ...cells,
    });

  it('reads every filled group; a blank first ratio is 1', () => {
    const p = payloadOf(
      'products',
      groups({ Satuan: 'PCS', Harga: '12500', 'Satuan 2': 'DUS', 'Harga 2': '290000', 'Isi 2': '24' }),
    );
    expect(p.product_units).toEqual([
      { name: 'PCS', price: 12500, ratio: 1 },
      { name: 'DUS', price: 290000, ratio: 24 },
    ]);
  });

  it('the base unit need not come first', () => {
    const p = payloadOf(
      'products',
      groups({
        Satuan: 'DUS',
        Harga: '290000',
        Isi: '24',
        'Satuan 2': 'PCS',
        'Harga 2': '12500',
        'Isi 2': '1',
      }),
    );
    expect(p.product_units?.map((u) => u.ratio)).toEqual([24, 1]);
  });

  it.each<[Record<string, string>, string[]]>([
    [{ Satuan: 'DUS', Harga: '290000', Isi: '24' }, ['MAP_INVALID@product_units']],
    [{ Satuan: 'PCS', Harga: '1', Isi: '1.5' }, ['MAP_INVALID@product_units.0.ratio']],
    [{ Satuan: 'PCS', Harga: '1', Isi: '0' }, ['MAP_OUT_OF_RANGE@product_units.0.ratio']],
    [{ Satuan: 'PCS', Harga: '-1' }, ['MAP_OUT_OF_RANGE@product_units.0.price']],
    [{ Satuan: 'PCS', Harga: '12.500' }, ['MAP_NOT_A_NUMBER@product_units.0.price']],
    [{ Satuan: 'PCS', Harga: '' }, ['MAP_REQUIRED@product_units.0.price']],
    [{ Satuan: '', Harga: '5' }, ['MAP_REQUIRED@product_units.0.name']],
    [{ Satuan: 'x'.repeat(51), Harga: '5' }, ['MAP_TOO_LONG@product_units.0.name']],
    [
      { Satuan: 'PCS', Harga: '5', 'Satuan 2': 'DUS', 'Harga 2': '50' },
      ['MAP_REQUIRED@product_units.1.ratio'],
    ],
    [
      { Satuan: 'PCS', Harga: '5', 'Satuan 2': 'pcs', 'Harga 2': '50', 'Isi 2': '1' },
      ['MAP_INVALID@product_units.1.name'],
    ],
    [
      { Satuan: 'PCS', Harga: '5', 'Satuan 3': 'DUS', 'Harga 3': '50', 'Isi 3': '24' },
      ['MAP_INVALID@product_units.1.name'],
    ],
    [{}, ['MAP_REQUIRED@product_units']],
    [
      { Satuan: 'PCS', Harga: 'x', 'Satuan 2': 'DUS', 'Harga 2': '50', 'Isi 2': '1.5' },
      ['MAP_INVALID@product_units.1.ratio', 'MAP_NOT_A_NUMBER@product_units.0.price'],
    ],
  ])('%j → %j', (cells, expected) => {
    expect(codesOf(groups(cells))).toEqual(expected);
  });

  it('a unit name of 50 characters is accepted', () => {
    const p = payloadOf('products', groups({ Satuan: 'x'.repeat(50), Harga: '5' }));
    expect(p.product_units?.[0].name).toHaveLength(50);
  });

  it('points each problem at its own column', () => {
    const issues = issuesOf(
      groups({ Satuan: 'PCS', Harga: '5', 'Satuan 2': 'DUS', 'Harga 2': '50', 'Isi 2': '2.5' }),
    );
    expect(issues).toEqual([expect.objectContaining({ column: 'Isi 2', field: 'product_units.1.ratio' })]);
    const base1 = issuesOf(groups({ Satuan: 'DUS', Harga: '5', Isi: '24' }));
    expect(base1).toEqual([expect.objectContaining({ column: 'Isi', field: 'product_units' })]);
  });
});

describe('products: units in one column (name:ratio:price)', () => {
  const units = (cell: string) =>
    mapCells('products', { 'Nama Produk': 'Teh', Stok: '1', 'Satuan-satuan': cell });

  it.each<[string, Array<{ name: string; ratio: number; price: number }>]>([
    [
      'PCS:1:12500; DUS:24:290000',
      [
        { name: 'PCS', ratio: 1, price: 12500 },
        { name: 'DUS', ratio: 24, price: 290000 },
      ],
    ],
    ['PCS::12500', [{ name: 'PCS', ratio: 1, price: 12500 }]],
    ['PCS : 1 : 12500,5 ;', [{ name: 'PCS', ratio: 1, price: 12500.5 }]],
    [
      'PCS:1:100\nDUS:12:1100|KRT:144:12000',
      [
        { name: 'PCS', ratio: 1, price: 100 },
        { name: 'DUS', ratio: 12, price: 1100 },
        { name: 'KRT', ratio: 144, price: 12000 },
      ],
    ],
  ])('%j', (cell, expected) => {
    expect(payloadOf('products', units(cell)).product_units).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['DUS:24:290000', ['MAP_INVALID@product_units']],
    ['PCS:1:100; DUS::200', ['MAP_REQUIRED@product_units.1.ratio']],
    ['PCS:1', ['MAP_INVALID@product_units.0']],
    ['PCS:1:100:5', ['MAP_INVALID@product_units.0']],
    [':1:100', ['MAP_REQUIRED@product_units.0.name']],
    ['PCS:1:', ['MAP_REQUIRED@product_units.0.price']],
    ['PCS:1:12.500', ['MAP_NOT_A_NUMBER@product_units.0.price']],
    [`${'x'.repeat(51)}:1:100`, ['MAP_TOO_LONG@product_units.0.name']],
    ['PCS:1:100; PCS:2:150', ['MAP_INVALID@product_units.1.name']],
    [';;', ['MAP_INVALID@product_units']],
    ['PCS:x:y', ['MAP_NOT_A_NUMBER@product_units.0.price', 'MAP_NOT_A_NUMBER@product_units.0.ratio']],
  ])('%j → %j', (cell, expected) => {
    const m = units(cell);
    expect(codesOf(m)).toEqual(expected);
    expect(issuesOf(m).every((i) => i.column === 'Satuan-satuan')).toBe(true);
  });

  it('ratio 1.5 is refused in the one-column form', () => {
    expect(codesOf(units('PCS:1.5:100'))).toEqual(['MAP_INVALID@product_units.0.ratio']);
  });
});

describe('products: discount chains', () => {
  it.each<[string, string | undefined]>([
    ['5', '5'],
    ['55.55+3', '55.55+3'],
    ['10 + 5 %', '10+5'],
    ['0', '0'],
    ['100', '100'],
    ['', undefined],
  ])('%j → %j', (cell, expected) => {
    expect(payloadOf('products', mapCells('products', { ...base, Diskon: cell })).default_disc).toBe(
      expected,
    );
  });

  it.each<[string, string]>([
    ['101', 'MAP_OUT_OF_RANGE@default_disc'],
    ['5+100.01', 'MAP_OUT_OF_RANGE@default_disc'],
    ['5++3', 'MAP_INVALID@default_disc'],
    ['lima', 'MAP_INVALID@default_disc'],
  ])('%j → %s', (cell, expected) => {
    expect(codesOf(mapCells('products', { ...base, Diskon: cell }))).toEqual([expected]);
  });
});

describe('products: modes', () => {
  const headers = [
    'id',
    'Kode Produk',
    'Nama Produk',
    'SKU',
    'Deskripsi',
    'Stok',
    'Satuan',
    'Harga',
    'Isi',
    'Diskon',
    'Label',
    'Aktif',
  ];
  const row = (cells: Record<string, string>) =>
    sourceRow(Object.fromEntries(headers.map((h) => [h, cells[h] ?? ''])));

  it('update sends only filled columns; a blank units group is not sent', () => {
    const b = bindColumns('products', headers, { mode: 'update' });
    const m = mapRow('products', b, row({ 'Kode Produk': 'P-1', Stok: '7' }), { mode: 'update' });
    expect(payloadOf('products', m, 'update')).toEqual({ qty_on_hand: 7 });
    expect(m.ok && m.key).toEqual({ kind: 'ext', field: 'ext_product_code', value: 'P-1' });
  });

  it('blank=clear clears text, tags and the discount, but not stock, name, units or status', () => {
    const b = bindColumns('products', headers, { mode: 'update' });
    const m = mapRow(
      'products',
      b,
      row({ id: '3', 'Nama Produk': 'Teh', Stok: '1', Satuan: 'PCS', Harga: '1', Aktif: 'y' }),
      {
        mode: 'update',
        blank: 'clear',
      },
    );
    expect(payloadOf('products', m, 'update')).toEqual({
      ext_product_code: '',
      name: 'Teh',
      sku: '',
      description: '',
      qty_on_hand: 1,
      default_disc: '',
      tags: [],
      status: true,
      product_units: [{ name: 'PCS', price: 1, ratio: 1 }],
    });
    const cleared = mapRow('products', b, row({ id: '3' }), { mode: 'update', blank: 'clear' });
    expect(codesOf(cleared)).toEqual([
      'MAP_REQUIRED@name',
      'MAP_REQUIRED@product_units',
      'MAP_REQUIRED@qty_on_hand',
      'MAP_REQUIRED@status',
    ]);
  });

  it('create needs name, stock and a unit, and reports all three at once', () => {
    const b = bindColumns('products', headers, { mode: 'create' });
    expect(codesOf(mapRow('products', b, row({}), { mode: 'create' }))).toEqual([
      'MAP_REQUIRED@name',
      'MAP_REQUIRED@product_units',
      'MAP_REQUIRED@qty_on_hand',
    ]);
  });
});
