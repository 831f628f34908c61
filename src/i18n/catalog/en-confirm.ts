/**
 * English messages of the typed-count confirmation of destructive runs beyond `--mode delete`: an
 * undo that deletes, cancels or creates records again (CLI), and the page's apply and undo forms
 * (docs/GUARDS.md).
 */
export const enConfirm = {
  undoPrompt:
    'This undo will change {{entity}} in SalesMania: {{deletes, number}} deleted, {{cancels, number}} cancelled (orders), {{recreates, number}} created again, {{restores, number}} with their previous field values. Type {{typed}} (the records deleted, cancelled or created again) and press Enter to go on, anything else to stop: ',
  undoNeedsYes:
    'this undo deletes, cancels or creates again {{count, number}} records ({{entity}}) and there is no terminal to ask on: add --yes to undo without asking. Nothing was sent',
  undoNotConfirmed: 'undo not confirmed (expected {{typed}}, got "{{answer}}"): nothing was deleted or sent',
  undoNoAnswer: 'undo not confirmed (no answer): nothing was deleted or sent',
  applyLabel: 'Type the number of records this plan deletes ({{count, number}}) to run it',
  undoLabel:
    'Type the number of records this undo may delete, cancel or create again ({{count, number}}) to run it',
  undoCounts:
    'Undo will do at most: {{deletes, number}} deleted, {{cancels, number}} cancelled, {{recreates, number}} created again, {{restores, number}} restored (a record changed since is left alone).',
  wrongCount:
    'Not run: type the number of records it will delete ({{typed}}) in the box next to the button; "{{answer}}" was typed. Nothing was sent',
  moreThanConfirmed:
    'undo stopped: it would delete, cancel or create again {{count, number}} records, more than the {{typed}} confirmed. Nothing was sent',
  deleteThroughPlan:
    'on the page, a delete runs through a plan: choose Plan, check the records it deletes, then type their number beside Run this plan. Nothing was sent',
};
