/** The web page's plan, apply and undo steps (docs/WEB.md). Indonesian in id-webplan.ts. */
export const enWebPlan = {
  actions: 'What the plan would do',
  actionCounts: 'Rows per action: {{counts}}',
  changes: 'The changes',
  noChanges: 'No row would change a record.',
  row: 'Row',
  action: 'Action',
  id: 'ID',
  change: 'Change (old → new)',
  flags: 'Flags',
  moreRows_one: '… and {{count, number}} more row: see the plan sheet.',
  moreRows_other: '… and {{count, number}} more rows: see the plan sheet.',
  apply: 'Run this plan',
  applyHint:
    'Sends exactly these changes; a record changed on the server since the plan is not written over.',
  applies: 'carries out plan {{id}}',
  undoes: 'takes back run {{id}}',
  undoPlan: 'Preview the undo (send nothing)',
  undoHint:
    'Takes back what this run changed, from its journal: created records are deleted, updated ones get their old values again.',
};
