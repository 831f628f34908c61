/**
 * The resolve stage: the user's own codes (customer numbers, product codes, salesman names) → the
 * SalesMania ids the API wants, from indexes built by paging each list once per run. The only door
 * into src/resolve/.
 */
export { loadReferences, type References } from './load.js';
export { CustomerIndex, type CustomerEntry, type MatchCustomerBy } from './customers.js';
export { ProductIndex, resolveUnit, type ProductEntry } from './products.js';
export { TeamIndex, type TeamEntry } from './teams.js';
export { resolveVisit, type ResolvedBody } from './visit-body.js';
export { resolveOrder, type OrderLineRef, type ResolvedOrder } from './order-body.js';
export type { ColumnOf, Resolved } from './resolved.js';
