/**
 * `plan`: the one row pipeline (pipeline.ts) with a planning step in the place of a sender. It
 * reads the file, maps, resolves and reads the existing records as `import` does — GET only —
 * and writes the plan sheet and the companion `apply` reads (docs/PLAN.md).
 */
import type { RunHeader } from '../journal/index.js';
import type { PlanAction, PlannedRow } from '../types.js';
import {
  actionOf,
  openPlanWriter,
  planPaths,
  type ResultWriter,
  type ResultWriterOptions,
} from '../write/index.js';
import { loadMapping } from './mapping-file.js';
import type { RowRunOptions } from './options.js';
import { stepsOf } from './import.js';
import { runRows } from './pipeline.js';
import { planFileOf, removePlanFile, writePlanFile } from './plan-file.js';
import type { RunKind } from './steps.js';
import type { RunSummary } from './summary.js';

export async function runPlan(o: RowRunOptions): Promise<RunSummary> {
  const actions: Partial<Record<PlanAction, number>> = {};
  let jsonPath: string | undefined;
  const kind: RunKind = {
    name: 'plan',
    sends: false,
    reads: true,
    openWriter: async (options, input) => {
      const paths = planPaths(options.inputPath, options.format, options.outDir);
      jsonPath = paths.json;
      const sheet = await openPlanWriter({ ...options, updateStatus: o.mode === 'update-status' });
      return collecting(sheet, o, options, input, paths.json, actions);
    },
  };
  const summary = await runRows(o, kind, stepsOf(o.entity, o.mode));
  return {
    ...summary,
    mode: o.mode,
    actions,
    files: { result: summary.files.result, plan: summary.interrupted ? undefined : jsonPath },
  };
}

/**
 * The plan sheet, with every row also noted for the companion; the companion is written when the
 * sheet is, and only for a plan that reached its end (a stopped plan is no plan to apply).
 */
function collecting(
  sheet: ResultWriter,
  o: RowRunOptions,
  options: ResultWriterOptions,
  input: RunHeader['input'] | undefined,
  jsonPath: string,
  actions: Partial<Record<PlanAction, number>>,
): ResultWriter {
  const rows: PlannedRow[] = [];
  return {
    resultPath: sheet.resultPath,
    plannedErrorsPath: sheet.plannedErrorsPath,
    async write(outcome) {
      await sheet.write(outcome);
      const action = actionOf(outcome, o.mode === 'update-status');
      actions[action] = (actions[action] ?? 0) + 1;
      const plan = outcome.plan;
      const id = plan?.id ?? (typeof outcome.id === 'number' ? outcome.id : undefined);
      rows.push({ row: outcome.source.rowNumber, action, id, before: plan?.before });
    },
    async close() {
      const written = await sheet.close();
      if (o.signal.aborted || !input) {
        await removePlanFile(jsonPath);
        return written;
      }
      const mapping = o.mappingFile ? await loadMapping(o.mappingFile) : undefined;
      await writePlanFile(jsonPath, planFileOf(jsonPath, o, input, mapping, rows));
      return written;
    },
    abort: async () => {
      await sheet.abort();
    },
  };
}
