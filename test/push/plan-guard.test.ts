import { describe, expect, it } from '@jest/globals';
import { planConflict, type RecordStep } from '../../src/push/index.js';
import type { PlannedRow } from '../../src/types.js';

const record = { id: 7, created_at: '', name: 'Toko A', city: 'Kudus', phone: '0812' };
const update: RecordStep = { kind: 'update', record, payload: { city: 'Solo' }, warnings: [] };
const columnOf = (field: string) => ({ city: 'Kota', phone: 'No HP' })[field];

describe('planConflict', () => {
  it('lets a row go ahead that does what the plan said to the record as the plan saw it', () => {
    const planned: PlannedRow = {
      row: 2,
      action: 'update',
      id: 7,
      before: { city: 'Kudus', name: 'Toko A' },
    };
    expect(planConflict(planned, update, columnOf)).toBeUndefined();
    expect(planConflict({ row: 3, action: 'create' }, { kind: 'create' }, columnOf)).toBeUndefined();
  });

  it('is a conflict when a field the plan saw changed since, naming it by the file’s header', () => {
    const planned: PlannedRow = { row: 2, action: 'update', id: 7, before: { city: 'Kudus', phone: '0811' } };
    const issue = planConflict(planned, update, columnOf);
    expect(issue?.code).toBe('PLAN_CONFLICT');
    expect(issue?.message).toContain('"No HP"');
    expect(issue?.message).not.toContain('Kota');
  });

  it('is a conflict when a delete’s record changed anywhere', () => {
    const planned: PlannedRow = { row: 2, action: 'delete', id: 7, before: { ...record, city: 'Pati' } };
    const issue = planConflict(planned, { kind: 'delete', record }, columnOf);
    expect(issue?.code).toBe('PLAN_CONFLICT');
    expect(issue?.message).toContain('"Kota"');
  });

  it('is a conflict when the planned record is gone or another one answers to the key', () => {
    const planned: PlannedRow = { row: 2, action: 'update', id: 7, before: { city: 'Kudus' } };
    const gone: RecordStep = { kind: 'fail', issue: { code: 'KEY_NOT_FOUND', message: 'x' } };
    expect(planConflict(planned, gone, columnOf)?.localized?.key).toBe('plan.conflict.gone');
    const other: RecordStep = { ...update, record: { ...record, id: 8 } };
    expect(planConflict(planned, other, columnOf)?.localized?.key).toBe('plan.conflict.gone');
  });

  it('is a conflict when the row would now do something else than planned', () => {
    const exists: RecordStep = { kind: 'skip', id: 9, issue: { code: 'KEY_EXISTS', message: 'x' } };
    const issue = planConflict({ row: 4, action: 'create' }, exists, columnOf);
    expect(issue?.localized).toEqual({
      key: 'plan.conflict.action',
      params: { planned: 'create', now: 'skip' },
    });
    const nowChanges = planConflict({ row: 5, action: 'unchanged', id: 7 }, update, columnOf);
    expect(nowChanges?.localized?.params).toEqual({ planned: 'unchanged', now: 'update' });
  });

  it('is a conflict for a row the plan does not list', () => {
    expect(planConflict(undefined, { kind: 'create' }, columnOf)?.localized?.key).toBe(
      'plan.conflict.notPlanned',
    );
  });
});
