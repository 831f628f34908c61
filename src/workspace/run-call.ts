/**
 * Which call of the run layer a run of the page is: the same functions the CLI's commands call
 * (validate, import, plan, apply, undo), given what the page chose. Nothing here reads, maps, sends
 * or writes a sheet.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  runApply,
  runImport,
  runPlan,
  runUndo,
  runValidate,
  type RowRunOptions,
  type RunSummary,
} from '../run/index.js';
import type { RunKind } from './types.js';
import { applyConfirmation, undoConfirmation } from './confirm-count.js';

/** The mapping of a plan, written beside it: the plan's companion names it and `apply` checks it. */
export const PLAN_MAPPING = 'mapping.json';

export interface RunCall {
  kind: RunKind;
  /** What validate, import, resume and plan run with; apply and undo take its connection, sinks and `resume`. */
  options: RowRunOptions;
  /** apply: the plan's companion. */
  planFile?: string;
  /** undo: the journal of the run taken back. */
  journal?: string;
  undoPlan?: boolean;
  /** apply, undo: the records the person confirmed deleting (confirm-count.ts); checked again by the run. */
  confirmed?: number;
}

export async function callRunLayer(call: RunCall): Promise<RunSummary> {
  const o = call.options;
  switch (call.kind) {
    case 'validate':
      return runValidate(o);
    case 'import':
    case 'resume':
      return runImport(o);
    case 'plan': {
      // A mapping file, not the in-memory mapping: the companion records the file and its columns,
      // and `apply` refuses a plan whose mapping changed (docs/PLAN.md).
      if (!o.mapping || !o.outDir) return runPlan(o);
      const mappingFile = join(o.outDir, PLAN_MAPPING);
      await writeFile(mappingFile, `${JSON.stringify(o.mapping, null, 2)}\n`);
      return runPlan({ ...o, mapping: undefined, mappingFile });
    }
    case 'apply':
      return runApply({
        planFile: call.planFile ?? '',
        force: false,
        readLimits: o.read.limits,
        outDir: o.outDir,
        resume: o.resume,
        connection: o.connection,
        runtime: o.runtime,
        logger: o.logger,
        progress: o.progress,
        signal: o.signal,
        ...(call.confirmed !== undefined ? { confirmDelete: applyConfirmation(call.confirmed) } : {}),
      });
    case 'undo':
      return runUndo({
        source: call.journal ?? '',
        plan: call.undoPlan === true,
        ...(call.confirmed !== undefined ? { confirm: undoConfirmation(call.confirmed) } : {}),
        resume: o.resume,
        connection: o.connection,
        runtime: o.runtime,
        logger: o.logger,
        progress: o.progress,
        signal: o.signal,
      });
  }
}
