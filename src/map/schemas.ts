/**
 * The API bodies as yup schemas: an independent statement of docs/ARCHITECTURE.md, API §3–6, used to check
 * that what mapRow builds is what the API accepts (the tests run every payload through it). Not on
 * the per-row path: the parse functions already enforce these rules cell by cell, with the cell's
 * header in the message; see map-row.ts for the measurement behind that choice.
 */
import { createRequire } from 'node:module';
import type * as Yup from 'yup';
import { LIMITS, ORDER_STATUSES } from '../contract/index.js';
import type { RowIssue } from '../types.js';
import type { MapMode } from './columns.js';
import type { TableEntity } from './entities.js';
import { codePointLength } from './parse-values.js';
import { rowText, type MessageKey } from '../i18n/index.js';

/** `max` in code points, as the API is assumed to count (yup's own `max` counts UTF-16 units). */
const maxChars = (n: number) =>
  yup.string().test({
    name: 'maxChars',
    message: `at most ${n} characters`,
    params: { max: n },
    test: (v) => v === undefined || codePointLength(v) <= n,
  });

const DISCOUNT_CHAIN = /^\d+(\.\d+)?(\+\d+(\.\d+)?)*$/;

function customerSchema(creates: boolean) {
  const name = yup.string().trim().min(1);
  return yup
    .object({
      name: creates ? name.required() : name,
      address: yup.string(),
      city: yup.string(),
      phone: yup.string(),
      ext_cust_no: yup.string(),
      location: yup
        .object({
          lat: yup.number().required().min(LIMITS.latMin).max(LIMITS.latMax),
          lon: yup.number().required().min(LIMITS.lonMin).max(LIMITS.lonMax),
        })
        .nullable()
        .default(undefined),
      status: yup.boolean(),
      tags: yup.array(yup.string().required()),
    })
    .noUnknown()
    .strict();
}

function productSchema(creates: boolean) {
  const name = maxChars(LIMITS.productNameMax).trim().min(1);
  const units = yup
    .array(
      yup.object({
        name: maxChars(LIMITS.unitNameMax).required(),
        price: yup.number().required().min(0),
        ratio: yup.number().required().integer().min(1),
      }),
    )
    .min(1)
    .test('baseUnit', 'needs a unit with ratio 1', (v) => v === undefined || v.some((u) => u.ratio === 1));
  return yup
    .object({
      name: creates ? name.required() : name,
      description: yup.string(),
      sku: yup.string(),
      tags: yup.array(yup.string().required()),
      status: yup.boolean(),
      ext_product_code: yup.string(),
      default_disc: yup
        .string()
        .test(
          'chain',
          'must be a discount chain',
          (v) => v === undefined || v === '' || DISCOUNT_CHAIN.test(v),
        )
        .test('range', 'each discount 0–100', (v) => !v || v.split('+').every((s) => Number(s) <= 100)),
      qty_on_hand: creates ? yup.number().required() : yup.number(),
      product_units: creates ? units.required() : units,
    })
    .noUnknown()
    .strict();
}

const chainString = () =>
  yup
    .string()
    .test('chain', 'must be a discount chain', (v) => v === undefined || DISCOUNT_CHAIN.test(v))
    .test('range', 'each discount 0–100', (v) => !v || v.split('+').every((s) => Number(s) <= 100));

const positiveId = () => yup.number().integer().min(1);

/** §5, the body POSTed to v1.1 visits (what src/resolve makes of a visits row). */
function visitSchema() {
  return yup
    .object({
      date: yup
        .string()
        .required()
        .matches(/^\d{4}-\d{2}-\d{2}$/),
      customer_id: positiveId().required(),
      team_id: positiveId(),
    })
    .noUnknown()
    .strict();
}

/** §6, the add-order body (what src/resolve makes of an order's lines). */
function orderSchema() {
  const line = yup
    .object({
      product_id: positiveId().required(),
      qty: yup.number().required().moreThan(0),
      unit: maxChars(LIMITS.unitNameMax).required(),
      price: yup.number().required().min(0),
      item_disc_percent: chainString(),
      item_disc_amount: yup.number().min(0),
      description: yup.string(),
      ext_order_line_id: yup.number().integer(),
    })
    .test(
      'oneDiscount',
      'item_disc_percent or item_disc_amount, not both',
      (v) => !(v?.item_disc_percent !== undefined && v?.item_disc_amount !== undefined),
    )
    .noUnknown();
  return yup
    .object({
      date: yup
        .string()
        .required()
        .matches(/^\d{4}-\d{2}-\d{2}$/),
      customer_id: positiveId().required(),
      team_id: positiveId(),
      description: yup.string(),
      ordered_products: yup.array(line).required().min(1),
      disc_percent: chainString(),
      disc_amount: yup.number().min(0),
      total_paid: yup.number().min(0),
      status: yup.string().oneOf([...ORDER_STATUSES]),
      visit_status: yup.string(),
      ext_order_no: yup.string(),
      ext_order_status_name: yup.string(),
    })
    .noUnknown()
    .strict();
}

/**
 * yup, loaded when a schema is first asked for: only the tests and the benchmark's baseline use
 * these schemas, and every command imports map/ (`--help` included) — docs/PERFORMANCE.md, start-up.
 */
let yup = undefined as unknown as typeof Yup;
function loadYup(): void {
  if (yup === undefined) yup = createRequire(import.meta.url)('yup') as typeof Yup;
}

/**
 * Customers and products: the body mapRow builds. Visits and orders: the body the resolve stage builds
 * from mapRow's drafts (a draft still names records by code and is not an API body).
 */
const SCHEMAS: { [E in TableEntity]: (creates: boolean) => Yup.Schema } = {
  customers: (creates) => customerSchema(creates) as unknown as Yup.Schema,
  products: (creates) => productSchema(creates) as unknown as Yup.Schema,
  visits: () => visitSchema() as unknown as Yup.Schema,
  orders: () => orderSchema() as unknown as Yup.Schema,
};

const cache = new Map<string, Yup.Schema>();

/** The yup schema of an entity's body for a mode (create/upsert require the create fields). */
export function payloadSchema(entity: TableEntity, mode: MapMode): Yup.Schema {
  loadYup();
  const creates = mode === 'create' || mode === 'upsert';
  const id = `${entity}:${creates}`;
  let schema = cache.get(id);
  if (!schema) {
    schema = SCHEMAS[entity](creates);
    cache.set(id, schema);
  }
  return schema;
}

/** Contract problems of a finished payload, as RowIssues (empty when the API should accept it). */
export function payloadIssues(
  entity: TableEntity,
  mode: MapMode,
  payload: object,
  headerOf?: (field: string) => string | undefined,
): RowIssue[] {
  try {
    payloadSchema(entity, mode).validateSync(payload, { abortEarly: false });
    return [];
  } catch (err) {
    if (!(err instanceof yup.ValidationError)) throw err;
    const errors = err.inner.length > 0 ? err.inner : [err];
    return errors.map((e) => {
      const column = e.path === undefined ? undefined : headerOf?.(e.path);
      return {
        code: 'MAP_INVALID' as const,
        field: e.path,
        ...(column !== undefined ? { column } : {}),
        ...schemaText(e),
      };
    });
  }
}

/** yup's rule names → row messages; yup's own English (which names the API field) is never shown. */
const SCHEMA_KEYS: Record<string, MessageKey> = {
  required: 'row.schema.required',
  optionality: 'row.schema.required',
  nullable: 'row.schema.required',
  min: 'row.schema.min',
  max: 'row.schema.max',
  moreThan: 'row.schema.moreThan',
  integer: 'row.schema.integer',
  maxChars: 'row.schema.maxChars',
  baseUnit: 'row.schema.baseUnit',
  chain: 'row.schema.chain',
  range: 'row.schema.range',
  oneDiscount: 'row.schema.oneDiscount',
  oneOf: 'row.schema.oneOf',
  matches: 'row.schema.format',
  noUnknown: 'row.schema.unknown',
  typeError: 'row.schema.type',
};

function schemaText(e: Yup.ValidationError) {
  const p = (e.params ?? {}) as Record<string, unknown>;
  // An array's `min` counts items; a number's `min` is a value.
  const arrayMin = e.type === 'min' && Array.isArray(p.value);
  const key = arrayMin ? 'row.schema.minItems' : (SCHEMA_KEYS[e.type ?? ''] ?? 'row.schema.invalid');
  const list = (v: unknown) => (Array.isArray(v) ? v.join(', ') : String(v ?? ''));
  return rowText(key, {
    min: p.min,
    max: p.max,
    more: p.more,
    allowed: list(p.values),
    unknown: list(p.unknown),
  });
}
