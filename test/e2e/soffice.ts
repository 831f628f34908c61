/** LibreOffice headless for e2e tests: open a file and save it as a user would (stack notes: own profile per run). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { join, parse } from 'node:path';

/** Converts `file` into `format` in `dir/name/`, with a profile of its own; returns the new file. */
export function convertWithLibreOffice(
  dir: string,
  file: string,
  format: 'csv' | 'xlsx',
  name: string,
): string {
  const out = join(dir, name);
  mkdirSync(out, { recursive: true });
  const profile = `file://${join(dir, `profile-${name}`)}`;
  const run = spawnSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', out, file],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const made = readdirSync(out).find((f) => f === `${parse(file).name}.${format}`);
  if (!made) throw new Error(`soffice did not convert ${file}: ${run.stderr}`);
  return join(out, made);
}
