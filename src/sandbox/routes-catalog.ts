/**
 * Sections 3 and 4 of docs/ARCHITECTURE.md, "API": customers and products have the same five endpoints
 * (list with filters, create, get, partial update, delete), so one builder makes both.
 */
import { PATHS, type Customer, type Product } from '../contract/index.js';
import { invalid, notFound, ok } from './http.js';
import { QueryReader, pageOf } from './query.js';
import { dbOf, idParam, type Ctx, type Route } from './route.js';
import {
  checkCustomer,
  checkProduct,
  type Checked,
  type CustomerChanges,
  type Mode,
  type ProductChanges,
} from './rules.js';
import type { DatabaseState, Store } from './store.js';
import type { Table } from './table.js';
import type { Json } from './validate.js';

interface CatalogRecord {
  id: number;
  name: string;
  status: boolean;
  updated_at: string;
}

interface CatalogSpec<T extends CatalogRecord, C> {
  path: string;
  /** The exact-match filter on the external key (`ext_cust_no`, `ext_product_code`). */
  keyParam: string;
  table(db: DatabaseState): Table<T>;
  check(body: Json, mode: Mode): Checked<C>;
  create(store: Store, db: DatabaseState, value: C): void;
  update(store: Store, db: DatabaseState, record: T, value: C): void;
}

function find<T extends CatalogRecord, C>(spec: CatalogSpec<T, C>, ctx: Ctx): T {
  const record = spec.table(dbOf(ctx)).get(idParam(ctx));
  if (!record) throw notFound();
  return record;
}

function list<T extends CatalogRecord, C>(spec: CatalogSpec<T, C>, ctx: Ctx) {
  const q = new QueryReader(ctx.query);
  const { page, perPage } = q.paging();
  const key = q.str(spec.keyParam);
  const search = q.str('search')?.toLowerCase();
  const status = q.bool('status');
  const since = q.timestamp('updated_since');
  q.check();
  const table = spec.table(dbOf(ctx));
  const filters: Array<(r: T) => boolean> = [];
  if (search !== undefined) filters.push((r) => r.name.toLowerCase().includes(search));
  if (status !== undefined) filters.push((r) => r.status === status);
  if (since !== undefined) filters.push((r) => r.updated_at >= since); // same ISO form: string order = time order
  const filter = filters.length === 0 ? null : (r: T) => filters.every((f) => f(r));
  const candidates = key === undefined ? undefined : table.withKey(key);
  return ok(pageOf(table.page(filter, page, perPage, candidates), page, perPage));
}

function endpointsFor<T extends CatalogRecord, C>(spec: CatalogSpec<T, C>): Route[] {
  const byId = `${spec.path}/:id`;
  return [
    { method: 'GET', path: spec.path, access: 'team', handle: (ctx) => list(spec, ctx) },
    { method: 'GET', path: byId, access: 'team', handle: (ctx) => ok(find(spec, ctx)) },
    {
      method: 'POST',
      path: spec.path,
      access: 'team',
      handle(ctx) {
        const checked = spec.check(ctx.json(), 'create');
        if (!checked.ok) throw invalid(checked.errors);
        spec.create(ctx.app.store, dbOf(ctx), checked.value);
        return ok(); // creates answer {} without the new id
      },
    },
    {
      method: 'PATCH',
      path: byId,
      access: 'team',
      handle(ctx) {
        const record = find(spec, ctx);
        const checked = spec.check(ctx.json(), 'patch');
        if (!checked.ok) throw invalid(checked.errors);
        spec.update(ctx.app.store, dbOf(ctx), record, checked.value);
        return ok();
      },
    },
    {
      method: 'DELETE',
      path: byId,
      access: 'team',
      handle(ctx) {
        if (!spec.table(dbOf(ctx)).remove(idParam(ctx))) throw notFound();
        return ok();
      },
    },
  ];
}

export const catalogRoutes: Route[] = [
  ...endpointsFor<Customer, CustomerChanges>({
    path: PATHS.customers,
    keyParam: 'ext_cust_no',
    table: (db) => db.customers,
    check: checkCustomer,
    create: (store, db, value) => store.createCustomer(db, value),
    update: (store, db, record, value) => store.updateCustomer(db, record, value),
  }),
  ...endpointsFor<Product, ProductChanges>({
    path: PATHS.products,
    keyParam: 'ext_product_code',
    table: (db) => db.products,
    check: checkProduct,
    create: (store, db, value) => store.createProduct(db, value),
    update: (store, db, record, value) => store.updateProduct(db, record, value),
  }),
];
