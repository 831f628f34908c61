import { readFile } from 'node:fs/promises';
import { RunError } from '../errors.js';

/** Reads a `--mapping` file: a JSON object of file header → field (or "" to ignore a column). */
export async function loadMapping(path: string): Promise<Record<string, string>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new RunError(
      'MAP_BAD_MAPPING',
      `cannot read the mapping file ${path} (${(err as NodeJS.ErrnoException).code})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new RunError(
      'MAP_BAD_MAPPING',
      `the mapping file ${path} is not valid JSON: ${(err as Error).message}`,
    );
  }
  const ok =
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((v) => typeof v === 'string');
  if (!ok) {
    throw new RunError(
      'MAP_BAD_MAPPING',
      `the mapping file ${path} must be a JSON object of "file header": "field" pairs`,
    );
  }
  return value as Record<string, string>;
}
