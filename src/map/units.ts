/**
 * Product units, in two forms a file may use (not both):
 * - groups of columns `unit`/`price`/`ratio`, `unit_2`/`price_2`/`ratio_2` … up to UNIT_GROUP_MAX,
 *   filled from the first without gaps (so `product_units.N` is always group N+1, for API errors too);
 * - one `units` column: `PCS:1:12500; DUS:24:290000` (name:ratio:price, separated by `;`, `|` or lines).
 * The first unit's ratio may be left blank (= 1); at least one unit must have ratio 1 (the base unit);
 * unit names are unique ignoring case (orders name units by name).
 */
import type { ProductUnitInput } from '../contract/index.js';
import { LIMITS } from '../contract/index.js';
import type { BuildContext, ColumnSpec, CompositeCell, CompositeSpec } from './columns.js';
import { parseCell } from './parse-cell.js';
import { quote } from './parse-values.js';
import { rowText, type RowText } from '../i18n/index.js';
import { cellNumber, cellValue, reportCell } from './shared-columns.js';

/** Unit groups accepted on import. */
export const UNIT_GROUP_MAX = 10;
/**
 * Unit groups the product export writes by default: all that import accepts, because a PATCH
 * replaces the whole unit list — an export cut at 3 groups would delete units 4+ on re-import.
 * Templates may pass fewer.
 */
export const DEFAULT_EXPORT_UNIT_GROUPS = UNIT_GROUP_MAX;

type Part = 'name' | 'price' | 'ratio';
const PARTS: readonly Part[] = ['name', 'price', 'ratio'];
const PREFIX = 'product_units';
/** `product_units.<i>.<part>`, made once: the per-row code only looks them up. */
const FIELDS: ReadonlyArray<Readonly<Record<Part, string>>> = Array.from(
  { length: UNIT_GROUP_MAX },
  (_, i) => ({
    name: `${PREFIX}.${i}.name`,
    price: `${PREFIX}.${i}.price`,
    ratio: `${PREFIX}.${i}.ratio`,
  }),
);
const unitField = (i: number, part: Part): string => FIELDS[i]?.[part] ?? `${PREFIX}.${i}.${part}`;
const suffix = (i: number): string => (i === 0 ? '' : `_${i + 1}`);

/** Canonical headers of group i (0-based): `unit`, `price`, `ratio`, then `unit_2` … */
export function unitHeader(i: number, part: Part): string {
  return `${part === 'name' ? 'unit' : part}${suffix(i)}`;
}

function groupColumns(i: number): ColumnSpec[] {
  const n = i + 1;
  const first = i === 0;
  return [
    {
      field: unitField(i, 'name'),
      header: unitHeader(i, 'name'),
      aliases: first
        ? ['Satuan', 'Satuan 1', 'Unit 1', 'Nama Satuan', 'Unit Name']
        : [`Satuan ${n}`, `Unit ${n}`],
      required: first,
      kind: 'text',
      maxLength: LIMITS.unitNameMax,
      companions: first ? [unitField(i, 'price')] : [unitField(i, 'price'), unitField(i, 'ratio')],
      description: first ? 'Name of the first unit, usually the base unit.' : `Name of unit ${n}.`,
      rule: `At most ${LIMITS.unitNameMax} characters; unique within the product.${first ? ' Required on create (or use the units column).' : ''}`,
      example: first ? 'PCS' : 'DUS',
      exported: true,
    },
    {
      field: unitField(i, 'price'),
      header: unitHeader(i, 'price'),
      aliases: first ? ['Harga', 'Harga 1', 'Price 1', 'Harga Satuan'] : [`Harga ${n}`, `Price ${n}`],
      required: first,
      kind: 'number',
      min: 0,
      money: true,
      companions: [unitField(i, 'name')],
      description: first ? 'Price of the first unit.' : `Price of unit ${n}.`,
      rule: 'A number ≥ 0, without thousands separators (12500, not 12.500).',
      example: first ? '12500' : '290000',
      exported: true,
    },
    {
      field: unitField(i, 'ratio'),
      header: unitHeader(i, 'ratio'),
      aliases: first
        ? ['Rasio', 'Isi', 'Rasio 1', 'Isi 1', 'Konversi']
        : [`Rasio ${n}`, `Isi ${n}`, `Konversi ${n}`],
      required: false,
      kind: 'integer',
      min: 1,
      companions: [unitField(i, 'name')],
      description: first ? 'Base units in the first unit; blank = 1.' : `Base units in unit ${n}.`,
      rule: first ? 'A whole number ≥ 1; blank = 1.' : 'A whole number ≥ 1; required when the unit is given.',
      example: first ? '1' : '24',
      exported: true,
    },
  ];
}

export function unitGroupColumns(count: number): ColumnSpec[] {
  return Array.from({ length: count }, (_, i) => groupColumns(i)).flat();
}

const [nameColumn, priceColumn, ratioColumn] = groupColumns(0);

export const unitsColumn: ColumnSpec = {
  field: PREFIX,
  header: 'units',
  aliases: ['Satuan-satuan', 'Daftar Satuan', 'Unit List'],
  required: false,
  kind: 'text',
  description: 'All units in one cell, instead of the unit/price/ratio columns.',
  rule: 'name:ratio:price separated by ";", e.g. "PCS:1:12500; DUS:24:290000"; the first ratio may be blank (= 1).',
  example: 'PCS:1:12500; DUS:24:290000',
  exported: false,
};

type Where = (i: number, part: Part | 'base') => string | undefined;

function say(
  ctx: BuildContext,
  code: Parameters<BuildContext['issue']>[0],
  field: string,
  column: string | undefined,
  text: RowText,
): void {
  ctx.issue(code, field, column, text.message, text.localized);
}

/** The checks across units: unique names, a base unit. */
function checkUnits(
  units: ProductUnitInput[],
  ctx: BuildContext,
  where: Where,
): ProductUnitInput[] | undefined {
  let bad = false;
  const seen = new Set<string>();
  units.forEach((u, i) => {
    const folded = u.name.toLowerCase();
    if (seen.has(folded)) {
      say(
        ctx,
        'MAP_INVALID',
        unitField(i, 'name'),
        where(i, 'name'),
        rowText('row.units.repeated', { name: quote(u.name) }),
      );
      bad = true;
    }
    seen.add(folded);
  });
  if (!units.some((u) => u.ratio === 1)) {
    say(ctx, 'MAP_INVALID', PREFIX, where(0, 'base'), rowText('row.units.noBase'));
    bad = true;
  }
  return bad ? undefined : units;
}

function fromGroups(cells: ReadonlyMap<string, CompositeCell>, ctx: BuildContext): unknown {
  const at = (i: number, part: Part) => cells.get(FIELDS[i][part]);
  const filled = (i: number) => PARTS.some((p) => (at(i, p)?.text ?? '') !== '');
  let last = -1;
  for (let i = UNIT_GROUP_MAX - 1; i >= 0 && last < 0; i--) if (filled(i)) last = i;

  const units: ProductUnitInput[] = [];
  let bad = false;
  for (let i = 0; i <= last; i++) {
    const name = at(i, 'name');
    const price = at(i, 'price');
    const ratio = at(i, 'ratio');
    if (!filled(i)) {
      say(ctx, 'MAP_INVALID', unitField(i, 'name'), name?.header, rowText('row.units.gap'));
      bad = true;
      continue;
    }
    if (!name || name.text === '') {
      say(ctx, 'MAP_REQUIRED', unitField(i, 'name'), name?.header, rowText('row.units.nameBlank'));
      bad = true;
    } else bad = reportCell(ctx, name) || bad;
    if (!price || price.text === '') {
      say(ctx, 'MAP_REQUIRED', unitField(i, 'price'), price?.header, rowText('row.units.priceBlank'));
      bad = true;
    } else bad = reportCell(ctx, price) || bad;
    if (i > 0 && (!ratio || ratio.text === '')) {
      say(ctx, 'MAP_REQUIRED', unitField(i, 'ratio'), ratio?.header, rowText('row.units.ratioBlank'));
      bad = true;
    } else if (ratio) bad = reportCell(ctx, ratio) || bad;
    if (!bad) {
      const r = cellValue<number>(ratio) ?? 1;
      units.push({ name: name?.text ?? '', price: cellValue<number>(price) as number, ratio: r });
    }
  }
  if (bad) return undefined;
  return checkUnits(units, ctx, (i, part) => {
    const cell = part === 'base' ? (at(0, 'ratio') ?? at(0, 'name')) : at(i, part);
    return cell?.header;
  });
}

const ENTRY_SEPARATORS = /[;|\r\n]/;

function fromText(cell: CompositeCell, ctx: BuildContext): unknown {
  const entries = cell.text
    .split(ENTRY_SEPARATORS)
    .map((e) => e.trim())
    .filter((e) => e !== '');
  const units: ProductUnitInput[] = [];
  let bad = false;
  const fail = (code: Parameters<BuildContext['issue']>[0], field: string, text: RowText) => {
    say(ctx, code, field, cell.header, text);
    bad = true;
  };
  entries.forEach((entry, i) => {
    const label = { n: String(i + 1), entry: quote(entry) };
    const parts = entry.split(':').map((p) => p.trim());
    if (parts.length !== 3) {
      fail('MAP_INVALID', `${PREFIX}.${i}`, rowText('row.units.entryShape', label));
      return;
    }
    const [name, ratioText, priceText] = parts;
    const values: Partial<ProductUnitInput> = {};
    const part = (p: Part, column: ColumnSpec, text: string): void => {
      if (text === '' && p === 'ratio' && i === 0) {
        values.ratio = 1;
      } else if (text === '') {
        fail('MAP_REQUIRED', unitField(i, p), rowText(`row.units.entryBlank.${p}`, label));
      } else {
        const r = parseCell(column, text);
        if (r.ok) (values as Record<string, unknown>)[p] = r.value;
        else {
          const problem = r.localized ?? r.message;
          fail(r.code, unitField(i, p), rowText(`row.units.entryInvalid.${p}`, { ...label, problem }));
        }
      }
    };
    part('name', nameColumn, name);
    part('ratio', ratioColumn, ratioText);
    part('price', priceColumn, priceText);
    if (!bad) units.push(values as ProductUnitInput);
  });
  if (entries.length === 0) fail('MAP_INVALID', PREFIX, rowText('row.units.noEntries'));
  if (bad) return undefined;
  return checkUnits(units, ctx, () => cell.header);
}

export const unitsComposite: CompositeSpec = {
  field: PREFIX,
  required: true,
  clearValue: undefined, // a product cannot be without units
  forms: [
    {
      name: 'unit/price/ratio columns',
      has: (f) => f.startsWith(`${PREFIX}.`),
      needs: [unitField(0, 'name')],
    },
    { name: 'units column', has: (f) => f === PREFIX, needs: [PREFIX] },
  ],
  build(cells, ctx) {
    const one = cells.get(PREFIX);
    return one ? fromText(one, ctx) : fromGroups(cells, ctx);
  },
};

/** A product's units as group cells: `unit`, `price`, `ratio`, `unit_2` … in the record's order. */
export function unitCells(units: readonly ProductUnitInput[]): Record<string, string> {
  const cells: Record<string, string> = {};
  units.forEach((u, i) => {
    cells[unitHeader(i, 'name')] = u.name;
    cells[unitHeader(i, 'price')] = cellNumber(u.price);
    cells[unitHeader(i, 'ratio')] = cellNumber(u.ratio);
  });
  return cells;
}

/** Units compared by name, ratio and price, ignoring ids and order (no meaning in the API). */
export function sameUnits(existing: unknown, sent: unknown): boolean {
  const norm = (v: unknown) =>
    (Array.isArray(v) ? (v as ProductUnitInput[]) : [])
      .map((u) => `${u.name}\u0000${Number(u.ratio)}\u0000${Number(u.price)}`)
      .sort();
  const a = norm(existing);
  const b = norm(sent);
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
