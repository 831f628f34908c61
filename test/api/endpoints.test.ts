import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { ApiError, PATHS, type RequestGate, type SalesManiaClient } from '../../src/api/index.js';
import { createSandbox } from '../../src/sandbox/index.js';
import { DEMO_DB_ID, collect, demoClient, rejectionOf } from './helpers.js';

type Sandbox = Awaited<ReturnType<typeof createSandbox>>;
let sb: Sandbox;
let client: SalesManiaClient;

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo' });
  client = demoClient(sb.url);
  await client.session();
});
afterAll(async () => {
  await sb.close();
});
beforeEach(() => {
  sb.resetLog();
});

describe('paging', () => {
  it('iterates every customer to the last page: the count equals the total', async () => {
    const first = await client.customers.list({ per_page: 7 });
    const total = first.meta.total;
    expect(total).toBe(sb.state.customers(DEMO_DB_ID).length);
    sb.resetLog();
    const all = await collect(client.customers.iterate({}, { perPage: 7 }));
    expect(all).toHaveLength(total);
    expect(new Set(all.map((c) => c.id)).size).toBe(total);
    // Exactly last_page requests: it stops at last_page, it does not probe beyond.
    expect(sb.requests.filter((r) => r.path === PATHS.customers)).toHaveLength(Math.ceil(total / 7));
    expect(sb.requests.every((r) => r.query.per_page === '7')).toBe(true);
  });

  it('pages() yields whole pages with meta, ending at last_page; maxPages bounds it', async () => {
    const pages = await collect(client.products.pages({}, { perPage: 2 }));
    const last = pages[pages.length - 1];
    expect(last.meta.page).toBe(last.meta.last_page);
    expect(pages.reduce((n, p) => n + p.data.length, 0)).toBe(pages[0].meta.total);
    const two = await collect(client.products.pages({}, { perPage: 1, maxPages: 2 }));
    expect(two.map((p) => p.meta.page)).toEqual([1, 2]);
  });

  it('pages() with `ahead` keeps that many pages in flight, in order, never past last_page', async () => {
    let running = 0;
    let most = 0;
    // Counts requests in flight; sends them at once (a stand-in for the rate gate, not a mock of ours).
    const gate: RequestGate = {
      async run(fn) {
        most = Math.max(most, ++running);
        try {
          return await fn();
        } finally {
          running--;
        }
      },
      pauseFor: () => undefined,
    };
    const ahead = demoClient(sb.url, { gate });
    await ahead.session();
    sb.configure({ latencyMs: 20 });
    try {
      const total = sb.state.customers(DEMO_DB_ID).length;
      sb.resetLog();
      most = 0;
      const pages = await collect(ahead.customers.pages({}, { perPage: 3, ahead: 4 }));
      expect(pages.map((p) => p.meta.page)).toEqual(pages.map((_, i) => i + 1));
      expect(new Set(pages.flatMap((p) => p.data.map((c) => c.id))).size).toBe(total);
      expect(sb.requests.filter((r) => r.path === PATHS.customers)).toHaveLength(Math.ceil(total / 3));
      expect(most).toBe(4);

      most = 0;
      const two = await collect(ahead.customers.pages({}, { perPage: 3, ahead: 4, maxPages: 2 }));
      expect(two.map((p) => p.meta.page)).toEqual([1, 2]);
      expect(most).toBe(1); // page 1 alone, then only page 2 is left within maxPages

      most = 0;
      await collect(ahead.customers.pages({}, { perPage: 3 }));
      expect(most).toBe(1); // the default: one page at a time
    } finally {
      sb.configure({ latencyMs: 0 });
    }
  });

  it('passes filters through and defaults per_page to 100', async () => {
    const some = (await client.customers.list({ per_page: 1 })).data[0];
    sb.resetLog();
    const found = await collect(client.customers.iterate({ ext_cust_no: some.ext_cust_no ?? '' }));
    expect(found.map((c) => c.id)).toContain(some.id);
    expect(sb.requests[0].query).toMatchObject({ ext_cust_no: some.ext_cust_no, per_page: '100', page: '1' });
  });

  it('rejects a per_page above 100 before sending', async () => {
    await expect(client.customers.list({ per_page: 500 })).rejects.toThrow(
      'expected `per_page` to be an integer from 1 to 100, got `500`',
    );
    expect(sb.requests).toHaveLength(0);
  });
});

describe('every endpoint', () => {
  it('customers: create (no id back), find by key, get, update, delete', async () => {
    expect(
      await client.customers.create({ name: 'Toko Uji', ext_cust_no: 'API-T-1', city: 'Semarang' }),
    ).toEqual({});
    const [created] = (await client.customers.list({ ext_cust_no: 'API-T-1' })).data;
    expect(created).toMatchObject({ name: 'Toko Uji', city: 'Semarang' });
    await client.customers.update(created.id, { phone: '0812' });
    expect(await client.customers.get(created.id)).toMatchObject({ id: created.id, phone: '0812' });
    await client.customers.delete(created.id);
    const err = await rejectionOf(client.customers.get(created.id));
    expect(err).toMatchObject({ code: 'API_NOT_FOUND', status: 404, attempts: 1 });
    expect((err as ApiError).path).toBe(`${PATHS.customers}/${created.id}`);
  });

  it('a 422 is API_VALIDATION with field errors, never retried', async () => {
    const err = await rejectionOf(client.customers.create({ name: 'Toko', location: { lat: 200, lon: 10 } }));
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({ code: 'API_VALIDATION', status: 422, attempts: 1 });
    expect(Object.keys((err as ApiError).fieldErrors)).toContain('location.lat');
    expect(sb.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
  });

  it('products, teams, visits and orders', async () => {
    await client.products.create({
      name: 'Kopi Uji',
      ext_product_code: 'API-P-1',
      qty_on_hand: 5,
      product_units: [{ name: 'PCS', price: 1000, ratio: 1 }],
    });
    const [product] = (await client.products.list({ ext_product_code: 'API-P-1' })).data;
    await client.products.update(product.id, { qty_on_hand: 9 });
    expect((await client.products.get(product.id)).qty_on_hand).toBe(9);

    const team = (await client.teams.list()).data[0];
    expect(team).toMatchObject({ id: expect.any(Number), name: expect.any(String) });

    const customer = (await client.customers.list({ per_page: 1 })).data[0];
    await client.visits.create({ date: '2026-03-02', customer_id: customer.id });
    const visits = await collect(
      client.visits.iterate({ date_from: '2026-03-02', date_to: '2026-03-02', customer_id: customer.id }),
    );
    expect(visits.length).toBeGreaterThanOrEqual(1);
    expect(sb.requests.some((r) => r.method === 'POST' && r.path === PATHS.visits)).toBe(true);

    await client.orders.create({
      date: '2026-03-03',
      customer_id: customer.id,
      ext_order_no: 'API-O-1',
      ordered_products: [{ product_id: product.id, qty: 2, unit: 'PCS', price: 1000 }],
    });
    const withOrder = await collect(
      client.visits.iterate({ date_from: '2026-03-03', date_to: '2026-03-03', customer_id: customer.id }),
    );
    const orderId = withOrder.find((v) => v.order_id)?.order_id as string;
    expect(orderId).toBeTruthy();
    expect(await client.orders.get(orderId)).toMatchObject({ ext_order_id: 'API-O-1' });
    await client.orders.updateStatus(orderId, 'Dikirim kurir');
    expect((await client.orders.get(orderId)).ext_order_status_name).toBe('Dikirim kurir');
    await client.products.delete(product.id);
    await expect(client.products.get(product.id)).rejects.toMatchObject({ code: 'API_NOT_FOUND' });
  });
});
