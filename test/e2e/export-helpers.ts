/**
 * Helpers for the export end-to-end tests (test/e2e/export-*.test.ts): run `export` against the
 * sandbox and read what it wrote, with XLSX cells kept typed so tests can check numbers, dates,
 * booleans and text cells for what they are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, runCli, type CliResult } from './helpers.js';

/** `export <args> --json --no-progress` against the sandbox, fast (the sandbox has no rate limit here). */
export function exportCli(
  sandbox: Sandbox,
  args: string[],
  options: Parameters<typeof runCli>[1] = {},
): Promise<CliResult> {
  return runCli(['export', ...args, '--json', '--no-progress', '--rate', '200', '--concurrency', '8'], {
    env: cliEnv(sandbox),
    ...options,
  });
}

/** A typed XLSX cell as text the way the import reads it: numbers bare, dates YYYY-MM-DD, TRUE/FALSE. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export interface XlsxSheet {
  name: string;
  headers: string[];
  /** Rows as text keyed by header. */
  rows: Array<Record<string, string>>;
  /** The worksheet itself, for checking cell types and formats. */
  sheet: ExcelJS.Worksheet;
}

export async function readWorkbook(path: string): Promise<XlsxSheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook.worksheets.map((sheet) => {
    const headers: string[] = [];
    sheet.getRow(1).eachCell({ includeEmpty: true }, (cell, col) => (headers[col - 1] = String(cell.value)));
    const rows: Array<Record<string, string>> = [];
    for (let r = 2; r <= sheet.rowCount; r++) {
      const row = sheet.getRow(r);
      if (!row.hasValues) continue;
      rows.push(Object.fromEntries(headers.map((h, i) => [h, cellText(row.getCell(i + 1).value)])));
    }
    return { name: sheet.name, headers, rows, sheet };
  });
}

/** A CSV we wrote: the raw text (BOM kept), its header and its rows keyed by header. */
export function readExportCsv(
  path: string,
  delimiter = ',',
): { text: string; headers: string[]; rows: Array<Record<string, string>> } {
  const text = readFileSync(path, 'utf8');
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter, skipEmptyLines: true });
  const [headers, ...body] = parsed.data;
  return {
    text,
    headers,
    rows: body.map((cells) => Object.fromEntries(headers.map((h, i) => [h, cells[i] ?? '']))),
  };
}

/** Names in a folder, hidden temporary files included. */
export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** An API client on the sandbox, for changing records between exports as another user would. */
export { sandboxClient } from './import-helpers.js';
