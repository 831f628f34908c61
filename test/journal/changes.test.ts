import { describe, expect, it } from '@jest/globals';
import { changesOf, type DoneEntry, type SendingEntry } from '../../src/journal/index.js';

const AT = '2026-12-07T10:00:00.000Z';
const sending = (
  row: number,
  op: SendingEntry['op'],
  extra: Partial<SendingEntry> = {},
): [number, SendingEntry] => [row, { t: 'sending', row, op, at: AT, ...extra }];
const done = (row: number, status: DoneEntry['status'], id?: number): [number, DoneEntry] => [
  row,
  { t: 'done', row, status, id, issues: [], attempts: 1 },
];

describe('the changes a journal records (changesOf)', () => {
  it('lists what the run did, certain when answered, uncertain when left sending or in doubt', () => {
    const sent = new Map([
      sending(2, 'create', { key: 'C-1', after: { name: 'A' } }),
      sending(3, 'update', { id: 8, before: { city: 'X' }, after: { city: 'Y' } }),
      sending(4, 'delete', { id: 9, before: { id: 9 } }),
      sending(5, 'create', { key: 'C-5' }),
      sending(6, 'create', { key: 'C-6' }),
      sending(7, 'update', { id: 10 }),
    ]);
    const doneRows = new Map([
      done(2, 'created', 51),
      done(3, 'updated', 8),
      done(4, 'deleted', 9),
      done(6, 'in_doubt'),
      done(7, 'failed', 10),
    ]);
    expect(changesOf({ sent, done: doneRows })).toEqual([
      {
        row: 2,
        did: 'created',
        certain: true,
        id: 51,
        key: 'C-1',
        after: { name: 'A' },
        before: undefined,
        at: AT,
      },
      {
        row: 3,
        did: 'updated',
        certain: true,
        id: 8,
        key: undefined,
        before: { city: 'X' },
        after: { city: 'Y' },
        at: AT,
      },
      {
        row: 4,
        did: 'deleted',
        certain: true,
        id: 9,
        key: undefined,
        before: { id: 9 },
        after: undefined,
        at: AT,
      },
      {
        row: 5,
        did: 'created',
        certain: false,
        id: undefined,
        key: 'C-5',
        before: undefined,
        after: undefined,
        at: AT,
      },
      {
        row: 6,
        did: 'created',
        certain: false,
        id: undefined,
        key: 'C-6',
        before: undefined,
        after: undefined,
        at: AT,
      },
    ]);
  });
});
