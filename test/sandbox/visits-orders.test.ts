import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATHS, type Visit } from '../../src/contract/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { session, VALIDATION, type Api } from './helpers.js';

let sb: Sandbox;
let api: Api;
const V = PATHS.visits;
const O = PATHS.orders;
const TODAY = '2026-03-10';

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo', today: TODAY });
  api = await session(sb);
});
afterAll(() => sb.close());

const customer = (i: number) => sb.state.customers()[i];
const product = (code: string) => sb.state.products().find((p) => p.ext_product_code === code)!;

async function visitsOf(query: Record<string, string | number>): Promise<Visit[]> {
  const answer = await api.get(V, { per_page: 100, ...query });
  expect(answer.status).toBe(200);
  return answer.body.data;
}

describe('visits (v1.1)', () => {
  it('lists the seeded routes with paging meta, filtered by an inclusive date range', async () => {
    const all = await api.get(V, { per_page: 5 });
    expect(all.body.meta).toMatchObject({ page: 1, per_page: 5, total: sb.state.visits().length });
    const range = await visitsOf({ date_from: '2026-03-08', date_to: '2026-03-09' });
    expect(range.length).toBeGreaterThan(0);
    expect(new Set(range.map((v) => v.date))).toEqual(new Set(['2026-03-08', '2026-03-09']));
    expect(range.length).toBe(
      sb.state.visits().filter((v) => v.date >= '2026-03-08' && v.date <= '2026-03-09').length,
    );
    const ids = range.map((v) => v.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  });

  it('filters by team_id and customer_id, and rejects bad filter values', async () => {
    const siti = await visitsOf({ team_id: 24729 });
    expect(siti.length).toBeGreaterThan(0);
    expect(siti.every((v) => v.team_id === 24729)).toBe(true);
    const c = sb.state.visits()[0].customer_id;
    expect((await visitsOf({ customer_id: c })).every((v) => v.customer_id === c)).toBe(true);
    const bad = await api.get(V, { date_from: '10/03/2026', team_id: 'budi' });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['date_from', 'team_id']);
  });

  it('appends a new visit last in the route of the team token member, as Planned', async () => {
    const route = await visitsOf({ date_from: TODAY, date_to: TODAY, team_id: 24728 });
    const c = customer(5);
    expect(await api.post(V, { date: TODAY, customer_id: c.id })).toMatchObject({ status: 200, body: {} });
    const after = await visitsOf({ date_from: TODAY, date_to: TODAY, team_id: 24728 });
    expect(after).toHaveLength(route.length + 1);
    expect(after[after.length - 1]).toEqual({
      id: expect.any(Number),
      date: TODAY,
      customer_id: c.id,
      team_id: 24728,
      sequence: route.length + 1,
      visit_status: 'Planned',
      order_id: null,
    });
  });

  it('puts a visit into another member route when team_id is given; the first visit of a day is sequence 1', async () => {
    await api.post(V, { date: '2026-04-01', customer_id: customer(1).id, team_id: 24731 });
    await api.post(V, { date: '2026-04-01', customer_id: customer(2).id, team_id: 24731 });
    const route = await visitsOf({ date_from: '2026-04-01', date_to: '2026-04-01', team_id: 24731 });
    expect(route.map((v) => [v.customer_id, v.sequence])).toEqual([
      [customer(1).id, 1],
      [customer(2).id, 2],
    ]);
  });

  it('validates date (required, real YYYY-MM-DD), customer_id (required, existing) and team_id', async () => {
    const missing = await api.post(V, {});
    expect(missing.status).toBe(422);
    expect(missing.body.message).toBe(VALIDATION);
    expect(Object.keys(missing.body.errors).sort()).toEqual(['customer_id', 'date']);
    const bad = await api.post(V, { date: '2026-02-30', customer_id: 1, team_id: 99 });
    expect(Object.keys(bad.body.errors).sort()).toEqual(['customer_id', 'date', 'team_id']);
    const wrongTypes = await api.post(V, { date: 20260310, customer_id: String(customer(0).id) });
    expect(Object.keys(wrongTypes.body.errors).sort()).toEqual(['customer_id', 'date']);
    // A customer of the other database does not exist here.
    const foreign = sb.state.customers(3317)[0].id;
    expect(Object.keys((await api.post(V, { date: TODAY, customer_id: foreign })).body.errors)).toEqual([
      'customer_id',
    ]);
  });
});

describe('orders', () => {
  const orderBody = (overrides: Record<string, unknown> = {}) => ({
    date: '2026-03-11',
    customer_id: customer(3).id,
    ext_order_no: 'SO-EXT-1',
    description: 'Order uji',
    ordered_products: [
      { product_id: product('P-1001').id, qty: 2, unit: 'DUS', price: 132000, item_disc_percent: '5+2' },
      {
        product_id: product('P-1008').id,
        qty: 6,
        unit: 'PCS',
        price: 3000,
        item_disc_amount: 500,
        ext_order_line_id: 2,
      },
    ],
    ...overrides,
  });

  it('creates with {} and is discoverable through a visit with its order id', async () => {
    expect(await api.post(O, orderBody())).toMatchObject({ status: 200, body: {} });
    const visits = await visitsOf({
      date_from: '2026-03-11',
      date_to: '2026-03-11',
      customer_id: customer(3).id,
    });
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ team_id: 24728, sequence: 1, visit_status: 'Order' });
    expect(visits[0].order_id).toMatch(/^SO-\d{6}$/);
  });

  it('answers GET by id with the Ext Order object', async () => {
    const [visit] = await visitsOf({
      date_from: '2026-03-11',
      date_to: '2026-03-11',
      customer_id: customer(3).id,
    });
    const answer = await api.get(`${O}/${visit.order_id}`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      ext_cust_no: customer(3).ext_cust_no,
      ext_cust_id: customer(3).ext_cust_no,
      ext_salesman_number: 'S-014',
      ext_order_id: 'SO-EXT-1',
      ext_order_status_name: null,
      trans_date: '2026-03-11',
      disc_amount: null,
      disc_percent: null,
      description: 'Order uji',
      total_paid: null,
      sm_company_id: 2981,
      sm_customer_id: customer(3).id,
      sm_team_id: 24728,
      sm_order_id: visit.order_id,
      sm_status: 'Baru',
      ordered_product: [
        {
          ext_product_code: 'P-1001',
          ext_product_id: 'P-1001',
          qty: 2,
          price: 132000,
          item_disc_percent: '5+2',
          item_disc_amount: null,
          unit: { name: 'DUS', ratio: 40 },
          description: null,
          sm_product_id: product('P-1001').id,
        },
        {
          ext_product_code: 'P-1008',
          ext_product_id: 'P-1008',
          qty: 6,
          price: 3000,
          item_disc_percent: null,
          item_disc_amount: 500,
          unit: { name: 'PCS', ratio: 1 },
          description: null,
          sm_product_id: product('P-1008').id,
        },
      ],
    });
    expect(await api.get(`${O}/SO-999999`)).toMatchObject({ status: 404, body: { message: 'Not found' } });
  });

  it('attaches to a planned visit of the same date/customer/team instead of adding one', async () => {
    const c = customer(7);
    await api.post(V, { date: '2026-03-12', customer_id: c.id, team_id: 24730 });
    await api.post(
      O,
      orderBody({ date: '2026-03-12', customer_id: c.id, team_id: 24730, visit_status: 'Visited' }),
    );
    const visits = await visitsOf({ date_from: '2026-03-12', date_to: '2026-03-12', team_id: 24730 });
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ customer_id: c.id, sequence: 1, visit_status: 'Visited' });
    expect(visits[0].order_id).toMatch(/^SO-/);
    const ext = (await api.get(`${O}/${visits[0].order_id}`)).body;
    expect(ext).toMatchObject({ sm_team_id: 24730, ext_salesman_number: 'S-017' });
    // A second order that day gets a visit of its own, appended after the first.
    await api.post(
      O,
      orderBody({ date: '2026-03-12', customer_id: c.id, team_id: 24730, status: 'Diproses' }),
    );
    const again = await visitsOf({ date_from: '2026-03-12', date_to: '2026-03-12', team_id: 24730 });
    expect(again.map((v) => v.sequence)).toEqual([1, 2]);
    expect((await api.get(`${O}/${again[1].order_id}`)).body.sm_status).toBe('Diproses');
  });

  it('PATCH sets ext_order_status_name (and sm_status when it names a status)', async () => {
    const order = sb.state.orders()[0];
    expect(await api.patch(`${O}/${order.id}`, { ext_order_status_name: 'Terkirim' })).toMatchObject({
      status: 200,
      body: {},
    });
    const ext = (await api.get(`${O}/${order.id}`)).body;
    expect(ext).toMatchObject({ ext_order_status_name: 'Terkirim', sm_status: 'Terkirim' });
    await api.patch(`${O}/${order.id}`, { ext_order_status_name: 'Dikirim ke gudang B' });
    expect((await api.get(`${O}/${order.id}`)).body).toMatchObject({
      ext_order_status_name: 'Dikirim ke gudang B',
      sm_status: 'Terkirim',
    });
    await api.patch(`${O}/${order.id}`, { status: 'Lunas' });
    expect((await api.get(`${O}/${order.id}`)).body.sm_status).toBe('Lunas');
    const bad = await api.patch(`${O}/${order.id}`, { status: 'Selesai', ext_order_status_name: 5 });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['ext_order_status_name', 'status']);
    expect((await api.patch(`${O}/SO-999999`, { ext_order_status_name: 'Lunas' })).status).toBe(404);
  });

  it('requires date, customer_id and at least one order line', async () => {
    const none = await api.post(O, {});
    expect(none.status).toBe(422);
    expect(Object.keys(none.body.errors).sort()).toEqual(['customer_id', 'date', 'ordered_products']);
    const empty = await api.post(O, orderBody({ ordered_products: [] }));
    expect(Object.keys(empty.body.errors)).toEqual(['ordered_products']);
  });

  it('checks each line: product exists, qty and price numbers, unit among the product units, one discount form', async () => {
    const answer = await api.post(
      O,
      orderBody({
        ordered_products: [
          { product_id: product('P-1002').id, qty: 1, unit: 'PAK', price: 3200 },
          { product_id: 424242, qty: 1, unit: 'PCS', price: 1 },
          { product_id: product('P-1003').id, qty: 'dua', unit: 'PCS', price: null },
          {
            product_id: product('P-1003').id,
            qty: 1,
            unit: 'PCS',
            price: 1,
            item_disc_percent: '5',
            item_disc_amount: 1,
          },
          { product_id: product('P-1003').id, qty: 1, unit: 'PCS', price: 1, item_disc_percent: 'lima' },
        ],
      }),
    );
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.errors).sort()).toEqual([
      'ordered_products.0.unit',
      'ordered_products.1.product_id',
      'ordered_products.2.price',
      'ordered_products.2.qty',
      'ordered_products.3.item_disc_amount',
      'ordered_products.3.item_disc_percent',
      'ordered_products.4.item_disc_percent',
    ]);
    expect(answer.body.errors['ordered_products.0.unit'][0]).toMatch(/PCS, DUS/);
  });

  it('checks the status enum, references and date; nothing is created on 422', async () => {
    const before = sb.state.orders().length;
    const answer = await api.post(
      O,
      orderBody({ status: 'Selesai', date: '2026-13-01', customer_id: 1, team_id: 2 }),
    );
    expect(Object.keys(answer.body.errors).sort()).toEqual(['customer_id', 'date', 'status', 'team_id']);
    expect(sb.state.orders()).toHaveLength(before);
    for (const status of ['Baru', 'Diproses', 'Terkirim', 'Lunas', 'Batal']) {
      expect((await api.post(O, orderBody({ status, date: '2026-05-01' }))).status).toBe(200);
    }
    expect(sb.state.orders()).toHaveLength(before + 5);
  });
});

describe('teams', () => {
  it('lists team members with paging', async () => {
    const answer = await api.get(PATHS.teams, { per_page: 2, page: 1 });
    expect(answer.body.meta).toEqual({ page: 1, per_page: 2, total: 5, last_page: 3 });
    expect(answer.body.data[0]).toEqual({
      id: 24728,
      name: 'Budi Santoso',
      email: 'budi.santoso@majujaya.co.id',
      role: 'Sales',
      ext_salesman_number: 'S-014',
      status: true,
    });
  });
});
