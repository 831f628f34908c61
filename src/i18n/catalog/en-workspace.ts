/** English messages of the workspace (src/workspace/): uploads and background runs of the web page. */
export const enWorkspace = {
  uploadTooBig:
    "'{{name}}' is larger than the limit of {{limit, number(maximumFractionDigits: 6)}} {{limitUnit}}: split the file or raise the limit (SALESMANIA_MAX_FILE_MB)",
  uploadNotFound: 'no uploaded file {{id}} in the data folder: upload the file again',
  runBusy:
    'a run of this file started {{at, datetime(dateStyle: medium; timeStyle: short)}} is going on already: wait for it to end, or stop it',
  noSuchRun:
    'run {{run}} cannot be used here: a plan must have reached its end, an undo needs an ended import or apply with its journal',
  nothingToResume: 'no stopped import of this file to resume: start an import instead',
  nothingToResumeRun:
    'run {{run}} has nothing to resume: it reached its end, or a later run continues its journal (resume that one)',
  badMapping: 'the mapping must name, for a column of the file, a field or "" (ignore the column)',
};
