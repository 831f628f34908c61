/**
 * `apply`: an import held to a plan (docs/PLAN.md). Before anything is sent it refuses a plan whose
 * input file, mapping or sending options are not the ones in effect now; then it is the one row
 * pipeline with a journal and a sender, each customers/products row checked against its plan
 * before it writes (push/plan-guard.ts). Result sheet, journal and `--resume` are import's.
 */
import { isDeepStrictEqual } from 'node:util';
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { localizedRunError } from '../i18n/index.js';
import { fingerprint } from '../journal/index.js';
import { stepsOf } from './import.js';
import { loadMapping } from './mapping-file.js';
import type { RowRunOptions } from './options.js';
import { runRows } from './pipeline.js';
import { planOptionsOf, readPlanFile, targetOf, type PlanFile, type PlanOptions } from './plan-file.js';
import type { RunKind } from './steps.js';
import type { RunSummary } from './summary.js';

const APPLY: RunKind = { name: 'apply', sends: true };

/** What apply is given besides the plan: where results go, how to connect and run, and what the user said. */
export type ApplyRunOptions = Omit<
  RowRunOptions,
  | 'entity'
  | 'file'
  | 'mode'
  | 'blank'
  | 'units'
  | 'read'
  | 'mappingFile'
  | 'allowExistingKeys'
  | 'field'
  | 'planned'
> & {
  /** The plan's companion (or its plan sheet, beside which the companion lies). */
  planFile: string;
  /** Write a record changed since the plan anyway. */
  force: boolean;
  /** Read limits (from the environment), as import's. */
  readLimits?: RowRunOptions['read']['limits'];
  /** Sending options given on apply's own command line: each must equal the plan's. */
  given?: Partial<Omit<PlanOptions, 'read' | 'field'>> & {
    read?: Partial<PlanOptions['read']>;
    field?: Partial<PlanOptions['field']>;
    mappingFile?: string;
  };
};

export async function runApply(a: ApplyRunOptions): Promise<RunSummary> {
  const { path, plan } = await readPlanFile(a.planFile);
  const {
    planFile: _planFile,
    force: _force,
    readLimits: _limits,
    given: _given,
    confirmDelete,
    ...runOptions
  } = a;
  const here = dirname(resolve(path));
  const file = resolve(here, plan.input.path);
  const mappingFile = plan.mapping ? resolve(here, plan.mapping.path) : undefined;
  const o: RowRunOptions = {
    ...runOptions,
    entity: plan.entity,
    file,
    mode: plan.options.mode,
    blank: plan.options.blank,
    units: plan.options.units,
    read: { ...plan.options.read, limits: a.readLimits },
    mappingFile,
    allowExistingKeys: plan.options.allowExistingKeys,
    field: plan.options.field,
    planned: { rows: new Map(plan.rows.map((row) => [row.row, row])), force: a.force },
  };
  await checkInput(plan, file);
  await checkMapping(plan, mappingFile, a.given?.mappingFile);
  checkOptions(plan, o, a);
  // A plan that deletes asks before anything is sent, with the plan's own count (cli/confirm-delete.ts).
  const deletes = plan.rows.filter((row) => row.action === 'delete').length;
  if (confirmDelete) await confirmDelete(deletes, plan.entity);
  const summary = await runRows(o, APPLY, stepsOf(o.entity, o.mode));
  return summary;
}

async function checkInput(plan: PlanFile, file: string): Promise<void> {
  try {
    await access(file);
  } catch {
    throw localizedRunError('PLAN_INPUT_CHANGED', 'plan.inputMissing', { file });
  }
  const now = await fingerprint(file);
  if (now.sha256 !== plan.input.sha256 || now.size !== plan.input.size)
    throw localizedRunError('PLAN_INPUT_CHANGED', 'plan.inputChanged', { file });
}

async function checkMapping(
  plan: PlanFile,
  mappingFile: string | undefined,
  given: string | undefined,
): Promise<void> {
  const changed = (mapping: string) =>
    localizedRunError('PLAN_MAPPING_CHANGED', 'plan.mappingChanged', { mapping });
  if (given !== undefined && (!mappingFile || resolve(given) !== mappingFile)) throw changed(given);
  if (!plan.mapping || !mappingFile) return;
  let columns: Record<string, string>;
  try {
    columns = await loadMapping(mappingFile);
  } catch {
    throw changed(mappingFile);
  }
  if (!isDeepStrictEqual(columns, plan.mapping.columns)) throw changed(mappingFile);
}

/** Options given on apply's command line, and the server it would write to, must be the plan's. */
function checkOptions(plan: PlanFile, o: RowRunOptions, a: ApplyRunOptions): void {
  const planned = planOptionsOf(o);
  const given = a.given ?? {};
  const pairs: Array<[string, unknown, unknown]> = [
    ['--mode', given.mode, planned.mode],
    ['--blank', given.blank, planned.blank],
    ['--units', given.units, planned.units],
    ['--allow-existing-keys', given.allowExistingKeys, planned.allowExistingKeys],
    ['--sheet', given.read?.sheet, planned.read.sheet],
    ['--delimiter', given.read?.delimiter, planned.read.delimiter],
    ['--header-row', given.read?.headerRow, planned.read.headerRow],
    ['--encoding', given.read?.encoding, planned.read.encoding],
    ['--date-format', given.field?.dateFormat, planned.field.dateFormat],
    ['--match-customer-by', given.field?.matchCustomerBy, planned.field.matchCustomerBy],
    ['--allow-duplicate-visits', given.field?.allowDuplicateVisits, planned.field.allowDuplicateVisits],
    ['--skip-existing', given.field?.skipExisting, planned.field.skipExisting],
  ];
  const target = targetOf(a.connection);
  pairs.push(['--base-url', target.baseUrl, plan.target.baseUrl]);
  pairs.push(['--database', target.database ?? undefined, plan.target.database ?? undefined]);
  for (const [option, now, was] of pairs) {
    if (now === undefined || isDeepStrictEqual(now, was)) continue;
    throw localizedRunError('PLAN_OPTIONS_CHANGED', 'plan.optionChanged', {
      option,
      now: String(now),
      planned: was === undefined ? '-' : String(was),
    });
  }
}
