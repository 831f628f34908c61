import type { RowStatus } from '../types.js';

/** How a run reports progress; the CLI draws a bar on a terminal or logs a line now and then. */
export interface ProgressSink {
  start(total?: number): void;
  update(processed: number, status?: RowStatus): void;
  stop(): void;
}

export const noProgress: ProgressSink = {
  start: () => undefined,
  update: () => undefined,
  stop: () => undefined,
};
