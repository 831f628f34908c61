/** The push stage: the ordered window, and how rows are sent. */
export { OrderedWindow } from './ordered-window.js';
export {
  createRowHandler,
  interruptedIssue,
  interruptedOutcome,
  type RowSender,
  type RowHandlerOptions,
} from './row-handler.js';
export { DuplicateScreen, keyText } from './duplicate-screen.js';
export { fieldColumnOf, orderColumnOf } from './api-issues.js';
export { createStopGrace, type StopGrace } from './stop-grace.js';
export { decideRecord, decisionIssues, type DecideContext, type RecordDecision } from './decide.js';
export { createRecordSender, type RecordSenderOptions } from './record-sender.js';
export { createVisitSender, type VisitSenderOptions } from './visit-sender.js';
export { createVisitPlanner, type VisitPlannerOptions } from './visit-planner.js';
export { createOrderPlanner, type OrderPlannerOptions } from './order-planner.js';
export { KeyedChain } from './keyed-chain.js';
export { OrderFinder, type OrderFacts } from './order-lookup.js';
export { reconcileOrder, type OrderReconciliation } from './order-reconcile.js';
export {
  createOrderSender,
  type OrderResult,
  type OrderSender,
  type OrderSenderOptions,
  type OrderToSend,
} from './order-sender.js';
export {
  createOrderStatusSender,
  type OrderStatusSender,
  type OrderStatusResult,
  type OrderStatusSenderOptions,
  type OrderStatusTarget,
} from './order-status-sender.js';
export { prepareRecordDecisions, type RecordDecisionOptions } from './record-sender.js';
export { planRecordStep, type RecordPlanContext, type RecordStep } from './record-plan.js';
export { createRecordPlanner, plannedOutcome } from './record-planner.js';
export { planConflict, stepAction } from './plan-guard.js';
export {
  CANCELLED_STATUS,
  createUndoSender,
  type UndoAction,
  type UndoResult,
  type UndoSender,
  type UndoSenderOptions,
} from './undo-sender.js';
