/**
 * An update that lists fewer units than the product has would delete the others: the API replaces
 * the whole `product_units` list. A sheet with two of a product's three unit groups filled (an
 * old template, a column deleted by hand) must not do that silently, so without `--units replace`
 * such a row is refused, naming the units it would remove (docs/units.md).
 */
import type { RowIssue } from '../types.js';
import { rowText } from '../i18n/index.js';

interface NamedUnit {
  name: string;
}

/** Names of `stored` units that `sent` leaves out (ignoring case and spaces, as orders name them). */
export function unitsRemoved(stored: readonly NamedUnit[] | undefined, sent: readonly NamedUnit[]): string[] {
  const fold = (name: string) => name.replace(/\s+/g, '').toLowerCase();
  const kept = new Set(sent.map((u) => fold(u.name)));
  return (stored ?? []).filter((u) => !kept.has(fold(u.name))).map((u) => u.name);
}

/** The issue for a products row whose update would remove units; undefined when it removes none. */
export function unitRemovalIssue(
  stored: { product_units?: readonly NamedUnit[] | null },
  payload: Record<string, unknown>,
  column: string | undefined,
): RowIssue | undefined {
  const sent = payload.product_units as readonly NamedUnit[] | undefined;
  if (!Array.isArray(sent)) return undefined;
  const removed = unitsRemoved(stored.product_units ?? [], sent);
  if (removed.length === 0) return undefined;
  const names = removed.map((n) => `"${n}"`).join(', ');
  return {
    code: 'UNITS_WOULD_REMOVE',
    field: 'product_units',
    column,
    ...rowText('row.units.wouldRemove', { count: removed.length, names }),
  };
}
