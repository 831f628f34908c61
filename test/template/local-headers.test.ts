/**
 * Indonesian templates use only headers the importer already accepts: each one binds to its own
 * column, and the template's example row maps as `import` would map it.
 */
import { describe, expect, it } from '@jest/globals';
import { TABLE_ENTITIES, bindColumns, mapRow, specOf, type EntitySpec } from '../../src/map/index.js';
import { exampleCells, templateColumns } from '../../src/template/index.js';
import { INDONESIAN_HEADERS, localHeader } from '../../src/template/local-headers.js';

describe.each(TABLE_ENTITIES)('Indonesian %s template', (entity) => {
  const spec = specOf(entity) as EntitySpec;

  it('names only columns that exist, each by one of its own aliases', () => {
    for (const [header, indonesian] of Object.entries(INDONESIAN_HEADERS[entity])) {
      const column = spec.columns.find((c) => c.header === header);
      expect({ header, column: column?.header, alias: column?.aliases.includes(indonesian) }).toEqual({
        header,
        column: header,
        alias: true,
      });
    }
  });

  it('has an Indonesian header on every column, each bound to its own field', () => {
    const columns = templateColumns(entity);
    const headers = columns.map((c) => localHeader(entity, c, 'id'));
    expect(headers.filter((h, i) => h === columns[i].header)).toEqual([]);
    const binding = bindColumns(entity, headers, { mode: 'create' });
    expect(binding.unknownColumns).toEqual([]);
    for (const [i, column] of columns.entries()) expect(binding.headerOf[column.field]).toBe(headers[i]);
  });

  it('has an example row that maps, with values in every column the English one fills', () => {
    const columns = templateColumns(entity);
    const headers = columns.map((c) => localHeader(entity, c, 'id'));
    const cells = exampleCells(entity, columns, headers);
    const english = exampleCells(entity, columns);
    expect(columns.map((c, i) => cells[headers[i]])).toEqual(columns.map((c) => english[c.header]));
    const binding = bindColumns(entity, headers, { mode: 'create' });
    expect(mapRow(entity, binding, { rowNumber: 2, cells }, { mode: 'create' }).ok).toBe(true);
  });
});
