/**
 * Where the result and errors files go, and the checks that keep them off the input file.
 * Default names: `<name>.result.<ext>` and `<name>.errors.<ext>` beside the input (or in `outDir`).
 * Re-importing a fixed `customers.errors.xlsx` therefore writes `customers.errors.result.xlsx` and
 * `customers.errors.errors.xlsx` — never over the file being imported.
 */
import { access, constants, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { localizedRunError } from '../i18n/index.js';
import { writeFailed } from './atomic-file.js';
import type { TableFormat } from './table-writer.js';

export interface ResultPathOptions {
  inputPath: string;
  format: TableFormat;
  outDir?: string;
  resultPath?: string;
  errorsPath?: string;
}

export function resultPaths(options: ResultPathOptions): { resultPath: string; errorsPath: string } {
  const name = basename(options.inputPath, extname(options.inputPath));
  const dir = options.outDir ?? dirname(options.inputPath);
  return {
    resultPath: options.resultPath ?? join(dir, `${name}.result.${options.format}`),
    errorsPath: options.errorsPath ?? join(dir, `${name}.errors.${options.format}`),
  };
}

async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  // Links, `..` and case-insensitive file systems: compare the files themselves when both exist.
  const [sa, sb] = await Promise.all([stat(a).catch(() => undefined), stat(b).catch(() => undefined)]);
  return !!sa && !!sb && sa.dev === sb.dev && sa.ino === sb.ino;
}

/** Refuses paths that would overwrite the input or each other. */
export async function checkOutputPaths(
  inputPath: string,
  resultPath: string,
  errorsPath: string,
): Promise<void> {
  for (const [what, path] of [
    ['result', resultPath],
    ['errors', errorsPath],
  ] as const) {
    if (await sameFile(path, inputPath)) {
      const key = what === 'result' ? 'write.overInputResult' : 'write.overInputErrors';
      throw localizedRunError('WRITE_FAILED', key, { input: inputPath }, { path });
    }
  }
  if (await sameFile(resultPath, errorsPath)) {
    throw localizedRunError(
      'WRITE_FAILED',
      'write.sameResultAndErrors',
      { path: resultPath },
      { path: resultPath },
    );
  }
}

/** Fails early if `path`'s folder is missing or unwritable (the file itself is made later, if at all). */
export async function checkFolderWritable(path: string): Promise<void> {
  const dir = dirname(path);
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    await access(dir, constants.W_OK);
  } catch (err) {
    throw writeFailed(err, path);
  }
}
