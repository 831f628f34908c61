import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';
import type { RuntimeConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { ProgressSink } from './progress.js';
import { journalPath } from './files.js';
import { runImport } from './import.js';
import type { RunSummary } from './summary.js';
import { createSandbox, describeSandbox, DEMO_DATABASE_ID } from '../sandbox/index.js';
import type { ImportEntity, ImportMode } from '../types.js';

export interface DemoOptions {
  outDir: string;
  runtime: RuntimeConfig;
  logger: Logger;
  progress: ProgressSink;
  signal: AbortSignal;
  /** Called with each step's summary as soon as it is done. */
  onSummary(summary: RunSummary): void;
}

/** The demo's steps: the shipped fixtures, in the order a new company would load them. */
const STEPS: Array<{ entity: ImportEntity; file: string; mode: ImportMode }> = [
  { entity: 'customers', file: 'customers.xlsx', mode: 'upsert' },
  { entity: 'products', file: 'products.xlsx', mode: 'upsert' },
  { entity: 'visits', file: 'visits.xlsx', mode: 'create' },
  { entity: 'orders', file: 'orders.xlsx', mode: 'create' },
];

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../../fixtures/${name}`, import.meta.url));
}

/**
 * The whole job on an embedded sandbox, no account needed: start the simulator on a free port,
 * import the fixtures with their deliberate mistakes, and leave the result sheets in `outDir`.
 */
export async function runDemo(options: DemoOptions): Promise<RunSummary[]> {
  const sandbox = await createSandbox({ seed: 'demo', port: 0 });
  options.logger.info(describeSandbox(sandbox).split('\n')[0]);
  const outDir = resolve(options.outDir);
  const summaries: RunSummary[] = [];
  try {
    for (const step of STEPS) {
      if (options.signal.aborted) break;
      const file = fixturePath(step.file);
      // A demo always starts anew: journals from an earlier demo run are not worth resuming.
      await rm(journalPath(outDir, file), { force: true });
      const summary = await runImport({
        entity: step.entity,
        file,
        mode: step.mode,
        blank: 'ignore',
        read: {},
        outDir,
        resume: false,
        connection: {
          baseUrl: sandbox.url,
          username: sandbox.credentials.username,
          password: sandbox.credentials.password,
          database: DEMO_DATABASE_ID,
        },
        runtime: options.runtime,
        logger: options.logger,
        progress: options.progress,
        signal: options.signal,
      });
      summaries.push(summary);
      options.onSummary(summary);
    }
  } finally {
    await sandbox.close();
  }
  return summaries;
}
