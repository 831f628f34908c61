/** The push stage: the shared rate gate, the ordered window, and how rows are sent. */
export { createRateGate } from './rate-gate.js';
export type { RateGate, RateGateOptions, RateGateStats } from './rate-gate.js';
export { abortableGate, isInterrupted } from './abortable-gate.js';
export { OrderedWindow } from './ordered-window.js';
export { createRowHandler, type RowSender, type RowHandlerOptions } from './row-handler.js';
export { createRecordSender, type RecordSenderOptions } from './record-sender.js';
