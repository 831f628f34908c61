import type { ReadLimits } from '../read/index.js';
import { positiveInteger, positiveNumber } from './parse.js';

/**
 * Limits that bound the time and memory a file can cost, from the environment (defaults in
 * src/read/limits.ts). For the unusual file that is genuinely bigger, or to be stricter where
 * files come from outside.
 */
export const READ_LIMIT_ENV = {
  maxFileMb: 'SALESMANIA_MAX_FILE_MB',
  maxRows: 'SALESMANIA_MAX_ROWS',
  maxColumns: 'SALESMANIA_MAX_COLUMNS',
  maxCellChars: 'SALESMANIA_MAX_CELL_CHARS',
} as const;

export function resolveReadLimits(env: NodeJS.ProcessEnv): Partial<ReadLimits> {
  const limits: Partial<ReadLimits> = {};
  const value = (name: string) => (env[name]?.trim() ? env[name]?.trim() : undefined);
  const mb = value(READ_LIMIT_ENV.maxFileMb);
  if (mb !== undefined) {
    limits.maxFileBytes = Math.max(1, Math.round(positiveNumber(READ_LIMIT_ENV.maxFileMb, mb) * 1024 * 1024));
  }
  for (const key of ['maxRows', 'maxColumns', 'maxCellChars'] as const) {
    const raw = value(READ_LIMIT_ENV[key]);
    if (raw !== undefined) limits[key] = positiveInteger(READ_LIMIT_ENV[key], raw);
  }
  return limits;
}
