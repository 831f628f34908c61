/**
 * export/: paginated reads → write/. The only door into this folder: options, the `--since last`
 * bookkeeping, the sources per entity and the sheet writer, chained by src/run-export.ts.
 */
export {
  DEFAULT_OVERLAP_DAYS,
  EXPORT_ENTITIES,
  ORDER_LAYOUTS,
  STATUS_FILTERS,
  checkExportOptions,
  formatOf,
  type ExportEntity,
  type ExportJob,
  type RawExportOptions,
} from './options.js';
export {
  DEFAULT_TIME_ZONE,
  addDays,
  checkTimeZone,
  startOfDayIn,
  timeIn,
  todayIn,
} from '../calendar/index.js';
export { checkOutTemplate, expandOutPath, type OutPathValues } from './out-path.js';
export { defaultStatePath, loadState, saveState, type ExportState, type StateScope } from './state-file.js';
export { SeenKeys, nextState, planWindow, type RunWindow } from './incremental.js';
export { openExportSource, type ExportSource, type SourceContext } from './sources.js';
export { writeSheets, type SheetSource } from './write-sheets.js';
export { resolveTeam } from './team.js';
export { interrupted, walk, walkOrders } from './streams.js';
export { typedCell, writeKindOf, columnDefOf } from './cells.js';
