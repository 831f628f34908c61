/**
 * English run errors of binding a file's headers to columns (map/bind-columns.ts): a required column
 * missing, a column twice, a mapping file naming what is not there. Columns are named as the file or
 * the template of the run's language names them. `id-bind.ts` has the same keys.
 */
export const enBind = {
  mappingUnknownColumn:
    'The mapping names column "{{column}}", which is not in the file. Headers in the file: {{headers}}.',
  mappingUnknownField:
    'The mapping sends column "{{column}}" to "{{target}}", which is not a {{entity}} field. Fields: {{fields}}.',
  mappingUnknownFieldNumbered:
    'The mapping sends column "{{column}}" to "{{target}}", which is not a {{entity}} field. Fields: {{fields}} (and numbered ones such as {{numbered}}).',
  headersMore: '{{shown}}, … ({{count, number}} in all)',
  modeNotAllowed:
    '{{entity}} cannot be imported with --mode {{mode}}: use {{modes, list(type: disjunction)}}',
  duplicateRenamed:
    'The column "{{base}}" appears twice (the second read as "{{header}}"); both would give "{{target}}". Remove one, or ignore the second with the mapping {"{{header}}": ""}.',
  duplicate:
    'Columns "{{first}}" and "{{header}}" both give "{{target}}". Keep one, or ignore the other with the mapping {"{{header}}": ""}.',
  twoForms:
    'Both {{lists, list}} give "{{field}}". Keep one form, or ignore the other with the mapping (e.g. {"{{example}}": ""}).',
  /** One missing column: what is missing, the headers accepted for it, and the nearest header of the file. */
  companion: 'Column "{{header}}" needs a column "{{companion}}" too.',
  required: 'Required column {{columns, list(type: disjunction)}} not found.',
  keyMissing: 'Key column not found: {{mode}} needs {{columns, list(type: disjunction)}}.',
  missing: '{{lines}}',
  missingLine: '{{what}} Accepted headers: {{accepted}}. {{hint}}',
  closest: 'Closest header in the file: "{{near}}".',
  noSimilar: 'No similar header in the file (headers: {{headers}}).',
};
