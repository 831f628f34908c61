import { describe, expect, it } from '@jest/globals';
import type { RunChange } from '../../src/journal/index.js';
import { isUnchanged } from '../../src/map/index.js';
import type { StoredRecord } from '../../src/push/record-api.js';
import type { RecordIndex } from '../../src/push/record-index.js';
import { decideRecordUndo, recreateBody, restoreBody } from '../../src/push/undo-decide.js';

const AT = '2026-12-07T10:00:00.000Z';

function indexOf(records: StoredRecord[]): RecordIndex {
  return {
    byId: (id) => records.find((r) => r.id === id),
    byKey: (key) => records.filter((r) => r.ext_cust_no === key),
    all: () => records,
    withLeadingZeros: () => [],
    size: records.length,
  };
}
const look = (records: StoredRecord[]) => ({
  index: indexOf(records),
  keyField: 'ext_cust_no' as const,
  same: (record: StoredRecord, payload: Record<string, unknown>) =>
    isUnchanged('customers', record as never, payload as never),
});
const rec = (fields: Partial<StoredRecord> & { id: number }): StoredRecord => ({
  created_at: '2026-12-07T10:00:01.000Z',
  ...fields,
});
const change = (fields: Partial<RunChange>): RunChange => ({
  row: 2,
  did: 'created',
  certain: true,
  at: AT,
  ...fields,
});

describe('what undo does with a change (decideRecordUndo)', () => {
  it('a created record unchanged since is deleted; changed since, a conflict naming the fields; gone, nothing', () => {
    const created = change({ id: 7, after: { name: 'Toko A', city: 'Solo' } });
    expect(decideRecordUndo(created, look([rec({ id: 7, name: 'Toko A', city: 'Solo' })]))).toMatchObject({
      action: 'delete',
      id: 7,
    });
    expect(decideRecordUndo(created, look([rec({ id: 7, name: 'Toko A', city: 'Kudus' })]))).toEqual({
      action: 'none',
      status: 'conflict',
      reason: { code: 'CHANGED_SINCE', fields: ['city'] },
    });
    expect(decideRecordUndo(created, look([]))).toMatchObject({ status: 'unchanged' });
  });

  it('a create whose answer was lost is found by its key, created after the request left', () => {
    const lost = change({ certain: false, key: 'C-9', after: { name: 'X', ext_cust_no: 'C-9' } });
    const older = rec({ id: 3, name: 'X', ext_cust_no: 'C-9', created_at: '2026-01-01T00:00:00Z' });
    expect(decideRecordUndo(lost, look([older]))).toMatchObject({ status: 'unchanged' });
    const ours = rec({ id: 9, name: 'X', ext_cust_no: 'C-9' });
    expect(decideRecordUndo(lost, look([older, ours]))).toMatchObject({ action: 'delete', id: 9 });
    expect(decideRecordUndo({ ...lost, key: undefined }, look([ours, { ...ours, id: 10 }]))).toMatchObject({
      status: 'cannot_undo',
      reason: { code: 'UNDO_IN_DOUBT' },
    });
  });

  it('a keyless create is the one record created since with every value the run created it with', () => {
    const keyless = change({ after: { name: 'Tanpa Kode', city: 'Solo' } });
    const ours = rec({ id: 20, name: 'Tanpa Kode', city: 'Solo' });
    const other = rec({ id: 21, name: 'Tanpa Kode', city: 'Pati' });
    const old = rec({ id: 2, name: 'Tanpa Kode', city: 'Solo', created_at: '2026-01-01T00:00:00Z' });
    expect(decideRecordUndo(keyless, look([old, ours, other]))).toMatchObject({ action: 'delete', id: 20 });
    // Edited since (or deleted): nothing tells which it was.
    expect(decideRecordUndo(keyless, look([old, other]))).toMatchObject({
      status: 'cannot_undo',
      reason: { code: 'UNDO_IN_DOUBT' },
    });
  });

  it('an update is restored while the record shows what the run set; already restored is nothing to do', () => {
    const updated = change({
      did: 'updated',
      id: 5,
      before: { city: 'Semarang', tags: null },
      after: { city: 'Solo', tags: ['vip'] },
    });
    expect(decideRecordUndo(updated, look([rec({ id: 5, city: 'Solo', tags: ['vip'] })]))).toEqual({
      action: 'restore',
      id: 5,
      body: { city: 'Semarang', tags: [] },
      fields: ['city', 'tags'],
    });
    expect(decideRecordUndo(updated, look([rec({ id: 5, city: 'Semarang', tags: [] })]))).toMatchObject({
      status: 'unchanged',
    });
    expect(decideRecordUndo(updated, look([rec({ id: 5, city: 'Pati', tags: ['vip'] })]))).toMatchObject({
      status: 'conflict',
      reason: { fields: ['city'] },
    });
    expect(decideRecordUndo(updated, look([]))).toMatchObject({
      status: 'conflict',
      reason: { code: 'RECORD_GONE' },
    });
  });

  it('a deleted record is created again unless its key is back; a journal without before-image cannot be undone', () => {
    const whole = { id: 4, ext_cust_no: 'C-4', name: 'Toko D', city: null, created_at: AT, updated_at: AT };
    const deleted = change({ did: 'deleted', id: 4, before: whole });
    expect(decideRecordUndo(deleted, look([]))).toEqual({
      action: 'recreate',
      body: { ext_cust_no: 'C-4', name: 'Toko D' },
      key: 'C-4',
    });
    expect(decideRecordUndo(deleted, look([rec({ id: 12, ext_cust_no: 'C-4' })]))).toMatchObject({
      status: 'conflict',
      reason: { code: 'KEY_EXISTS', id: 12 },
    });
    expect(decideRecordUndo(change({ did: 'deleted', id: 4 }), look([]))).toMatchObject({
      status: 'cannot_undo',
      reason: { code: 'NO_BEFORE_IMAGE' },
    });
  });

  it('bodies leave out what the server sets: ids, times, the units own ids', () => {
    const units = [{ id: 1, name: 'PCS', price: 100, ratio: 1 }];
    expect(recreateBody({ id: 1, name: 'P', product_units: units, sku: null })).toEqual({
      name: 'P',
      product_units: [{ name: 'PCS', price: 100, ratio: 1 }],
    });
    expect(restoreBody({ sku: null, product_units: units })).toEqual({
      sku: null,
      product_units: [{ name: 'PCS', price: 100, ratio: 1 }],
    });
  });
});
