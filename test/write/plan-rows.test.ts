import { describe, expect, it } from '@jest/globals';
import { PLAN_TINTS, changeText, valueText } from '../../src/write/index.js';
import { PlanLayout, planRow } from '../../src/write/plan-rows.js';
import { ColumnLocator } from '../../src/write/result-rows.js';
import type { RowOutcome } from '../../src/types.js';

describe('changeText and valueText', () => {
  it('names the field by the file’s header, old → new', () => {
    expect(changeText({ field: 'city', column: 'Kota', before: 'Semarang', after: 'Solo' })).toBe(
      'Kota: Semarang → Solo',
    );
    expect(changeText({ field: 'city', before: null, after: 'Solo' })).toBe('city: (empty) → Solo');
  });

  it.each([
    [null, '(empty)'],
    ['', '(empty)'],
    [[], '(empty)'],
    [true, 'TRUE'],
    [12.5, '12.5'],
    [['VIP', 'Grosir'], 'VIP, Grosir'],
    [{ lat: -6.98, lon: 110.41 }, '-6.98, 110.41'],
    [[{ name: 'PCS', ratio: 1, price: 5000, id: 3 }], 'PCS ×1 @5000'],
  ])('%j reads %s', (value, text) => {
    expect(valueText(value)).toBe(text);
  });
});

describe('planRow', () => {
  const headers = ['Kode', 'Kota', '_action'];
  const layout = new PlanLayout(headers);
  const locator = new ColumnLocator(headers, headers);
  const source = { rowNumber: 2, cells: { Kode: 'C-1', Kota: 'Solo', _action: 'old' } };

  it('puts the input first (a planned sheet planned again loses its old _ columns), then the plan', () => {
    expect(layout.columns.map((c) => c.header)).toEqual([
      'Kode',
      'Kota',
      '_row',
      '_action',
      '_reason',
      '_id',
      '_changes',
      '_flags',
    ]);
  });

  it('tints a changed cell with its old value in a note, and the flags cell', () => {
    const outcome: RowOutcome = {
      source,
      status: 'valid',
      id: 9,
      issues: [],
      attempts: 0,
      plan: {
        action: 'update',
        id: 9,
        changes: [{ field: 'city', column: 'Kota', before: 'Semarang', after: 'Solo' }],
        flags: ['IDENTITY_DIFFERS'],
      },
    };
    const row = planRow(outcome, headers, layout, locator, 'xlsx', false);
    expect(row.values).toEqual([
      'C-1',
      'Solo',
      2,
      'update',
      null,
      9,
      'Kota: Semarang → Solo',
      'IDENTITY_DIFFERS',
    ]);
    expect(row.style?.cells?.[1]).toEqual({ fill: PLAN_TINTS.changedCell, note: 'before: Semarang' });
    expect(row.style?.cells?.[0]).toBeUndefined();
    expect(row.style?.cells?.[7]).toEqual({ fill: PLAN_TINTS.flag });
    expect(row.style?.fill).toBeUndefined();
  });

  it('tints a row to be deleted and an invalid row; a row never decided takes its action from its status', () => {
    const deleted: RowOutcome = {
      source,
      status: 'valid',
      issues: [],
      attempts: 0,
      plan: { action: 'delete', id: 9, changes: [], flags: [] },
    };
    expect(planRow(deleted, headers, layout, locator, 'csv', false).style?.fill).toBe(PLAN_TINTS.deleteRow);
    const invalid: RowOutcome = {
      source,
      status: 'invalid',
      issues: [{ code: 'MAP_REQUIRED', column: 'Kota', message: 'is required' }],
      attempts: 0,
    };
    const row = planRow(invalid, headers, layout, locator, 'csv', false);
    expect(row.values[3]).toBe('invalid');
    expect(row.values[4]).toContain('[MAP_REQUIRED]');
    expect(row.style?.fill).toBe(PLAN_TINTS.invalidRow);
    const visit: RowOutcome = { source, status: 'valid', issues: [], attempts: 0 };
    expect(planRow(visit, headers, layout, locator, 'csv', false).values[3]).toBe('create');
    expect(planRow(visit, headers, layout, locator, 'csv', true).values[3]).toBe('update');
  });
});
