/**
 * The row run kinds: each is the one row pipeline (pipeline.ts) with its parts. `validate` has no
 * sender; `import` journals and sends. The entity adds its steps: rows one by one (customers,
 * products, visits) or orders grouped from their lines.
 */
import type { ImportEntity, ImportMode } from '../types.js';
import type { RowRunOptions } from './options.js';
import { orderSteps } from './order-lines.js';
import { runRows, type EntitySteps } from './pipeline.js';
import { recordSteps } from './record-rows.js';
import type { RunKind } from './steps.js';
import type { RunSummary } from './summary.js';

const VALIDATE: RunKind = { name: 'validate', sends: false };
const IMPORT: RunKind = { name: 'import', sends: true };

/** The file checked as `import` would decide it, without the network: a result sheet of what is wrong. */
export function runValidate(o: RowRunOptions): Promise<RunSummary> {
  return runRows(o, VALIDATE, stepsOf(o.entity, o.mode));
}

/** read → map → decide → send → write, journalled so that `--resume` can finish it. */
export function runImport(o: RowRunOptions): Promise<RunSummary> {
  return runRows(o, IMPORT, stepsOf(o.entity, o.mode));
}

/**
 * The entity's steps in `mode` (rows one by one, or orders grouped from their lines): shared by the
 * runs and the preview (preview.ts). Each checks the rows that are not records as it maps (row-checks.ts).
 */
export function stepsOf(entity: ImportEntity, mode: ImportMode): EntitySteps {
  return entity === 'orders' ? orderSteps(mode) : recordSteps(entity);
}
