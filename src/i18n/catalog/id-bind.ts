/** Indonesian run errors of binding a file's headers to columns: same keys and placeholders as `en-bind.ts`. */
import type { enBind } from './en-bind.js';
import type { CatalogShape } from './shape.js';

export const idBind: CatalogShape<typeof enBind> = {
  mappingUnknownColumn:
    'File mapping menyebut kolom "{{column}}", yang tidak ada di file. Header di file: {{headers}}.',
  mappingUnknownField:
    'File mapping mengarahkan kolom "{{column}}" ke "{{target}}", yang bukan kolom {{entity}}. Kolom yang ada: {{fields}}.',
  mappingUnknownFieldNumbered:
    'File mapping mengarahkan kolom "{{column}}" ke "{{target}}", yang bukan kolom {{entity}}. Kolom yang ada: {{fields}} (serta kolom bernomor seperti {{numbered}}).',
  headersMore: '{{shown}}, … ({{count, number}} kolom seluruhnya)',
  modeNotAllowed:
    '{{entity}} tidak dapat diimpor dengan --mode {{mode}}: gunakan {{modes, list(type: disjunction)}}.',
  duplicateRenamed:
    'Kolom "{{base}}" muncul dua kali (yang kedua dibaca sebagai "{{header}}"); keduanya akan mengisi "{{target}}". Hapus salah satunya, atau abaikan yang kedua dengan mapping {"{{header}}": ""}.',
  duplicate:
    'Kolom "{{first}}" dan "{{header}}" sama-sama mengisi "{{target}}". Pakai salah satunya, atau abaikan yang lain dengan mapping {"{{header}}": ""}.',
  twoForms:
    '{{lists, list}} sama-sama mengisi "{{field}}". Pakai salah satu bentuk saja, atau abaikan yang lain dengan mapping (misalnya {"{{example}}": ""}).',
  companion: 'Kolom "{{header}}" memerlukan kolom "{{companion}}" juga.',
  required: 'Kolom wajib {{columns, list(type: disjunction)}} tidak ditemukan.',
  keyMissing: 'Kolom kunci tidak ditemukan: mode {{mode}} memerlukan {{columns, list(type: disjunction)}}.',
  missing: '{{lines}}',
  missingLine: '{{what}} Header yang diterima: {{accepted}}. {{hint}}',
  closest: 'Header yang paling mirip di file: "{{near}}".',
  noSimilar: 'Tidak ada header yang mirip di file (header: {{headers}}).',
};
