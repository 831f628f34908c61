/**
 * Helpers for the import end-to-end tests (test/e2e/import-*.test.ts): input files written the way
 * a person's spreadsheet program would, and small readers of what the CLI and the sandbox hold after.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { createClient, type SalesManiaClient } from '../../src/api/index.js';
import type { Customer, Product } from '../../src/contract/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, type CliResult } from './helpers.js';

export type XlsxCell = ExcelJS.CellValue;

/**
 * Writes a one-sheet workbook (the non-streaming exceljs writer: fine for a test's few rows).
 * `above`: rows above the header, the first a title merged across the header's width and bold, as
 * an Indonesian report sheet opens ("DAFTAR PELANGGAN …"); an empty array is a blank row.
 */
export async function writeXlsx(
  path: string,
  headers: string[],
  rows: XlsxCell[][],
  options: { sheetName?: string; textColumns?: string[]; above?: XlsxCell[][] } = {},
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(options.sheetName ?? 'Sheet1');
  (options.above ?? []).forEach((cells, i) => {
    const row = sheet.addRow(cells);
    if (i > 0) return;
    row.font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, headers.length);
  });
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(row);
  headers.forEach((h, i) => {
    if (options.textColumns?.includes(h)) sheet.getColumn(i + 1).numFmt = '@';
  });
  await workbook.xlsx.writeFile(path);
  return path;
}

/** Writes text as a CSV file (UTF-8 unless a Buffer is given). */
export function writeText(path: string, content: string | Buffer): string {
  writeFileSync(path, content);
  return path;
}

/** A CSV line: cells quoted when they need it. */
export function csvLine(cells: Array<string | number>, delimiter = ','): string {
  return cells
    .map((c) => {
      const s = String(c);
      return /["\r\n]/.test(s) || s.includes(delimiter) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(delimiter);
}

/** The names of a workbook's sheets, in order. */
export async function sheetNames(path: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((w) => w.name);
}

/** `import <entity> <file> --json --out-dir <outDir>` plus extra flags, against the sandbox. */
export function importCli(
  sandbox: Sandbox,
  entity: 'customers' | 'products',
  file: string,
  outDir: string,
  extra: string[] = [],
  options: Parameters<typeof runCli>[1] = {},
): Promise<CliResult> {
  return runCli(['import', entity, file, '--out-dir', outDir, '--json', '--rate', '200', ...extra], {
    env: cliEnv(sandbox),
    ...options,
  });
}

/** Requests that touched customers or products (not login, databases or team token). */
export function dataRequests(sandbox: Sandbox, since = 0): Array<{ method: string; path: string }> {
  return sandbox.requests
    .slice(since)
    .filter((r) => /\/(customers|products)(\/|$)/.test(r.path))
    .map((r) => ({ method: r.method, path: r.path }));
}

/** The demo database's customers whose ext_cust_no starts with `prefix`. */
export function customersWithPrefix(sandbox: Sandbox, prefix: string): Customer[] {
  return sandbox.state.customers().filter((c) => c.ext_cust_no?.startsWith(prefix));
}

export function productsWithPrefix(sandbox: Sandbox, prefix: string): Product[] {
  return sandbox.state.products().filter((p) => p.ext_product_code?.startsWith(prefix));
}

/** An API client on the sandbox, for setting up records as another system would. */
export function sandboxClient(sandbox: Sandbox): SalesManiaClient {
  return createClient({
    baseUrl: sandbox.url,
    username: sandbox.credentials.username,
    password: sandbox.credentials.password,
    database: 2981,
  });
}

/** Counts the journal's `done` lines (0 while it does not exist). */
export function journalDoneCount(path: string): number {
  if (!existsSync(path)) return 0;
  const text = readFileSync(path, 'utf8');
  let n = 0;
  for (let at = text.indexOf('"t":"done"'); at >= 0; at = text.indexOf('"t":"done"', at + 1)) n++;
  return n;
}

/** Resolves once `check()` is true, polling every 20 ms; rejects after `timeoutMs`. */
export async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The issue codes of an `_error` cell (`column: message [CODE]; …`), in order. */
export function errorCodes(cell: string | undefined): string[] {
  return [...(cell ?? '').matchAll(/\[([A-Z_]+)\]/g)].map((m) => m[1]);
}

/** Rows of `count` generated customers keyed `<prefix>00001`…, as CSV text with a header. */
export function generatedCustomersCsv(prefix: string, count: number): string {
  const lines = ['ext_cust_no,name,city,phone'];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(5, '0');
    lines.push(`${prefix}${n},Toko ${prefix}${n},Semarang,0812${n}`);
  }
  return lines.join('\n') + '\n';
}

/** A new folder inside the test's temporary folder. */
export function folder(tmp: { path: (name: string) => string }, name: string): string {
  const dir = tmp.path(name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
