/**
 * The sandbox's state: databases, each with its team members, customers, products, visits and
 * orders. Records are stored in their wire shape, so a list answer serialises the stored
 * objects directly. Ids come from counters shared by all databases, like one multi-tenant
 * table: an id from another database is simply not found.
 */
import type { Customer, Product, TeamMember, Visit } from '../contract/index.js';
import { Clock } from './dates.js';
import type { OrderRecord } from './orders.js';
import type { CustomerChanges, ProductChanges, Refs } from './rules.js';
import { Table } from './table.js';

export interface DatabaseState {
  id: number;
  name: string;
  /** The team member a team token of this database names (the API user). */
  apiTeamId: number;
  teams: Table<TeamMember>;
  customers: Table<Customer>;
  products: Table<Product>;
  visits: Table<Visit>;
  orders: Map<string, OrderRecord>;
  /** `team|date` → visits in that route, for the next sequence number. */
  routeLength: Map<string, number>;
  /** `team|date|customer` → visits there without an order yet, oldest first. */
  openVisits: Map<string, Visit[]>;
  refs: Refs;
}

/** First ids handed out, chosen to look like the examples in docs/ARCHITECTURE.md, "API". */
const FIRST_IDS = { customer: 51234, product: 8101, unit: 3001, visit: 9001, order: 121 };

export class Store {
  readonly clock = new Clock();
  private readonly dbs = new Map<number, DatabaseState>();
  /** Order id → database id, for PATCH order without a team token. */
  readonly orderDatabase = new Map<string, number>();
  readonly nextId = { ...FIRST_IDS };

  addDatabase(id: number, name: string, apiTeamId: number): DatabaseState {
    const db: DatabaseState = {
      id,
      name,
      apiTeamId,
      teams: new Table<TeamMember>(),
      customers: new Table<Customer>((c) => c.ext_cust_no),
      products: new Table<Product>((p) => p.ext_product_code),
      visits: new Table<Visit>(),
      orders: new Map(),
      routeLength: new Map(),
      openVisits: new Map(),
      refs: {
        customer: (cid) => db.customers.get(cid),
        team: (tid) => db.teams.get(tid),
        product: (pid) => db.products.get(pid),
      },
    };
    this.dbs.set(id, db);
    return db;
  }

  database(id: number): DatabaseState | undefined {
    return this.dbs.get(id);
  }

  databases(): DatabaseState[] {
    return [...this.dbs.values()];
  }

  createCustomer(db: DatabaseState, input: CustomerChanges, at = this.clock.stamp()): Customer {
    const customer: Customer = {
      id: this.nextId.customer++,
      name: input.name ?? '',
      address: input.address ?? null,
      city: input.city ?? null,
      phone: input.phone ?? null,
      ext_cust_no: input.ext_cust_no ?? null,
      location: input.location ?? null,
      status: input.status ?? true,
      tags: input.tags ?? [],
      created_at: at,
      updated_at: at,
    };
    db.customers.insert(customer);
    return customer;
  }

  updateCustomer(db: DatabaseState, customer: Customer, changes: CustomerChanges): void {
    const reindex = db.customers.rekey(customer);
    Object.assign(customer, changes, { updated_at: this.clock.stamp() });
    reindex();
  }

  createProduct(db: DatabaseState, input: ProductChanges, at = this.clock.stamp()): Product {
    const product: Product = {
      id: this.nextId.product++,
      name: input.name ?? '',
      description: input.description ?? null,
      sku: input.sku ?? null,
      tags: input.tags ?? [],
      status: input.status ?? true,
      ext_product_code: input.ext_product_code ?? null,
      default_disc: input.default_disc ?? null,
      qty_on_hand: input.qty_on_hand ?? 0,
      product_units: this.units(input.product_units ?? []),
      created_at: at,
      updated_at: at,
    };
    db.products.insert(product);
    return product;
  }

  updateProduct(db: DatabaseState, product: Product, changes: ProductChanges): void {
    const reindex = db.products.rekey(product);
    const { product_units, ...rest } = changes;
    Object.assign(product, rest, { updated_at: this.clock.stamp() });
    // The unit list is replaced whole; replaced units get new ids.
    if (product_units) product.product_units = this.units(product_units);
    reindex();
  }

  private units(units: NonNullable<ProductChanges['product_units']>): Product['product_units'] {
    return units.map((u) => ({ id: this.nextId.unit++, name: u.name, price: u.price, ratio: u.ratio }));
  }
}
