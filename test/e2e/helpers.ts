/**
 * Shared helpers for end-to-end tests: they run the BUILT CLI (dist/, made by `pretest`) as a
 * child process against an in-process sandbox on 127.0.0.1, and read back what it wrote.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { createSandbox, type Sandbox, type SandboxOptions } from '../../src/sandbox/index.js';

export const CLI = fileURLToPath(new URL('../../dist/cli/main.js', import.meta.url));

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Environment for the CLI: the sandbox's address and demo login, JSON logs, no inherited SALESMANIA_*. */
export function cliEnv(sandbox: Sandbox | undefined, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!k.startsWith('SALESMANIA_')) env[k] = v;
  delete env.NODE_OPTIONS; // jest's --experimental-vm-modules is not for the child
  if (sandbox) {
    env.SALESMANIA_BASE_URL = sandbox.url;
    env.SALESMANIA_USERNAME = sandbox.credentials.username;
    env.SALESMANIA_PASSWORD = sandbox.credentials.password;
    env.SALESMANIA_DATABASE = '2981';
  }
  env.SALESMANIA_LOG_FORMAT = 'json';
  return { ...env, ...extra };
}

/** Starts the built CLI; resolves when it exits. `onStart` gets the child (e.g. to kill it). */
export function runCli(
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    cwd?: string;
    onStart?: (child: ChildProcess) => void;
    timeoutMs?: number;
  } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      env: options.env ?? cliEnv(undefined),
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
    options.onStart?.(child);
  });
}

/** A temporary folder, removed by `cleanup()`. */
export function tempDir(prefix: string): {
  dir: string;
  path: (name: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), `salesmania-e2e-${prefix}-`));
  return {
    dir,
    path: (name) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  return createSandbox({ seed: 'demo', port: 0, ...options });
}

/** Rows of a CSV written by the tool (BOM stripped), as objects keyed by header. */
export function readCsv(path: string): Array<Record<string, string>> {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

/** Rows of an XLSX sheet written by the tool, as objects keyed by header, values as text. */
/** A date cell as text: the day when it has no time of day (how a date column reads), else the instant. */
function dayOrInstant(d: Date): string {
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

export async function readXlsx(path: string, sheet = 1): Promise<Array<Record<string, string>>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const ws = workbook.worksheets[sheet - 1];
  const headers: string[] = [];
  ws.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = String(cell.value ?? '')));
  const rows: Array<Record<string, string>> = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (!row.hasValues) continue;
    const record: Record<string, string> = {};
    headers.forEach((h, i) => {
      const v = row.getCell(i + 1).value;
      record[h] =
        v === null || v === undefined
          ? ''
          : v instanceof Date
            ? dayOrInstant(v)
            : typeof v === 'boolean'
              ? String(v).toUpperCase() // as Excel shows a boolean cell
              : typeof v === 'object'
                ? JSON.stringify(v)
                : String(v);
    });
    rows.push(record);
  }
  return rows;
}

/** The JSON summary a run printed with --json (the last JSON line of stdout). */
export function summaryOf(result: CliResult): Record<string, unknown> & { counts: Record<string, number> } {
  const line = result.stdout.trim().split('\n').filter(Boolean).pop() ?? '{}';
  return JSON.parse(line) as Record<string, unknown> & { counts: Record<string, number> };
}
