/** The products column table (docs/ARCHITECTURE.md, API §4). Units live in units.ts. */
import type { Product } from '../contract/index.js';
import { LIMITS } from '../contract/index.js';
import type { ColumnSpec, EntitySpec, ExportOptions } from './columns.js';
import { parseDiscountChain } from './parse-values.js';
import {
  cellNumber,
  cellText,
  idColumn,
  sameList,
  sameText,
  statusColumn,
  tagsColumn,
} from './shared-columns.js';
import {
  DEFAULT_EXPORT_UNIT_GROUPS,
  UNIT_GROUP_MAX,
  sameUnits,
  unitCells,
  unitGroupColumns,
  unitsColumn,
  unitsComposite,
} from './units.js';

const head: readonly ColumnSpec[] = [
  idColumn('product'),
  {
    field: 'ext_product_code',
    header: 'ext_product_code',
    aliases: ['Kode Produk', 'Product Code', 'Kode Barang', 'Item Code', 'Ext Product Code'],
    required: false,
    kind: 'code',
    idAlias: { entity: 'products', idField: 'id' },
    description: 'Your own product code; the key for update, upsert and delete.',
    rule: 'Text, kept as written (leading zeros too).',
    example: 'P-0042',
    exported: true,
  },
  {
    field: 'name',
    header: 'name',
    aliases: ['Nama Produk', 'Product Name', 'Nama', 'Nama Barang', 'Item Name'],
    required: true,
    kind: 'text',
    maxLength: LIMITS.productNameMax,
    description: 'Product name.',
    rule: `Required on create; at most ${LIMITS.productNameMax} characters.`,
    example: 'Teh Celup Melati 25s',
    exported: true,
  },
  {
    field: 'sku',
    header: 'sku',
    aliases: ['Kode SKU'],
    required: false,
    kind: 'code',
    description: 'Stock-keeping unit.',
    rule: 'Text, kept as written.',
    example: '8991234567890',
    exported: true,
  },
  {
    field: 'description',
    header: 'description',
    aliases: ['Deskripsi', 'Keterangan'],
    required: false,
    kind: 'text',
    description: 'Free description.',
    rule: 'Text.',
    example: 'Kemasan 25 kantong',
    exported: true,
  },
  {
    field: 'qty_on_hand',
    header: 'qty_on_hand',
    aliases: ['Stok', 'Qty', 'Stock', 'Qty On Hand', 'Jumlah Stok', 'Quantity'],
    required: true,
    kind: 'number',
    description: 'Stock on hand, in the base unit.',
    rule: 'Required on create; a number (decimal point, or an unambiguous decimal comma).',
    example: '120',
    exported: true,
  },
];

const tail: readonly ColumnSpec[] = [
  {
    field: 'default_disc',
    header: 'default_disc',
    aliases: ['Diskon', 'Discount', 'Default Disc', 'Disc', 'Default Discount'],
    required: false,
    kind: 'code',
    parse: parseDiscountChain,
    description: 'Default discount chain, in percent.',
    rule: 'Percentages 0–100 joined by "+": 5, or 55.55+3 (55.55 % then 3 % more).',
    example: '5+2.5',
    exported: true,
  },
  tagsColumn(),
  statusColumn(),
];

const groups = unitGroupColumns(UNIT_GROUP_MAX);
const columns: readonly ColumnSpec[] = [...head, ...groups, unitsColumn, ...tail];

function exportColumns(options?: ExportOptions): readonly ColumnSpec[] {
  const n = Math.min(Math.max(options?.unitGroups ?? DEFAULT_EXPORT_UNIT_GROUPS, 1), UNIT_GROUP_MAX);
  return [...head, ...groups.slice(0, n * 3), ...tail];
}

function toCells(p: Product): Record<string, string> {
  return {
    id: String(p.id),
    ext_product_code: cellText(p.ext_product_code),
    name: cellText(p.name),
    sku: cellText(p.sku),
    description: cellText(p.description),
    qty_on_hand: cellNumber(p.qty_on_hand),
    ...unitCells(p.product_units ?? []),
    default_disc: cellText(p.default_disc),
    tags: (p.tags ?? []).join(', '),
    status: p.status === false ? 'FALSE' : 'TRUE',
  };
}

/** Chains compared after normalising both (`5.0+3` equals `5+3`); unparseable ones as text. */
function sameDiscount(existing: unknown, sent: unknown): boolean {
  const norm = (v: unknown): string => {
    const text = typeof v === 'string' ? v.trim() : '';
    if (text === '') return '';
    const r = parseDiscountChain(text);
    return r.ok ? r.value : text;
  };
  return norm(existing) === norm(sent);
}

export const productsSpec: EntitySpec<Product> = {
  entity: 'products',
  columns,
  extKey: 'ext_product_code',
  idKey: 'id',
  statusField: 'status',
  composites: [unitsComposite],
  exportColumns,
  toCells,
  same: {
    name: sameText,
    sku: sameText,
    description: sameText,
    ext_product_code: sameText,
    default_disc: sameDiscount,
    tags: sameList,
    product_units: sameUnits,
  },
};
