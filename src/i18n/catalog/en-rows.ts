/**
 * English row messages (the `_error` texts of result, errors and plan sheets). The frame
 * (`issue.withColumn`) names the column as the user's file does, so a message never repeats it; a
 * message that must name another column takes it as a placeholder (`{{given}}`), never an API field.
 * Values from the file are passed already quoted (`{{value}}` is `"abc"`).
 */
export const enRows = {
  required: 'required, but blank',
  notANumber: 'not a number: "{{value}}"',
  isRequired: 'is required',
  cannotClear: 'cannot be cleared',
  number: {
    invalid: 'must be a number, got {{value}}',
    moneyThousands: 'is ambiguous: thousands separators are not accepted; write 12500 or 12.5, got {{value}}',
    commaAmbiguous:
      'is ambiguous (decimal comma or thousands separator?); write 1234 or 1.234, got {{value}}',
    thousands: 'has thousands separators, which are not accepted; write plain digits, got {{value}}',
    tooLarge: 'is too large to be a number, got {{value}}',
    notWhole: 'must be a whole number, got {{value}}',
    wholeTooLarge: 'is too large, got {{value}}',
    between: 'must be between {{min, number}} and {{max, number}}, got {{value}}',
    atLeast: 'must be at least {{min, number}}, got {{value}}',
    atMost: 'must be at most {{max, number}}, got {{value}}',
  },
  oneOf: 'must be one of {{allowed}}, got {{value}}',
  tooLong: 'must be at most {{max, number}} characters, got {{length, number}}',
  discount: {
    invalid: 'must be a discount chain of percentages such as 5 or 55.55+3, got {{value}}',
    range: 'each discount must be between 0 and 100, got {{value}}',
  },
  date: {
    iso: 'must be a date YYYY-MM-DD, got {{value}}',
    isoByOption: 'must be a date YYYY-MM-DD (as --date-format says), got {{value}}',
    loose: 'must be a date such as 2026-11-02 or 02/11/2026 (day first), got {{value}}',
    noMonth: 'is not a date: there is no month {{month}}, got {{value}}',
    noDay: 'is not a date: {{monthYear}} has no day {{day}}, got {{value}}',
    unknownMonth: 'has an unknown month name {{name}}, got {{value}}',
    isNumber: 'is a number, not a date: format the cell as a date or write YYYY-MM-DD, got {{value}}',
    noMatch: 'does not match {{format}} (as --date-format says) or YYYY-MM-DD, got {{value}}',
    timeZone:
      'has a time zone, so its day depends on where it is read; give the date alone (YYYY-MM-DD), got {{value}}',
    ambiguous:
      'could be {{first}} or {{second}}; write YYYY-MM-DD, or choose --date-format day-first or month-first, got {{value}}',
    neither: 'is not a date either day first or month first, got {{value}}',
    notDayFirst:
      'is not a date day first (month {{month}}); if the file writes the month first, use --date-format month-first, got {{value}}',
    notMonthFirst:
      'is not a date month first (month {{month}}); if the file writes the day first, use --date-format day-first, got {{value}}',
  },
  location: {
    oneCell:
      'must be "lat, lon" such as "-7.14, 110.43" (with decimal commas: "-7,14; 110,43"), got {{value}}',
    oneCellHalf: 'needs both lat and lon, got {{value}}',
    bothOrNeither: 'is blank but {{given}} is given: give both lat and lon, or neither',
  },
  mangled: {
    phone:
      'is {{value}}: a spreadsheet program turned the phone into a number and lost its digits. Format the column as Text and type the values again, or take them from a fresh export',
    code: 'is {{value}}: a spreadsheet program turned the code into a number and lost its digits. Format the column as Text and type the values again, or take them from a fresh export',
  },
  zeroRestored:
    '{{value}} read as {{restored}}: a spreadsheet program had dropped its leading {{lost}}. Format phone columns as Text to keep them as typed',
  zeroKept:
    '{{value}} is the stored {{kept}} without its leading {{lost}} (a spreadsheet program dropped it): kept {{kept}}',
  key: {
    missing: 'is blank: {{mode}} needs "{{name}}"',
    missingEither: 'is blank: {{mode}} needs "{{first}}" or "{{second}}"',
    missingUpsert: 'no "{{name}}": the row is created, with no protection against duplicates',
    missingUpsertEither:
      'no "{{first}}" or "{{second}}": the row is created, with no protection against duplicates',
    missingNoColumn: 'no "{{first}}" or "{{second}}" to find the record by',
    idIgnored:
      'is ignored on create (a new record gets a new id); use update or upsert to change this record',
    duplicate: 'the same key {{key}} is on row {{row}}; not sent',
    duplicateId: 'the same id {{key}} is on row {{row}}; not sent',
    idNotFound: 'no {{entity}} record with id {{id}}',
    notFound: 'no record with this value: {{key}}',
    lostZeros:
      'no record with {{key}}, but {{existing}} exists: a spreadsheet program dropped the leading zeros. Format the column as Text and type the codes again',
    ambiguous_one: '{{count, number}} record has {{key}} (ids {{ids}}); use an id column',
    ambiguous_other: '{{count, number}} records have {{key}} (ids {{ids}}); use an id column',
  },
  ref: {
    customerId: 'no customer has id {{id}}',
    customerCodeAmbiguous:
      '{{count}} customers have the code {{value}} (ids {{ids}}); give the customer id instead',
    customerNameAmbiguous:
      '{{count}} customers are named {{value}} (ids {{ids}}); give the customer code or the customer id instead',
    customerCodeOrName: 'no customer has the code {{code}} or the name {{name}}',
    customerCodeOrNameOne: 'no customer has the code or the name {{value}}',
    customerNoCode:
      'no customer code or customer id; a customer name is matched only with --match-customer-by name',
    customerCode: 'no customer has the code {{value}}',
    productId: 'no product has id {{id}}',
    productCodeAmbiguous:
      '{{count}} products have the product code {{value}} (ids {{ids}}); give the product id instead',
    productSkuAmbiguous:
      '{{count}} products have the SKU {{value}} (ids {{ids}}); give the product id instead',
    productCode: 'no product has the product code or SKU {{value}}',
    noBaseUnit: 'product {{product}} has no base unit (ratio 1); name a unit ({{units}})',
    noUnit: 'product {{product}} has no unit {{value}} (its units: {{units}})',
    teamId: 'no team member has id {{id}}',
    teamEmailAmbiguous:
      '{{count}} team members have the email {{value}} (ids {{ids}}); give the team member id instead',
    teamNumberAmbiguous:
      '{{count}} team members have the salesman number {{value}} (ids {{ids}}); give the team member id instead',
    teamNameAmbiguous:
      '{{count}} team members are named {{value}} (ids {{ids}}); give the team member id instead',
    team: 'no team member has the id, email, salesman number or name {{value}}',
  },
  order: {
    status: 'must be one of {{allowed}} (or new, processing, delivered, paid, cancelled), got {{value}}',
    qtyPositive: 'must be more than 0, got {{value}}',
    discountBoth: 'give the line discount as a percentage chain or as an amount, not both',
    linesDisagree:
      'the lines of order {{order}} disagree: row {{firstRow}} has {{first}}, row {{row}} has {{value}}',
    linesDisagreeNoNumber:
      'the lines of the order disagree: row {{firstRow}} has {{first}}, row {{row}} has {{value}}',
    noDate: 'order {{order}} has no date on any of its lines',
    noDateNoNumber: 'the order has no date on any of its lines',
    noCustomer: 'order {{order}} has no customer on any of its lines',
    noCustomerNoNumber: 'the order has no customer on any of its lines',
    exists:
      'order {{id}} with this order number already exists for this customer and date; not sent again (--no-skip-existing sends it anyway)',
    noNumberToCheck: '{{reason}}; the order has no order number to look it up by',
    killedNoNumber:
      'the run was killed while this order was being sent, and it has no order number to look it up by',
    linesRefused_one: 'the server refused row {{rows}} of this order, so none of it was created',
    linesRefused_other: 'the server refused rows {{rows}} of this order, so none of it was created',
    numberNotFound: 'no order with the order number {{number}} for this customer on {{date}}',
    numberAmbiguous:
      '{{count, number}} orders have the order number {{number}} for this customer on {{date}} (ids {{ids}}); give the order id',
    idNotFound: 'no order has id {{id}}',
    namesNoOrder:
      'names no order: give "{{id}}", or "{{number}}" with "{{date}}" and "{{customer}}" (missing: {{missing}})',
  },
  units: {
    repeated: 'repeats the unit name {{name}}',
    noBase: 'needs a base unit with ratio 1',
    gap: 'is blank but a later unit is filled: fill the unit columns from the first, without gaps',
    nameBlank: 'is blank but the unit has a price or ratio',
    priceBlank: 'is blank: every unit needs a price',
    ratioBlank: 'is blank: every unit after the first needs a ratio',
    entryShape: 'unit {{n}} ({{entry}}) must be name:ratio:price, e.g. PCS:1:12500',
    entryBlank: {
      name: 'unit {{n}} ({{entry}}): the name is blank',
      ratio: 'unit {{n}} ({{entry}}): the ratio is blank',
      price: 'unit {{n}} ({{entry}}): the price is blank',
    },
    entryInvalid: {
      name: 'unit {{n}} ({{entry}}): the name {{problem}}',
      ratio: 'unit {{n}} ({{entry}}): the ratio {{problem}}',
      price: 'unit {{n}} ({{entry}}): the price {{problem}}',
    },
    noEntries: 'must list units as name:ratio:price, e.g. PCS:1:12500; DUS:24:290000',
    wouldRemove_one:
      'would remove the unit {{names}}, which the sheet does not list. Add it to the row, or run with --units replace to remove it',
    wouldRemove_other:
      'would remove the units {{names}}, which the sheet does not list. Add them to the row, or run with --units replace to remove them',
  },
  /** The contract check of a finished body (map/schemas.ts), by the kind of rule broken. */
  schema: {
    required: 'is required',
    min: 'must be at least {{min, number}}',
    max: 'must be at most {{max, number}}',
    moreThan: 'must be more than {{more, number}}',
    integer: 'must be a whole number',
    maxChars: 'must be at most {{max, number}} characters',
    minItems: 'must list at least {{min, number}}',
    baseUnit: 'needs a unit with ratio 1',
    chain: 'must be a discount chain of percentages such as 5 or 55.55+3',
    range: 'each discount must be between 0 and 100',
    oneDiscount: 'give the line discount as a percentage chain or as an amount, not both',
    oneOf: 'must be one of {{allowed}}',
    format: 'is not in the expected format',
    unknown: 'is not a field of this record: {{unknown}}',
    type: 'has the wrong type of value',
    invalid: 'is not valid',
  },
  /** Problems the reader finds in a row (src/read/). */
  read: {
    badUtf8: 'contains bytes that are not valid UTF-8 (shown as \uFFFD): check the file encoding',
    extraCells: {
      comma:
        'the row has {{cells, number}} cells but the header has {{columns, number}} columns; the extra cells ({{extra}}) are ignored — a value holding an unquoted comma shifts the columns',
      semicolon:
        'the row has {{cells, number}} cells but the header has {{columns, number}} columns; the extra cells ({{extra}}) are ignored — a value holding an unquoted semicolon shifts the columns',
      tab: 'the row has {{cells, number}} cells but the header has {{columns, number}} columns; the extra cells ({{extra}}) are ignored — a value holding an unquoted tab shifts the columns',
      pipe: 'the row has {{cells, number}} cells but the header has {{columns, number}} columns; the extra cells ({{extra}}) are ignored — a value holding an unquoted pipe (|) shifts the columns',
    },
    badQuotes:
      'malformed quotes on this line (a quote inside a quoted value must be doubled: ""); check its cells',
    formulaError: 'cell contains a formula whose result is the Excel error {{error}}',
    excelError: 'cell contains the Excel error {{error}}',
  },
  noKeyToCheck: '{{reason}}; the row has no code to look it up by',
  notCreated_one:
    '{{reason}}; not created: after {{count, number}} attempt there is no record with the code {{key}}',
  notCreated_other:
    '{{reason}}; not created: after {{count, number}} attempts there is no record with the code {{key}}',
  createKeptFailing: 'the create kept failing without a clear answer',
  apiRefused: 'the server refused this value: {{reasons}}',
  ambiguousCreate: 'may or may not have been created: {{reason}}',
  interrupted: 'not finished: the run was stopped; run again with --resume',
  interruptedInFlight: 'not finished: still in flight when the run stopped; --resume checks it',
  createdIdPending: 'created; the run stopped before its id was looked up: --resume fills it in',
};
