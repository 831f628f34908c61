/**
 * English messages of the guards on destructive and failing runs (docs/GUARDS.md): the delete
 * confirmation, `--max-errors`, and the stop on a systemic API failure.
 */
export const enGuards = {
  deletePrompt_one:
    'This run will DELETE {{count, number}} record ({{entity}}) from SalesMania. Type {{typed}} and press Enter to go on, anything else to stop: ',
  deletePrompt_other:
    'This run will DELETE {{count, number}} records ({{entity}}) from SalesMania. Type {{typed}} and press Enter to go on, anything else to stop: ',
  deleteNeedsYes:
    '--mode delete deletes records and there is no terminal to ask on: add --yes to delete without asking. Nothing was sent',
  deleteNotConfirmed:
    'deletion not confirmed (expected {{typed}}, got "{{answer}}"): nothing was deleted or sent',
  deleteNoAnswer: 'deletion not confirmed (no answer): nothing was deleted or sent',
  notErrorLimit:
    'expected `{{name}}` to be a whole number > 0 or a percentage from 0 to 100 like 5%, got `{{value}}`',
  maxErrorsReached:
    'stopped after {{count, number}} rows failed or were invalid (--max-errors {{limit}}). Nothing more was sent; the result sheet lists them. Fix the cause, then add --resume to continue',
  systemicFailure:
    'stopped: the first {{count, number}} rows sent to the API all failed with the same error: {{error}}. This is likely a systemic problem (the wrong database, a field the API no longer accepts, missing rights), not a problem of the rows. Nothing more was sent. Fix the cause, then add --resume to send the rest; the failed rows are in the errors sheet',
};
