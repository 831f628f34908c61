/**
 * write/: tabular files (CSV, XLSX) written atomically, in constant memory, formula-safe;
 * and the result / errors sheets of an import. The only door into this folder.
 */
export type {
  CellStyle,
  CellValue,
  ColumnDef,
  ColumnKind,
  RowStyle,
  SheetOptions,
  SheetWriter,
  TableFormat,
  TableWriter,
  TableWriterOptions,
  WorkbookOptions,
  WorkbookWriter,
} from './table-writer.js';
export { openTableWriter, openWorkbookWriter } from './open.js';
export { guardCsvText, needsFormulaGuard, unguardCsvText } from './cell-safety.js';
export type { ResultFiles, ResultWriter, ResultWriterOptions } from './result-sheet.js';
export { openResultWriter } from './result-sheet.js';
export { resultPaths } from './result-paths.js';
export { formatIssues, TINTS } from './result-rows.js';
export { columnLetter } from './column-letter.js';
export { checkDelimiter } from './csv-writer.js';
export { writeFileAtomically } from './atomic-file.js';
export { makeDirectory } from './make-dir.js';
export { openPlanWriter, planPaths } from './plan-sheet.js';
export { actionOf, changeText, valueText, PLAN_TINTS } from './plan-rows.js';
