/** Sections 5 and 6 of docs/ARCHITECTURE.md, "API": visits (v1.1) and orders (no list endpoint). */
import { PATHS, type Visit } from '../contract/index.js';
import { invalid, notFound, ok } from './http.js';
import { createOrder, createVisit, toExtOrder, updateOrder } from './orders.js';
import { QueryReader, pageOf } from './query.js';
import { dbOf, type Ctx, type Route } from './route.js';
import { checkOrder, checkOrderPatch, checkVisit } from './rules.js';

function teamOf(ctx: Ctx): number {
  if (ctx.teamId === undefined) throw new Error('route needs a team token');
  return ctx.teamId;
}

function listVisits(ctx: Ctx) {
  const q = new QueryReader(ctx.query);
  const { page, perPage } = q.paging();
  const from = q.date('date_from');
  const to = q.date('date_to');
  const team = q.int('team_id', 1);
  const customer = q.int('customer_id', 1);
  q.check();
  const filters: Array<(v: Visit) => boolean> = [];
  // Business dates compare as strings: no time zone ever touches them.
  if (from !== undefined) filters.push((v) => v.date >= from);
  if (to !== undefined) filters.push((v) => v.date <= to);
  if (team !== undefined) filters.push((v) => v.team_id === team);
  if (customer !== undefined) filters.push((v) => v.customer_id === customer);
  const filter = filters.length === 0 ? null : (v: Visit) => filters.every((f) => f(v));
  return ok(pageOf(dbOf(ctx).visits.page(filter, page, perPage), page, perPage));
}

export const fieldRoutes: Route[] = [
  { method: 'GET', path: PATHS.visits, access: 'team', handle: listVisits },
  {
    method: 'POST',
    path: PATHS.visits,
    access: 'team',
    handle(ctx) {
      const db = dbOf(ctx);
      const checked = checkVisit(ctx.json(), db.refs);
      if (!checked.ok) throw invalid(checked.errors);
      const { date, customer_id, team_id = teamOf(ctx) } = checked.value;
      createVisit(ctx.app.store, db, { date, customer_id, team_id });
      return ok();
    },
  },
  {
    method: 'POST',
    path: PATHS.orders,
    access: 'team',
    handle(ctx) {
      const db = dbOf(ctx);
      const checked = checkOrder(ctx.json(), db.refs);
      if (!checked.ok) throw invalid(checked.errors);
      createOrder(ctx.app.store, db, checked.value, teamOf(ctx));
      return ok();
    },
  },
  {
    method: 'GET',
    path: `${PATHS.orders}/:id`,
    access: 'team',
    handle(ctx) {
      const db = dbOf(ctx);
      const order = db.orders.get(ctx.params.id ?? '');
      if (!order) throw notFound();
      return ok(toExtOrder(db, order));
    },
  },
  {
    method: 'PATCH',
    path: `${PATHS.orders}/:id`,
    access: 'team-optional', // [D] team_token is optional here: the order id is enough
    handle(ctx) {
      const id = ctx.params.id ?? '';
      const { store, auth } = ctx.app;
      const db = ctx.db ?? store.database(store.orderDatabase.get(id) ?? -1);
      const order = db?.orders.get(id);
      if (!db || !order || !auth.canReach(ctx.username, db.id)) throw notFound();
      const checked = checkOrderPatch(ctx.json());
      if (!checked.ok) throw invalid(checked.errors);
      updateOrder(store, order, checked.value);
      return ok();
    },
  },
];
