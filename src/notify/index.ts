/**
 * notify/: telling people how a run went — webhooks (JSON, Slack, Microsoft Teams, Google Chat) and
 * e-mail, on failure, on success or always. The only door into this folder.
 */
export { parseNotifyTarget, WEBHOOK_FORMATS, type NotifyTarget, type WebhookFormat } from './targets.js';
export { makeNotice, type RunNotice } from './summary.js';
export {
  NOTIFY_ON,
  sendNotice,
  wants,
  type NotifyOn,
  type NotifyOptions,
  type NotifyResult,
} from './send.js';
export {
  checkDeliveryPlan,
  checkDeliveryReady,
  DEFAULT_NOTIFY_ON,
  DELIVERY_KEYS,
  isEmptyPlan,
  type DeliveryPlan,
  type RawDeliveryOptions,
} from './plan.js';
