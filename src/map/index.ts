/**
 * The map stage's only door: column tables, header binding, row mapping, comparison and the export
 * side of the tables. Pure: no I/O, no clock, no randomness.
 */
export type {
  BindOptions,
  BoundColumn,
  ColumnBinding,
  ColumnKind,
  ColumnSpec,
  CompositeForm,
  CompositeSpec,
  EntitySpec,
  ExportOptions,
  IdAlias,
  MapMode,
  MapOptions,
  Parsed,
} from './columns.js';
export type { EntityTypes, InputOf, RecordOf, TableEntity } from './entities.js';
export { TABLE_ENTITIES, isTableEntity, specOf } from './entities.js';
export { normalizeHeader, isReservedHeader } from './normalize-header.js';
export { bindColumns } from './bind-columns.js';
export { mapRow } from './map-row.js';
export { isUnchanged } from './compare.js';
export { describeIssues, keyToString } from './describe.js';
export { allColumns, exportColumns, recordToCells } from './export-cells.js';
export { payloadIssues, payloadSchema } from './schemas.js';
export {
  BOOLEAN_HELP,
  parseBoolean,
  parseDate,
  parseDiscountChain,
  parseEnum,
  parseInteger,
  parseNumber,
  parseTags,
} from './parse-values.js';
export { LOCATION_TOLERANCE } from './customers.js';
export { UNIT_GROUP_MAX, DEFAULT_EXPORT_UNIT_GROUPS } from './units.js';
