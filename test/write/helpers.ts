import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RowIssue, RowOutcome, RowStatus } from '../../src/types.js';

export async function makeTempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'sm-write-'));
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

export async function listDir(dir: string): Promise<string[]> {
  return (await readdir(dir)).sort();
}

export interface CsvContent {
  bom: boolean;
  text: string;
  rows: string[][];
}

/** Reads a CSV file as our importer would: papaparse, BOM noted and stripped. */
export async function readCsv(path: string, delimiter = ','): Promise<CsvContent> {
  const raw = await readFile(path, 'utf8');
  const bom = raw.startsWith('\uFEFF');
  const text = bom ? raw.slice(1) : raw;
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(JSON.stringify(parsed.errors));
  return { bom, text, rows: parsed.data };
}

/** Reads a whole XLSX file (the non-streaming reader: fine for tests, never for input files). */
export async function readXlsx(path: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  return workbook;
}

export function argbOf(cell: ExcelJS.Cell): string | undefined {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  return fill && fill.pattern === 'solid' ? fill.fgColor?.argb : undefined;
}

export function noteOf(cell: ExcelJS.Cell): string | undefined {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined) return undefined;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

export function outcome(
  rowNumber: number,
  cells: Record<string, string>,
  status: RowStatus,
  issues: RowIssue[] = [],
  id?: string | number,
): RowOutcome {
  return { source: { rowNumber, cells }, status, issues, id, attempts: 1 };
}
