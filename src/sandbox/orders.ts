/**
 * Visits and orders. A visit is appended last in its team member's route for the day. An order
 * is always tied to a visit: creating one attaches it to a planned visit of the same
 * date/customer/team that has no order yet, or records a new visit for it. Since the API has no
 * order list, that visit is how a client discovers the order.
 */
import {
  DEFAULT_ORDER_STATUS,
  DEFAULT_ORDER_VISIT_STATUS,
  ORDER_STATUSES,
  VISIT_STATUS_PLANNED,
  type ExtOrder,
  type OrderStatus,
  type Visit,
} from '../contract/index.js';
import type { OrderChanges, OrderValue } from './rules.js';
import type { DatabaseState, Store } from './store.js';

export interface OrderLineRecord {
  product_id: number;
  ext_product_code: string | null;
  qty: number;
  unit: { name: string; ratio: number };
  price: number;
  item_disc_percent: string | null;
  item_disc_amount: number | null;
  description: string | null;
  ext_order_line_id: number | null;
}

/** An order as the sandbox stores it (the wire shape is built by `toExtOrder`). */
export interface OrderRecord {
  id: string;
  db_id: number;
  date: string;
  customer_id: number;
  team_id: number;
  visit_id: number;
  /** Copied at creation, in case the customer is deleted later. */
  ext_cust_no: string | null;
  description: string | null;
  lines: OrderLineRecord[];
  disc_percent: string | null;
  disc_amount: number | null;
  total_paid: number | null;
  status: OrderStatus;
  visit_status: string;
  ext_order_no: string | null;
  ext_order_status_name: string | null;
  created_at: string;
  updated_at: string;
}

export interface NewVisit {
  date: string;
  customer_id: number;
  team_id: number;
  visit_status?: string;
  order_id?: string | null;
}

const openKey = (team: number, date: string, customer: number) => `${team}|${date}|${customer}`;

export function createVisit(store: Store, db: DatabaseState, input: NewVisit): Visit {
  const routeKey = `${input.team_id}|${input.date}`;
  const sequence = (db.routeLength.get(routeKey) ?? 0) + 1;
  db.routeLength.set(routeKey, sequence);
  const visit: Visit = {
    id: store.nextId.visit++,
    date: input.date,
    customer_id: input.customer_id,
    team_id: input.team_id,
    sequence,
    visit_status: input.visit_status ?? VISIT_STATUS_PLANNED,
    order_id: input.order_id ?? null,
  };
  db.visits.insert(visit);
  if (visit.order_id === null) {
    const key = openKey(visit.team_id, visit.date, visit.customer_id);
    const open = db.openVisits.get(key);
    if (open) open.push(visit);
    else db.openVisits.set(key, [visit]);
  }
  return visit;
}

/** Takes the oldest visit of that date/customer/team still waiting for an order. */
function takeOpenVisit(db: DatabaseState, team: number, date: string, customer: number): Visit | undefined {
  const key = openKey(team, date, customer);
  const open = db.openVisits.get(key);
  const visit = open?.shift();
  if (open && open.length === 0) db.openVisits.delete(key);
  return visit;
}

/** `defaultTeamId`: the team member of the team token, for an order that names none. */
export function createOrder(
  store: Store,
  db: DatabaseState,
  value: OrderValue,
  defaultTeamId: number,
  at = store.clock.stamp(),
): OrderRecord {
  const id = `SO-${String(store.nextId.order++).padStart(6, '0')}`;
  const teamId = value.team_id ?? defaultTeamId;
  const visitStatus = value.visit_status ?? DEFAULT_ORDER_VISIT_STATUS;
  let visit = takeOpenVisit(db, teamId, value.date, value.customer.id);
  if (visit) {
    visit.order_id = id;
    visit.visit_status = visitStatus;
  } else {
    visit = createVisit(store, db, {
      date: value.date,
      customer_id: value.customer.id,
      team_id: teamId,
      visit_status: visitStatus,
      order_id: id,
    });
  }
  const order: OrderRecord = {
    id,
    db_id: db.id,
    date: value.date,
    customer_id: value.customer.id,
    team_id: teamId,
    visit_id: visit.id,
    ext_cust_no: value.customer.ext_cust_no,
    description: value.description,
    lines: value.lines.map((line) => ({
      product_id: line.product.id,
      ext_product_code: line.product.ext_product_code,
      qty: line.qty,
      unit: { name: line.unit.name, ratio: line.unit.ratio },
      price: line.price,
      item_disc_percent: line.item_disc_percent,
      item_disc_amount: line.item_disc_amount,
      description: line.description,
      ext_order_line_id: line.ext_order_line_id,
    })),
    disc_percent: value.disc_percent,
    disc_amount: value.disc_amount,
    total_paid: value.total_paid,
    status: value.status ?? DEFAULT_ORDER_STATUS,
    visit_status: visitStatus,
    ext_order_no: value.ext_order_no,
    ext_order_status_name: value.ext_order_status_name,
    created_at: at,
    updated_at: at,
  };
  db.orders.set(id, order);
  store.orderDatabase.set(id, db.id);
  return order;
}

/**
 * [A] `ext_order_status_name` is the client's own label and is stored as sent; when it names one
 * of the SalesMania statuses, `sm_status` follows it, so a status change is visible on read.
 */
export function updateOrder(store: Store, order: OrderRecord, changes: OrderChanges): void {
  if (changes.ext_order_status_name !== undefined) {
    order.ext_order_status_name = changes.ext_order_status_name;
    const named = matchStatus(changes.ext_order_status_name);
    if (named) order.status = named;
  }
  if (changes.status !== undefined) order.status = changes.status;
  order.updated_at = store.clock.stamp();
}

const STATUS_BY_LOWER = new Map<string, OrderStatus>(ORDER_STATUSES.map((s) => [s.toLowerCase(), s]));

function matchStatus(name: string | null): OrderStatus | undefined {
  return name === null ? undefined : STATUS_BY_LOWER.get(name.trim().toLowerCase());
}

/** The Ext Order wire object; customer and team are read live, with the copy as fallback. */
export function toExtOrder(db: DatabaseState, order: OrderRecord): ExtOrder {
  const customer = db.customers.get(order.customer_id);
  const ext = customer ? customer.ext_cust_no : order.ext_cust_no;
  const team = db.teams.get(order.team_id);
  return {
    ext_cust_no: ext,
    ext_cust_id: ext, // [A] the customer has one external key; both names carry it
    ext_salesman_number: team?.ext_salesman_number ?? null,
    ext_order_id: order.ext_order_no,
    ext_order_status_name: order.ext_order_status_name,
    trans_date: order.date,
    disc_amount: order.disc_amount,
    disc_percent: order.disc_percent,
    description: order.description,
    total_paid: order.total_paid,
    sm_company_id: db.id,
    sm_customer_id: order.customer_id,
    sm_team_id: order.team_id,
    sm_order_id: order.id,
    sm_status: order.status,
    ordered_product: order.lines.map((line) => ({
      ext_product_code: line.ext_product_code,
      ext_product_id: line.ext_product_code, // [A] likewise for products
      qty: line.qty,
      price: line.price,
      item_disc_percent: line.item_disc_percent,
      item_disc_amount: line.item_disc_amount,
      unit: { name: line.unit.name, ratio: line.unit.ratio },
      description: line.description,
      sm_product_id: line.product_id,
    })),
  };
}
