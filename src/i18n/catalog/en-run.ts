/**
 * English run errors and warnings of the reader, writers, journal, export, schedule, API transport,
 * run, delivery and notification modules (issue 16). Spread into `en.ts`; `id-run.ts` has the same
 * keys. One whole sentence per key (docs/I18N.md); numbers for people through `{{n, number}}`.
 */
export const enRun = {
  read: {
    /** What a file is, when it is not a spreadsheet (`read.otherFormat` …). */
    kind: {
      pdf: 'a PDF document',
      png: 'a PNG image',
      jpeg: 'a JPEG image',
      gif: 'a GIF image',
      gzip: 'a gzip-compressed file (unpack it first)',
      sevenZip: 'a 7-Zip archive',
      rar: 'a RAR archive',
      bzip2: 'a bzip2-compressed file (unpack it first)',
      rtf: 'an RTF document',
      json: 'a JSON file',
      xmlSpreadsheet: 'an Excel "XML Spreadsheet 2003" file',
      html: 'a web page (HTML, as some systems export tables under an .xls name)',
      xml: 'an XML file',
      xlsb: 'an Excel binary workbook (.xlsb)',
      docx: 'a Word document (.docx)',
      pptx: 'a PowerPoint presentation (.pptx)',
      ods: 'an OpenDocument spreadsheet (.ods)',
      odf: 'an OpenDocument file',
      numbers: 'an Apple Numbers document',
      zip: 'a ZIP archive that is not an Excel workbook',
    },
    bytes_one: 'byte',
    bytes_other: 'bytes',
    notFound: 'file not found: {{path}}',
    permission: "no permission to read '{{name}}': check the file's permissions and the user this runs as",
    linkLoop:
      "'{{name}}' is a symbolic link that leads back to itself (a loop of links), so there is no file to read: give the path of the file itself, or fix the link",
    ioFailed: "could not read '{{name}}': {{reason}}",
    folder: "'{{name}}' is a folder, not a file: give the path of a .csv or .xlsx file",
    folderNumbers:
      "'{{name}}' is a folder, not a file (an Apple Numbers document): export it from Numbers as Excel (.xlsx) or CSV",
    notRegular: "'{{name}}' is not a regular file",
    tooBig:
      "'{{name}}' is {{size, number(maximumFractionDigits: 6)}} {{sizeUnit}}, more than the limit of {{limit, number(maximumFractionDigits: 6)}} {{limitUnit}}: split the file or raise the limit (SALESMANIA_MAX_FILE_MB)",
    empty: "'{{name}}' is empty (0 bytes)",
    encrypted:
      "'{{name}}' is a password-protected (encrypted) Excel workbook: open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear it), save it as .xlsx, and retry",
    oldXls:
      "'{{name}}' is an old Excel 97-2003 workbook (.xls), which is not supported: open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8",
    wordDocument: "'{{name}}' is a Word document, not a spreadsheet: give a .csv or .xlsx file",
    ole2: "'{{name}}' is an OLE2 compound file — an old Office format such as Excel 97-2003 (.xls), or a password-protected workbook — which is not supported: save it as .xlsx or CSV UTF-8 without a password",
    otherFormat: "'{{name}}' is {{what}}, not a CSV or Excel workbook: give a .csv or .xlsx file",
    otherZip: "'{{name}}' is {{what}}, which is not supported: give a .csv or .xlsx file",
    otherPackage:
      "'{{name}}' is {{what}}, which is not supported: open it and save it as .xlsx (Excel Workbook) or CSV UTF-8",
    notCsv:
      "'{{name}}' is {{what}}, not a CSV file or Excel workbook: open it in Excel and save it as .xlsx or CSV UTF-8",
    binaryControl:
      "'{{name}}' is a binary file (it contains control characters), not a CSV file or Excel workbook: open it in Excel and save it as .xlsx or CSV UTF-8",
    binaryNul: "'{{name}}' is a binary file, not CSV text (it contains NUL bytes): give a .csv or .xlsx file",
    utf32: "'{{name}}' is UTF-32 text, which is not supported: save it as CSV UTF-8",
    unknownEncoding:
      "unknown encoding '{{encoding}}': use for example utf8, utf16le, utf16be or windows-1252",
    badDelimiter:
      'expected `delimiter` to be one of , ; tab | (or comma, semicolon, tab, pipe), got `{{value}}`',
    unknownLimit: 'unknown read limit `{{key}}`',
    badLimit: 'expected `limits.{{key}}` to be a number > 0, got `{{value}}`',
    noHeaderBlank: "'{{name}}' has no header row: it holds only blank lines",
    tooManyRows: "'{{name}}' has more than {{limit, number}} data rows (the limit): split the file",
    tooManyCells:
      "'{{name}}' line {{line}} has {{count, number}} cells, more than the limit of {{limit, number}}",
    cellTooLong:
      "'{{name}}' line {{line}}, column '{{column}}': the cell has {{count, number}} characters, more than the limit of {{limit, number}}",
    unclosedQuote:
      "'{{name}}' line {{line}}: a quoted value starts here and is never properly closed (lines {{line}} to {{last}} would be read as one cell). Fix the quotes on that line.",
    unclosedQuoteRest:
      "'{{name}}' line {{line}}: a quoted value starts here and is never closed, so the rest of the file (more than {{limit, number}} characters) would be read as one cell. Fix the quotes on that line.",
    rowTooLong:
      "'{{name}}' line {{line}}: a row is longer than {{limit, number}} characters — a cell holds more than the limit of characters in one cell (SALESMANIA_MAX_CELL_CHARS)",
    csvHeaderTooWide:
      "'{{name}}' line {{line}}: the header has {{count, number}} columns, more than the limit of {{limit, number}}",
    sheetHeaderTooWide:
      "'{{name}}' sheet '{{sheet}}' row {{row}}: the header has {{count, number}} columns, more than the limit of {{limit, number}}",
    zipTruncated:
      "'{{name}}' is damaged or incomplete (the end of the ZIP container is missing — the file is probably truncated): open it in Excel, save it again, and retry",
    zipDirectory:
      "'{{name}}' is damaged or incomplete (its ZIP directory cannot be read): open it in Excel, save it again, and retry",
    partTooLong:
      "'{{name}}' is damaged or incomplete (the part '{{part}}' holds more data than its declared size, a zip bomb?): open it in Excel, save it again, and retry",
    partTooShort:
      "'{{name}}' is damaged or incomplete (the part '{{part}}' is shorter than its declared size): open it in Excel, save it again, and retry",
    partUnpack:
      "'{{name}}' is damaged or incomplete (the part '{{part}}' cannot be unpacked): open it in Excel, save it again, and retry",
    partChecksum:
      "'{{name}}' is damaged or incomplete (the part '{{part}}' fails its checksum): open it in Excel, save it again, and retry",
    zipTooManyParts: "'{{name}}' has {{count, number}} parts in its ZIP container, too many for a workbook",
    zipEncrypted: "'{{name}}' contains encrypted parts; remove the password and save again",
    zipMethod:
      "'{{name}}' uses a ZIP compression method ({{method}}) that Excel files do not use; save it again from Excel",
    zipBomb:
      "'{{name}}' looks like a zip bomb: its part '{{part}}' expands {{ratio, number}} times ({{size, number(maximumFractionDigits: 1)}} {{sizeUnit}}), more than the limit of {{limit, number}} times",
    zipTooBig:
      "'{{name}}' expands to {{size, number(maximumFractionDigits: 1)}} {{sizeUnit}}, more than the limit of {{limit, number(maximumFractionDigits: 1)}} {{limitUnit}}: split the workbook or save it as CSV",
    sharedStringsTooBig:
      "'{{name}}' has {{size, number(maximumFractionDigits: 1)}} {{sizeUnit}} of shared strings, more than the limit of {{limit, number(maximumFractionDigits: 1)}} {{limitUnit}}: split the workbook or save it as CSV",
    sharedStringsOver4GiB: 'the shared strings of this workbook pass 4 GiB, more than can be read',
    partTooBig: "'{{name}}': the part '{{part}}' is too big for a workbook",
    notWellFormed:
      "'{{name}}' is damaged: its part '{{part}}' is not well-formed XML; open it in Excel, save it again, and retry",
    noWorkbookPart: "'{{name}}' is not a complete Excel workbook (its workbook part is missing)",
    noSheets: "'{{name}}' has no sheets",
    sheetNotFound: "sheet '{{sheet}}' not found in '{{name}}'; its sheets are: {{sheets}}",
    sheetNotFoundHidden:
      "sheet '{{sheet}}' not found in '{{name}}'; its sheets are: {{sheets}} (hidden: {{hidden}})",
    sheetNotFoundNoneVisible: "sheet '{{sheet}}' not found in '{{name}}'; it has no visible sheets",
    sheetNotFoundOnlyHidden:
      "sheet '{{sheet}}' not found in '{{name}}'; it has no visible sheets (hidden: {{hidden}})",
    sheetDataMissing: "'{{name}}' is damaged: the data of sheet '{{sheet}}' is missing",
    sheetTooWide:
      "'{{name}}' sheet '{{sheet}}' row {{row}} has cells beyond column XFD (16,384 columns, Excel's own maximum), more than the limit of {{limit, number}} columns",
    sheetCellTooLong:
      "'{{name}}' sheet '{{sheet}}': a cell holds more than the limit of {{limit, number}} characters",
    sheetCellTooLongAfter:
      "'{{name}}' sheet '{{sheet}}', after row {{row}}: a cell holds more than the limit of {{limit, number}} characters",
    sheetBroken:
      "'{{name}}' could not be read (sheet '{{sheet}}'): the sheet's XML is broken (not well-formed)",
    sheetBrokenAfter:
      "'{{name}}' could not be read (sheet '{{sheet}}', after row {{row}}): the sheet's XML is broken (not well-formed)",
    sheetPartBroken:
      "'{{name}}' could not be read (sheet '{{sheet}}'): the sheet's part cannot be unpacked; open it in Excel, save it again, and retry",
    sheetPartBrokenAfter:
      "'{{name}}' could not be read (sheet '{{sheet}}', after row {{row}}): the sheet's part cannot be unpacked; open it in Excel, save it again, and retry",
    sheetEmpty: "sheet '{{sheet}}' in '{{name}}' is empty: no header row",
    sheetTooManyRows:
      "sheet '{{sheet}}' in '{{name}}' has more than {{limit, number}} data rows (the limit): split it",
    sheetCellChars:
      "'{{name}}' sheet '{{sheet}}' cell {{cell}}: {{count, number}} characters, more than the limit of {{limit, number}}",
    warn: {
      textNotWorkbook: "'{{name}}' is not an Excel workbook but delimited text: read as CSV",
      workbookNotText: "'{{name}}' is an Excel workbook, not text: read as XLSX",
      csvOptionsIgnored:
        'the delimiter and encoding options apply to CSV files only: ignored for this workbook',
      sheetOptionIgnored: 'the sheet option applies to workbooks only: ignored for this CSV file',
      bomForced: "the file starts with a {{bom}} byte-order mark but encoding '{{encoding}}' was forced",
      utf16Guessed: 'no byte-order mark, but the NUL-byte pattern says {{encoding}}: read as such',
      windows1252:
        'invalid UTF-8, read as Windows-1252 (first non-UTF-8 byte on line {{line}}); save the file as "CSV UTF-8" to avoid the guess',
      mixedEncoding:
        'invalid UTF-8 from line {{line}} on (mixed encodings?): those characters are shown as \uFFFD and their rows are flagged',
      uncalculatedFormulas:
        'formulas without a saved result are read as empty (first: cell {{cell}}); the file was written by a program and never calculated: open it in Excel and save it',
      cellsBeyondHeader:
        'cells to the right of the last header column are kept in the result sheet under their column letter and ignored for mapping (first: cell {{cell}})',
      noDataRows: "'{{name}}' has a header row but no data rows: nothing to import",
      duplicateHeader: "duplicate header '{{header}}' renamed '{{key}}'",
      noHeader_one: 'a column has no header: keyed {{keys}}',
      noHeader_other: 'columns have no header: keyed {{keys}}',
    },
  },
  write: {
    badDelimiter:
      'expected the CSV delimiter to be one character other than a quote or line break, got {{value}}',
    noFolder: 'Cannot write "{{path}}": the folder "{{dir}}" does not exist.',
    notFolder: 'Cannot write "{{path}}": "{{dir}}" is not a folder.',
    noPermission: 'Cannot write "{{path}}": no permission to write in the folder "{{dir}}".',
    readOnly: 'Cannot write "{{path}}": the folder "{{dir}}" is on a read-only file system.',
    diskFull: 'Cannot write "{{path}}": the disk is full.',
    quota: 'Cannot write "{{path}}": the disk quota is exhausted.',
    isFolder: 'Cannot write "{{path}}": "{{path}}" is a folder.',
    other: 'Cannot write "{{path}}": {{reason}}.',
    overInputResult:
      'Refusing to write the result file over the input file "{{input}}": choose another path.',
    overInputErrors:
      'Refusing to write the errors file over the input file "{{input}}": choose another path.',
    sameResultAndErrors: 'The result and errors files cannot both be "{{path}}".',
  },
  journal: {
    cannotWrite: 'cannot write the journal {{path}} ({{reason}})',
    damaged: 'journal {{path}} is damaged at line {{line}}',
    noHeader: 'journal {{path}} has no header line',
  },
  export: {
    stopped: 'the export was stopped before it finished',
    unknownPlaceholder:
      'unknown placeholder {{placeholder}} in the output path; use {date}, {time}, {from}, {to} or {entity}',
    stateNeedsFile:
      '`--since last` with placeholders in the output folder needs `--state FILE` to say where the state lives',
    stateUnreadable: 'cannot read the export state file {{path}} ({{reason}})',
    stateNotJson: 'the export state file {{path}} is not valid JSON; delete it to start over',
    stateForeign: 'the export state file {{path}} is not one this version wrote; delete it to start over',
    stateOtherExport:
      'the export state file {{path}} belongs to another export ({{export}}); give this one its own --state file',
    noTeamMember:
      'no team member matches --team "{{team}}" (by id, email, salesman number or name); run `doctor` to list them',
    severalTeamMembers: '--team "{{team}}" matches several team members ({{list}}); give the id',
    codesLeftBlank:
      'the customer and team member code columns are left blank (their id columns are filled): {{reason}}',
    orderMissing: 'order {{id}} is named by a visit but was not found; skipped',
    /** The option checks of an export job (export/options.ts); `{{allowed, list}}` is "a, b and c". */
    options: {
      notText: 'expected `{{name}}` to be text, got `{{value}}`',
      notDate: 'expected `{{name}}` to be a date YYYY-MM-DD, got `{{value}}`',
      notTimestamp:
        'expected `{{name}}` to be a date YYYY-MM-DD or an ISO timestamp such as 2026-05-01T00:00:00Z, got `{{value}}`',
      notBoolean: 'expected `{{name}}` to be true or false, got `{{value}}`',
      notDays: 'expected `{{name}}` to be a whole number of days from 0 to 366, got `{{value}}`',
      badExtension: 'expected the output file to end in .csv, .tsv or .xlsx, got `{{path}}`',
      onlyFor: '`{{name}}` applies to {{allowed, list}}, not to {{entity}}',
      noEntity: 'expected `entity` to be one of {{allowed}}',
      noOut: 'an output file is needed: --out FILE (.csv, .tsv or .xlsx)',
      fromAfterTo: '`from` ({{from}}) is after `to` ({{to}})',
      sheetsNeedXlsx: '`--layout sheets` needs an .xlsx output: CSV holds one sheet',
      sinceNotTeams: '`--since last` applies to customers, products, visits and orders',
      sinceWithTo: '`--to` cannot be combined with `--since last`: each run reads up to the newest records',
      stateWithoutSince: '`--state` is the state file of `--since last`; give `--since last` too',
      delimiterNotText: 'expected `delimiter` to be text',
      delimiterCsvOnly: '`--delimiter` applies to CSV output only',
    },
  },
  schedule: {
    ended: 'schedule ended',
    jobsUnreadable: 'cannot read the jobs file {{path}} ({{reason}})',
    notYaml: '{{path}}: not valid YAML ({{reason}})',
    notJson: '{{path}}: not valid JSON ({{reason}})',
    noJobs: '{{path}}: expected {"jobs": [ … ]} with at least one job',
    unknownKey: '{{path}}: unknown key `{{key}}`',
    jobNotObject: '{{path}} job {{job}}: expected an object',
    jobUnknownKey: '{{path}} job {{job}}: unknown key `{{key}}`',
    jobNoCron: '{{path}} job {{job}}: expected `cron`, e.g. "0 2 * * *"',
    jobNameTwice: '{{path}} job {{job}}: the name "{{name}}" is used twice',
    jobMaxRuns: '{{path}} job {{job}}: expected `maxRuns` to be a whole number ≥ 1, got `{{value}}`',
    maxRuns: '{{option}}: expected `maxRuns` to be a whole number ≥ 1, got `{{value}}`',
    jobInvalid: '{{path}} job {{job}}: {{message}}',
    notCron:
      'job "{{name}}": "{{pattern}}" is not a cron expression (minute hour day month weekday, optionally seconds first): {{reason}}',
    tickSkipped: '{{name}}: tick skipped, the previous run is still going',
  },
  net: {
    http: '{{method}} {{path}}: HTTP {{status}}',
    httpGaveUp: '{{method}} {{path}}: HTTP {{status}}, gave up after {{attempts}} attempts',
    httpAmbiguous:
      '{{method}} {{path}}: HTTP {{status}} after the request was sent; it may or may not have been applied (not resent)',
    timeout: '{{method}} {{path}}: timed out ({{event}})',
    timeoutGaveUp: '{{method}} {{path}}: timed out ({{event}}), gave up after {{attempts}} attempts',
    timeoutAmbiguous:
      '{{method}} {{path}}: timed out ({{event}}) after the request was sent; it may or may not have been applied (not resent)',
    refused: '{{method}} {{path}}: connection refused (ECONNREFUSED)',
    refusedGaveUp:
      '{{method}} {{path}}: connection refused (ECONNREFUSED), gave up after {{attempts}} attempts',
    refusedAmbiguous:
      '{{method}} {{path}}: connection refused (ECONNREFUSED) after the request was sent; it may or may not have been applied (not resent)',
    hostNotFound: '{{method}} {{path}}: host not found ({{networkCode}})',
    hostNotFoundGaveUp:
      '{{method}} {{path}}: host not found ({{networkCode}}), gave up after {{attempts}} attempts',
    hostNotFoundAmbiguous:
      '{{method}} {{path}}: host not found ({{networkCode}}) after the request was sent; it may or may not have been applied (not resent)',
    reset: '{{method}} {{path}}: connection reset (ECONNRESET)',
    resetGaveUp: '{{method}} {{path}}: connection reset (ECONNRESET), gave up after {{attempts}} attempts',
    resetAmbiguous:
      '{{method}} {{path}}: connection reset (ECONNRESET) after the request was sent; it may or may not have been applied (not resent)',
    other: '{{method}} {{path}}: network error ({{networkCode}})',
    otherGaveUp: '{{method}} {{path}}: network error ({{networkCode}}), gave up after {{attempts}} attempts',
    otherAmbiguous:
      '{{method}} {{path}}: network error ({{networkCode}}) after the request was sent; it may or may not have been applied (not resent)',
    notJson: '{{method}} {{path}}: answered {{status}} with a body that is not JSON',
    answered: '{{method}} {{path}}: {{status}} {{detail}}',
    answeredBare: '{{method}} {{path}}: {{status}}',
    unexpectedAnswer: '{{method}} {{path}}: {{reason}}',
    stoppedBeforeSent: 'the run was stopped before this request was sent',
    noConnection: 'no connection settings for an import',
  },
  client: {
    notObject: 'expected client options to be an object',
    needsPassword: 'a password is needed with the username',
    needsUsername: 'a username is needed with the password',
    noCredentials:
      'no credentials: set a username and password, or a bearer token, to reach the SalesMania API',
    badUrl: 'expected `baseUrl` to be an http(s) URL such as https://api.salesmania.id',
    badProtocol: 'expected `baseUrl` to be an http(s) URL, got protocol `{{protocol}}`',
    urlCredentials: '`baseUrl` must not contain credentials; use username and password',
    urlQuery: '`baseUrl` must not contain a query string or fragment',
    notPositive: 'expected `{{name}}` to be a number > 0, got `{{value}}`',
  },
  run: {
    columnsNotUsed: 'columns not used (kept in the result sheet): {{columns}}',
    outDirFailed: 'cannot create the output folder {{dir}} ({{reason}})',
    mappingUnreadable: 'cannot read the mapping file {{path}} ({{reason}})',
    mappingNotJson: 'the mapping file {{path}} is not valid JSON: {{reason}}',
    mappingNotObject: 'the mapping file {{path}} must be a JSON object of "file header": "field" pairs',
    tooManyOrderLines:
      'an orders file is grouped in memory before anything is sent, so it may have at most {{limit, number}} lines: split it (by date, for instance) and import the parts',
    exportStopped: 'the export was stopped before it finished',
    stoppedConnecting: 'stopped while connecting to SalesMania',
    updateStatusOrdersOnly: '--mode update-status is for orders only',
    importNotAvailable: 'importing {{entity}} is not yet available in this version',
    retentionFailed: 'retention could not clean up: {{reason}}',
    retentionDeleted_one: 'retention: deleted {{count, number}} older file of this job',
    retentionDeleted_other: 'retention: deleted {{count, number}} older files of this job',
  },
  deliver: {
    noAddress: '{{what}} `{{value}}`: expected at least one address, e.g. mailto:finance@majujaya.co.id',
    notAddress: '{{what}} `{{value}}`: `{{address}}` is not an e-mail address',
    unknownParameter: '{{what}} `{{value}}`: unknown parameter `{{key}}` (subject, body)',
    badSftp: '{{what}} `{{value}}`: expected sftp://user@host:22/folder',
    sftpPassword:
      '{{what}} `(hidden)`: must not contain a password; use SALESMANIA_SFTP_PASSWORD(_FILE) or SALESMANIA_SFTP_KEY_FILE',
    sftpNoUser: '{{what}} `{{value}}`: expected a user, as in sftp://user@host/folder',
    sftpQuery: '{{what}} `{{value}}`: expected no ?query or #fragment',
    badDestination: '{{what}} `{{value}}`: expected mailto:address or sftp://user@host/folder',
    sftpNoCredentials:
      'no credentials for {{destination}}: set SALESMANIA_SFTP_PASSWORD(_FILE) or SALESMANIA_SFTP_KEY_FILE',
    sftpNoHostKey:
      'no host key to check {{destination}} against: set SALESMANIA_SFTP_HOST_KEY (SHA256:… from ssh-keygen -lf) or SALESMANIA_SFTP_KNOWN_HOSTS',
    sftpLoginRefused:
      '{{destination}}: the server refused the login of {{user}}; check SALESMANIA_SFTP_PASSWORD or SALESMANIA_SFTP_KEY_FILE',
    knownHostsUnreadable: 'cannot read the known_hosts file {{path}} ({{reason}})',
    smtpMissing:
      'cannot send to {{destination}}: set SALESMANIA_SMTP_URL, e.g. smtp://user@mail.example.co.id:587',
    smtpNoStarttls:
      'the SMTP server {{server}} offers no STARTTLS; use smtps:// for TLS, or add ?starttls=optional to SALESMANIA_SMTP_URL for a trusted relay',
    smtpUnreachable: 'cannot reach the SMTP server {{server}} ({{reason}})',
    retrying:
      'delivery to {{destination}} failed (try {{attempt}}), retrying in {{delay, number}} ms: {{reason}}',
    /** The server's own answer (`{{answer}}`) is quoted verbatim: it is what its administrator can look up. */
    smtpLoginRefused:
      'the SMTP server {{server}} refused the login of {{user}}; check SALESMANIA_SMTP_URL and SALESMANIA_SMTP_PASSWORD',
    smtpLoginRefusedSaid:
      'the SMTP server {{server}} refused the login of {{user}}; the server said "{{answer}}"; check SALESMANIA_SMTP_URL and SALESMANIA_SMTP_PASSWORD',
    smtpRefusedMessage: 'the SMTP server {{server}} did not take the message; the server said "{{answer}}"',
    smtpRefusedMessageBare: 'the SMTP server {{server}} did not take the message ({{answer}})',
    noUser: '(no user)',
    sftpFailed: '{{destination}}: the SFTP server answered "{{answer}}"',
    hostKeyRevoked: '{{destination}}: the host key {{fingerprint}} of {{host}} is marked @revoked',
    hostKeyUnknown:
      "{{destination}}: the host key of {{host}} is {{fingerprint}}, which is neither SALESMANIA_SFTP_HOST_KEY nor in SALESMANIA_SFTP_KNOWN_HOSTS; check it with the server's administrator (it may not be the server you meant)",
    noManifest: 'no manifest beside {{output}}: nothing was sent',
    delivered: 'delivered {{file}} to {{destination}}',
    failed_one:
      'delivery to {{destination}} failed after {{count, number}} try, the file stays at {{file}}: {{reason}}',
    failed_other:
      'delivery to {{destination}} failed after {{count, number}} tries, the file stays at {{file}}: {{reason}}',
    /** The export e-mail's default subject and body: `{entity}`, `{rows}` … are filled in afterwards. */
    mailSubject: 'SalesMania {entity} export {date}: {rows} rows',
    mailBody:
      'Attached: {file}, the SalesMania {entity} export ({range}), {rows} rows.\nSHA-256: {sha256}\n\n— salesmania-bulk',
    mailRange: '{{from}} to {{to}}',
    mailRangeAll: 'all records',
  },
  notify: {
    notUrlList: 'expected `{{name}}` to be a URL or a list of URLs',
    notWholeNumber: 'expected `{{name}}` to be a whole number ≥ 1, got `{{value}}`',
    notifyOn: 'expected `notifyOn` to be one of {{allowed}}, got `{{value}}`',
    mailNeedsSmtp:
      '{{destination}} needs an SMTP server: set SALESMANIA_SMTP_URL, e.g. smtp://user%40example.co.id@mail.example.co.id:587',
    sftpNeedsCredentials:
      '{{destination}} needs a password or a key: set SALESMANIA_SFTP_PASSWORD(_FILE) or SALESMANIA_SFTP_KEY_FILE',
    sftpNeedsHostKey:
      "{{destination}} needs the server's host key to check: set SALESMANIA_SFTP_HOST_KEY (SHA256:…, from ssh-keygen -lf) or SALESMANIA_SFTP_KNOWN_HOSTS",
    webhookStatus: 'the webhook {{target}} answered HTTP {{status}}',
    webhookUnreachable: 'the webhook {{target}} could not be reached ({{reason}})',
    smtpMissing: 'cannot notify {{target}}: set SALESMANIA_SMTP_URL',
    retrying:
      'notification to {{target}} failed (try {{attempt}}), retrying in {{delay, number}} ms: {{reason}}',
    unknownPrefix: '{{what}}: unknown payload prefix `{{prefix}}+` (slack+, teams+, gchat+, json+)',
    badTarget: '{{what}}: expected mailto:address or an https:// webhook URL',
    badProtocol: '{{what}}: expected mailto:address or an https:// webhook URL, got {{protocol}}',
    envNotSet: '`{{name}}` names the environment variable {{variable}}, which is not set',
    sent: 'notified {{target}}',
    failed: 'notification to {{target}} failed: {{reason}}',
    stoppedBy: 'stopped by {{signal}}',
    /** The one line of a notification (chat text, e-mail subject); parts joined with " — ". */
    who: '{{command}} {{entity}}',
    whoJob: '{{command}} {{entity}} (job {{job}})',
    lineOk: 'OK: {{who}}',
    lineFailed: 'FAILED: {{who}}',
    lineError: 'FAILED: {{who}}: [{{code}}] {{message}}',
    count: '{{label}} {{count, number}}',
    rows_one: '{{count, number}} row',
    rows_other: '{{count, number}} rows',
    rowsInFile_one: '{{count, number}} row in {{file}}',
    rowsInFile_other: '{{count, number}} rows in {{file}}',
    deliveryFailed: 'delivery failed: {{list}}',
    deliveredTo: 'delivered to {{list}}',
    /** The facts under that line (chat fields, e-mail body). */
    fact: {
      status: 'status',
      success: 'success',
      failure: 'failure',
      job: 'job',
      entity: 'data',
      rows: 'rows',
      file: 'file',
      resultSheet: 'result sheet',
      errorsSheet: 'rows needing attention',
      delivered: 'delivered',
      deliveryFailed: 'FAILED [{{code}}] {{message}}',
      error: 'error',
      finished: 'finished',
    },
  },
  sandbox: {
    /** The sandbox's option checks (sandbox/options.ts). */
    unknownOption: 'unknown sandbox option `{{key}}`',
    option: {
      numberAtLeast: 'expected `{{name}}` to be a number >= {{min}}, got `{{value}}`',
      numberBetween: 'expected `{{name}}` to be a number between {{min}} and {{max}}, got `{{value}}`',
      integerAtLeast: 'expected `{{name}}` to be an integer >= {{min}}, got `{{value}}`',
      integerBetween: 'expected `{{name}}` to be an integer between {{min}} and {{max}}, got `{{value}}`',
      oneOf: 'expected `{{name}}` to be one of {{allowed}}, got `{{value}}`',
      users: 'expected `{{name}}` to be a non-empty array, got `{{value}}`',
      userEntries: 'expected `{{name}}` to be entries of {username, password}, got `{{value}}`',
      databaseIds: 'expected `{{name}}` to be an array of database ids, got `{{value}}`',
      host: 'expected `{{name}}` to be a host name or address, got `{{value}}`',
      date: 'expected `{{name}}` to be a date YYYY-MM-DD, got `{{value}}`',
    },
    listening: 'SalesMania sandbox listening on {{url}}',
    baseUrl: '  Base URL:   {{url}}   (SALESMANIA_BASE_URL)',
    login: '  Login:      {{username}} / {{password}}   (Basic auth on GET {{path}})',
    loginConfigured: '  Login:      {{username}} / (the configured password)   (Basic auth on GET {{path}})',
    databases: '  Databases:',
    database: '    {{id}}  {{name}}  ({{customers, number}} customers, {{products, number}} products)',
    rateLimit: '  Rate limit: {{rate}} req/s per bearer token, burst {{burst}}',
    rateLimitOff: '  Rate limit: off',
    tokens: '  Tokens:     bearer tokens expire after {{seconds, number}} s',
    faults: '  Faults:     {{faults}}',
    faultsNone: '  Faults:     none',
  },
};
