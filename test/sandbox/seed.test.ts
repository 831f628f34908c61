import { afterAll, describe, expect, it } from '@jest/globals';
import { PATHS } from '../../src/contract/index.js';
import { createSandbox, describeSandbox, DEMO_DATABASE_ID, type Sandbox } from '../../src/sandbox/index.js';
import { session } from './helpers.js';

const opened: Sandbox[] = [];
async function open(options: Parameters<typeof createSandbox>[0]): Promise<Sandbox> {
  const sb = await createSandbox(options);
  opened.push(sb);
  return sb;
}
afterAll(() => Promise.all(opened.map((sb) => sb.close())));

describe('demo seed', () => {
  it('holds two databases with Indonesian team members, customers and products', async () => {
    const sb = await open({ seed: 'demo', today: '2026-06-15' });
    expect(DEMO_DATABASE_ID).toBe(2981);
    expect(sb.state.databases()).toEqual([
      { id: 2981, name: 'PT Maju Jaya' },
      { id: 3317, name: 'CV Sumber Rejeki' },
    ]);
    const teams = sb.state.teams();
    expect(teams[0]).toMatchObject({ id: 24728, name: 'Budi Santoso', ext_salesman_number: 'S-014' });
    expect(teams.map((t) => t.name)).toContain('Siti Rahayu');
    const customers = sb.state.customers();
    expect(customers).toHaveLength(20);
    expect(customers[0]).toMatchObject({
      ext_cust_no: 'C-0001',
      name: 'Toko Sumber Makmur',
      city: 'Semarang',
    });
    for (const c of customers) {
      expect(c.phone).toMatch(/^08\d{8,11}$/);
      expect(c.name).toMatch(/^(Toko|Warung|Apotek|UD|Minimarket)\b/);
      if (c.location) {
        expect(c.location.lat).toBeGreaterThan(-11);
        expect(c.location.lat).toBeLessThan(6);
        expect(c.location.lon).toBeGreaterThan(95);
        expect(c.location.lon).toBeLessThan(141);
      }
    }
    const products = sb.state.products();
    expect(products).toHaveLength(10);
    expect(products[0].ext_product_code).toBe('P-1001');
    for (const p of products) {
      expect(p.product_units.find((u) => u.ratio === 1)?.name).toBe('PCS');
      expect(p.product_units.some((u) => u.name === 'DUS' && (u.ratio === 24 || u.ratio === 40))).toBe(true);
    }
    expect(sb.state.customers(3317).length).toBeGreaterThan(0);
  });

  it('has visits over the last days up to today, some carrying readable orders', async () => {
    const sb = await open({ seed: 'demo', today: '2026-06-15' });
    const visits = sb.state.visits();
    expect(new Set(visits.map((v) => v.date))).toEqual(
      new Set(['2026-06-12', '2026-06-13', '2026-06-14', '2026-06-15']),
    );
    const withOrder = visits.filter((v) => v.order_id !== null);
    expect(withOrder.length).toBeGreaterThanOrEqual(3);
    expect(withOrder.length).toBe(sb.state.orders().length);
    const api = await session(sb);
    const ext = await api.get(`${PATHS.orders}/${withOrder[0].order_id}`);
    expect(ext.status).toBe(200);
    expect(ext.body.ordered_product.length).toBeGreaterThan(0);
  });

  it('is deterministic: the same options give the same data', async () => {
    const a = await open({ seed: 'demo', today: '2026-06-15' });
    const b = await open({ seed: 'demo', today: '2026-06-15' });
    expect(b.dump()).toEqual(a.dump());
    expect(JSON.parse(JSON.stringify(a.dump()))).toEqual(a.dump());
  });

  it('hands out copies from state: changing them changes nothing', async () => {
    const sb = await open({ seed: 'demo' });
    sb.state.customers()[0].name = 'Diubah';
    expect(sb.state.customers()[0].name).toBe('Toko Sumber Makmur');
    expect(() => sb.state.customers(1234)).toThrow(/no database 1234/);
  });
});

describe('empty seed and extra customers', () => {
  it("'empty' keeps databases, users and team members only", async () => {
    const sb = await open({ seed: 'empty' });
    expect(sb.state.databases()).toHaveLength(2);
    expect(sb.state.teams().length).toBeGreaterThan(0);
    expect(sb.state.customers()).toEqual([]);
    expect(sb.state.products()).toEqual([]);
    expect(sb.state.visits()).toEqual([]);
    expect(sb.state.orders()).toEqual([]);
    const api = await session(sb);
    expect((await api.get(PATHS.customers)).body).toEqual({
      data: [],
      meta: { page: 1, per_page: 20, total: 0, last_page: 1 },
    });
  });

  it('extraCustomers adds generated customers that page and filter like the others', async () => {
    const sb = await open({ seed: 'demo', extraCustomers: 5000 });
    const api = await session(sb);
    const last = await api.get(PATHS.customers, { per_page: 100, page: 51 });
    expect(last.body.meta).toEqual({ page: 51, per_page: 100, total: 5020, last_page: 51 });
    expect(last.body.data).toHaveLength(20);
    expect(last.body.data.at(-1).ext_cust_no).toBe('C-5020');
    const one = await api.get(PATHS.customers, { ext_cust_no: 'C-4321' });
    expect(one.body.data).toHaveLength(1);
    expect(one.body.data[0].name).toMatch(/^(Toko|Warung|Apotek|UD|Minimarket)/);
  });
});

describe('describeSandbox', () => {
  it('prints the URL, the demo login and the databases', async () => {
    const sb = await open({ seed: 'demo', rateLimit: 10 });
    const text = describeSandbox(sb);
    expect(text).toContain(sb.url);
    expect(text).toContain('demo / demo');
    expect(text).toContain('2981  PT Maju Jaya');
    expect(text).toContain('3317  CV Sumber Rejeki');
    expect(text).toContain('10 req/s');
  });

  it('does not print a configured password', async () => {
    const sb = await open({ seed: 'empty', users: [{ username: 'ops', password: 'S3cret-pass' }] });
    expect(sb.credentials).toEqual({ username: 'ops', password: 'S3cret-pass' });
    const text = describeSandbox(sb);
    expect(text).toContain('ops');
    expect(text).not.toContain('S3cret-pass');
  });
});
