/**
 * The registry of column tables. A new entity (visits, orders) adds a spec here and a line to
 * `EntityTypes`; the generic code (binding, mapping, export, comparison) stays as it is.
 */
import type { Customer, CustomerInput, Product, ProductInput } from '../api/contract.js';
import type { EntitySpec } from './columns.js';
import { customersSpec } from './customers.js';
import { productsSpec } from './products.js';

/** Per entity: the payload mapRow builds and the record the API returns. */
export interface EntityTypes {
  customers: { input: CustomerInput; record: Customer };
  products: { input: ProductInput; record: Product };
}

export type TableEntity = keyof EntityTypes;
export type InputOf<E extends TableEntity> = EntityTypes[E]['input'];
export type RecordOf<E extends TableEntity> = EntityTypes[E]['record'];

const SPECS: { [E in TableEntity]: EntitySpec<RecordOf<E>> } = {
  customers: customersSpec,
  products: productsSpec,
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
