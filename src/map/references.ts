/**
 * Columns that name a record of another entity: a customer, a team member, a product. People name
 * them by their own codes; the API wants SalesMania ids. The map stage only reads what the row says
 * (a `RefDraft`); the resolve stage (src/resolve/) finds the id, once the records have been read.
 */
import type { ColumnSpec, CompositeCell, CompositeSpec } from './columns.js';
import { cellValue, reportCell } from './shared-columns.js';

/** How a row names a record; at least one part is set. */
export interface RefDraft {
  /** The SalesMania id (an `…_id` column): wins over the other parts when given. */
  id?: number;
  /**
   * A code: customers' `ext_cust_no`; products' `ext_product_code` or `sku`; team members' id,
   * email, `ext_salesman_number` or name.
   */
  code?: string;
  /** A customer's name, used only with `--match-customer-by name`. */
  name?: string;
}

/** Which fields give the parts of one reference. */
export interface RefFields {
  /** The payload field the draft goes to (`customer`). */
  field: string;
  code: string;
  id: string;
  name?: string;
}

export const CUSTOMER_REF: RefFields = {
  field: 'customer',
  code: 'customer',
  id: 'customer_id',
  name: 'customer_name',
};
export const TEAM_REF: RefFields = { field: 'team', code: 'team', id: 'team_id' };
export const PRODUCT_REF: RefFields = { field: 'product', code: 'product', id: 'product_id' };

/** The fields of a reference, code first. */
export function refFieldList(ref: RefFields): string[] {
  return [ref.code, ref.id, ...(ref.name ? [ref.name] : [])];
}

function idColumn(field: string, header: string, what: string, aliases: string[]): ColumnSpec {
  return {
    field,
    header,
    aliases,
    required: false,
    kind: 'integer',
    min: 1,
    description: `The SalesMania id of the ${what}; written by the export.`,
    salesManiaId: true,
    rule: `A whole number ≥ 1; wins over the ${what} code when both are given.`,
    example: '51234',
    exported: true,
  };
}

export function customerColumns(): ColumnSpec[] {
  return [
    {
      field: CUSTOMER_REF.code,
      header: 'customer',
      aliases: [
        'Kode Pelanggan',
        'Customer Code',
        'Customer No',
        'ext_cust_no',
        'No Pelanggan',
        'Kode Customer',
        'Pelanggan',
        'Kode Toko',
      ],
      required: false,
      kind: 'code',
      description: 'Your customer number (ext_cust_no) of the customer.',
      rule:
        'Matched to ext_cust_no ignoring case and spaces; with --match-customer-by name, to the name ' +
        'when no number matches.',
      example: 'C-0001',
      exported: true,
    },
    idColumn(CUSTOMER_REF.id, 'customer_id', 'customer', ['ID Pelanggan', 'sm_customer_id']),
    {
      field: CUSTOMER_REF.name as string,
      header: 'customer_name',
      aliases: ['Nama Pelanggan', 'Nama Toko', 'Nama Customer', 'Store Name'],
      required: false,
      kind: 'text',
      description: 'The customer name; kept for reading, used to find the customer only on request.',
      rule: 'With --match-customer-by name: the exact name (ignoring case and spaces) when no code matches.',
      example: 'Toko Sumber Makmur',
      exported: false,
    },
  ];
}

export function teamColumns(): ColumnSpec[] {
  return [
    {
      field: TEAM_REF.code,
      header: 'team',
      aliases: [
        'Sales',
        'Salesman',
        'Salesperson',
        'Team Member',
        'Tim',
        'Nama Sales',
        'Kode Sales',
        'ext_salesman_number',
        'Salesman Number',
        'Email Sales',
        'Petugas',
      ],
      required: false,
      kind: 'code',
      description: 'The salesperson (team member); blank: the API user.',
      rule: 'Their id, email, salesman number (ext_salesman_number) or name, ignoring case and spaces.',
      example: 'S-014',
      exported: true,
    },
    idColumn(TEAM_REF.id, 'team_id', 'team member', ['ID Sales', 'Salesman ID', 'sm_team_id']),
  ];
}

export function productColumns(): ColumnSpec[] {
  return [
    {
      field: PRODUCT_REF.code,
      header: 'product',
      aliases: [
        'Kode Produk',
        'Product Code',
        'Kode Barang',
        'Item Code',
        'ext_product_code',
        'Produk',
        'SKU',
        'Kode SKU',
      ],
      required: false,
      kind: 'code',
      description: 'Your product code (ext_product_code) or the SKU of the product.',
      rule: 'Matched to ext_product_code, then to sku, ignoring case and spaces.',
      example: 'P-1001',
      exported: true,
    },
    idColumn(PRODUCT_REF.id, 'product_id', 'product', ['ID Produk', 'sm_product_id']),
  ];
}

/**
 * The composite that reads one reference from whichever of its columns the file has (an export has
 * both the id and the code). Its single form claims every column, so a file may carry several; which
 * columns a file needs is the entity's `requiredColumns`.
 */
export function refComposite(ref: RefFields, required: boolean): CompositeSpec {
  const fields = refFieldList(ref);
  return {
    field: ref.field,
    required,
    forms: [{ name: fields.join(' or '), has: (f) => fields.includes(f), needs: [ref.code] }],
    build(cells, ctx) {
      const get = (f: string | undefined): CompositeCell | undefined => (f ? cells.get(f) : undefined);
      let bad = false;
      for (const f of fields) {
        const cell = get(f);
        if (cell) bad = reportCell(ctx, cell) || bad;
      }
      if (bad) return undefined;
      const draft: RefDraft = {};
      const id = cellValue<number>(get(ref.id));
      const code = get(ref.code)?.text;
      const name = get(ref.name)?.text;
      if (id !== undefined) draft.id = id;
      if (code) draft.code = code;
      if (name) draft.name = name;
      return draft;
    },
  };
}

const DIACRITICS = /\p{M}+/gu;
const SPACES = /\s+/gu;

/**
 * A code or name as compared when resolving: case, spaces and accents ignored (`c - 0001` is
 * `C-0001`, `budi  santoso` is `Budi Santoso`); punctuation is kept, since `C-1` and `C1` may be
 * different codes.
 */
export function normalizeCode(text: string): string {
  return text.normalize('NFKD').replace(DIACRITICS, '').replace(SPACES, '').toLowerCase();
}
