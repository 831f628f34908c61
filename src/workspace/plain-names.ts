/**
 * The run layer names files by their paths (`by the journal /data/runs/…/<id>.journal.jsonl`, `'<id>.csv'
 * is empty`): right on a terminal, noise on a page that lists the run's files by name and the upload
 * by the name it was given. Messages shown on the page name them so; no path of the server's
 * disk reaches the browser.
 */
import { sep } from 'node:path';
import { isRunError } from '../errors.js';

/** Replaces each `from` (longest first) by its `to` throughout `text`. */
export function plainNames(text: string, names: ReadonlyArray<readonly [from: string, to: string]>): string {
  let out = text;
  for (const [from, to] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    if (from) out = out.split(from).join(to);
  }
  return out;
}

/** A run folder's and an upload's paths as the page names them: files by name, the upload by its own. */
export function pageNames(
  folder: string,
  uploadsDir: string,
  upload: { id: string; kind: string; originalName: string },
): Array<[string, string]> {
  const stored = `${upload.id}.${upload.kind}`;
  // The run's own files (`<id>.journal.jsonl`, `<id>.undo.result.csv`) by the upload's name, as downloads are.
  const base = upload.originalName.replace(/\.[^.]*$/, '') || 'upload';
  return [
    [`${uploadsDir}${sep}${stored}`, upload.originalName],
    [`${folder}${sep}`, ''],
    [stored, upload.originalName],
    [upload.id, base],
  ];
}

/**
 * A run error from the reader, naming the stored file (`<id>.csv`), renamed for the page: its message
 * and its catalog parameters say the name the person knows; its details lose the path.
 */
export function withPageNames(err: unknown, names: ReadonlyArray<readonly [string, string]>): unknown {
  if (!isRunError(err)) return err;
  err.message = plainNames(err.message, names);
  const params = err.localized?.params;
  for (const [key, value] of Object.entries(params ?? {})) {
    if (typeof value === 'string' && params) params[key] = plainNames(value, names);
  }
  if (err.details && 'path' in err.details) delete err.details.path;
  return err;
}
