/** Where a run's files go: shared by the import runs. */
import { mkdir } from 'node:fs/promises';
import { dirname, join, parse as parsePath } from 'node:path';
import { RunError } from './errors.js';
import { bindColumns, type ColumnBinding, type TableEntity } from './map/index.js';
import { loadMapping } from './mapping-file.js';
import { openSource, type SourceFile } from './read/index.js';
import type { ImportRunOptions } from './run-import.js';
import { openResultWriter, type ResultWriter } from './write/index.js';

/** The journal sits beside the result sheet: `<name>.journal.jsonl`. */
export function journalPath(resultPath: string, inputPath: string): string {
  return join(dirname(resultPath), `${parsePath(inputPath).name}.journal.jsonl`);
}

/** `--out-dir` is created when missing, as a person would expect of a folder named for output. */
export async function createOutDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new RunError(
      'WRITE_FAILED',
      `cannot create the output folder ${dir} (${(err as NodeJS.ErrnoException).code})`,
    );
  }
}

/** The opened input, its column binding and the result writer: the start every import shares. */
export interface ImportFiles {
  source: SourceFile;
  binding: ColumnBinding;
  writer: ResultWriter;
  /** Logs the warnings found while streaming (a late invalid byte, uncalculated formulas) and returns them all. */
  finishWarnings(): string[];
}

/**
 * Reads the mapping, opens the input up to its header, binds the columns (a missing column stops
 * the run here, before anything is sent), logs the warnings so far and opens the result sheets.
 */
export async function openImportFiles(o: ImportRunOptions, table: TableEntity): Promise<ImportFiles> {
  const mapping = o.mappingFile ? await loadMapping(o.mappingFile) : undefined;
  const source = await openSource(o.file, o.read);
  const binding = bindColumns(table, source.headers, { mapping, mode: o.mode });
  // `source.warnings` grows while streaming: what is there now is logged now, the rest at the end.
  const readWarningsAtStart = source.warnings.length;
  const columnWarnings: string[] = [];
  if (binding.unknownColumns.length > 0) {
    columnWarnings.push(`columns not used (kept in the result sheet): ${binding.unknownColumns.join(', ')}`);
  }
  for (const w of [...source.warnings, ...columnWarnings]) o.logger.warn(w);

  if (o.outDir) await createOutDir(o.outDir);
  const writer = await openResultWriter({
    inputPath: o.file,
    format: source.format,
    headers: source.headers,
    rawHeaders: source.rawHeaders,
    outDir: o.outDir,
    delimiter: source.delimiter,
    // Both sheets take the input's sheet name, so `--sheet NAME` finds the errors sheet too.
    sheetName: source.sheet,
  });
  return {
    source,
    binding,
    writer,
    finishWarnings() {
      for (const w of source.warnings.slice(readWarningsAtStart)) o.logger.warn(w);
      return [...source.warnings, ...columnWarnings];
    },
  };
}
