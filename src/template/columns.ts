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

/** Product templates show two unit groups (`unit`, `unit_2`); the documentation lists them all. */
export const TEMPLATE_UNIT_GROUPS = 2;

export function templateColumns(entity: TableEntity): readonly ColumnSpec[] {
  const spec = specOf(entity) as EntitySpec;
  return spec
    .exportColumns({ unitGroups: TEMPLATE_UNIT_GROUPS }) // A new sheet has no SalesMania ids to give.
    .filter((c) => !c.salesManiaId);
}

/**
 * Whether a column must be filled on create: `yes` for required columns, for a column the entity's
 * `requiredColumns` demands (naming the alternatives), and for the column a required multi-column
 * field cannot do without; else `no`.
 */
export function requirement(entity: TableEntity, column: ColumnSpec): string {
  if (column.required) return 'yes';
  const spec = specOf(entity) as EntitySpec;
  const headerOf = (field: string) => spec.columns.find((c) => c.field === field)?.header ?? field;
  const groups = spec.requiredColumns?.('create', () => false) ?? [];
  const group = groups.find((g) => g.includes(column.field));
  if (group) return group.length === 1 ? 'yes' : `yes (one of: ${group.map(headerOf).join(', ')})`;
  for (const composite of spec.composites) {
    if (!composite.required) continue;
    const form = composite.forms.find((f) => f.needs.includes(column.field));
    if (!form) continue;
    const others = composite.forms.filter((f) => f !== form).map((f) => f.name);
    if (others.length > 0) return `yes, unless the ${others.join(' or ')} form is used`;
    return form.name.includes(' or ') ? `yes (one of: ${form.name})` : 'yes';
  }
  return 'no';
}

/**
 * The example row: each column's example, minus any the import itself refuses together (a line
 * discount as a chain and as an amount, say). The row is mapped exactly as `import` would map it,
 * and a column named by an issue is blanked until the row maps — so the example always validates.
 */
export function exampleCells(entity: TableEntity, columns: readonly ColumnSpec[]): Record<string, string> {
  const cells: Record<string, string> = Object.fromEntries(columns.map((c) => [c.header, c.example]));
  const binding = bindColumns(
    entity,
    columns.map((c) => c.header),
    { mode: 'create' },
  );
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
  return requirement(entity, column) !== 'no';
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

/** One line per column the import accepts (alternative forms and every unit group included). */
export function columnDocs(entity: TableEntity): ColumnDoc[] {
  return (specOf(entity) as EntitySpec).columns.map((c) => ({
    column: c.header,
    required: requirement(entity, c),
    meaning: c.description,
    rule: c.rule,
    allowed: allowedText(c),
    example: c.example,
    aliases: c.aliases.join(', '),
  }));
}
