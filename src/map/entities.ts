/**
 * The registry of column tables. A new entity (visits, orders) adds a spec here and a line to
 * `EntityTypes`; the generic code (binding, mapping, export, comparison) stays as it is.
 */
import type { Customer, CustomerInput, Product, ProductInput, Visit } from '../contract/index.js';
import type { EntitySpec } from './columns.js';
import { customersSpec } from './customers.js';
import { ordersSpec, type OrderLineDraft, type OrderLineView } from './orders.js';
import { productsSpec } from './products.js';
import { visitsSpec, type VisitDraft } from './visits.js';

/**
 * Per entity: the payload mapRow builds and the record the API returns (what the export writes).
 * Visits and orders map to drafts that still name customers, products and team members by code:
 * src/resolve/ turns them into API bodies.
 */
export interface EntityTypes {
  customers: { input: CustomerInput; record: Customer };
  products: { input: ProductInput; record: Product };
  visits: { input: VisitDraft; record: Visit };
  orders: { input: OrderLineDraft; record: OrderLineView };
}

export type TableEntity = keyof EntityTypes;
export type InputOf<E extends TableEntity> = EntityTypes[E]['input'];
export type RecordOf<E extends TableEntity> = EntityTypes[E]['record'];

const SPECS: { [E in TableEntity]: EntitySpec<RecordOf<E>> } = {
  customers: customersSpec,
  products: productsSpec,
  visits: visitsSpec,
  orders: ordersSpec,
};

export const TABLE_ENTITIES = Object.keys(SPECS) as TableEntity[];

export function isTableEntity(entity: string): entity is TableEntity {
  return Object.prototype.hasOwnProperty.call(SPECS, entity);
}

export function specOf<E extends TableEntity>(entity: E): EntitySpec<RecordOf<E>> {
  const spec = SPECS[entity] as EntitySpec<RecordOf<E>> | undefined;
  if (!spec) throw new TypeError(`No column table for entity "${String(entity)}"`);
  return spec;
}
