/**
 * The plan sheet: `<name>.plan.<ext>` beside the input (or in `outDir`), in the input's format,
 * never over the input. Streamed in input order; temporary until `close()` renames it. It has the
 * shape of a result writer, so the row pipeline writes it as it writes a result sheet.
 */
import { basename, dirname, extname, join } from 'node:path';
import { openStagedWorkbook } from './open.js';
import { PlanLayout, planRow } from './plan-rows.js';
import { checkFolderWritable, checkOutputPaths } from './result-paths.js';
import { ColumnLocator } from './result-rows.js';
import type { ResultWriter, ResultWriterOptions } from './result-sheet.js';

/** `<name>.plan.<ext>` and its companion `<name>.plan.json`, beside the input or in `outDir`. */
export function planPaths(
  inputPath: string,
  format: string,
  outDir?: string,
): { sheet: string; json: string } {
  const name = basename(inputPath, extname(inputPath));
  const dir = outDir ?? dirname(inputPath);
  return { sheet: join(dir, `${name}.plan.${format}`), json: join(dir, `${name}.plan.json`) };
}

export async function openPlanWriter(
  options: ResultWriterOptions & { updateStatus?: boolean },
): Promise<ResultWriter> {
  const { headers, rawHeaders, format } = options;
  const paths = planPaths(options.inputPath, format, options.outDir);
  await checkOutputPaths(options.inputPath, paths.sheet, paths.json);
  await checkFolderWritable(paths.sheet);
  const layout = new PlanLayout(rawHeaders);
  const locator = new ColumnLocator(headers, rawHeaders);
  const workbook = await openStagedWorkbook(paths.sheet, {
    format,
    delimiter: options.delimiter,
    bom: options.bom,
  });
  const sheet = workbook.sheet(options.sheetName ?? 'Plan', layout.columns, {
    freezeHeader: true,
    autoFilter: true,
    printFitWidth: true,
  });
  let tail: Promise<unknown> = Promise.resolve();
  return {
    resultPath: paths.sheet,
    plannedErrorsPath: '',
    write(outcome) {
      const row = planRow(outcome, headers, layout, locator, format, options.updateStatus === true);
      const run = tail.then(() => sheet.writeRow(row.values, row.style));
      tail = run.catch(() => undefined);
      return run;
    },
    async close() {
      await tail;
      await workbook.finish();
      await workbook.publish();
      return { resultPath: paths.sheet, errorsPath: undefined };
    },
    abort: () => workbook.abort(),
  };
}
