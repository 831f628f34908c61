/** Products by SalesMania id, `ext_product_code` and `sku`, with their units. */
import { rowText } from '../i18n/index.js';
import type { Product, ProductUnitInput } from '../api/index.js';
import { PRODUCT_REF, normalizeCode, type RefDraft } from '../map/index.js';
import { CodeIndex } from './code-index.js';
import { found, notFound, pick, type ColumnOf, type Resolved } from './resolved.js';

export interface ProductEntry {
  id: number;
  /** For messages: the code, else the SKU, else the name. */
  label: string;
  units: readonly ProductUnitInput[];
}

export class ProductIndex {
  private readonly ids = new Map<number, ProductEntry>();
  private readonly codes = new CodeIndex<ProductEntry>();
  private readonly skus = new CodeIndex<ProductEntry>();

  add(p: Pick<Product, 'id' | 'ext_product_code' | 'sku' | 'name' | 'product_units'>): void {
    const entry: ProductEntry = {
      id: p.id,
      label: p.ext_product_code || p.sku || p.name,
      units: (p.product_units ?? []).map((u) => ({ name: u.name, price: u.price, ratio: u.ratio })),
    };
    this.ids.set(entry.id, entry);
    this.codes.add(p.ext_product_code, entry);
    this.skus.add(p.sku, entry);
  }

  get size(): number {
    return this.ids.size;
  }

  /** The product a line names: `product_id`; or the code as `ext_product_code`, then as `sku`. */
  resolve(ref: RefDraft, columnOf: ColumnOf): Resolved<ProductEntry> {
    const { id: idField, code: codeField } = PRODUCT_REF;
    if (ref.id !== undefined) {
      const entry = this.ids.get(ref.id);
      return entry
        ? found(entry)
        : notFound(idField, columnOf(idField), rowText('row.ref.productId', { id: ref.id }));
    }
    const code = ref.code ?? '';
    const column = columnOf(codeField);
    const quoted = JSON.stringify(code);
    return (
      pick(this.codes.get(code), codeField, column, 'row.ref.productCodeAmbiguous', quoted) ??
      pick(this.skus.get(code), codeField, column, 'row.ref.productSkuAmbiguous', quoted) ??
      notFound(codeField, column, rowText('row.ref.productCode', { value: quoted }))
    );
  }
}

/**
 * The unit a line names, ignoring case and spaces; blank: the base unit (ratio 1). The API wants
 * the unit's own spelling, so the product's is returned.
 */
export function resolveUnit(
  product: ProductEntry,
  unit: string | undefined,
  column: string | undefined,
): Resolved<ProductUnitInput> {
  const names = product.units.map((u) => u.name).join(', ');
  if (unit === undefined) {
    const base = product.units.find((u) => u.ratio === 1);
    return base
      ? found(base)
      : notFound('unit', column, rowText('row.ref.noBaseUnit', { product: product.label, units: names }));
  }
  const wanted = normalizeCode(unit);
  const hit = product.units.find((u) => normalizeCode(u.name) === wanted);
  return hit
    ? found(hit)
    : notFound(
        'unit',
        column,
        rowText('row.ref.noUnit', { product: product.label, value: JSON.stringify(unit), units: names }),
      );
}
