import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { localizedRunError } from '../i18n/index.js';
import { JournalWriter, readJournal, type JournalState, type RunHeader } from './journal-file.js';
import { fingerprint } from './fingerprint.js';
import { findFinishedTwin } from './finished-twin.js';
import { lockJournal, type JournalLock } from './run-lock.js';

export interface RunJournal {
  writer: JournalWriter;
  /** What an earlier run left, when resuming. */
  previous?: JournalState;
}

export interface RunIdentity {
  entity: string;
  mode: string;
  resume: boolean;
  /** Import a file once more although the journal shows it imported to the end (`--again`). */
  again?: boolean;
  /**
   * Folders whose finished journals also count: a copy of a file imported there (same content, entity
   * and mode) is ALREADY_IMPORTED too (journal/finished-twin.ts). Default: the journal's own folder.
   */
  earlierRunsIn?: readonly string[];
}

/**
 * Opens the journal of a run, by the re-run rules (README, "Running a file again"), before anything
 * is sent:
 * - without --resume, an unfinished journal is refused rather than overwritten: it may hold the only
 *   record of rows that are in doubt; a finished one of this very file (SHA-256), entity and mode is
 *   ALREADY_IMPORTED unless `again`; any other finished one is replaced;
 * - with --resume, no journal is JOURNAL_NOT_FOUND (a new run would send every row again), a
 *   finished one of this run is RUN_COMPLETE (nothing to do), one of another run JOURNAL_MISMATCH.
 *
 * All of it under the journal's lock (run-lock.ts): a journal another live run holds is
 * RUN_IN_PROGRESS before it is read. The writer returned holds the lock until it is closed.
 *
 * `input` is the input file's fingerprint, or its path to compute it from.
 */
export async function openRunJournal(
  path: string,
  input: string | RunHeader['input'],
  run: RunIdentity,
): Promise<RunJournal> {
  const inputPrint = typeof input === 'string' ? await fingerprint(input) : input;
  // No folder, no journal in it and no run using it: what follows says what is missing.
  const lock = existsSync(dirname(path)) ? lockJournal(path) : undefined;
  try {
    return openLocked(path, inputPrint, run, lock);
  } catch (err) {
    lock?.release();
    throw err;
  }
}

function openLocked(
  path: string,
  inputPrint: RunHeader['input'],
  run: RunIdentity,
  lock: JournalLock | undefined,
): RunJournal {
  const found = readJournal(path);
  const writer = new JournalWriter(path, lock);
  const sameRun =
    found !== undefined &&
    found.header.input.sha256 === inputPrint.sha256 &&
    found.header.entity === run.entity &&
    found.header.mode === run.mode;
  // A Date, so the message shows it in the reader's language (`7 Desember 2026 pukul 14.48`).
  const at = new Date(found?.endedAt ?? found?.header.startedAt ?? 0);
  if (run.resume) {
    if (!found) throw localizedRunError('JOURNAL_NOT_FOUND', 'rerun.journalNotFound', { journal: path });
    if (found.ended && sameRun) {
      throw localizedRunError('RUN_COMPLETE', 'rerun.runComplete', { file: inputPrint.name, at });
    }
  }
  if (found && sameRun && found.ended && !run.again) {
    throw localizedRunError('ALREADY_IMPORTED', 'rerun.alreadyImported', {
      file: inputPrint.name,
      entity: run.entity,
      mode: run.mode,
      at,
      journal: path,
    });
  }
  if (!run.resume && !run.again && !(found && sameRun)) {
    const twin = findFinishedTwin(run.earlierRunsIn ?? [dirname(path)], path, inputPrint, run);
    if (twin) {
      throw localizedRunError('ALREADY_IMPORTED', 'rerun.alreadyImportedCopy', {
        file: inputPrint.name,
        twin: twin.header.input.name,
        entity: run.entity,
        mode: run.mode,
        at: new Date(twin.endedAt),
        journal: twin.journal,
      });
    }
  }
  // A finished journal of another file needs nothing: start anew.
  const previous = found && !found.ended ? found : undefined;
  if (previous && !run.resume) {
    throw localizedRunError('JOURNAL_MISMATCH', 'rerun.unfinished', { journal: path });
  }
  if (previous) {
    const h = previous.header;
    if (!sameRun) {
      throw localizedRunError('JOURNAL_MISMATCH', 'rerun.otherRun', {
        journal: path,
        entity: h.entity,
        mode: h.mode,
        file: h.input.name,
      });
    }
    writer.open(undefined);
    return { writer, previous };
  }
  const header: RunHeader = {
    version: 1,
    entity: run.entity,
    mode: run.mode,
    input: inputPrint,
    startedAt: new Date().toISOString(),
  };
  writer.open(header);
  return { writer };
}
