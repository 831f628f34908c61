/** English messages of `undo` (docs/UNDO.md): why a change is not taken back, and the run's errors. */
export const enUndo = {
  /** What undo --plan would do to a row, in its summary (the sheet's `undo` column keeps the code). */
  action: {
    delete: 'delete',
    restore: 'restore',
    recreate: 'recreate',
    cancel: 'cancel',
    none: 'none',
  },
  row: {
    changedSince: 'changed since the run ({{fields}}): left as it is',
    recordGone: 'the record the run updated was deleted since: nothing to give its values back to',
    keyExists: 'a record with this key exists again (id {{id}}): not created a second time',
    alreadyUndone: 'nothing to undo: the change is undone already, or never happened',
    noBeforeImage:
      'the journal keeps no before-image for this row (written by an older version): it cannot be undone',
    inDoubt:
      'the run created this record (or may have) without a key, so nothing tells which record it is: check it on the server',
    visit: 'a visit cannot be deleted through the API: delete it in SalesMania if it must go',
    orderMovedOn: 'the order is {{status}} now, no longer {{created}} as the run created it: not cancelled',
    orderGone: 'the order is no longer on the server',
    statusEmpty: 'the order had no status label before the run: the API cannot set it back to none',
  },
  notAJournal:
    '{{path}} is neither a result sheet nor a journal of salesmania-bulk: no journal found at {{journal}}',
  notAJournalFile: '{{path}} is not a journal of salesmania-bulk (its first line is not a run header)',
  alreadyUndone:
    'the run recorded in {{journal}} was already undone on {{at, datetime(dateStyle: long; timeStyle: short)}} (see {{result}}): nothing was sent',
  nothingToUndo: 'the run recorded in {{journal}} changed nothing that undo could take back',
  planWritten: 'undo --plan: nothing was sent; what undo would do is in {{path}}',
};
