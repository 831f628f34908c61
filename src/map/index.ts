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
export { bindColumns, columnOfHeader } from './bind-columns.js';
export { importModes } from './entity-modes.js';
export { closestHeader } from './closest-header.js';
export { knownHeaderScore } from './header-score.js';
export { mapRow, rowKeyOf } from './map-row.js';
export { isUnchanged } from './compare.js';
export { unitRemovalIssue } from './unit-removal.js';
export { keepStoredNumbers } from './spreadsheet-numbers.js';
export { describeIssues, keyToString } from './describe.js';
export { allColumns, exportColumns, recordToCells } from './export-cells.js';
export { payloadIssues, payloadSchema } from './schemas.js';
export { INDONESIAN_HEADERS, localHeader } from './local-headers.js';
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
export {
  DATE_FORMATS,
  DEFAULT_DATE_FORMAT,
  isDateFormat,
  parseBusinessDate,
  type DateFormat,
} from './dates.js';
export { DateOrderScreen, bothReadings, readsByOrder, type DateOrderEvidence } from './date-order.js';
export {
  CUSTOMER_REF,
  PRODUCT_REF,
  TEAM_REF,
  normalizeCode,
  type RefDraft,
  type RefFields,
} from './references.js';
export type { VisitDraft } from './visits.js';
export {
  ORDER_HEADER_FIELDS,
  STATUS_HELP,
  parseOrderStatus,
  type LineDiscount,
  type OrderHeaderField,
  type OrderLineDraft,
  type OrderLineView,
} from './orders.js';
export {
  groupOrderLines,
  type HeaderOf,
  type OrderGroup,
  type OrderHeader,
  type OrderLineEntry,
} from './order-groups.js';
export { mapOrderStatusRow, type OrderStatusDraft } from './order-status.js';
export { UNIT_GROUP_MAX, DEFAULT_EXPORT_UNIT_GROUPS } from './units.js';
export { sameField } from './compare.js';
export {
  IDENTITY_LIKENESS,
  beforeValues,
  changedSince,
  fieldChanges,
  nameLikeness,
  planFlags,
} from './plan-diff.js';
export { isTotalRow } from './total-row.js';
export { ungarble } from './garbled-text.js';
