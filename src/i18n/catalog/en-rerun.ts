/**
 * English messages about running a file again (the re-run rules, README "Running a file again"):
 * a file already imported, `--resume` with nothing to resume, a key that exists on create.
 */
export const enRerun = {
  alreadyImported:
    '{{file}} was already imported to the end ({{entity}}, --mode {{mode}}) on {{at, datetime(dateStyle: long; timeStyle: short)}}, by the journal {{journal}}; nothing was sent. Add --again to import it once more',
  alreadyImportedCopy:
    '{{file}} has the same content as {{twin}}, which was already imported to the end ({{entity}}, --mode {{mode}}) on {{at, datetime(dateStyle: long; timeStyle: short)}}, by the journal {{journal}}; nothing was sent. Add --again to import it once more',
  journalNotFound:
    'nothing to resume: no journal at {{journal}}. Give the same --out-dir as the first run; or run without --resume to start anew (rows whose key exists are then skipped, rows without a key would be created again)',
  runComplete:
    'the run of {{file}} is already complete ({{at, datetime(dateStyle: long; timeStyle: short)}}): nothing to resume, nothing was sent',
  unfinished:
    'a journal of an unfinished run exists ({{journal}}); add --resume to finish that run. Starting anew instead (move the journal away) skips rows whose key exists, but would create rows without a key again',
  otherRun:
    'the journal {{journal}} belongs to another run ({{entity}} {{mode}} of {{file}}); it cannot resume this one',
  keyExists: '{{key}} exists already (id {{id}}): not created again (--allow-existing-keys creates it)',
};
