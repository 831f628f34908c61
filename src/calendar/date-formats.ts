/**
 * How a date may be written in a cell (`--date-format`): here, in the leaf date module, so the CLI
 * can offer the choices without loading map/ and its column tables at `--help` (docs/PERFORMANCE.md,
 * start-up). map/dates.ts reads dates by them.
 */
export const DATE_FORMATS = [
  'day-first',
  'month-first',
  'auto',
  'YYYY-MM-DD',
  'DD/MM/YYYY',
  'DD-MM-YYYY',
  'D/M/YY',
  'MM/DD/YYYY',
] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];
export const DEFAULT_DATE_FORMAT: DateFormat = 'day-first';
