/**
 * The words of a template in the chosen language. English comes from the column tables themselves
 * (so the shipped English templates do not change); Indonesian from the `columns` namespace of the
 * catalog (src/i18n/catalog/id-columns.ts), keyed by entity and canonical header.
 */
import { specOf, type ColumnSpec, type EntitySpec, type TableEntity } from '../map/index.js';
import { translateText, type Lang } from '../i18n/index.js';
import { localHeader } from './local-headers.js';
import type { Requirement } from './columns.js';

const UNIT_GROUP = /^(unit|price|ratio)_(\d+)$/;

/** Where a column's texts are in the catalog: own key first, then the one shared by several entities. */
export function columnTextKeys(entity: TableEntity, column: ColumnSpec): { keys: string[]; n?: string } {
  const group = UNIT_GROUP.exec(column.header);
  if (entity === 'products' && group) return { keys: [`products.${group[1]}N`], n: group[2] };
  return { keys: [`${entity}.${column.header}`, `common.${column.header}`] };
}

/** A column's `description` or `rule`, translated when the catalog has it. */
export function columnText(
  entity: TableEntity,
  column: ColumnSpec,
  part: 'description' | 'rule',
  lang: Lang,
): string {
  if (lang === 'en') return column[part];
  const { keys, n } = columnTextKeys(entity, column);
  for (const key of keys) {
    const text = translateText('columns', `${key}.${part}`, { n }, lang);
    if (text !== undefined) return text;
  }
  return column[part];
}

/** A fixed word of the template (sheet names, the documentation's headers). */
export function templateWord(key: string, english: string, lang: Lang): string {
  return lang === 'en' ? english : (translateText('columns', key, {}, lang) ?? english);
}

export function headerNote(entity: TableEntity, column: ColumnSpec, required: boolean, lang: Lang): string {
  const description = columnText(entity, column, 'description', lang);
  const rule = columnText(entity, column, 'rule', lang);
  if (lang === 'en') return `${required ? 'Required. ' : ''}${description} ${rule}`;
  const key = required ? 'note.required' : 'note.optional';
  return translateText('columns', key, { description, rule }, lang) ?? `${description} ${rule}`;
}

/** The requirement in the language's words, naming alternative columns by that template's headers. */
export function requirementWords(entity: TableEntity, req: Requirement, english: string, lang: Lang): string {
  if (lang === 'en') return english;
  const spec = specOf(entity) as EntitySpec;
  const headerOf = (field: string) => {
    const column = spec.columns.find((c) => c.field === field);
    return column ? localHeader(entity, column, lang) : field;
  };
  const columns =
    req.kind === 'oneOf' || req.kind === 'unlessForm' ? req.fields.map(headerOf).join(', ') : '';
  return translateText('columns', `requirement.${req.kind}`, { columns }, lang) ?? english;
}
