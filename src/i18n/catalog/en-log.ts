/**
 * English log lines a person reads while a run goes (info and warn level): the `msg` of a log line.
 * Debug lines stay English (they are for whoever debugs the tool). `id-log.ts` has the same keys.
 */
export const enLog = {
  connected: 'connected to SalesMania, database {{database}}',
  readingReferences: 'reading the customers, products and team members the file refers to (100 a page)',
  referencesReady: 'customers, products and team members read',
  readingExisting: {
    customers: 'reading the customers already in SalesMania (100 a page)',
    products: 'reading the products already in SalesMania (100 a page)',
  },
  existingReady_one: '{{count, number}} record read',
  existingReady_other: '{{count, number}} records read',
  orderLinesGrouped: 'order lines grouped: {{lines, number}} lines, {{orders, number}} orders',
  scheduleStopping: 'schedule stopping',
  /** The API answered badly and the request is sent again after a pause. */
  retry: {
    http: 'api retry: {{method}} {{path}}: HTTP {{status}}, retrying in {{delay, number}} ms',
    timeout: 'api retry: {{method}} {{path}}: timed out ({{event}}), retrying in {{delay, number}} ms',
    refused:
      'api retry: {{method}} {{path}}: connection refused (ECONNREFUSED), retrying in {{delay, number}} ms',
    hostNotFound:
      'api retry: {{method}} {{path}}: host not found ({{networkCode}}), retrying in {{delay, number}} ms',
    reset: 'api retry: {{method}} {{path}}: connection reset (ECONNRESET), retrying in {{delay, number}} ms',
    other:
      'api retry: {{method}} {{path}}: network error ({{networkCode}}), retrying in {{delay, number}} ms',
  },
};
