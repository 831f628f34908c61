/**
 * The plan's companion, `<name>.plan.json` beside the plan sheet: what `apply` reads (docs/PLAN.md,
 * "The companion file"). A sheet opened and saved again in Excel would not survive as a machine
 * record; this file does. Secret-free: the server's address without credentials, no token. Written
 * exactly otherwise: it holds the user's values and paths, which apply reads back (docs/SECRETS.md).
 */
import { readFile, unlink } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { localizedRunError } from '../i18n/index.js';
import type { RunHeader } from '../journal/index.js';
import { stripSecretParams } from '../secrets.js';
import type { ImportEntity, ImportMode, PlanAction, PlannedRow } from '../types.js';
import { writeFileAtomically } from '../write/index.js';
import type { FieldImportOptions, RowRunOptions } from './options.js';

export const PLAN_FORMAT = 'salesmania-bulk plan';

/** The options that change what is sent: a plan is applied with exactly these. */
export interface PlanOptions {
  mode: ImportMode;
  blank: 'ignore' | 'clear';
  units: 'keep' | 'replace';
  allowExistingKeys: boolean;
  read: { sheet?: string | number; delimiter?: string; headerRow?: number; encoding?: string };
  field: FieldImportOptions;
}

export interface PlanFile {
  format: typeof PLAN_FORMAT;
  version: 1;
  createdAt: string;
  entity: ImportEntity;
  /** `path` relative to this file's folder, so a folder moved whole still applies. */
  input: RunHeader['input'] & { path: string };
  mapping: { path: string; columns: Record<string, string> } | null;
  options: PlanOptions;
  /** Where the plan read the records: applied elsewhere, its "before" values mean nothing. */
  target: { baseUrl: string; database: string | null };
  rows: PlannedRow[];
}

export function planOptionsOf(o: RowRunOptions): PlanOptions {
  return {
    mode: o.mode,
    blank: o.blank,
    units: o.units ?? 'keep',
    allowExistingKeys: o.allowExistingKeys === true,
    read: {
      sheet: o.read.sheet,
      delimiter: o.read.delimiter,
      headerRow: o.read.headerRow,
      encoding: o.read.encoding,
    },
    field: { ...o.field },
  };
}

/** The server as a plan names it: no user name or password in the address, ever. */
export function targetOf(connection: RowRunOptions['connection']): PlanFile['target'] {
  let baseUrl = connection?.baseUrl ?? '';
  try {
    const url = new URL(baseUrl);
    url.username = '';
    url.password = '';
    baseUrl = url.toString().replace(/\/+$/, '');
  } catch {
    // Not a URL: config/ refused it before any run; kept as given.
  }
  const database = connection?.database;
  return { baseUrl: stripSecretParams(baseUrl), database: database === undefined ? null : String(database) };
}

export function planFileOf(
  jsonPath: string,
  o: RowRunOptions,
  input: RunHeader['input'],
  mapping: Record<string, string> | undefined,
  rows: PlannedRow[],
): PlanFile {
  const here = dirname(resolve(jsonPath));
  return {
    format: PLAN_FORMAT,
    version: 1,
    createdAt: new Date().toISOString(),
    entity: o.entity,
    input: { ...input, path: relative(here, resolve(o.file)) },
    mapping:
      o.mappingFile && mapping ? { path: relative(here, resolve(o.mappingFile)), columns: mapping } : null,
    options: planOptionsOf(o),
    target: targetOf(o.connection),
    rows,
  };
}

export async function writePlanFile(path: string, plan: PlanFile): Promise<void> {
  // One row a line: a diff of two plans, or a person reading one, finds each row on its own line.
  const { rows, ...head } = plan;
  const lines = rows.map((row) => '    ' + JSON.stringify(row));
  const text = JSON.stringify(head, null, 2).replace(
    /\n}$/,
    `,\n  "rows": [\n${lines.join(',\n')}\n  ]\n}\n`,
  );
  await writeFileAtomically(path, text);
}

/** An older companion of an unfinished plan must not be applied as if it were this one. */
export async function removePlanFile(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}

const ACTIONS: ReadonlySet<string> = new Set<PlanAction>([
  'create',
  'update',
  'unchanged',
  'delete',
  'skip',
  'invalid',
]);

/**
 * Where the companion of what the user named is: itself, the `.plan.json` beside a plan sheet
 * (`x.plan.xlsx`), or — when the input file itself was named (`apply x.csv`, an easy slip) — the
 * `x.plan.json` its plan wrote beside it.
 */
export function planFilePath(path: string): string {
  if (path.endsWith('.json')) return path;
  if (/\.plan\.[^./\\]+$/.test(path)) return path.replace(/\.[^./\\]+$/, '.json');
  return path.replace(/(\.[^./\\]+)?$/, '.plan.json');
}

/** Reads a companion back; a path to the plan sheet (or to its input) finds the `.plan.json`. */
export async function readPlanFile(path: string): Promise<{ path: string; plan: PlanFile }> {
  const jsonPath = planFilePath(path);
  let text: string;
  try {
    text = await readFile(jsonPath, 'utf8');
  } catch {
    throw localizedRunError('PLAN_NOT_FOUND', 'plan.notFound', { path: jsonPath });
  }
  const bad = (reason: string) =>
    localizedRunError('PLAN_INVALID', 'plan.unreadable', { path: jsonPath, reason });
  let value: PlanFile;
  try {
    value = JSON.parse(text) as PlanFile;
  } catch (err) {
    throw bad((err as Error).message);
  }
  if (value?.format !== PLAN_FORMAT || value.version !== 1) throw bad('format');
  if (!value.input?.sha256 || !value.input.path || !value.options?.mode || !Array.isArray(value.rows))
    throw bad('fields');
  for (const row of value.rows) {
    if (!Number.isInteger(row?.row) || !ACTIONS.has(row.action)) throw bad(`row ${JSON.stringify(row)}`);
  }
  return { path: jsonPath, plan: value };
}
