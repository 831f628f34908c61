/** template/: annotated, empty import sheets generated from the column tables. The only door. */
export {
  DOC_SHEET,
  REQUIRED_FILL,
  defaultTemplatePath,
  writeShippedTemplates,
  writeTemplate,
} from './write-template.js';
export type { TemplateOptions } from './write-template.js';
export {
  TEMPLATE_UNIT_GROUPS,
  columnDocs,
  dropDownValues,
  exampleCells,
  isRequired,
  requirement,
  templateColumns,
  type ColumnDoc,
} from './columns.js';
