/** English messages of `plan` and `apply` (docs/PLAN.md). */
export const enPlan = {
  action: {
    create: 'create',
    update: 'update',
    unchanged: 'unchanged',
    delete: 'delete',
    skip: 'skip',
    invalid: 'invalid',
  },
  summaryActions: 'what the plan would do',
  file: 'plan sheet: {{path}}',
  companion: 'plan for apply: {{path}}',
  next: 'nothing was sent. Check the plan sheet, then: salesmania-bulk apply {{path}}',
  empty: '(empty)',
  before: 'before: {{value}}',
  conflict: {
    notPlanned: 'the plan has no entry for this row (it would now {{now}}); not sent',
    gone: 'record {{id}} is no longer on the server as the plan found it; not sent (make a new plan)',
    changed:
      'record {{id}} was changed on the server since the plan ({{fields}}); left as it is (--force overwrites it)',
    action: 'the plan said {{planned}}, but the row would now {{now}}; not sent (make a new plan)',
  },
  notFound: 'no plan at {{path}}: apply reads the .plan.json that plan wrote beside the plan sheet',
  unreadable: '{{path}} is not a plan written by salesmania-bulk plan ({{reason}}); nothing was sent',
  inputMissing: 'the file the plan was made from is not at {{file}}; nothing was sent',
  inputChanged:
    '{{file}} changed since the plan was made (its size or SHA-256 differ); nothing was sent. Make a new plan',
  mappingChanged:
    'the mapping {{mapping}} differs from the one the plan was made with; nothing was sent. Make a new plan',
  optionChanged:
    '{{option}} is {{now}} here, but the plan was made with {{planned}}; nothing was sent. Make a new plan, or apply with the same options',
};
