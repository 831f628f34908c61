/**
 * Fills a store: the databases and team members always; with `demo` also customers, products
 * and a few days of visits, some with orders. Everything is deterministic: the same options
 * (and the same `today`) give the same ids, names and timestamps.
 */
import type { Customer, Product } from '../contract/index.js';
import { addDays } from './dates.js';
import { createOrder, createVisit } from './orders.js';
import type { SeedMode } from './options.js';
import type { OrderValue } from './rules.js';
import { DATABASES, DEMO_DATABASE_ID, EXTRA } from './seed-data.js';
import type { DatabaseState, Store } from './store.js';

/** Seeded records get fixed timestamps, one minute apart, long before anything a client writes. */
const SEED_EPOCH = Date.parse('2026-01-05T01:00:00.000Z');
const stamp = (minute: number) => new Date(SEED_EPOCH + minute * 60_000).toISOString();

export interface SeedOptions {
  mode: SeedMode;
  extraCustomers: number;
  /** The business date the visits lead up to. */
  today: string;
}

export function seedStore(store: Store, options: SeedOptions): void {
  let minute = 0;
  for (const seed of DATABASES) {
    const db = store.addDatabase(seed.id, seed.name, seed.teams[0].id);
    for (const member of seed.teams) db.teams.insert({ ...member });
    if (options.mode !== 'demo') continue;
    for (const c of seed.customers) store.createCustomer(db, structuredClone(c), stamp(minute++));
    for (const p of seed.products) store.createProduct(db, structuredClone(p), stamp(minute++));
    seedVisits(store, db, options.today, stamp(minute++));
  }
  const demo = store.database(DEMO_DATABASE_ID);
  if (demo && options.extraCustomers > 0)
    addExtraCustomers(store, demo, options.extraCustomers, stamp(minute));
}

/**
 * Four days of routes ending today: each active salesperson visits a few customers a day;
 * past visits are `Visited`, and some carry an order (attached to the planned visit, as a
 * salesperson taking an order on the spot would).
 */
function seedVisits(store: Store, db: DatabaseState, today: string, at: string): void {
  const sales = db.teams
    .all()
    .filter((m) => m.status && m.role === 'Sales')
    .slice(0, 3);
  const customers = db.customers.all().filter((c) => c.status);
  const products = db.products.all().filter((p) => p.status);
  if (customers.length === 0 || products.length === 0) return;
  let n = 0;
  for (let day = 3; day >= 0; day--) {
    const date = addDays(today, -day);
    sales.forEach((member, m) => {
      const stops = 3 - m; // the API user has the longest route
      for (let s = 0; s < stops; s++) {
        const customer = customers[(n * 7 + 3) % customers.length];
        const visit = createVisit(store, db, { date, customer_id: customer.id, team_id: member.id });
        if (day > 0) visit.visit_status = 'Visited';
        if (n % 3 === 0) {
          const status = (['Baru', 'Diproses', 'Terkirim', 'Lunas'] as const)[day]; // older orders got further
          createOrder(store, db, demoOrder(date, customer, products, n, status), member.id, at);
        }
        n++;
      }
    });
  }
}

function demoOrder(
  date: string,
  customer: Customer,
  products: readonly Product[],
  n: number,
  status: OrderValue['status'],
): OrderValue {
  const lines = [0, 1].map((k) => {
    const product = products[(n + k * 3) % products.length];
    const unit = product.product_units[k % product.product_units.length];
    return {
      product,
      qty: k === 0 ? 2 + (n % 4) : 12,
      unit: { ...unit },
      price: unit.price,
      item_disc_percent: k === 0 ? product.default_disc : null,
      item_disc_amount: null,
      description: null,
      ext_order_line_id: k + 1,
    };
  });
  return {
    date,
    customer,
    description: `Order kunjungan ${date}`,
    lines,
    disc_percent: null,
    disc_amount: null,
    total_paid: status === 'Lunas' ? lines.reduce((sum, l) => sum + l.qty * l.price, 0) : null,
    status,
    ext_order_no: null,
    ext_order_status_name: null,
  };
}

const NO_TAGS: string[] = [];

/**
 * Cheap generated customers for export benchmarks: plain string building, one shared
 * timestamp, no randomness. 100,000 take well under a second.
 */
function addExtraCustomers(store: Store, db: DatabaseState, count: number, at: string): void {
  const first = db.customers.size + 1;
  const { kinds, words, owners, cities } = EXTRA;
  for (let i = 0; i < count; i++) {
    const n = first + i;
    const place = cities[n % cities.length];
    const word = words[(n * 7) % words.length];
    const name =
      n % 5 === 0 ? `Warung ${owners[n % owners.length]} ${n}` : `${kinds[n % kinds.length]} ${word} ${n}`;
    const street = place.streets[n % place.streets.length];
    store.createCustomer(
      db,
      {
        name,
        address: `${street} No. ${(n % 250) + 1}`,
        city: place.city,
        phone: `08${String(1200000000 + ((n * 7919) % 800000000))}`,
        ext_cust_no: `C-${String(n).padStart(4, '0')}`,
        location: {
          lat: round(place.lat + ((n % 97) - 48) / 1000),
          lon: round(place.lon + ((n % 89) - 44) / 1000),
        },
        status: n % 23 !== 0,
        tags: NO_TAGS,
      },
      at,
    );
  }
}

const round = (x: number) => Math.round(x * 10000) / 10000;
