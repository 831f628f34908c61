/**
 * LibreOffice headless set to a language, for e2e tests of files a user opens and saves in a
 * spreadsheet program set to Indonesian: the profile's locale setting decides how a CSV's numbers are
 * read and written (`12.500` is twelve thousand five hundred, `12,5` twelve and a half).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, parse } from 'node:path';

/** LibreOffice's language id of Indonesian (the CSV filter's "language" token). */
const INDONESIAN = 1057;

/**
 * Opens a `;` CSV and saves it again (as CSV, or as a workbook), as LibreOffice set to Indonesian
 * would; returns the new file.
 */
export function resaveCsvInIndonesian(
  dir: string,
  file: string,
  name: string,
  as: 'csv' | 'xlsx' = 'csv',
): string {
  const out = join(dir, name);
  const profile = join(dir, `profile-${name}`);
  mkdirSync(join(profile, 'user'), { recursive: true });
  mkdirSync(out, { recursive: true });
  writeFileSync(
    join(profile, 'user', 'registrymodifications.xcu'),
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n' +
      '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">' +
      '<value>id-ID</value></prop></item>\n</oor:items>\n',
  );
  // Separator `;` (59), quote `"` (34), UTF-8 (76), from line 1, standard columns, Indonesian.
  const filter = `Text - txt - csv (StarCalc):59,34,76,1,,${INDONESIAN}`;
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      `--infilter=${filter}`,
      '--convert-to',
      as === 'csv' ? `csv:${filter}` : 'xlsx',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 120_000 },
  );
  const made = readdirSync(out).find((f) => f === `${parse(file).name}.${as}`);
  if (!made) throw new Error(`soffice did not convert ${file}: ${run.stderr}`);
  return join(out, made);
}
