/**
 * `node --import tsx generate-xlsx-main.ts FILE ROWS`: writes the bench's customer workbook in a process
 * of its own. Why: exceljs's writer holds every shared string, so generating 1,000,000 rows takes the
 * harness to ~600 MB, and Linux hands a process's peak RSS on to the children it forks afterwards
 * (ru_maxrss survives exec): every later measurement would read ~600 MB whatever it used.
 */
import { writeXlsx } from './generate.js';

const [file, rows] = process.argv.slice(2);
await writeXlsx(file, { rows: Number(rows), invalidEvery: 10 });
