/**
 * What a row run is given: one options type for validate and import (and the coming plan, apply
 * and undo). Imports no other run file, so every run file may import it without a circle.
 */
import type { ConnectionConfig, RuntimeConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import type { DateFormat } from '../map/index.js';
import type { ReadOptions } from '../read/index.js';
import type { MatchCustomerBy } from '../resolve/index.js';
import type { ImportEntity, ImportMode, PlannedRow, ProgressSink } from '../types.js';

/** Options of visits and orders imports (CLI: --date-format, --match-customer-by, …). */
export interface FieldImportOptions {
  /** How date cells are read; default day-first (see src/map/dates.ts). */
  dateFormat?: DateFormat;
  /** `name`: a customer code that matches no ext_cust_no is tried as the exact name. Default `code`. */
  matchCustomerBy?: MatchCustomerBy;
  /** Visits: create a visit even when one with the same date, customer and team member exists. */
  allowDuplicateVisits?: boolean;
  /** Orders: do not create an order whose ext_order_no exists for its customer and date. Default true. */
  skipExisting?: boolean;
}

/** A run over the rows of one file: `validate` and `import` take the same options. */
export interface RowRunOptions {
  entity: ImportEntity;
  file: string;
  mode: ImportMode;
  blank: 'ignore' | 'clear';
  /** Products: `replace` lets an update remove units the row does not list (default: refused). */
  units?: 'keep' | 'replace';
  read: ReadOptions;
  mappingFile?: string;
  /** The mapping itself, as the web page's drop-downs give it (same shape as the file); wins over `mappingFile`. */
  mapping?: Record<string, string>;
  outDir?: string;
  /** Import only: continue the run the journal beside the result sheet recorded. */
  resume: boolean;
  /** Import only: import a file again although its journal shows it imported to the end (`--again`). */
  again?: boolean;
  /**
   * Import only: other folders whose finished journals count for the copy guard (a second upload of
   * the same content on the web page is ALREADY_IMPORTED too; journal/finished-twin.ts). Default: the
   * result sheet's own folder.
   */
  earlierRunsIn?: readonly string[];
  /** Customers/products create: send rows whose key exists on the server (`--allow-existing-keys`). */
  allowExistingKeys?: boolean;
  /** Import only: where to send (validate sends nothing and needs none). */
  connection?: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  progress: ProgressSink;
  signal: AbortSignal;
  /**
   * `--mode delete`: called with the number of records the run will delete, after the existing
   * records are read and before the first DELETE; it throws to refuse (cli/confirm-delete.ts).
   * Without it (library use) nothing is asked.
   */
  confirmDelete?(count: number, entity: string): Promise<void>;
  /** Visits and orders: date format, customer matching, duplicates, skip-existing. */
  field?: FieldImportOptions;
  /** apply: the plan's rows by row number; `force` writes a record changed since the plan anyway. */
  planned?: { rows: ReadonlyMap<number, PlannedRow>; force: boolean };
}
