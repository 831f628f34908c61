/** English messages about a journal another live run holds (journal/run-lock.ts, docs/journal.md). */
export const enRunLock = {
  busy: 'another run is using {{journal}} since {{since, datetime(dateStyle: long; timeStyle: medium)}} (process {{pid}} on {{host}}); nothing was sent. Wait for it to finish, or stop it (Ctrl-C in its window). Only when that process is gone will --resume continue its run',
};
