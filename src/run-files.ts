/** Where a run's files go: shared by the import runs. */
import { mkdir } from 'node:fs/promises';
import { dirname, join, parse as parsePath } from 'node:path';
import { RunError } from './errors.js';

/** The journal sits beside the result sheet: `<name>.journal.jsonl`. */
export function journalPath(resultPath: string, inputPath: string): string {
  return join(dirname(resultPath), `${parsePath(inputPath).name}.journal.jsonl`);
}

/** `--out-dir` is created when missing, as a person would expect of a folder named for output. */
export async function createOutDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new RunError(
      'WRITE_FAILED',
      `cannot create the output folder ${dir} (${(err as NodeJS.ErrnoException).code})`,
    );
  }
}
