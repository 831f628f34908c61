/**
 * Helpers for the visits and orders end-to-end tests: input workbooks with real Excel date cells,
 * the CLI against the sandbox, and the journal's lines.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Sandbox } from '../../src/sandbox/index.js';
import { cliEnv, readCsv, readXlsx, runCli, type CliResult } from './helpers.js';

/** An Excel date cell: exceljs writes it as a date serial, the reader hands back `YYYY-MM-DD`. */
export const excelDate = (iso: string): Date => new Date(`${iso}T00:00:00.000Z`);

/** A one-sheet workbook; Date values become date cells, everything else is written as given. */
export async function writeWorkbook(
  path: string,
  headers: string[],
  rows: Array<Array<string | number | Date>>,
): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Sheet1');
  sheet.addRow(headers);
  for (const row of rows) {
    const added = sheet.addRow(row);
    row.forEach((v, i) => {
      if (v instanceof Date) added.getCell(i + 1).numFmt = 'dd/mm/yyyy';
    });
  }
  await workbook.xlsx.writeFile(path);
  return path;
}

/** A CSV file from rows of cells (quoted when needed). */
export function writeCsv(path: string, headers: string[], rows: Array<Array<string | number>>): string {
  const line = (cells: Array<string | number>) =>
    cells.map((c) => (/[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');
  writeFileSync(path, [headers, ...rows].map(line).join('\n') + '\n');
  return path;
}

/** `import <entity> <file> --json --out-dir <dir> --rate 200` plus extra flags, against the sandbox. */
export function importField(
  sandbox: Sandbox,
  entity: 'visits' | 'orders',
  file: string,
  outDir: string,
  extra: string[] = [],
): Promise<CliResult> {
  return runCli(['import', entity, file, '--out-dir', outDir, '--json', '--rate', '200', ...extra], {
    env: cliEnv(sandbox),
  });
}

/** The result sheet beside an input (`<name>.result.<ext>` in `outDir`). */
export async function resultRows(outDir: string, name: string): Promise<Array<Record<string, string>>> {
  if (name.endsWith('.csv')) return readCsv(`${outDir}/${name.replace(/\.csv$/, '.result.csv')}`);
  return readXlsx(`${outDir}/${name.replace(/\.xlsx$/, '.result.xlsx')}`);
}

/** The journal's lines as objects. */
export function journalLines(path: string): Array<Record<string, unknown>> {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** Writes journal lines back (to stage an interrupted run). */
export function writeJournal(path: string, lines: Array<Record<string, unknown>>): void {
  writeFileSync(path, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

/** The issue codes of an `_error` cell, in order. */
export function codes(cell: string | undefined): string[] {
  return [...(cell ?? '').matchAll(/\[([A-Z_]+)\]/g)].map((m) => m[1]);
}

/** Requests to one path since index `since`, as `METHOD path`. */
export function requestsTo(sandbox: Sandbox, pattern: RegExp, since = 0): string[] {
  return sandbox.requests
    .slice(since)
    .filter((r) => pattern.test(r.path))
    .map((r) => `${r.method} ${r.path}`);
}

/**
 * An orders workbook of two orders dated 2026-12-01, `numbers[0]` (C-0001 buys 2 PCS of P-1001) and
 * `numbers[1]` (C-0002 buys 1 PCS of P-1002): customers and products of the sandbox's default seed.
 */
export function twoOrdersWorkbook(path: string, numbers: [string, string]): Promise<string> {
  return writeWorkbook(
    path,
    ['No Order', 'Tanggal', 'Kode Pelanggan', 'Kode Produk', 'Jumlah', 'Satuan'],
    [
      [numbers[0], excelDate('2026-12-01'), 'C-0001', 'P-1001', 2, 'PCS'],
      [numbers[1], excelDate('2026-12-01'), 'C-0002', 'P-1002', 1, 'PCS'],
    ],
  );
}
