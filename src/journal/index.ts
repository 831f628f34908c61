export { JournalWriter, readJournal } from './journal-file.js';
export type { BeforeImage, DoneEntry, JournalState, RunHeader, SendingEntry } from './journal-file.js';
export { fingerprint } from './fingerprint.js';
export { openRunJournal, type RunIdentity, type RunJournal } from './run-journal.js';
export { changesOf, type RunChange } from './changes.js';
export { lockJournal, type JournalLock } from './run-lock.js';
