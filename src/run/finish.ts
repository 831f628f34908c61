/** The end every import shares: each row's outcome written and counted, then the run closed or abandoned. */
import type { RunError } from '../errors.js';
import type { RunJournal } from '../journal/index.js';
import type { ImportFiles } from './files.js';
import type { RowRunOptions } from './options.js';
import type { RunKind } from './steps.js';
import { countCodes, countStatus, handledRows, sortedCodes, type RunSummary } from './summary.js';
import type { RowOutcome } from '../types.js';
import type { ResultWriter } from '../write/index.js';

/** Writes outcomes to the result sheets, in the order given, and counts them. */
export class OutcomeTally {
  readonly counts: RunSummary['counts'] = {};
  /** Rows left in doubt, for the summary: a person checks them on the server. */
  readonly inDoubtRows: number[] = [];
  /** Rows per issue code, for the summary. */
  readonly codes = new Map<string, number>();
  total = 0;

  constructor(private readonly writer: ResultWriter) {}

  readonly write = async (outcome: RowOutcome): Promise<void> => {
    await this.writer.write(outcome);
    countStatus(this.counts, outcome.status);
    // Most rows have no issue: no array and no set of their codes per row.
    if (outcome.issues.length > 0) {
      countCodes(
        this.codes,
        outcome.issues.map((issue) => issue.code),
      );
    }
    if (outcome.status === 'in_doubt') this.inDoubtRows.push(outcome.source.rowNumber);
    this.total += 1;
  };
}

/**
 * A run that broke off: no sheet is left at the final paths, and a journal that recorded no row is
 * removed, so it does not trip the next run.
 */
export async function abandonImport(writer: ResultWriter, journal: RunJournal | undefined): Promise<void> {
  await writer.abort();
  journal?.writer.discardIfEmpty();
}

/**
 * Publishes the result sheets, ends the journal (left open to `--resume` when a signal or a guard
 * stopped the run) and says what the run did.
 */
export async function finishImport(
  o: RowRunOptions,
  kind: RunKind,
  files: Pick<ImportFiles, 'writer' | 'finishWarnings'>,
  journal: RunJournal | undefined,
  tally: OutcomeTally,
  startedAt: number,
  /** Why a guard stopped the run (stop-guards.ts), if one did. */
  stoppedBy?: RunError,
): Promise<RunSummary> {
  let written: Awaited<ReturnType<ResultWriter['close']>>;
  try {
    written = await files.writer.close();
  } catch (err) {
    // The journal stays unfinished (for --resume), but lets go of its lock: the web page's process lives on.
    journal?.writer.close();
    throw err;
  }
  const interrupted = o.signal.aborted ? (String(o.signal.reason) as 'SIGINT' | 'SIGTERM') : undefined;
  if (journal && !interrupted && !stoppedBy) journal.writer.end();
  journal?.writer.close();
  const warnings = files.finishWarnings();
  const durationMs = Date.now() - startedAt;
  return {
    command: kind.name,
    entity: o.entity,
    mode: kind.sends ? o.mode : undefined,
    total: tally.total,
    counts: tally.counts,
    durationMs,
    rate: handledRows(tally) / Math.max(durationMs / 1000, 0.001),
    files: { result: written.resultPath, errors: written.errorsPath, journal: journal?.writer.path },
    warnings,
    interrupted,
    inDoubtRows: tally.inDoubtRows,
    codes: sortedCodes(tally.codes),
    ...(stoppedBy && {
      stopped: { code: stoppedBy.code, message: stoppedBy.message, localized: stoppedBy.localized },
    }),
  };
}
