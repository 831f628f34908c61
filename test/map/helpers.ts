/** Helpers for the map tests: build a row, bind on its own headers, map, and check the contract. */
import { expect } from '@jest/globals';
import {
  bindColumns,
  mapRow,
  payloadIssues,
  type InputOf,
  type MapOptions,
  type TableEntity,
} from '../../src/map/index.js';
import type { MappedRow, RowIssue, SourceRow } from '../../src/types.js';

export function sourceRow(cells: Record<string, string>, extra: Partial<SourceRow> = {}): SourceRow {
  return { rowNumber: 2, cells, ...extra };
}

/** Bind on the row's own headers, then map it. */
export function mapCells<E extends TableEntity>(
  entity: E,
  cells: Record<string, string>,
  options: MapOptions = { mode: 'create' },
  extra: Partial<SourceRow> = {},
): MappedRow<InputOf<E>> {
  const binding = bindColumns(entity, Object.keys(cells), { mode: options.mode });
  return mapRow(entity, binding, sourceRow(cells, extra), options);
}

/** The payload of a row that must map; also checked against the yup contract of the API body. */
export function payloadOf<E extends TableEntity>(
  entity: E,
  mapped: MappedRow<InputOf<E>>,
  mode: MapOptions['mode'] = 'create',
): InputOf<E> {
  if (!mapped.ok) throw new Error(`expected a valid row, got ${JSON.stringify(mapped.issues)}`);
  expect(payloadIssues(entity, mode, mapped.payload as object)).toEqual([]);
  return mapped.payload;
}

/** The issues of a row that must fail. */
export function issuesOf(mapped: MappedRow<unknown>): RowIssue[] {
  if (mapped.ok) throw new Error(`expected issues, got payload ${JSON.stringify(mapped.payload)}`);
  return mapped.issues;
}

/** `code@field` of each issue, sorted: compact to assert in tables. */
export function codesOf(mapped: MappedRow<unknown>): string[] {
  return issuesOf(mapped)
    .map((i) => `${i.code}@${i.field ?? ''}`)
    .sort();
}
