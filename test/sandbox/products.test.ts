import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATHS } from '../../src/contract/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { productBody, session, VALIDATION, type Api } from './helpers.js';

let sb: Sandbox;
let api: Api;
const P = PATHS.products;

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo' });
  api = await session(sb);
});
afterAll(() => sb.close());

async function errorsOf(body: unknown, id?: number): Promise<Record<string, string[]>> {
  const answer = id === undefined ? await api.post(P, body) : await api.patch(`${P}/${id}`, body);
  expect(answer.status).toBe(422);
  expect(answer.body.message).toBe(VALIDATION);
  return answer.body.errors;
}

describe('products: create, read, update, delete', () => {
  it('creates with {} and returns the product with unit ids and timestamps', async () => {
    expect(await api.post(P, productBody({ default_disc: '55.55+3', tags: ['minuman'] }))).toMatchObject({
      status: 200,
      body: {},
    });
    const found = await api.get(P, { ext_product_code: 'P-9001' });
    expect(found.body.meta.total).toBe(1);
    const product = found.body.data[0];
    expect(product).toEqual({
      id: expect.any(Number),
      name: 'Teh Botol 350 ml',
      description: null,
      sku: null,
      tags: ['minuman'],
      status: true,
      ext_product_code: 'P-9001',
      default_disc: '55.55+3',
      qty_on_hand: 100,
      product_units: [
        { id: expect.any(Number), name: 'PCS', price: 4500, ratio: 1 },
        { id: expect.any(Number), name: 'DUS', price: 100000, ratio: 24 },
      ],
      created_at: expect.any(String),
      updated_at: product.created_at,
    });
    expect((await api.get(`${P}/${product.id}`)).body).toEqual(product);
  });

  it('allows duplicate ext_product_code', async () => {
    await api.post(P, productBody({ ext_product_code: 'P-DUP' }));
    await api.post(P, productBody({ ext_product_code: 'P-DUP' }));
    expect((await api.get(P, { ext_product_code: 'P-DUP' })).body.meta.total).toBe(2);
  });

  it('PATCH is partial; product_units replaces the whole list', async () => {
    await api.post(P, productBody({ ext_product_code: 'P-9002' }));
    const [before] = (await api.get(P, { ext_product_code: 'P-9002' })).body.data;
    const units = [
      { name: 'PCS', price: 5000, ratio: 1 },
      { name: 'PAK', price: 29000, ratio: 6 },
    ];
    expect((await api.patch(`${P}/${before.id}`, { product_units: units, qty_on_hand: 7 })).status).toBe(200);
    const after = (await api.get(`${P}/${before.id}`)).body;
    expect(after.product_units.map((u: { name: string }) => u.name)).toEqual(['PCS', 'PAK']);
    expect(after).toMatchObject({ name: before.name, qty_on_hand: 7 });
    expect(after.updated_at > before.updated_at).toBe(true);
  });

  it('lists with search, status and paging, and deletes', async () => {
    const search = await api.get(P, { search: 'mie' });
    expect(search.body.data.length).toBeGreaterThanOrEqual(2);
    expect(search.body.data.every((p: { name: string }) => /mie/i.test(p.name))).toBe(true);
    const inactive = await api.get(P, { status: 'false' });
    expect(inactive.body.data.map((p: { ext_product_code: string }) => p.ext_product_code)).toEqual([
      'P-1010',
    ]);
    const page = await api.get(P, { per_page: 3, page: 2 });
    expect(page.body.meta).toMatchObject({ page: 2, per_page: 3, total: sb.state.products().length });
    const id = sb.state.products()[0].id;
    expect(await api.del(`${P}/${id}`)).toMatchObject({ status: 200, body: {} });
    expect(await api.get(`${P}/${id}`)).toMatchObject({ status: 404, body: { message: 'Not found' } });
  });
});

describe('products: validation', () => {
  it('requires name, qty_on_hand and product_units on create', async () => {
    expect(Object.keys(await errorsOf({})).sort()).toEqual(['name', 'product_units', 'qty_on_hand']);
  });

  it('limits name to 200 characters', async () => {
    expect(Object.keys(await errorsOf(productBody({ name: 'x'.repeat(201) })))).toEqual(['name']);
    expect((await api.post(P, productBody({ name: 'x'.repeat(200) }))).status).toBe(200);
  });

  it('requires qty_on_hand to be a number', async () => {
    expect(Object.keys(await errorsOf(productBody({ qty_on_hand: '12' })))).toEqual(['qty_on_hand']);
  });

  it('needs at least one unit', async () => {
    expect(Object.keys(await errorsOf(productBody({ product_units: [] })))).toEqual(['product_units']);
    expect(Object.keys(await errorsOf(productBody({ product_units: 'PCS' })))).toEqual(['product_units']);
  });

  it('checks every unit: name ≤ 50, price number, ratio integer ≥ 1', async () => {
    const errors = await errorsOf(
      productBody({
        product_units: [
          { name: 'PCS', price: 1000, ratio: 1 },
          { name: 'u'.repeat(51), price: '1000', ratio: 0 },
          { name: 'PAK', price: 5000, ratio: 2.5 },
          { price: 1 },
        ],
      }),
    );
    expect(Object.keys(errors).sort()).toEqual([
      'product_units.1.name',
      'product_units.1.price',
      'product_units.1.ratio',
      'product_units.2.ratio',
      'product_units.3.name',
      'product_units.3.ratio',
    ]);
    expect(errors['product_units.1.name'][0]).toMatch(/50/);
  });

  it('needs a base unit with ratio 1', async () => {
    const errors = await errorsOf(
      productBody({ product_units: [{ name: 'DUS', price: 100000, ratio: 24 }] }),
    );
    expect(Object.keys(errors)).toEqual(['product_units']);
    expect(errors.product_units[0]).toMatch(/ratio 1/);
  });

  it('checks default_disc as a discount chain, and the other types', async () => {
    const errors = await errorsOf(productBody({ default_disc: '5%+3', status: 'ya', tags: 'a', sku: 7 }));
    expect(Object.keys(errors).sort()).toEqual(['default_disc', 'sku', 'status', 'tags']);
    for (const chain of ['5', '55.55+3', '10+5+2.5']) {
      expect((await api.post(P, productBody({ default_disc: chain }))).status).toBe(200);
    }
  });

  it('applies the rules to the fields present on PATCH', async () => {
    const id = sb.state.products()[0].id;
    const errors = await errorsOf(
      { name: 'y'.repeat(201), product_units: [{ name: 'DUS', price: 1, ratio: 12 }] },
      id,
    );
    expect(Object.keys(errors).sort()).toEqual(['name', 'product_units']);
    expect((await api.patch(`${P}/${id}`, { description: 'Baru' })).status).toBe(200);
  });
});
