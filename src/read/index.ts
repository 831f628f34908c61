/**
 * The read stage: a CSV/TSV/TXT or XLSX file → header + an async stream of SourceRow.
 * The only door into src/read/: other folders import from here.
 */
export { openSource } from './open.js';
export { DEFAULT_READ_LIMITS, resolveLimits } from './limits.js';
export type {
  HeaderFound,
  HeaderScore,
  ReadLimits,
  ReadOptions,
  SourceFile,
  SourceFormat,
} from './source.js';
