/**
 * English messages of a file with ids imported back (docs/REIMPORT.md): an export's `id` /
 * `order_id` naming a record that exists, and an update that would take another record's key.
 */
export const enReimport = {
  idExists:
    '{{entity}} record {{id}} exists already: not created again. To change it, import with --mode update or upsert; to create a copy, clear the id cell',
  idNotFound:
    'no {{entity}} record has id {{id}}: not created, as a row with an id names a record that exists. Clear the id cell to create it as a new record',
  keyTaken: '{{key}} belongs to another record (id {{other}}): record {{id}} would hold it too; not sent',
  keyTakenInRun:
    '{{key}} was given to record {{other}} by row {{row}} of this run: record {{id}} would hold it too; not sent',
  orderExists: 'order {{id}} exists already: not created again (lines with the same order_id are one order)',
  orderNotFound:
    'no order has id {{id}}: not created, as a line with an order_id names an order that exists. Clear the order_id cell to create it as a new order',
};
