/**
 * Header matching: the file's headers → the entity's columns. Run once per file, before any row is
 * mapped, so a missing or doubled column stops the run before anything is sent (RunError).
 */
import type { MessageRef } from '../errors.js';
import { getLanguage, localizedRunError, messageRef } from '../i18n/index.js';
import type { BindOptions, BoundColumn, ColumnBinding, ColumnSpec, EntitySpec } from './columns.js';
import { specOf, type TableEntity } from './entities.js';
import { isReservedHeader, normalizeHeader } from './normalize-header.js';
import { closestHeader } from './closest-header.js';
import { localHeader } from './local-headers.js';

const aliasIndexes = new WeakMap<EntitySpec, Map<string, ColumnSpec>>();

/** Every accepted name of a column: canonical header, field and aliases. */
export function acceptedNames(column: ColumnSpec): string[] {
  return [column.header, column.field, ...column.aliases];
}

/** Normalised name → column, built once per table. Throws on a clash: that is a bug in the table. */
export function aliasIndex(spec: EntitySpec): Map<string, ColumnSpec> {
  let index = aliasIndexes.get(spec);
  if (index) return index;
  index = new Map();
  for (const column of spec.columns) {
    for (const name of acceptedNames(column)) {
      const key = normalizeHeader(name);
      const other = index.get(key);
      if (other && other !== column) {
        throw new TypeError(`${spec.entity}: "${name}" names both ${other.field} and ${column.field}`);
      }
      index.set(key, column);
    }
  }
  aliasIndexes.set(spec, index);
  return index;
}

/** The column a file header names by itself (no mapping): what the binding and the web page's inspection use. */
export function columnOfHeader(entity: TableEntity, header: string): ColumnSpec | undefined {
  if (isReservedHeader(header)) return undefined;
  return aliasIndex(specOf(entity) as EntitySpec).get(normalizeHeader(header));
}

/** The column a `--mapping` target names: a field or canonical header (or any accepted name). */
function resolveTarget(spec: EntitySpec, target: string): ColumnSpec | undefined {
  return (
    spec.columns.find((c) => c.field === target || c.header === target) ??
    aliasIndex(spec).get(normalizeHeader(target))
  );
}

function fieldList(spec: EntitySpec): { fields: string; numbered?: string } {
  const plain = spec.columns.filter((c) => !/_\d+$/.test(c.header)).map((c) => c.header);
  const numbered = spec.columns.find((c) => /_\d+$/.test(c.header));
  return { fields: plain.join(', '), ...(numbered ? { numbered: numbered.header } : {}) };
}

/** A column as a template of the run's language heads it (`Kode Pelanggan`; `ext_cust_no` in English). */
function headerIn(spec: EntitySpec, c: ColumnSpec): string {
  return localHeader(spec.entity as TableEntity, c, getLanguage());
}

/** Which file header a mapping key means: exact, else the one header equal after normalising. */
function findHeader(headers: readonly string[], key: string): string | undefined {
  if (headers.includes(key)) return key;
  const norm = normalizeHeader(key);
  const hits = headers.filter((h) => normalizeHeader(h) === norm);
  return hits.length === 1 ? hits[0] : undefined;
}

function readMapping(
  spec: EntitySpec,
  headers: readonly string[],
  mapping: Record<string, string>,
): Map<string, ColumnSpec | null> {
  const out = new Map<string, ColumnSpec | null>();
  for (const [key, target] of Object.entries(mapping)) {
    const header = findHeader(headers, key);
    if (header === undefined) {
      throw localizedRunError(
        'MAP_BAD_MAPPING',
        'bind.mappingUnknownColumn',
        { column: key, headers: listHeaders(headers) },
        { column: key },
      );
    }
    if (target.trim() === '') {
      out.set(header, null); // ignore this column
      continue;
    }
    const column = resolveTarget(spec, target.trim());
    if (!column) {
      const list = fieldList(spec);
      throw localizedRunError(
        'MAP_BAD_MAPPING',
        list.numbered ? 'bind.mappingUnknownFieldNumbered' : 'bind.mappingUnknownField',
        { column: key, target, entity: spec.entity, ...list },
        { column: key, target },
      );
    }
    out.set(header, column);
  }
  return out;
}

export function listHeaders(headers: readonly string[], max = 12): string | MessageRef {
  const shown = headers
    .slice(0, max)
    .map((h) => `"${h}"`)
    .join(', ');
  return headers.length > max ? messageRef('bind.headersMore', { shown, count: headers.length }) : shown;
}

/** How the reader keys the second, third… column of a repeated header (src/read/headers.ts). */
const RENAMED_DUPLICATE = /^(.+) \((\d+)\)$/;

export function bindColumns(
  entity: TableEntity,
  headers: readonly string[],
  options: BindOptions,
): ColumnBinding {
  const spec = specOf(entity) as EntitySpec;
  if (spec.modes && !spec.modes.includes(options.mode)) {
    throw localizedRunError(
      'CONFIG_INVALID',
      'bind.modeNotAllowed',
      { entity, mode: options.mode, modes: spec.modes.map((m) => `--mode ${m}`) },
      { entity, mode: options.mode },
    );
  }
  const mapped = readMapping(spec, headers, options.mapping ?? {});

  const bound: BoundColumn[] = [];
  const headerOf: Record<string, string> = {};
  const unknownColumns: string[] = [];
  const ignoredColumns: string[] = [];
  for (const header of headers) {
    const column = mapped.has(header) ? mapped.get(header) : columnOfHeader(entity, header);
    if (column === null) {
      ignoredColumns.push(header);
      continue;
    }
    if (column === undefined) {
      // The reader keys a repeated header `name (2)`: a second column of a bound header would
      // be silently dropped, and which of the two is right is anybody's guess.
      const base = RENAMED_DUPLICATE.exec(header)?.[1];
      const twin = base === undefined ? undefined : bound.find((b) => b.header === base);
      if (twin) {
        throw localizedRunError(
          'MAP_DUPLICATE_COLUMN',
          'bind.duplicateRenamed',
          { base, header, target: headerIn(spec, twin.column) },
          { field: twin.column.field, columns: [base, header] },
        );
      }
      unknownColumns.push(header);
      continue;
    }
    const first = headerOf[column.field];
    if (first !== undefined) {
      throw localizedRunError(
        'MAP_DUPLICATE_COLUMN',
        'bind.duplicate',
        { first, header, target: headerIn(spec, column) },
        { field: column.field, columns: [first, header] },
      );
    }
    headerOf[column.field] = header;
    bound.push({ header, column });
  }

  checkOneFormEach(spec, bound);
  const binding: ColumnBinding = {
    entity,
    mode: options.mode,
    headerOf,
    bound,
    unknownColumns,
    ignoredColumns,
  };
  checkRequired(spec, binding);
  return binding;
}

/** A file gives a multi-column field in one form only (`lat` + `lon`, or `location`). */
function checkOneFormEach(spec: EntitySpec, bound: readonly BoundColumn[]): void {
  for (const composite of spec.composites) {
    const used = composite.forms
      .map((form) => bound.filter((b) => form.has(b.column.field)).map((b) => b.header))
      .filter((h) => h.length > 0);
    if (used.length > 1) {
      const lists = used.map((h) => h.map((x) => `"${x}"`).join(', '));
      throw localizedRunError(
        'MAP_DUPLICATE_COLUMN',
        'bind.twoForms',
        { lists, field: composite.field, example: used[1][0] },
        { field: composite.field, columns: used.flat() },
      );
    }
  }
}

/** One thing the file lacks: alternatives, each a list of column fields. */
interface Missing {
  what: MessageRef;
  alternatives: ColumnSpec[];
}

/** The headers accepted for a column, the run's language's template header first. */
function describeColumn(spec: EntitySpec, c: ColumnSpec): string {
  // Quoted: header names, typed as they are, in any language.
  return [...new Set([headerIn(spec, c), c.header, ...c.aliases.slice(0, 3)])]
    .map((h) => `"${h}"`)
    .join(', ');
}

function checkRequired(spec: EntitySpec, binding: ColumnBinding): void {
  const has = (field: string) => binding.headerOf[field] !== undefined;
  const column = (field: string) => spec.columns.find((c) => c.field === field) as ColumnSpec;
  const missing: Missing[] = [];

  const { mode } = binding;
  // In delete mode only the key is read, so the other columns need not be complete.
  for (const b of mode === 'delete' ? [] : binding.bound) {
    for (const companion of b.column.companions ?? []) {
      if (!has(companion)) {
        const c = column(companion);
        missing.push({
          what: messageRef('bind.companion', { header: b.header, companion: headerIn(spec, c) }),
          alternatives: [c],
        });
      }
    }
  }

  if (spec.requiredColumns) {
    for (const group of spec.requiredColumns(mode, has)) {
      if (group.some(has)) continue;
      const cols = group.map(column);
      const columns = cols.map((c) => `"${headerIn(spec, c)}"`);
      missing.push({ what: messageRef('bind.required', { columns }), alternatives: cols });
    }
  } else if (mode === 'create' || mode === 'upsert') {
    const inComposite = (f: string) => spec.composites.some((k) => k.forms.some((form) => form.has(f)));
    for (const c of spec.columns) {
      if (c.required && !inComposite(c.field) && !has(c.field)) {
        missing.push({
          what: messageRef('bind.required', { columns: [`"${headerIn(spec, c)}"`] }),
          alternatives: [c],
        });
      }
    }
    for (const k of spec.composites.filter((x) => x.required)) {
      if (k.forms.some((form) => form.needs.every(has))) continue;
      const forms = k.forms.map((form) => {
        const fields = form.needs.flatMap((f) => [f, ...(column(f).companions ?? [])]);
        return fields.map((f) => column(f));
      });
      const columns = forms.map((cols) => cols.map((c) => `"${headerIn(spec, c)}"`).join(' + '));
      missing.push({ what: messageRef('bind.required', { columns }), alternatives: forms.flat() });
    }
  } else {
    const keys = [spec.extKey, spec.idKey].filter((f): f is string => f !== undefined);
    if (!keys.some(has)) {
      const columns = keys.map((f) => `"${headerIn(spec, column(f))}"`);
      missing.push({
        what: messageRef('bind.keyMissing', { mode, columns }),
        alternatives: keys.map(column),
      });
    }
    if (mode === 'update-status' && spec.statusField && !has(spec.statusField)) {
      const c = column(spec.statusField);
      missing.push({
        what: messageRef('bind.required', { columns: [`"${headerIn(spec, c)}"`] }),
        alternatives: [c],
      });
    }
  }

  if (missing.length === 0) return;
  const candidates = binding.unknownColumns.filter((h) => !isReservedHeader(h));
  const lines = missing.map((m) => {
    const accepted = m.alternatives.map((c) => describeColumn(spec, c)).join('; ');
    const near = closestHeader(
      candidates,
      m.alternatives.flatMap((c) => acceptedNames(c)),
    );
    const hint = near
      ? messageRef('bind.closest', { near })
      : messageRef('bind.noSimilar', {
          headers: listHeaders(binding.bound.map((b) => b.header).concat(candidates)),
        });
    return messageRef('bind.missingLine', { what: m.what, accepted, hint });
  });
  throw localizedRunError(
    'MAP_MISSING_COLUMN',
    'bind.missing',
    { lines },
    {
      entity: spec.entity,
      mode,
      missing: missing.map((m) => m.alternatives.map((c) => c.header)),
    },
  );
}
