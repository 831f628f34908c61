/**
 * The orders column table (docs/ARCHITECTURE.md, API §6). One row per order LINE; the lines of an order share
 * its `ext_order_no` (they need not be adjacent: see order-groups.ts). The order's header fields
 * (date, customer, team member, status, description, order discount, total_paid,
 * ext_order_status_name) may be repeated on every line or given on one line only, so none of them is
 * required per line; the grouping checks that the order has them and that its lines agree.
 */
import {
  ORDER_STATUSES,
  LIMITS,
  type ExtOrder,
  type ExtOrderLine,
  type OrderStatus,
} from '../contract/index.js';
import type { ColumnSpec, CompositeSpec, EntitySpec, Parsed } from './columns.js';
import { parseDiscountChain, parseNumber, quote } from './parse-values.js';
import { rowText } from '../i18n/index.js';
import {
  CUSTOMER_REF,
  PRODUCT_REF,
  TEAM_REF,
  customerColumns,
  productColumns,
  refComposite,
  refFieldList,
  teamColumns,
  type RefDraft,
} from './references.js';
import { cellNumber, cellText, cellValue, dateColumn, reportCell } from './shared-columns.js';

/** A line's discount: a chain of percentages or an amount, never both. */
export interface LineDiscount {
  item_disc_percent?: string;
  item_disc_amount?: number;
}

/** What one orders row says, before grouping and before its references are resolved. */
export interface OrderLineDraft {
  ext_order_no?: string;
  /** Read by `--mode update-status` only. */
  order_id?: string;
  date?: string;
  customer?: RefDraft;
  team?: RefDraft;
  status?: OrderStatus;
  description?: string;
  disc_percent?: string;
  disc_amount?: number;
  total_paid?: number;
  ext_order_status_name?: string;
  product: RefDraft;
  qty: number;
  /** Blank: the product's base unit (ratio 1). */
  unit?: string;
  /** Blank: the price of that unit on the product. */
  price?: number;
  item_disc?: LineDiscount;
  line_description?: string;
}

/** The order's own fields: the same for all its lines. */
export const ORDER_HEADER_FIELDS = [
  'date',
  'customer',
  'team',
  'status',
  'description',
  'disc_percent',
  'disc_amount',
  'total_paid',
  'ext_order_status_name',
] as const satisfies ReadonlyArray<keyof OrderLineDraft>;
export type OrderHeaderField = (typeof ORDER_HEADER_FIELDS)[number];

/** Status words: the API's Indonesian values and their English equivalents, any case. */
const STATUS_WORDS: ReadonlyMap<string, OrderStatus> = new Map<string, OrderStatus>([
  ...ORDER_STATUSES.map((s) => [s.toLowerCase(), s] as const),
  ['new', 'Baru'],
  ['processing', 'Diproses'],
  ['in process', 'Diproses'],
  ['delivered', 'Terkirim'],
  ['shipped', 'Terkirim'],
  ['paid', 'Lunas'],
  ['cancelled', 'Batal'],
  ['canceled', 'Batal'],
]);
export const STATUS_HELP = `${ORDER_STATUSES.join(', ')} (or new, processing, delivered, paid, cancelled)`;

export function parseOrderStatus(text: string): Parsed<OrderStatus> {
  const status = STATUS_WORDS.get(text.toLowerCase().replace(/\s+/g, ' '));
  if (status === undefined) {
    return {
      ok: false,
      code: 'MAP_INVALID',
      ...rowText('row.order.status', { allowed: ORDER_STATUSES.join(', '), value: quote(text) }),
    };
  }
  return { ok: true, value: status };
}

function parseQty(text: string): Parsed<number> {
  const r = parseNumber(text);
  if (!r.ok || r.value > 0) return r;
  return { ok: false, code: 'MAP_OUT_OF_RANGE', ...rowText('row.order.qtyPositive', { value: quote(text) }) };
}

const money = (
  field: string,
  header: string,
  aliases: string[],
  description: string,
  example: string,
): ColumnSpec => ({
  field,
  header,
  aliases,
  required: false,
  kind: 'number',
  min: 0,
  money: true,
  description,
  rule: 'A number ≥ 0, without thousands separators (12500, not 12.500).',
  example,
  exported: true,
});

const chain = (
  field: string,
  header: string,
  aliases: string[],
  description: string,
  example: string,
): ColumnSpec => ({
  field,
  header,
  aliases,
  required: false,
  kind: 'code',
  parse: parseDiscountChain,
  description,
  rule: 'Percentages 0–100 joined by "+": 10, or 10+5 (10 % then 5 % more).',
  example,
  exported: true,
});

const text = (field: string, header: string, aliases: string[], description: string, example: string) =>
  ({
    field,
    header,
    aliases,
    required: false,
    kind: 'text',
    description,
    rule: 'Text.',
    example,
    exported: true,
  }) satisfies ColumnSpec;

const headerColumns: readonly ColumnSpec[] = [
  {
    field: 'order_id',
    header: 'order_id',
    aliases: ['Order ID', 'ID Order', 'sm_order_id', 'SalesMania Order ID'],
    required: false,
    kind: 'code',
    description: 'The SalesMania order id; written by the export. Read by --mode update-status only.',
    salesManiaId: true,
    rule: 'Text such as SO-000123.',
    example: 'SO-000123',
    exported: true,
  },
  {
    field: 'ext_order_no',
    header: 'ext_order_no',
    aliases: [
      'No Order',
      'Nomor Order',
      'No Pesanan',
      'Nomor Pesanan',
      'Order No',
      'Order Number',
      'No SO',
      'SO Number',
      'ext_order_id',
    ],
    required: false,
    kind: 'code',
    description: 'Your own order number: lines with the same number form one order.',
    rule:
      'Text, kept as written. Blank: the line is an order of its own, which cannot be checked ' +
      'against the server (no --skip-existing, and a lost answer leaves it in doubt).',
    example: 'SO-2026-0001',
    exported: true,
  },
  dateColumn(
    ['Tanggal', 'Tgl', 'Tanggal Order', 'Tgl Order', 'Tanggal Pesanan', 'Order Date', 'trans_date'],
    '2026-11-02',
    false,
  ),
  ...customerColumns(),
  ...teamColumns(),
  {
    field: 'status',
    header: 'status',
    aliases: ['Status Order', 'Status Pesanan', 'Order Status', 'sm_status'],
    required: false,
    kind: 'enum',
    allowed: ORDER_STATUSES,
    parse: parseOrderStatus,
    description: 'The SalesMania status of the order; blank: Baru.',
    rule: `One of ${STATUS_HELP}, any case.`,
    example: 'Baru',
    exported: true,
  },
  text('description', 'description', ['Keterangan', 'Catatan', 'Deskripsi'], 'Order note.', 'Kirim pagi'),
  chain(
    'disc_percent',
    'disc_percent',
    ['Diskon Order', 'Diskon Nota', 'Order Discount'],
    'Discount on the whole order, in percent.',
    '2',
  ),
  money(
    'disc_amount',
    'disc_amount',
    ['Diskon Order Rp', 'Potongan Order', 'Diskon Nota Rp', 'Order Discount Amount'],
    'Discount on the whole order, as an amount.',
    '5000',
  ),
  money(
    'total_paid',
    'total_paid',
    ['Dibayar', 'Total Bayar', 'Jumlah Bayar', 'Total Paid', 'Paid'],
    'Amount already paid.',
    '0',
  ),
  text(
    'ext_order_status_name',
    'ext_order_status_name',
    ['Status Eksternal', 'Status ERP', 'Ext Status', 'External Status', 'Ext Order Status'],
    'Your own status label (what --mode update-status sends).',
    'Dikirim',
  ),
];

const lineColumns: readonly ColumnSpec[] = [
  ...productColumns(),
  {
    field: 'qty',
    header: 'qty',
    aliases: ['Jumlah', 'Qty', 'Quantity', 'Kuantitas', 'Banyak'],
    required: true,
    kind: 'number',
    parse: parseQty,
    description: 'Quantity, in the line’s unit.',
    rule: 'A number > 0.',
    example: '2',
    exported: true,
  },
  {
    field: 'unit',
    header: 'unit',
    aliases: ['Satuan', 'UOM', 'Unit Name'],
    required: false,
    kind: 'text',
    maxLength: LIMITS.unitNameMax,
    description: 'The unit of the quantity; blank: the product’s base unit (ratio 1).',
    rule: 'One of the product’s unit names (ignoring case).',
    example: 'DUS',
    exported: true,
  },
  money(
    'price',
    'price',
    ['Harga', 'Harga Satuan', 'Unit Price'],
    'Price of one unit; blank: the unit’s price on the product.',
    '132000',
  ),
  chain(
    'item_disc_percent',
    'item_disc_percent',
    ['Diskon', 'Disc', 'Discount', 'Diskon Persen', 'Diskon Item', 'Line Discount'],
    'Line discount as a chain of percentages (or use item_disc_amount, not both).',
    '10+5',
  ),
  money(
    'item_disc_amount',
    'item_disc_amount',
    ['Diskon Rp', 'Potongan', 'Diskon Nominal', 'Discount Amount'],
    'Line discount as an amount (or use item_disc_percent, not both).',
    '1500',
  ),
  text(
    'line_description',
    'line_description',
    ['Keterangan Item', 'Catatan Item', 'Keterangan Baris', 'Line Note'],
    'Note on the line.',
    'Bonus display',
  ),
];

const columns: readonly ColumnSpec[] = [...headerColumns, ...lineColumns];

/** A line's discount: a chain or an amount; both on one line is an error on both cells. */
const lineDiscount: CompositeSpec = {
  field: 'item_disc',
  required: false,
  forms: [
    {
      name: 'item_disc_percent or item_disc_amount',
      has: (f) => f === 'item_disc_percent' || f === 'item_disc_amount',
      needs: ['item_disc_percent'],
    },
  ],
  build(cells, ctx) {
    const percent = cells.get('item_disc_percent');
    const amount = cells.get('item_disc_amount');
    let bad = percent ? reportCell(ctx, percent) : false;
    bad = (amount ? reportCell(ctx, amount) : false) || bad;
    if (bad) return undefined;
    if (percent?.text && amount?.text) {
      const both = rowText('row.order.discountBoth');
      for (const cell of [percent, amount]) {
        ctx.issue('MAP_CONFLICT', cell.column.field, cell.header, both.message, both.localized);
      }
      return undefined;
    }
    const out: LineDiscount = {};
    const p = cellValue<string>(percent);
    const a = cellValue<number>(amount);
    if (p !== undefined) out.item_disc_percent = p;
    if (a !== undefined) out.item_disc_amount = a;
    return out;
  },
};

/** One line of an Ext Order, with its order, as the export writes it. */
export interface OrderLineView {
  order: ExtOrder;
  line: ExtOrderLine;
}

function toCells({ order, line }: OrderLineView): Record<string, string> {
  return {
    order_id: order.sm_order_id,
    ext_order_no: cellText(order.ext_order_id),
    date: order.trans_date,
    customer: cellText(order.ext_cust_no),
    customer_id: cellNumber(order.sm_customer_id),
    team: cellText(order.ext_salesman_number),
    team_id: cellNumber(order.sm_team_id),
    status: order.sm_status,
    description: cellText(order.description),
    disc_percent: cellText(order.disc_percent),
    disc_amount: cellNumber(order.disc_amount),
    total_paid: cellNumber(order.total_paid),
    ext_order_status_name: cellText(order.ext_order_status_name),
    product: cellText(line.ext_product_code),
    product_id: cellNumber(line.sm_product_id),
    qty: cellNumber(line.qty),
    unit: line.unit?.name ?? '',
    price: cellNumber(line.price),
    item_disc_percent: cellText(line.item_disc_percent),
    item_disc_amount: cellNumber(line.item_disc_amount),
    line_description: cellText(line.description),
  };
}

const CUSTOMER_FIELDS = refFieldList(CUSTOMER_REF);

export const ordersSpec: EntitySpec<OrderLineView> = {
  entity: 'orders',
  columns,
  extKey: 'ext_order_no',
  statusField: 'ext_order_status_name',
  composites: [
    refComposite(CUSTOMER_REF, false),
    refComposite(TEAM_REF, false),
    refComposite(PRODUCT_REF, true),
    lineDiscount,
  ],
  modes: ['create', 'update-status'],
  requiredColumns(mode, has) {
    if (mode === 'update-status') {
      return has('order_id')
        ? [['ext_order_status_name']]
        : [['ext_order_status_name'], ['order_id', 'ext_order_no'], ['date'], CUSTOMER_FIELDS];
    }
    return [['date'], CUSTOMER_FIELDS, refFieldList(PRODUCT_REF), ['qty']];
  },
  exportColumns: () => columns.filter((c) => c.exported),
  toCells,
  same: {},
};
