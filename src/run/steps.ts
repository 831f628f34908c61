/**
 * The parts a row run is composed of (docs/ARCHITECTURE.md, "Run kinds"). The pipeline
 * (pipeline.ts) reads and writes; an entity's steps map, decide and — when the run kind sends —
 * send each row, yielding its outcome's work in input order.
 */
import type { SalesManiaClient } from '../api/index.js';
import type { RunHeader, RunJournal } from '../journal/index.js';
import type { ColumnBinding, DateOrderEvidence } from '../map/index.js';
import type { DuplicateScreen, StopGrace } from '../push/index.js';
import type { RowKey, RowOutcome, SourceRow } from '../types.js';
import type { RowRunOptions } from './options.js';
import type { ResultWriter, ResultWriterOptions } from '../write/index.js';

/**
 * A run kind: validate sends nothing; import journals and sends; plan reads the records and says
 * what each row would do; apply is import held to a plan (docs/PLAN.md).
 */
export interface RunKind {
  /** For the summary only: no code branches on it. */
  name: 'import' | 'validate' | 'plan' | 'apply';
  /** Whether the run has a sender (and so a journal and a connection). */
  sends: boolean;
  /** Whether the run reads the server without a sender (plan: GET only, no journal). */
  reads?: boolean;
  /** The sheet the outcomes go to, instead of the result and errors sheets (plan: the plan sheet). */
  openWriter?(options: ResultWriterOptions, input: RunHeader['input'] | undefined): Promise<ResultWriter>;
}

/** The read step of a run that reads the server and sends nothing (plan). */
export interface LookStep {
  connect(): Promise<SalesManiaClient>;
}

/** The send step of a run that sends: where it writes what it does, and how it connects. */
export interface SendStep {
  journal: RunJournal;
  /** Logs in (each entity decides when: orders only if some order is left to send). */
  connect(): Promise<SalesManiaClient>;
}

export interface StepContext {
  o: RowRunOptions;
  binding: ColumnBinding;
  /** Keys that may repeat in the file, when it was read through first. */
  screen?: DuplicateScreen;
  /** Undefined for a run that sends nothing (validate): rows are decided, never sent. */
  send?: SendStep;
  /** plan: rows are decided against the server's records, and not sent. */
  look?: LookStep;
  /** `--mode delete`: every row's key, to count the records the run will delete before it asks. */
  deleteKeys?: RowKey[];
  /** What the date column showed of its order (docs/DATES.md): given to the mapper. */
  dateOrder?: DateOrderEvidence;
  /** The file is a `;` CSV: a single comma in a number is a decimal comma (MapOptions.decimalComma). */
  decimalComma?: boolean;
  /** A row decided before its outcome is complete (a create waiting for its id): counted for the progress now. */
  decided?(rowNumber: number): void;
  /** Bounds work still in flight after a stop. */
  grace: StopGrace;
}

/** One row's outcome to come, wrapped so that `for await` does not wait for it. */
export interface RowWork {
  work: Promise<RowOutcome>;
}

export interface RowSteps {
  /** Rows read ahead of the one being written: bounds memory and pauses the reader. */
  window: number;
  /** map → (group) → decide → send, one work per input row, in input order. */
  outcomes(rows: AsyncIterable<SourceRow>): AsyncIterable<RowWork>;
}
