/**
 * The manifest beside every export file (`orders-2026-12-07.xlsx.manifest.json`): what was exported,
 * how much, its SHA-256 and when — so the receiving side can check the file, and retention can tell
 * which files a job wrote. It holds no credentials: filters and dates only.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { ExportJob, RunWindow } from '../export/index.js';
import { VERSION } from '../version.js';
import { writeFileAtomically } from '../write/index.js';

export const MANIFEST_SUFFIX = '.manifest.json';

export interface ExportManifest {
  manifestVersion: 1;
  tool: 'salesmania-bulk';
  toolVersion: string;
  /** The export file's name, in the same folder as the manifest. */
  file: string;
  /** The job's `--out` before {date}/{from}/{to} were filled in: retention's mark of "this job's file". */
  outTemplate: string;
  entity: string;
  format: string;
  filters: Record<string, string | number | boolean>;
  dateRange: { from?: string; to?: string; updatedSince?: string; until?: string };
  rows: number;
  sheets: Record<string, number>;
  bytes: number;
  sha256: string;
  startedAt: string;
  finishedAt: string;
}

export interface ManifestInput {
  out: string;
  job: ExportJob;
  window: RunWindow;
  records: number;
  sheets: Record<string, number>;
  startedAt: number;
  finishedAt: number;
}

export function manifestPathOf(file: string): string {
  return file + MANIFEST_SUFFIX;
}

export async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  await pipeline(createReadStream(file), hash);
  return hash.digest('hex');
}

function filtersOf(job: ExportJob): ExportManifest['filters'] {
  const filters: ExportManifest['filters'] = {};
  const set = (key: string, value: string | number | boolean | undefined) => {
    if (value !== undefined) filters[key] = value;
  };
  if (job.entity === 'customers' || job.entity === 'products') set('status', job.status);
  set('search', job.search);
  set('team', job.team);
  if (job.entity === 'orders') set('layout', job.layout);
  set('since', job.since);
  set('timezone', job.timezone);
  return filters;
}

/** Written after the export file is in place; an existing manifest of the same file is replaced. */
export async function writeManifest(input: ManifestInput): Promise<ExportManifest> {
  const { window, job } = input;
  const manifest: ExportManifest = {
    manifestVersion: 1,
    tool: 'salesmania-bulk',
    toolVersion: VERSION,
    file: basename(input.out),
    outTemplate: job.out,
    entity: job.entity,
    format: job.format,
    filters: filtersOf(job),
    dateRange: {
      ...(window.from ? { from: window.from } : {}),
      ...(window.from ? { to: window.to ?? window.today } : {}),
      ...(window.updatedSince ? { updatedSince: window.updatedSince } : {}),
      ...(window.cutoff ? { until: window.cutoff } : {}),
    },
    rows: input.records,
    sheets: input.sheets,
    bytes: (await stat(input.out)).size,
    sha256: await sha256Of(input.out),
    startedAt: new Date(input.startedAt).toISOString(),
    finishedAt: new Date(input.finishedAt).toISOString(),
  };
  await writeFileAtomically(manifestPathOf(input.out), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

/** The manifest of `file`, or undefined when there is none or it is not ours. */
export async function readManifest(manifestPath: string): Promise<ExportManifest | undefined> {
  try {
    const parsed = JSON.parse(await readFile(manifestPath, 'utf8')) as Partial<ExportManifest>;
    if (
      parsed.tool !== 'salesmania-bulk' ||
      typeof parsed.file !== 'string' ||
      typeof parsed.outTemplate !== 'string'
    )
      return undefined;
    return parsed as ExportManifest;
  } catch {
    return undefined;
  }
}
