/**
 * English messages. This catalog defines the keys: `id.ts` must have every key with the same
 * placeholders (checked by the type of `id.ts` and by test/i18n). Plural forms use i18next's
 * suffixes (`_one`, `_other`); numbers in text go through `{{n, number}}` (Intl, per language).
 * How to add a message: docs/I18N.md.
 */
import { enRerun } from './en-rerun.js';
import { enReimport } from './en-reimport.js';
import { enGuards } from './en-guards.js';
import { enConfirm } from './en-confirm.js';
import { enPreview } from './en-preview.js';
import { enRun } from './en-run.js';
import { enRows } from './en-rows.js';
import { enPlan } from './en-plan.js';
import { enUndo } from './en-undo.js';
import { enWeb } from './en-web.js';
import { enWebPlan } from './en-webplan.js';
import { enWorkspace } from './en-workspace.js';
import { enLog } from './en-log.js';
import { enBind } from './en-bind.js';
import { enRunLock } from './en-runlock.js';
import { enWebLang } from './en-weblang.js';
import { enWebExport } from './en-webexport.js';
import { enWebUser } from './en-webuser.js';
import { enSheet } from './en-sheet.js';
import { enValues } from './en-values.js';
import { enStored } from './en-stored.js';

export const en = {
  ...enRun,
  ...enWeb,
  rerun: enRerun,
  reimport: enReimport,
  plan: enPlan,
  undo: enUndo,
  guards: enGuards,
  confirm: enConfirm,
  preview: enPreview,
  workspace: enWorkspace,
  log: enLog,
  bind: enBind,
  sheetRows: enSheet,
  webPlan: enWebPlan,
  runLock: enRunLock,
  webLang: enWebLang,
  webExport: enWebExport,
  webUser: enWebUser,
  values: enValues,
  stored: enStored,
  error: {
    line: 'error [{{code}}]: {{message}}',
    internal:
      'error [INTERNAL]: {{message}}\n(this is a bug in salesmania-bulk; run with --log-level debug for details)',
  },
  usage: {
    hint: '(run with --help for usage)',
    unknownOption: "error [USAGE]: unknown option '{{option}}'",
    unknownOptionSuggestion: "error [USAGE]: unknown option '{{option}}'\n(Did you mean {{suggestion}}?)",
    unknownCommand: "error [USAGE]: unknown command '{{command}}'",
    unknownCommandSuggestion: "error [USAGE]: unknown command '{{command}}'\n(Did you mean {{suggestion}}?)",
    missingArgument: "error [USAGE]: missing required argument '{{argument}}'",
    optionMissingArgument: "error [USAGE]: option '{{option}}' argument missing",
    missingMandatoryOption: "error [USAGE]: required option '{{option}}' not specified",
    invalidOptionChoice:
      "error [USAGE]: option '{{option}}' argument '{{value}}' is invalid. Allowed choices are {{choices}}.",
    invalidArgumentChoice:
      "error [USAGE]: command-argument value '{{value}}' is invalid for argument '{{argument}}'. Allowed choices are {{choices}}.",
    excessArguments_one:
      'error [USAGE]: too many arguments. Expected {{count}} argument but got {{received}}.',
    excessArguments_other:
      'error [USAGE]: too many arguments. Expected {{count}} arguments but got {{received}}.',
    generic: 'error [USAGE]: {{message}}',
  },
  config: {
    notPositiveNumber: 'expected `{{name}}` to be a number > 0, got `{{value}}`',
    notPositiveInteger: 'expected `{{name}}` to be a whole number > 0, got `{{value}}`',
    notFraction: 'expected `{{name}}` to be a fraction from 0 to 1, got `{{value}}`',
    notOneOf: 'expected `{{name}}` to be one of {{allowed}}, got `{{value}}`',
    notHttpUrl: 'expected `{{name}}` to be an http(s) URL, got `{{value}}`',
    urlWithCredentials:
      '`{{name}}` must not contain credentials; use SALESMANIA_USERNAME and SALESMANIA_PASSWORD(_FILE)',
    passwordFileUnreadable: 'cannot read the password from file {{path}} ({{reason}})',
    noPassword:
      'no password for user {{username}}: set {{passwordEnv}} or {{passwordFileEnv}} (a Docker secret)',
    noCredentials:
      'no credentials: set {{usernameEnv}} and {{passwordEnv}} (or {{passwordFileEnv}}), or {{tokenEnv}}',
    maxRunsWithoutCron: '`--max-runs` goes with `--cron`',
    secretUnreadable: {
      smtpPassword: 'cannot read the SMTP password from file {{path}} ({{reason}})',
      sftpPassword: 'cannot read the SFTP password from file {{path}} ({{reason}})',
      sftpKey: 'cannot read the SFTP private key from file {{path}} ({{reason}})',
    },
    smtpUrlInvalid: 'expected {{name}} to be smtp://user@host:587 or smtps://…',
    smtpUrlProtocol: 'expected {{name}} to start with smtp:// or smtps://',
    smtpUrlPassword: '{{name}} must not contain a password; use {{passwordEnv}} or {{passwordFileEnv}}',
    noSmtpPassword: 'no SMTP password for {{user}}: set {{passwordEnv}} or {{passwordFileEnv}}',
    hostKeyInvalid: 'expected {{name}} to be a fingerprint like SHA256:… (ssh-keygen -lf), got `{{value}}`',
    timeZone: 'expected `timezone` to be an IANA time zone such as Asia/Jakarta, got `{{value}}`',
  },
  api: {
    noCredentials:
      'no credentials: set a username and password (or a bearer token) to reach the SalesMania API',
    loginRejected: '{{method}} {{path}}: login failed: the username or password was rejected ({{status}})',
    tokenRejected:
      '{{method}} {{path}}: the bearer token was rejected ({{status}}) and no username/password is set to log in again',
    stillRejected: '{{method}} {{path}}: still rejected ({{status}}) after logging in again',
    noDatabase: 'this user can reach no database',
    severalDatabases: 'several databases are available; choose one by id or name: {{available}}',
    severalNamed: 'several databases are named "{{name}}" (ids {{ids}}); choose one by id',
    databaseNotFound: 'database "{{name}}" not found; available: {{available}}',
    databaseNotFoundNone: 'database "{{name}}" not found; this user can reach no database',
  },
  template: {
    notAvailable: 'templates for {{entity}} are not yet available in this version',
    formatMismatch: '--format {{format}} does not match the file name {{file}}',
    written: 'template written: {{path}} (columns: {{columns}})',
    /** Excel's message when a cell of a drop-down column gets another value. */
    dropDownError: 'Expected one of: {{values}}',
  },
  /** Which row is the header (read/header-search.ts, run/header-note.ts). */
  headerRow: {
    matched_one:
      'row {{row}} taken as the header: its cells hold {{count, number}} known column name; the rows above it (a title, a date line) are not read',
    matched_other:
      'row {{row}} taken as the header: its cells hold {{count, number}} known column names; the rows above it (a title, a date line) are not read',
    option: 'row {{row}} taken as the header (--header-row); the rows above it are not read',
    blank: '{{file}}: --header-row {{row}} names a blank row',
    pastEnd: '{{file}}: --header-row {{row}} is past the end of the file',
  },
  progress: {
    bar: '{{label}} [{bar}] {value}/{total} rows | {rate} rows/s | ETA {eta_formatted}',
    barNoTotal: '{{label}} {value} rows | {rate} rows/s',
    log: '{{label}}: {{processed, number}} of {{total, number}} rows, {{rate, number}} rows/s',
    logNoTotal: '{{label}}: {{processed, number}} rows, {{rate, number}} rows/s',
  },
  signal: {
    received: '{{signal}} received: stopping after the requests in flight (press again to force)',
    again: '{{signal}} again: stopping now without a clean finish',
    stoppedBeforeSending:
      'stopped by {{signal}} before any row was sent: nothing to resume, run the same command again without --resume',
  },
  summary: {
    title: 'Summary: {{title}}',
    titleInterrupted: 'Summary: {{title}} (stopped by {{signal}})',
    status: {
      created: 'created',
      updated: 'updated',
      deleted: 'deleted',
      unchanged: 'unchanged',
      skipped: 'skipped',
      valid: 'valid',
      invalid: 'invalid',
      failed: 'failed',
      in_doubt: 'in_doubt',
      not_sent: 'not_sent',
      conflict: 'conflict',
      cannot_undo: 'cannot_undo',
    },
    total: 'total',
    duration: 'duration',
    durationValue: '{{seconds, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} s',
    rate: 'rate',
    rateValue: '{{rate, number(minimumFractionDigits: 1; maximumFractionDigits: 1)}} rows/s',
    sheets: 'rows: {{list}}',
    codes: 'problems by code: {{list}}',
    output: 'output: {{path}}',
    state: 'state (--since last): {{path}}',
    result: 'result sheet: {{path}}',
    errors: 'rows needing attention: {{path}}',
    journal: 'journal: {{path}} (run again with --resume)',
    inDoubt: 'in doubt (check on the server): rows {{rows}}',
    inDoubtMore_one: 'in doubt (check on the server): rows {{rows}} and {{count, number}} more',
    inDoubtMore_other: 'in doubt (check on the server): rows {{rows}} and {{count, number}} more',
  },
  demo: {
    finished:
      'Demo finished. Open the result sheets above: each row says created, updated, unchanged or invalid, and why.',
  },
  doctor: {
    reachable: 'API: {{url}} — reachable, login ok',
    databases: 'Databases you can reach:',
    database: '  {{id}}  {{name}}',
    databaseSelected: '  {{id}}  {{name}}  ← selected',
    teamToken: 'Team token: database {{databaseId}} ({{databaseName}}), team member {{teamId}}',
    teamTokenNoName: 'Team token: database {{databaseId}}, team member {{teamId}}',
    unknown: 'unknown',
    members: 'Team members ({{count, number}}):',
    member: '  {{id}}  {{name}}{{number}}  {{email}}  {{role}}',
    memberInactive: '  {{id}}  {{name}}{{number}}  {{email}}  {{role}}  (inactive)',
  },
  /** Row messages; the column is named by the frame (`issue.withColumn`), not repeated here. */
  row: enRows,
  issue: {
    /** A row problem as the result sheet's `_error` shows it. */
    withColumn: '{{column}}: {{message}} [{{code}}]',
    withoutColumn: '{{message}} [{{code}}]',
  },
};
