/**
 * rowKeyOf (the key screen's pass) must give a row the very key mapRow gives it, in every mode,
 * or a repeated key could slip past the screen unnoticed.
 */
import { describe, expect, it } from '@jest/globals';
import { bindColumns, mapRow, rowKeyOf, type MapMode } from '../../src/map/index.js';
import type { SourceRow } from '../../src/types.js';

const headers = ['id', 'ext_cust_no', 'name'];
const rows: SourceRow[] = [
  { rowNumber: 2, cells: { id: '', ext_cust_no: 'C-1', name: 'Toko' } },
  { rowNumber: 3, cells: { id: '12', ext_cust_no: 'C-2', name: 'Toko' } },
  { rowNumber: 4, cells: { id: ' 13 ', ext_cust_no: '', name: 'Toko' } },
  { rowNumber: 5, cells: { id: 'dua', ext_cust_no: 'C-3', name: 'Toko' } },
  { rowNumber: 6, cells: { id: '', ext_cust_no: '  C-4  ', name: 'Toko' } },
  { rowNumber: 7, cells: { id: '', ext_cust_no: '', name: 'Toko' } },
  { rowNumber: 8, cells: { id: '-4', ext_cust_no: 'C-5', name: '' } },
  {
    rowNumber: 9,
    cells: { id: '', ext_cust_no: 'C-6', name: 'Toko' },
    readIssues: [{ code: 'READ_CELL_ERROR', column: 'ext_cust_no', message: 'is #REF!' }],
  },
  {
    rowNumber: 10,
    cells: { id: '14', ext_cust_no: 'C-7', name: 'Toko' },
    readIssues: [{ code: 'READ_CELL_ERROR', column: 'id', message: 'is #REF!' }],
  },
];

describe('rowKeyOf gives the key mapRow gives', () => {
  it.each<MapMode>(['create', 'update', 'upsert', 'delete'])('in %s mode', (mode) => {
    const binding = bindColumns('customers', headers, { mode });
    let keyed = 0;
    for (const row of rows) {
      const mapped = mapRow('customers', binding, row, { mode });
      const key = rowKeyOf(binding, mode, row);
      if (mapped.ok) {
        expect(key).toEqual(mapped.key);
        if (key) keyed += 1;
      }
    }
    expect(keyed).toBeGreaterThan(0);
  });

  it('id wins over the natural key, trimmed; create reads the natural key only', () => {
    const upsert = bindColumns('customers', headers, { mode: 'upsert' });
    expect(rowKeyOf(upsert, 'upsert', rows[1])).toEqual({ kind: 'id', value: 12 });
    expect(rowKeyOf(upsert, 'upsert', rows[2])).toEqual({ kind: 'id', value: 13 });
    expect(rowKeyOf(upsert, 'upsert', rows[4])).toEqual({ kind: 'ext', field: 'ext_cust_no', value: 'C-4' });
    expect(rowKeyOf(upsert, 'upsert', rows[7])).toBeUndefined(); // the key cell cannot be read
    const create = bindColumns('customers', headers, { mode: 'create' });
    expect(rowKeyOf(create, 'create', rows[1])).toEqual({ kind: 'ext', field: 'ext_cust_no', value: 'C-2' });
  });
});
