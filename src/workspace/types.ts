/**
 * The workspace's interface: what the web page (src/web/) is given. Plain data, JSON-ready, so a
 * route can send any of it as it is. Messages are already in the user's language; codes are the
 * stable codes of src/errors.ts and of row issues (types.ts).
 */
import type { ConnectionConfig, RuntimeConfig } from '../config/index.js';
import type { Lang } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import type { ReadLimits } from '../read/index.js';
import type { UndoCounts } from '../run/index.js';
import type { ImportEntity, ImportMode, PlanAction, RowStatus } from '../types.js';

export interface WorkspaceOptions {
  /** The data folder: uploads, mappings and runs live under it (created when missing). */
  dataDir: string;
  /** Where imports send, as the CLI builds it (flags > environment, `_FILE` secrets). */
  connection: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  /** The language of messages unless a call names another. */
  lang: Lang;
  /** Read limits (SALESMANIA_MAX_FILE_MB …) as the CLI resolves them from the environment. */
  readLimits?: Partial<ReadLimits>;
  /** Milliseconds since the epoch; injected by tests for rate and ETA. Default `Date.now`. */
  now?: () => number;
  /** Least time between two progress events of a run (default 250 ms); the last one is always sent. */
  progressEveryMs?: number;
}

export type UploadKind = 'csv' | 'xlsx';

export interface UploadInfo {
  /** Generated; the only name the file has on the disk. */
  id: string;
  /** The client's file name, for display (and download names) only, never a path. */
  originalName: string;
  size: number;
  kind: UploadKind;
  /** XLSX: the visible sheets, in tab order. */
  sheets?: string[];
  uploadedAt: string;
}

/** How a header came to its field. */
export type MatchHow =
  /** The user's mapping says so (or says to ignore the column). */
  | 'mapping'
  /** The header is the field's canonical header or name. */
  | 'exact'
  /** The header is one of the field's accepted names (English or Indonesian), up to case and spacing. */
  | 'alias'
  /** Not bound: the header is close to a field's name (a typo?); `field` is the suggestion. */
  | 'suggested'
  /** Not bound, nothing similar. */
  | 'none';

export interface DetectedColumn {
  /** The file's header (made unique when repeated: `Nama (2)`): the key of mapping and cells. */
  header: string;
  /** As written in the file. */
  rawHeader: string;
  /** The field it maps to; null when not used (unknown or ignored). For `suggested`, the suggestion. */
  field: string | null;
  how: MatchHow;
  /** Ignored by the mapping (`""`). */
  ignored: boolean;
}

export interface FieldInfo {
  /** What a mapping names (`ext_cust_no`, `location.lat`). */
  field: string;
  /** The canonical header (`ext_cust_no`, `lat`). */
  header: string;
  /** The header in the user's language (the Indonesian template's header, or the canonical one). */
  label: string;
  /** What the column holds, in the user's language. */
  description: string;
  /** Must be filled on create (alone or as one of alternatives). */
  required: boolean;
  /** Enum / yes-no values, when the field takes one of a list. */
  allowed?: readonly string[];
}

export interface CellIssue {
  code: string;
  /** The file's header the issue is about, when it is about one cell. */
  column?: string;
  message: string;
  /** `warning`: the row is valid and is sent as shown (a leading zero put back); else it is not sent. */
  severity: 'error' | 'warning';
}

export interface PreviewRow {
  /** The row number as Excel or an editor shows it. */
  rowNumber: number;
  /** By file header. */
  cells: Record<string, string>;
  /** `valid` / `invalid`, as validate decides; absent when the columns do not bind. */
  status?: RowStatus;
  issues: CellIssue[];
}

export interface Inspection {
  uploadId: string;
  /** The name the file was uploaded with (`pelanggan.csv`). */
  fileName: string;
  entity: ImportEntity;
  kind: UploadKind;
  sheet?: string;
  sheets?: string[];
  headerRow: number;
  columns: DetectedColumn[];
  fields: FieldInfo[];
  rows: PreviewRow[];
  /** A missing, doubled or badly mapped column: the run would stop with it (fix the mapping). */
  error?: ErrorView;
  /** No sheet asked for and the first lacks a required column: the one other worksheet that has them. */
  fittingSheet?: string;
  warnings: string[];
}

export interface InspectOptions {
  sheet?: string;
  /** File header → field, or "" to ignore: the drop-downs' state (the `--mapping` format). */
  mapping?: Record<string, string>;
  mode?: ImportMode;
  /** Rows to preview (default 20, at most 200). */
  rows?: number;
  lang?: Lang;
}

export interface SavedMapping {
  entity: ImportEntity;
  /** The file's name inside the data folder's `mappings/`, for `--mapping`. */
  name: string;
  /** Absolute path: what `--mapping` takes. */
  path: string;
}

/**
 * `plan` writes the plan sheet and its companion (GET only); `apply` carries out a finished plan run
 * (`StartRequest.plan`); `undo` takes back an import, resume or apply from its journal
 * (`StartRequest.source`), in that run's folder so a second undo finds the first (ALREADY_UNDONE).
 */
export type RunKind = 'validate' | 'import' | 'resume' | 'plan' | 'apply' | 'undo';
export type RunState = 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

export interface StartRequest {
  kind: RunKind;
  entity: ImportEntity;
  uploadId: string;
  /** Default `create`. */
  mode?: ImportMode;
  sheet?: string;
  mapping?: Record<string, string>;
  /** Update/upsert: what a blank cell does (default `ignore`). */
  blank?: 'ignore' | 'clear';
  /** Import once more a file its journal shows imported to the end (the CLI's `--again`). */
  again?: boolean;
  /** apply: the plan run to carry out (its upload, entity and options are the plan's). */
  plan?: string;
  /** undo: the run to take back. */
  source?: string;
  /** undo: write what undo would do, send nothing (the CLI's `undo --plan`). */
  undoPlan?: boolean;
  /**
   * resume: the stopped run to continue (a `resumable` import, resume, apply or undo), in its folder
   * with its journal, as `--resume` does; its upload, entity and mode are used. Without it, the
   * newest stopped import of `uploadId`, `entity` and `mode`.
   */
  run?: string;
  /** apply, undo: the number typed to confirm a run that deletes (docs/GUARDS.md). */
  confirmed?: string;
  /** The language of the run's sheets and messages (the page's); default the workspace's. */
  lang?: Lang;
}

/** One row of a plan sheet, as the page's table of changes shows it. */
export interface PlanChange {
  row: number;
  action: PlanAction | string;
  id: string;
  /** `field: old → new; …` as the plan sheet's `_changes` says it. */
  changes: string;
  /** Why a row is invalid, skipped or deleted (`_reason`). */
  reason: string;
  flags: string;
}

export interface Progress {
  done: number;
  /** Known once the file was read through (imports); undefined for validate of an XLSX. */
  total?: number;
  /** Rows per second since the run started. */
  rate: number;
  /** Undefined until a rate and total are known. */
  etaSeconds?: number;
}

export interface ErrorView {
  code: string;
  message: string;
}

/** A finished run's summary, as the CLI's `--json` prints it but with file names, not paths. */
export interface SummaryView {
  total: number;
  counts: Partial<Record<RowStatus, number>>;
  codes: Record<string, number>;
  durationMs: number;
  rate: number;
  inDoubtRows: number[];
  warnings: string[];
  /** plan: rows per action. */
  actions?: Partial<Record<PlanAction, number>>;
  /** undo plan: rows per undo action. */
  undoActions?: Partial<Record<'delete' | 'restore' | 'recreate' | 'cancel' | 'none', number>>;
}

export interface RunView {
  id: string;
  kind: RunKind;
  entity: ImportEntity;
  mode: ImportMode;
  uploadId: string;
  /** The upload's original name, for display. */
  fileName: string;
  state: RunState;
  startedAt: string;
  endedAt?: string;
  progress: Progress;
  summary?: SummaryView;
  /** Files the run produced (result, errors, journal): what `file(id, name)` serves. */
  files: string[];
  /** For each of `files`, the name to download it as, after the upload's own (`pelanggan.result.xlsx`). */
  downloadNames: Record<string, string>;
  error?: ErrorView;
  /** A run (import, resume, apply, undo) stopped before its end whose journal a `resume` continues. */
  resumable: boolean;
  /** For a resume, or an apply or undo resumed: the run it continues. */
  resumes?: string;
  /** For an apply: its plan run; for an undo: the run it takes back. */
  source?: string;
  /** An import, resume or apply that ended (or was stopped) with a journal: an undo takes it back. */
  undoable: boolean;
  /** A plan that reached its end: an apply carries it out. */
  applicable: boolean;
  /** How the run read its file (sheet, mapping, blank rule): an import started again reads it so. */
  reading?: { sheet?: string; mapping?: Record<string, string>; blank?: 'ignore' | 'clear' };
}

export type RunEvent =
  { seq: number; type: 'state'; run: RunView } | { seq: number; type: 'progress'; progress: Progress };

export type RunListener = (event: RunEvent) => void;

export interface Workspace {
  saveUpload(originalName: string, bytes: AsyncIterable<Uint8Array>, maxBytes?: number): Promise<UploadInfo>;
  inspect(uploadId: string, entity: ImportEntity, options?: InspectOptions): Promise<Inspection>;
  saveMapping(entity: ImportEntity, mapping: Record<string, string>, name?: string): Promise<SavedMapping>;
  /** A mapping saved before (by default the entity's), or undefined. */
  savedMapping(entity: ImportEntity, name?: string): Promise<Record<string, string> | undefined>;
  start(request: StartRequest): Promise<RunView>;
  get(id: string, lang?: Lang): RunView | undefined;
  list(lang?: Lang): RunView[];
  subscribe(id: string, listener: RunListener): () => void;
  cancel(id: string): RunView | undefined;
  file(id: string, name: string): string | undefined;
  /** A finished plan run's rows, read back from its plan sheet (the first `limit`, and how many in all). */
  planChanges(id: string, limit?: number): Promise<{ rows: PlanChange[]; total: number } | undefined>;
  /** What an undo of an undoable run would do at most, from its journal (the number the page asks for). */
  undoCounts(id: string): UndoCounts | undefined;
  /** Cancels every run and waits for them to settle (server shutdown). */
  close(): Promise<void>;
}
