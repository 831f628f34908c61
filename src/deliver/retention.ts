/**
 * Retention: keep the last N files and/or the files of the last N days of one job, delete the rest.
 * A file counts as the job's only through its manifest (same `outTemplate` and entity): files put in
 * the folder by people or by other jobs, and files without a manifest, are never touched.
 */
import { readdir, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { MANIFEST_SUFFIX, readManifest, type ExportManifest } from './manifest.js';

export interface RetentionRule {
  keepLast?: number;
  keepDays?: number;
}

export interface RetentionInput {
  /** The file this run just wrote: its folder is searched, and it is always kept. */
  current: string;
  outTemplate: string;
  entity: string;
  rule: RetentionRule;
  now: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** Deletes the job's older files (and their manifests); returns the paths deleted. */
export async function applyRetention(input: RetentionInput): Promise<string[]> {
  const { rule } = input;
  if (rule.keepLast === undefined && rule.keepDays === undefined) return [];
  const dir = dirname(input.current);
  const names = await readdir(dir);
  const mine: ExportManifest[] = [];
  for (const name of names.filter((n) => n.endsWith(MANIFEST_SUFFIX))) {
    const manifest = await readManifest(join(dir, name));
    if (!manifest || manifest.outTemplate !== input.outTemplate || manifest.entity !== input.entity) continue;
    // The manifest must sit beside its own file: a renamed or copied manifest names nothing here.
    if (`${manifest.file}${MANIFEST_SUFFIX}` !== name || basename(manifest.file) !== manifest.file) continue;
    mine.push(manifest);
  }
  mine.sort((a, b) => Date.parse(b.finishedAt) - Date.parse(a.finishedAt));
  const deleted: string[] = [];
  for (const [index, manifest] of mine.entries()) {
    if (manifest.file === basename(input.current)) continue;
    const tooMany = rule.keepLast !== undefined && index >= rule.keepLast;
    const tooOld =
      rule.keepDays !== undefined && input.now - Date.parse(manifest.finishedAt) > rule.keepDays * DAY_MS;
    if (!tooMany && !tooOld) continue;
    const file = join(dir, manifest.file);
    await unlink(file).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
    await unlink(file + MANIFEST_SUFFIX).catch(() => undefined);
    deleted.push(file);
  }
  return deleted;
}
