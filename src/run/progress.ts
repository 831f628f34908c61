import type { ProgressSink } from '../types.js';

export type { ProgressSink };

/** A run nobody watches (scheduled exports, tests). */
export const noProgress: ProgressSink = {
  start: () => undefined,
  update: () => undefined,
  stop: () => undefined,
};
