/**
 * What a template shows, derived from the column tables only (src/map): the columns a new sheet
 * needs, whether each is required, its drop-down values, an example row, and a line of
 * documentation for every column the import accepts.
 */
import {
  bindColumns,
  mapRow,
  specOf,
  type ColumnSpec,
  type EntitySpec,
  type TableEntity,
} from '../map/index.js';
import type { Lang } from '../i18n/index.js';
import { localHeader } from './local-headers.js';
import { columnText, requirementWords } from './localize.js';

/** Product templates show two unit groups (`unit`, `unit_2`); the documentation lists them all. */
export const TEMPLATE_UNIT_GROUPS = 2;

export function templateColumns(entity: TableEntity): readonly ColumnSpec[] {
  const spec = specOf(entity) as EntitySpec;
  return spec
    .exportColumns({ unitGroups: TEMPLATE_UNIT_GROUPS }) // A new sheet has no SalesMania ids to give.
    .filter((c) => !c.salesManiaId);
}

/**
 * Whether a column must be filled on create: for required columns, for a column the entity's
 * `requiredColumns` demands (with the alternatives: fields), and for the column a required
 * multi-column field cannot do without (unless another form, named by the fields it needs, is used).
 */
export type Requirement =
  | { kind: 'no' }
  | { kind: 'yes' }
  | { kind: 'oneOf'; fields: readonly string[]; name?: string }
  | { kind: 'unlessForm'; forms: readonly string[]; fields: readonly string[] };

export function requirementOf(entity: TableEntity, column: ColumnSpec): Requirement {
  if (column.required) return { kind: 'yes' };
  const spec = specOf(entity) as EntitySpec;
  const groups = spec.requiredColumns?.('create', () => false) ?? [];
  const group = groups.find((g) => g.includes(column.field));
  if (group) return group.length === 1 ? { kind: 'yes' } : { kind: 'oneOf', fields: group };
  for (const composite of spec.composites) {
    if (!composite.required) continue;
    const form = composite.forms.find((f) => f.needs.includes(column.field));
    if (!form) continue;
    const others = composite.forms.filter((f) => f !== form);
    if (others.length > 0) {
      return { kind: 'unlessForm', forms: others.map((f) => f.name), fields: others.flatMap((f) => f.needs) };
    }
    return form.name.includes(' or ')
      ? { kind: 'oneOf', fields: form.needs, name: form.name }
      : { kind: 'yes' };
  }
  return { kind: 'no' };
}

/** The requirement in English words, as the `columns` sheet of an English template writes it. */
export function requirement(entity: TableEntity, column: ColumnSpec): string {
  const req = requirementOf(entity, column);
  const spec = specOf(entity) as EntitySpec;
  const headerOf = (field: string) => spec.columns.find((c) => c.field === field)?.header ?? field;
  if (req.kind === 'oneOf') return `yes (one of: ${req.name ?? req.fields.map(headerOf).join(', ')})`;
  if (req.kind === 'unlessForm') return `yes, unless the ${req.forms.join(' or ')} form is used`;
  return req.kind;
}

/**
 * The example row: each column's example, minus any the import itself refuses together (a line
 * discount as a chain and as an amount, say). The row is mapped exactly as `import` would map it,
 * and a column named by an issue is blanked until the row maps — so the example always validates.
 */
export function exampleCells(
  entity: TableEntity,
  columns: readonly ColumnSpec[],
  headers: readonly string[] = columns.map((c) => c.header),
): Record<string, string> {
  const cells: Record<string, string> = Object.fromEntries(columns.map((c, i) => [headers[i], c.example]));
  const binding = bindColumns(entity, headers, { mode: 'create' });
  for (let tries = 0; tries < columns.length; tries++) {
    const mapped = mapRow(entity, binding, { rowNumber: 2, cells }, { mode: 'create' });
    if (mapped.ok) break;
    const blamed = [...mapped.issues].reverse().find((i) => i.column && cells[i.column] !== '')?.column;
    if (blamed === undefined) break;
    cells[blamed] = '';
  }
  return cells;
}

export function isRequired(entity: TableEntity, column: ColumnSpec): boolean {
  return requirementOf(entity, column).kind !== 'no';
}

/** The values a drop-down offers: an enum's values, TRUE/FALSE for yes-no columns. */
export function dropDownValues(column: ColumnSpec): readonly string[] | undefined {
  if (column.kind === 'enum' && column.allowed && column.allowed.length > 0) return column.allowed;
  if (column.kind === 'boolean') return ['TRUE', 'FALSE'];
  return undefined;
}

/** Allowed values in words, for the documentation sheet. */
export function allowedText(column: ColumnSpec): string {
  if (column.allowed && column.allowed.length > 0) return column.allowed.join(', ');
  if (column.kind === 'boolean') return 'TRUE, FALSE';
  return '';
}

export interface ColumnDoc {
  column: string;
  required: string;
  meaning: string;
  rule: string;
  allowed: string;
  example: string;
  aliases: string;
}

/**
 * One line per column the import accepts (alternative forms and every unit group included), in the
 * template's language: a column under that template's header, its other accepted names beside it.
 */
export function columnDocs(entity: TableEntity, lang: Lang = 'en'): ColumnDoc[] {
  return (specOf(entity) as EntitySpec).columns.map((c) => {
    const header = localHeader(entity, c, lang);
    return {
      column: header,
      required: requirementWords(entity, requirementOf(entity, c), requirement(entity, c), lang),
      meaning: columnText(entity, c, 'description', lang),
      rule: columnText(entity, c, 'rule', lang),
      allowed: allowedText(c),
      example: c.example,
      aliases: [c.header, ...c.aliases].filter((a) => a !== header).join(', '),
    };
  });
}
