/** Sizes of a full and a quick (CI smoke) run, and what every case gets. */

export interface Sizes {
  /** validate CSV rows; the memory case compares this with csvSmallRows. */
  csvRows: number;
  csvSmallRows: number;
  /**
   * Rows of the CSV file the papaparse + yup baseline reads (its first ones). yup is what costs there
   * (~17k rows/s here): reading all 1,000,000 rows three times would take over a quarter of the 10-minute budget, and a
   * streaming script's rows/s does not depend on how far into the file it stops.
   */
  yupCsvRows: number;
  /** Runs of the informative papaparse + mapRow baseline. */
  mapRowRuns: number;
  xlsxRows: number;
  /** validate XLSX memory flatness: peak RSS at xlsxBigRows against xlsxSmallRows (one run each). */
  xlsxSmallRows: number;
  xlsxBigRows: number;
  importRows: number;
  /** Rows the naive sequential loop really sends; its time for importRows is extrapolated. */
  naiveRows: number;
  exportRecords: number;
  startupRuns: number;
  /** Runs of each file and export case (medians); the import cases run once, see import.ts. */
  runs: number;
}

export const FULL: Sizes = {
  csvRows: 1_000_000,
  csvSmallRows: 100_000,
  yupCsvRows: 200_000,
  mapRowRuns: 1,
  xlsxRows: 200_000,
  xlsxSmallRows: 100_000,
  xlsxBigRows: 1_000_000,
  importRows: 10_000,
  naiveRows: 100,
  exportRecords: 100_000,
  startupRuns: 7,
  runs: 3,
};

export const QUICK: Sizes = {
  csvRows: 20_000,
  csvSmallRows: 2_000,
  yupCsvRows: 20_000,
  mapRowRuns: 1,
  xlsxRows: 4_000,
  xlsxSmallRows: 2_000,
  xlsxBigRows: 20_000,
  importRows: 300,
  naiveRows: 30,
  exportRecords: 2_000,
  startupRuns: 3,
  runs: 1,
};

export interface BenchContext {
  quick: boolean;
  sizes: Sizes;
  /** A temporary folder of this run, removed at the end. */
  tmp: string;
  log(message: string): void;
}

/** "1,000,000" */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
