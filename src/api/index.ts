/** The SalesMania API client: the only door into src/api/. Usable alone. */
export { createClient, resolveTimeouts, DEFAULT_USER_AGENT } from './client.js';
export type { ClientOptions, SalesManiaClient } from './client.js';
export type { SessionInfo, Credentials } from './session.js';
export { pickDatabase, refreshMarginMs } from './session.js';
export { decodeTeamToken } from './team-token.js';
export { ApiError, isApiError } from './errors.js';
export type { ApiErrorCode } from './errors.js';
export {
  DEFAULT_RETRY_POLICY,
  RETRY_TABLE,
  EXHAUSTED_CODE,
  RETRY_STATUSES,
  NOT_SENT_CODES,
  NOT_SENT_TIMEOUT_EVENTS,
  LOST_AFTER_SEND_CODES,
  IDEMPOTENT_METHODS,
  classifyStatus,
  classifyNetworkError,
  decide,
  retryDelay,
  parseRetryAfter,
  resolveRetryPolicy,
} from './retry.js';
export type { RetryPolicy, FailureKind, Decision } from './retry.js';
export type { RequestGate, HttpMethod } from './send.js';
export { DEFAULT_TIMEOUTS } from './transport.js';
export type { Timeouts } from './transport.js';
export type { IterateOptions } from './paginate.js';
export type {
  Listing,
  CrudResource,
  CustomersResource,
  ProductsResource,
  VisitsResource,
  OrdersResource,
  TeamsResource,
} from './resources.js';
export { createRateGate } from './rate-gate.js';
export type { RateGate, RateGateOptions, RateGateStats } from './rate-gate.js';
export { abortableGate } from './abortable-gate.js';
export { isInterrupted } from '../errors.js';
export { whenLeaving } from './leave-hook.js';
export { connect, connectForImport, type Connection } from './connect.js';
export * from '../contract/index.js';
