import { localizedRunError } from '../i18n/index.js';
import { JournalWriter, readJournal, type JournalState, type RunHeader } from './journal-file.js';
import { fingerprint } from './fingerprint.js';

export interface RunJournal {
  writer: JournalWriter;
  /** What an earlier run left, when resuming. */
  previous?: JournalState;
}

/**
 * Opens the journal of a run. Without --resume an unfinished journal is refused rather than
 * overwritten: it may hold the only record of rows that are in doubt. A finished one is
 * replaced, so a cron job may always pass --resume and still import each new file.
 */
export async function openRunJournal(
  path: string,
  inputPath: string,
  run: { entity: string; mode: string; resume: boolean },
): Promise<RunJournal> {
  const input = await fingerprint(inputPath);
  const found = readJournal(path);
  const writer = new JournalWriter(path);
  const sameRun =
    found !== undefined &&
    found.header.input.sha256 === input.sha256 &&
    found.header.entity === run.entity &&
    found.header.mode === run.mode;
  // A finished journal needs nothing: start anew unless this resumes that very run.
  const previous = found && (!found.ended || (run.resume && sameRun)) ? found : undefined;
  if (previous && !run.resume) {
    throw localizedRunError('JOURNAL_MISMATCH', 'journal.exists', { path });
  }
  if (previous) {
    const h = previous.header;
    if (!sameRun) {
      throw localizedRunError('JOURNAL_MISMATCH', 'journal.otherRun', {
        path,
        entity: h.entity,
        mode: h.mode,
        input: h.input.name,
      });
    }
    writer.open(undefined);
    return { writer, previous };
  }
  const header: RunHeader = {
    version: 1,
    entity: run.entity,
    mode: run.mode,
    input,
    startedAt: new Date().toISOString(),
  };
  writer.open(header);
  return { writer };
}
