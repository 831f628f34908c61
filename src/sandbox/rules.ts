/**
 * The server's validation rules, one function per request body (docs/ARCHITECTURE.md, "API" sections
 * 3 to 6). A create applies every rule; a PATCH applies the same rules to the fields present.
 * References (customer_id, team_id, product_id, unit) are checked against the database.
 */
import {
  LIMITS,
  ORDER_STATUSES,
  type Customer,
  type Location,
  type OrderStatus,
  type Product,
  type ProductUnitInput,
  type TeamMember,
} from '../contract/index.js';
import {
  FieldErrors,
  bool,
  businessDate,
  discountChain,
  has,
  int,
  isObject,
  notFound,
  num,
  oneOf,
  optStr,
  required,
  str,
  stringList,
  type Json,
} from './validate.js';

export type Mode = 'create' | 'patch';
export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string[]> };

export interface Refs {
  customer(id: number): Customer | undefined;
  team(id: number): TeamMember | undefined;
  product(id: number): Product | undefined;
}

export interface CustomerChanges {
  name?: string;
  address?: string | null;
  city?: string | null;
  phone?: string | null;
  ext_cust_no?: string | null;
  location?: Location | null;
  status?: boolean;
  tags?: string[];
}

export interface ProductChanges {
  name?: string;
  description?: string | null;
  sku?: string | null;
  tags?: string[];
  status?: boolean;
  ext_product_code?: string | null;
  default_disc?: string | null;
  qty_on_hand?: number;
  product_units?: ProductUnitInput[];
}

export interface VisitValue {
  date: string;
  customer_id: number;
  team_id?: number;
}

export interface OrderLineValue {
  product: Product;
  qty: number;
  unit: ProductUnitInput;
  price: number;
  item_disc_percent: string | null;
  item_disc_amount: number | null;
  description: string | null;
  ext_order_line_id: number | null;
}

export interface OrderValue {
  date: string;
  customer: Customer;
  team_id?: number;
  description: string | null;
  lines: OrderLineValue[];
  disc_percent: string | null;
  disc_amount: number | null;
  total_paid: number | null;
  status?: OrderStatus;
  visit_status?: string;
  ext_order_no: string | null;
  ext_order_status_name: string | null;
}

export interface OrderChanges {
  ext_order_status_name?: string | null;
  status?: OrderStatus;
}

function done<T>(errs: FieldErrors, value: T): Checked<T> {
  return errs.any ? { ok: false, errors: errs.errors } : { ok: true, value };
}

/** Copies the optional nullable strings present in the body. */
function strings<T extends object>(errs: FieldErrors, body: Json, keys: string[], out: T): void {
  for (const key of keys) {
    const value = optStr(errs, body, key);
    if (value !== undefined) (out as Record<string, unknown>)[key] = value;
  }
}

function tagsAndStatus(errs: FieldErrors, body: Json, out: { tags?: string[]; status?: boolean }): void {
  if (has(body, 'tags')) out.tags = stringList(errs, body.tags, 'tags');
  if (has(body, 'status')) out.status = bool(errs, body.status, 'status');
}

export function checkCustomer(body: Json, mode: Mode): Checked<CustomerChanges> {
  const errs = new FieldErrors();
  const out: CustomerChanges = {};
  if (mode === 'create') required(errs, body, 'name', 'name');
  if (has(body, 'name') && body.name !== null && body.name !== '') {
    out.name = str(errs, body.name, 'name', { nonEmpty: true });
  } else if (mode === 'patch' && has(body, 'name')) {
    errs.add('name', 'The name field is required.');
  }
  strings(errs, body, ['address', 'city', 'phone', 'ext_cust_no'], out);
  if (has(body, 'location')) out.location = checkLocation(errs, body.location);
  tagsAndStatus(errs, body, out);
  return done(errs, out);
}

function checkLocation(errs: FieldErrors, value: unknown): Location | null | undefined {
  if (value === null) return null;
  if (!isObject(value)) {
    errs.add('location', 'The location field must be an object with lat and lon.');
    return undefined;
  }
  const hasLat = has(value, 'lat') && value.lat !== null;
  const hasLon = has(value, 'lon') && value.lon !== null;
  if (!hasLat) errs.add('location.lat', 'The location.lat field is required when location is present.');
  if (!hasLon) errs.add('location.lon', 'The location.lon field is required when location is present.');
  const lat = hasLat ? num(errs, value.lat, 'location.lat', LIMITS.latMin, LIMITS.latMax) : undefined;
  const lon = hasLon ? num(errs, value.lon, 'location.lon', LIMITS.lonMin, LIMITS.lonMax) : undefined;
  return lat !== undefined && lon !== undefined ? { lat, lon } : undefined;
}

export function checkProduct(body: Json, mode: Mode): Checked<ProductChanges> {
  const errs = new FieldErrors();
  const out: ProductChanges = {};
  if (mode === 'create') {
    required(errs, body, 'name', 'name');
    required(errs, body, 'qty_on_hand', 'qty_on_hand');
    required(errs, body, 'product_units', 'product_units');
  }
  const present = (key: string) =>
    has(body, key) && (mode === 'patch' || (body[key] !== null && body[key] !== ''));
  if (present('name')) {
    out.name = str(errs, body.name, 'name', { nonEmpty: true, max: LIMITS.productNameMax });
  }
  if (present('qty_on_hand')) out.qty_on_hand = num(errs, body.qty_on_hand, 'qty_on_hand');
  if (present('product_units')) out.product_units = checkUnits(errs, body.product_units);
  strings(errs, body, ['description', 'sku', 'ext_product_code'], out);
  if (has(body, 'default_disc')) {
    out.default_disc =
      body.default_disc === null ? null : discountChain(errs, body.default_disc, 'default_disc');
  }
  tagsAndStatus(errs, body, out);
  return done(errs, out);
}

function checkUnits(errs: FieldErrors, value: unknown): ProductUnitInput[] | undefined {
  if (!Array.isArray(value)) {
    errs.add('product_units', 'The product_units field must be an array.');
    return undefined;
  }
  if (value.length === 0) {
    errs.add('product_units', 'The product_units field must have at least 1 items.');
    return undefined;
  }
  const units: ProductUnitInput[] = [];
  value.forEach((unit: unknown, i) => {
    const path = `product_units.${i}`;
    if (!isObject(unit)) {
      errs.add(path, `The ${path} field must be an object.`);
      return;
    }
    const name = required(errs, unit, 'name', `${path}.name`)
      ? str(errs, unit.name, `${path}.name`, { nonEmpty: true, max: LIMITS.unitNameMax })
      : undefined;
    const price = required(errs, unit, 'price', `${path}.price`)
      ? num(errs, unit.price, `${path}.price`)
      : undefined;
    const ratio = required(errs, unit, 'ratio', `${path}.ratio`)
      ? int(errs, unit.ratio, `${path}.ratio`, 1)
      : undefined;
    if (name !== undefined && price !== undefined && ratio !== undefined) units.push({ name, price, ratio });
  });
  if (!value.some((unit: unknown) => isObject(unit) && unit.ratio === 1)) {
    errs.add('product_units', 'At least one unit must have ratio 1 (the base unit).');
  }
  return units.length === value.length ? units : undefined;
}

function reference<T>(errs: FieldErrors, value: unknown, path: string, find: (id: number) => T | undefined) {
  const id = int(errs, value, path);
  if (id === undefined) return undefined;
  return find(id) ?? notFound(errs, path);
}

export function checkVisit(body: Json, refs: Refs): Checked<VisitValue> {
  const errs = new FieldErrors();
  const date = required(errs, body, 'date', 'date') ? businessDate(errs, body.date, 'date') : undefined;
  const customer = required(errs, body, 'customer_id', 'customer_id')
    ? reference(errs, body.customer_id, 'customer_id', (id) => refs.customer(id))
    : undefined;
  const team =
    has(body, 'team_id') && body.team_id !== null
      ? reference(errs, body.team_id, 'team_id', refs.team)
      : undefined;
  return done(errs, { date: date ?? '', customer_id: customer?.id ?? 0, team_id: team?.id });
}

export function checkOrder(body: Json, refs: Refs): Checked<OrderValue> {
  const errs = new FieldErrors();
  const date = required(errs, body, 'date', 'date') ? businessDate(errs, body.date, 'date') : undefined;
  const customer = required(errs, body, 'customer_id', 'customer_id')
    ? reference(errs, body.customer_id, 'customer_id', (id) => refs.customer(id))
    : undefined;
  const team =
    has(body, 'team_id') && body.team_id !== null
      ? reference(errs, body.team_id, 'team_id', refs.team)
      : undefined;
  const lines = required(errs, body, 'ordered_products', 'ordered_products')
    ? checkLines(errs, body.ordered_products, refs)
    : [];
  const given = (key: string) => has(body, key) && body[key] !== null;
  const order: OrderValue = {
    date: date ?? '',
    customer: customer as Customer,
    team_id: team?.id,
    description: optStr(errs, body, 'description') ?? null,
    lines,
    disc_percent: given('disc_percent')
      ? (discountChain(errs, body.disc_percent, 'disc_percent') ?? null)
      : null,
    disc_amount: given('disc_amount') ? (num(errs, body.disc_amount, 'disc_amount') ?? null) : null,
    total_paid: given('total_paid') ? (num(errs, body.total_paid, 'total_paid') ?? null) : null,
    status: given('status') ? oneOf(errs, body.status, 'status', ORDER_STATUSES) : undefined,
    visit_status: given('visit_status')
      ? str(errs, body.visit_status, 'visit_status', { nonEmpty: true })
      : undefined,
    ext_order_no: optStr(errs, body, 'ext_order_no') ?? null,
    ext_order_status_name: optStr(errs, body, 'ext_order_status_name') ?? null,
  };
  return done(errs, order);
}

function checkLines(errs: FieldErrors, value: unknown, refs: Refs): OrderLineValue[] {
  if (!Array.isArray(value) || value.length === 0) {
    const reason = Array.isArray(value) ? 'must have at least 1 items' : 'must be an array';
    errs.add('ordered_products', `The ordered_products field ${reason}.`);
    return [];
  }
  const lines: OrderLineValue[] = [];
  value.forEach((line: unknown, i) => {
    const path = `ordered_products.${i}`;
    if (!isObject(line)) {
      errs.add(path, `The ${path} field must be an object.`);
      return;
    }
    const at = (key: string) => `${path}.${key}`;
    const given = (key: string) => has(line, key) && line[key] !== null;
    const product = required(errs, line, 'product_id', at('product_id'))
      ? reference(errs, line.product_id, at('product_id'), refs.product)
      : undefined;
    const qty = required(errs, line, 'qty', at('qty')) ? num(errs, line.qty, at('qty')) : undefined;
    const price = required(errs, line, 'price', at('price')) ? num(errs, line.price, at('price')) : undefined;
    let unit: ProductUnitInput | undefined;
    if (
      required(errs, line, 'unit', at('unit')) &&
      str(errs, line.unit, at('unit')) !== undefined &&
      product
    ) {
      unit = product.product_units.find((u) => u.name === line.unit);
      if (!unit) {
        const names = product.product_units.map((u) => u.name).join(', ');
        errs.add(at('unit'), `The ${at('unit')} field must be one of the product's units: ${names}.`);
      }
    }
    if (given('item_disc_percent') && given('item_disc_amount')) {
      errs.add(at('item_disc_percent'), `The ${at('item_disc_percent')} field prohibits item_disc_amount.`);
      errs.add(at('item_disc_amount'), `The ${at('item_disc_amount')} field prohibits item_disc_percent.`);
    }
    const discPercent = given('item_disc_percent')
      ? discountChain(errs, line.item_disc_percent, at('item_disc_percent'))
      : undefined;
    const discAmount = given('item_disc_amount')
      ? num(errs, line.item_disc_amount, at('item_disc_amount'))
      : undefined;
    const description = optStr(errs, line, 'description', at('description'));
    const extLineId = given('ext_order_line_id')
      ? int(errs, line.ext_order_line_id, at('ext_order_line_id'))
      : undefined;
    if (product && unit && qty !== undefined && price !== undefined) {
      lines.push({
        product,
        qty,
        unit: { ...unit },
        price,
        item_disc_percent: discPercent ?? null,
        item_disc_amount: discAmount ?? null,
        description: description ?? null,
        ext_order_line_id: extLineId ?? null,
      });
    }
  });
  return lines;
}

export function checkOrderPatch(body: Json): Checked<OrderChanges> {
  const errs = new FieldErrors();
  const out: OrderChanges = {};
  if (!has(body, 'ext_order_status_name') && !has(body, 'status')) {
    errs.add('ext_order_status_name', 'The ext_order_status_name field is required.');
  }
  const name = optStr(errs, body, 'ext_order_status_name');
  if (name !== undefined) out.ext_order_status_name = name;
  if (has(body, 'status')) out.status = oneOf(errs, body.status, 'status', ORDER_STATUSES);
  return done(errs, out);
}
