/**
 * English messages of the web page found missing by using it as its users do (an Indonesian sales
 * admin): a file uploaded twice, a first visit, progress in minutes. Same keys in `id-webuser.ts`.
 */
export const enWebUser = {
  alreadyImported:
    'This file was already imported to the end on {{at, datetime(dateStyle: long; timeStyle: short)}} (the same content): nothing was sent, so nothing is created twice. To import it once more anyway, use "Import once more": rows whose code exists are skipped, rows without a code are created again',
  importAgain: 'Import once more',
  otherSheetTaken:
    'the worksheet "{{sheet}}" is shown: the first one, "{{first}}", does not have the columns of this data (choose another under Sheet)',
  progressOf: '{{done, number}} of {{total, number}} rows · {{rate, number}} rows/s · {{eta}}',
  etaMinutes_one: 'about {{count, number}} minute left',
  etaMinutes_other: 'about {{count, number}} minutes left',
  etaHours_one: 'about {{count, number}} hour left',
  etaHours_other: 'about {{count, number}} hours left',
  fileResult: 'every row with its status (_status), SalesMania id (_id) and message (_error)',
  fileErrors:
    'only the rows that need attention, with the reason: fix them in this sheet and import it again as it is',
  fileJournal: "the tool's own record of what was sent, for Resume and Undo: no need to open it",
  filePlan: 'what each row would do, and the change old → new',
  filePlanCompanion: "the plan's companion, which Run this plan checks: no need to open it",
};
