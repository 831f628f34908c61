import { readFile } from 'node:fs/promises';
import { localizedRunError } from '../i18n/index.js';

/** Reads a `--mapping` file: a JSON object of file header → field (or "" to ignore a column). */
export async function loadMapping(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw localizedRunError('MAP_BAD_MAPPING', 'run.mappingUnreadable', {
      path,
      reason: String((err as NodeJS.ErrnoException).code),
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw localizedRunError('MAP_BAD_MAPPING', 'run.mappingNotJson', {
      path,
      reason: (err as Error).message,
    });
  }
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string');
  if (!ok) {
    throw localizedRunError('MAP_BAD_MAPPING', 'run.mappingNotObject', { path });
  }
  return value as Record<string, string>;
}
