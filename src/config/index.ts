export {
  DEFAULT_BASE_URL,
  ENV,
  resolveConnection,
  requireCredentials,
  type ConnectionConfig,
  type ConnectionFlags,
} from './connection.js';
export {
  LOG_LEVELS,
  RUNTIME_DEFAULTS,
  RUNTIME_ENV,
  resolveRuntime,
  type LogLevel,
  type RuntimeConfig,
  type RuntimeFlags,
} from './runtime.js';
export { oneOf, positiveInteger, positiveNumber } from './parse.js';
export { READ_LIMIT_ENV, resolveReadLimits } from './read-limits.js';
export {
  DELIVERY_DEFAULTS,
  DELIVERY_ENV,
  resolveDelivery,
  type DeliveryConfig,
  type SftpCredentials,
  type SmtpConfig,
} from './delivery.js';
export { runLimits, type GateLimits, type RunLimits } from './limits.js';
export { errorLimit, errorLimitText, type ErrorLimit } from './error-limit.js';
