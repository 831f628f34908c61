/**
 * Orders files: columns, line mapping, and lines → orders (table-driven; pure, no network).
 */
import { describe, expect, it } from '@jest/globals';
import {
  bindColumns,
  groupOrderLines,
  mapOrderStatusRow,
  mapRow,
  type OrderGroup,
  type OrderLineDraft,
  type OrderLineEntry,
} from '../../src/map/index.js';
import { isRunError } from '../../src/errors.js';
import { codesOf, mapCells, sourceRow } from './helpers.js';

const HEADERS = [
  'ext_order_no',
  'date',
  'customer',
  'team',
  'status',
  'description',
  'product',
  'qty',
  'unit',
  'price',
  'item_disc_percent',
  'item_disc_amount',
];
const binding = bindColumns('orders', HEADERS, { mode: 'create' });

/** One file line as an array in HEADERS order (blank = ''). */
type Line = [string, string, string, string, string, string, string, string, string, string, string, string];

function entries(lines: Line[]): OrderLineEntry[] {
  return lines.map((cells, i) => {
    const row = sourceRow(Object.fromEntries(HEADERS.map((h, k) => [h, cells[k]])), { rowNumber: i + 2 });
    return {
      rowNumber: row.rowNumber,
      orderNo: cells[0].trim(),
      mapped: mapRow('orders', binding, row, { mode: 'create' }),
    };
  });
}

const headerOf = (field: string) => binding.headerOf[field];

/** Each order as `no: rows [issue codes]`. */
function summary(groups: OrderGroup[], lines: OrderLineEntry[]): string[] {
  return groups.map((g) => {
    const rows = g.lines.map((i) => lines[i].rowNumber).join(',');
    const codes = g.issues.map((i) => `${i.code}@${i.field}`).join(',');
    return `${g.orderNo ?? '-'}: ${rows}${codes ? ` [${codes}]` : ''}${g.badLines.length ? ` bad ${g.badLines.join(',')}` : ''}`;
  });
}

describe('groupOrderLines', () => {
  it.each<[string, Line[], string[]]>([
    [
      'interleaved lines of three orders, header on the first line only',
      [
        ['SO-1', '2026-11-02', 'C-0001', 'S-014', 'Baru', '', 'P-1', '1', '', '', '', ''],
        ['SO-2', '02/11/2026', 'C-0002', '', '', '', 'P-2', '2', '', '', '', ''],
        ['SO-1', '', '', '', '', '', 'P-3', '3', '', '', '', ''],
        ['SO-3', '2026-11-03', 'C-0003', '', '', '', 'P-1', '1', '', '', '', ''],
        ['SO-2', '', '', '', '', '', 'P-1', '5', '', '', '', ''],
        ['SO-1', '', '', '', '', '', 'P-4', '1', '', '', '', ''],
      ],
      ['SO-1: 2,4,7', 'SO-2: 3,6', 'SO-3: 5'],
    ],
    [
      'header repeated on every line, in other spellings that mean the same',
      [
        ['SO-1', '2026-11-02', 'C-0001', 'S-014', 'Baru', 'x', 'P-1', '1', '', '', '', ''],
        ['SO-1', '02/11/2026', 'c-0001', 's-014', 'new', 'x', 'P-2', '1', '', '', '', ''],
      ],
      ['SO-1: 2,3'],
    ],
    [
      'conflicting date, customer and status: an error on the whole order, each field once',
      [
        ['SO-1', '2026-11-02', 'C-0001', '', 'Baru', '', 'P-1', '1', '', '', '', ''],
        ['SO-1', '2026-11-03', 'C-0002', '', 'paid', '', 'P-2', '1', '', '', '', ''],
        ['SO-1', '2026-11-04', '', '', '', '', 'P-3', '1', '', '', '', ''],
      ],
      ['SO-1: 2,3,4 [MAP_CONFLICT@date,MAP_CONFLICT@customer,MAP_CONFLICT@status]'],
    ],
    [
      'an order without a date or a customer on any line',
      [['SO-1', '', '', '', '', '', 'P-1', '1', '', '', '', '']],
      ['SO-1: 2 [MAP_REQUIRED@date,MAP_REQUIRED@customer]'],
    ],
    [
      'lines without ext_order_no are orders of their own',
      [
        ['', '2026-11-02', 'C-0001', '', '', '', 'P-1', '1', '', '', '', ''],
        ['', '2026-11-02', 'C-0001', '', '', '', 'P-2', '1', '', '', '', ''],
      ],
      ['-: 2', '-: 3'],
    ],
    [
      'a line that does not map fails its order',
      [
        ['SO-1', '2026-11-02', 'C-0001', '', '', '', 'P-1', '1', '', '', '', ''],
        ['SO-1', '', '', '', '', '', '', '0', '', '', '', ''],
        ['SO-2', '2026-11-02', 'C-0002', '', '', '', 'P-1', '1', '', '', '', ''],
      ],
      ['SO-1: 2,3 bad 3', 'SO-2: 4'],
    ],
    [
      'the order number is kept as written: case matters, spaces around it do not',
      [
        ['SO-1', '2026-11-02', 'C-0001', '', '', '', 'P-1', '1', '', '', '', ''],
        [' SO-1 ', '', '', '', '', '', 'P-2', '1', '', '', '', ''],
        ['so-1', '2026-11-02', 'C-0001', '', '', '', 'P-3', '1', '', '', '', ''],
      ],
      ['SO-1: 2,3', 'so-1: 4'],
    ],
  ])('%s', (_, lines, expected) => {
    const input = entries(lines);
    expect(summary(groupOrderLines(input, headerOf), input)).toEqual(expected);
  });

  it('groups lines by order_id (an export imported back), before ext_order_no; a line with neither stands alone', () => {
    const lines = entries([
      ['', '2026-11-02', 'C-0001', '', '', '', 'P-1', '1', '', '', '', ''],
      ['', '2026-11-02', 'C-0002', '', '', '', 'P-2', '1', '', '', '', ''],
      ['', '2026-11-02', 'C-0001', '', '', '', 'P-3', '1', '', '', '', ''],
      ['SO-9', '2026-11-02', 'C-0003', '', '', '', 'P-1', '1', '', '', '', ''],
      ['SO-9', '2026-11-02', 'C-0003', '', '', '', 'P-2', '1', '', '', '', ''],
      ['', '2026-11-02', 'C-0004', '', '', '', 'P-1', '1', '', '', '', ''],
    ]);
    const ids = ['SM-1', 'SM-2', 'SM-1', 'SM-3', 'SM-4', ''];
    lines.forEach((l, i) => (l.orderId = ids[i]));
    const groups = groupOrderLines(lines, headerOf);
    expect(groups.map((g) => [g.orderId, g.lines.map((i) => lines[i].rowNumber)])).toEqual([
      ['SM-1', [2, 4]],
      ['SM-2', [3]],
      ['SM-3', [5]],
      ['SM-4', [6]],
      [undefined, [7]],
    ]);
    expect(groups.every((g) => g.issues.length === 0)).toBe(true);
  });

  it('merges the header: the first line that gives a field, references by any part', () => {
    const input = entries([
      ['SO-1', '', 'C-0001', '', '', 'kirim pagi', 'P-1', '1', '', '', '', ''],
      ['SO-1', '2026-11-02', 'C-0001', 'S-014', 'Lunas', '', 'P-2', '1', '', '', '', ''],
    ]);
    const [group] = groupOrderLines(input, headerOf);
    expect(group.header).toEqual({
      ext_order_no: 'SO-1',
      date: '2026-11-02',
      customer: { code: 'C-0001' },
      team: { code: 'S-014' },
      status: 'Lunas',
      description: 'kirim pagi',
    });
  });

  it('names the rows and values of a conflict, on the column of the file', () => {
    const input = entries([
      ['SO-9', '2026-11-02', 'C-0001', '', '', '', 'P-1', '1', '', '', '', ''],
      ['SO-9', '2026-11-03', '', '', '', '', 'P-2', '1', '', '', '', ''],
    ]);
    expect(groupOrderLines(input, headerOf)[0].issues).toEqual([
      {
        code: 'MAP_CONFLICT',
        field: 'date',
        column: 'date',
        message: 'the lines of order SO-9 disagree: row 2 has "2026-11-02", row 3 has "2026-11-03"',
        localized: {
          key: 'row.order.linesDisagree',
          params: { order: 'SO-9', firstRow: '2', first: '"2026-11-02"', row: '3', value: '"2026-11-03"' },
        },
      },
    ]);
  });
});

describe('orders lines: mapping', () => {
  const line = (cells: Record<string, string>) =>
    mapCells('orders', { date: '2026-11-02', customer: 'C-1', product: 'P-1', qty: '1', ...cells });

  it.each<[string, string]>([
    ['Baru', 'Baru'],
    ['diproses', 'Diproses'],
    ['TERKIRIM', 'Terkirim'],
    ['Lunas', 'Lunas'],
    ['batal', 'Batal'],
    ['new', 'Baru'],
    ['Processing', 'Diproses'],
    ['delivered', 'Terkirim'],
    ['paid', 'Lunas'],
    ['cancelled', 'Batal'],
    ['canceled', 'Batal'],
  ])('status %j → %j', (text, status) => {
    const m = line({ status: text });
    expect(m.ok && (m.payload as OrderLineDraft).status).toBe(status);
  });

  it.each<[Record<string, string>, string[]]>([
    [{ status: 'selesai' }, ['MAP_INVALID@status']],
    [{ qty: '0' }, ['MAP_OUT_OF_RANGE@qty']],
    [{ qty: '-2' }, ['MAP_OUT_OF_RANGE@qty']],
    [{ qty: '' }, ['MAP_REQUIRED@qty']],
    [{ product: '' }, ['MAP_REQUIRED@product']],
    [{ price: '12.500' }, ['MAP_NOT_A_NUMBER@price']],
    [
      { item_disc_percent: '10+5', item_disc_amount: '500' },
      ['MAP_CONFLICT@item_disc_amount', 'MAP_CONFLICT@item_disc_percent'],
    ],
    [{ item_disc_percent: '120' }, ['MAP_OUT_OF_RANGE@item_disc_percent']],
    [{ date: '31/11/2026' }, ['MAP_BAD_DATE@date']],
  ])('%j → %j', (cells, codes) => {
    expect(codesOf(line(cells))).toEqual(codes);
  });

  it('reads a line: product and unit as written, both discount forms, blank price and unit left to the product', () => {
    const a = line({ unit: 'dus', item_disc_percent: '10 + 5%' });
    const b = line({ product: '', product_id: '8101', item_disc_amount: '1500', price: '3000' });
    expect(a.ok && a.payload).toMatchObject({
      product: { code: 'P-1' },
      qty: 1,
      unit: 'dus',
      item_disc: { item_disc_percent: '10+5' },
    });
    expect(a.ok && a.payload.price).toBeUndefined();
    expect(b.ok && b.payload).toMatchObject({
      product: { id: 8101 },
      price: 3000,
      item_disc: { item_disc_amount: 1500 },
    });
  });
});

describe('orders and visits: columns', () => {
  const codeOf = (fn: () => unknown): string => {
    try {
      fn();
      return 'bound';
    } catch (err) {
      return isRunError(err) ? err.code : String(err);
    }
  };

  it.each<['visits' | 'orders', 'create' | 'update-status' | 'upsert', string[], string]>([
    ['visits', 'create', ['Tanggal', 'Kode Pelanggan', 'Sales'], 'bound'],
    ['visits', 'create', ['Tgl Kunjungan', 'customer_id'], 'bound'],
    ['visits', 'create', ['Tanggal', 'Nama Pelanggan'], 'bound'],
    ['visits', 'create', ['Tanggal', 'Sales'], 'MAP_MISSING_COLUMN'],
    ['visits', 'create', ['Kode Pelanggan'], 'MAP_MISSING_COLUMN'],
    ['visits', 'upsert', ['Tanggal', 'Kode Pelanggan'], 'CONFIG_INVALID'],
    [
      'orders',
      'create',
      ['No Order', 'Tanggal', 'Kode Pelanggan', 'Kode Produk', 'Jumlah', 'Satuan', 'Harga'],
      'bound',
    ],
    ['orders', 'create', ['date', 'customer_id', 'product_id', 'qty'], 'bound'],
    ['orders', 'create', ['date', 'customer', 'qty'], 'MAP_MISSING_COLUMN'],
    ['orders', 'create', ['date', 'customer', 'product'], 'MAP_MISSING_COLUMN'],
    ['orders', 'update-status', ['order_id', 'ext_order_status_name'], 'bound'],
    ['orders', 'update-status', ['ext_order_no', 'date', 'customer', 'Status ERP'], 'bound'],
    ['orders', 'update-status', ['ext_order_no', 'customer', 'ext_order_status_name'], 'MAP_MISSING_COLUMN'],
    ['orders', 'update-status', ['order_id'], 'MAP_MISSING_COLUMN'],
    ['orders', 'upsert', ['order_id', 'ext_order_status_name'], 'CONFIG_INVALID'],
  ])('%s %s %j → %s', (entity, mode, headers, expected) => {
    expect(codeOf(() => bindColumns(entity, headers, { mode }))).toBe(expected);
  });

  it('says which columns would do when the customer is missing', () => {
    expect(() => bindColumns('visits', ['Tanggal', 'Sales'], { mode: 'create' })).toThrow(
      /Required column "customer", "customer_id", or "customer_name" not found/,
    );
  });
});

describe('orders --mode update-status: rows', () => {
  const statusBinding = bindColumns(
    'orders',
    ['order_id', 'ext_order_no', 'date', 'customer', 'ext_order_status_name', 'qty'],
    { mode: 'update-status' },
  );
  const map = (cells: Record<string, string>) =>
    mapOrderStatusRow(statusBinding, sourceRow(cells), { dateFormat: 'day-first' });

  it('reads the order id, or ext_order_no with date and customer; other columns are not read', () => {
    expect(map({ order_id: 'SO-000121', ext_order_status_name: 'Dikirim', qty: 'x' })).toMatchObject({
      ok: true,
      payload: { order_id: 'SO-000121', ext_order_status_name: 'Dikirim' },
    });
    expect(
      map({ ext_order_no: 'A-1', date: '02/11/2026', customer: 'C-0001', ext_order_status_name: 'Lunas' }),
    ).toMatchObject({
      ok: true,
      payload: {
        ext_order_no: 'A-1',
        date: '2026-11-02',
        customer: { code: 'C-0001' },
        ext_order_status_name: 'Lunas',
      },
    });
  });

  it.each<[Record<string, string>, string[]]>([
    [{ order_id: 'SO-1', ext_order_status_name: '' }, ['MAP_REQUIRED@ext_order_status_name']],
    [{ ext_order_no: 'A-1', date: '2026-11-02', ext_order_status_name: 'Lunas' }, ['KEY_MISSING@customer']],
    [{ ext_order_no: 'A-1', customer: 'C-1', ext_order_status_name: 'Lunas' }, ['KEY_MISSING@date']],
    [{ customer: 'C-1', date: '2026-11-02', ext_order_status_name: 'Lunas' }, ['KEY_MISSING@ext_order_no']],
    [{ order_id: 'SO-1', date: '2026-02-30', ext_order_status_name: 'Lunas' }, ['MAP_BAD_DATE@date']],
  ])('%j → %j', (cells, codes) => {
    expect(codesOf(map(cells))).toEqual(codes);
  });
});
