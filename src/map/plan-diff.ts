/**
 * Pure: what a planned update would change, field by field, and which planned rows deserve a second
 * look (docs/PLAN.md). A field changes when the comparison `import` uses (compare.ts) says the sent
 * value would not leave the stored one as it is, so `plan` and `import` never disagree about
 * `unchanged`.
 */
import { isDeepStrictEqual } from 'node:util';
import type { FieldChange, PlanFlag } from '../types.js';
import { sameField } from './compare.js';
import type { TableEntity } from './entities.js';
import { unitsRemoved } from './unit-removal.js';

/** The fields `payload` would change on `record`, in the payload's order. */
export function fieldChanges(
  entity: TableEntity,
  record: Record<string, unknown>,
  payload: Record<string, unknown>,
  columnOf: (field: string) => string | undefined,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [field, after] of Object.entries(payload)) {
    if (after === undefined) continue;
    const before = record[field];
    if (sameField(entity, field, before, after)) continue;
    changes.push({ field, column: columnOf(field), before: before ?? null, after });
  }
  return changes;
}

/**
 * What `apply` expects to find before it writes: the stored value of every field the update sends,
 * changed or not — a PATCH writes them all, so a field someone changed since would be overwritten.
 */
export function beforeValues(
  record: Record<string, unknown>,
  payload: Record<string, unknown>,
): Record<string, unknown> {
  const fields = Object.keys(payload).filter((field) => payload[field] !== undefined);
  return Object.fromEntries(fields.map((field) => [field, record[field] ?? null]));
}

/**
 * Below this likeness of two names (0 = nothing alike, 1 = the same) an update by key is taken to
 * overwrite another record: `Toko Maju` → `Toko Maju Jaya` is a correction, `Toko Maju` → `Apotek
 * Sehat` is a code reused for someone else (issue #15, "upsert overwrote another customer").
 */
export const IDENTITY_LIKENESS = 0.5;

/** Flags of a planned update: unit removals, phone changes, a name that is someone else's. */
export function planFlags(entity: TableEntity, changes: readonly FieldChange[]): PlanFlag[] {
  const flags: PlanFlag[] = [];
  const of = (field: string) => changes.find((c) => c.field === field);
  const units = of('product_units');
  if (entity === 'products' && units && Array.isArray(units.after)) {
    const stored = Array.isArray(units.before) ? (units.before as Array<{ name: string }>) : [];
    if (unitsRemoved(stored, units.after as Array<{ name: string }>).length > 0) flags.push('UNITS_REMOVED');
  }
  const phone = of('phone');
  if (entity === 'customers' && phone && !isBlank(phone.before)) flags.push('PHONE_CHANGED');
  const name = of('name');
  if (
    name &&
    !isBlank(name.before) &&
    nameLikeness(String(name.before), String(name.after)) < IDENTITY_LIKENESS
  )
    flags.push('IDENTITY_DIFFERS');
  return flags;
}

/**
 * Likeness of two names, 0 to 1: the Sørensen–Dice coefficient of their letter pairs, after case,
 * punctuation and spacing are set aside (`PT. Maju` and `pt maju` are the same name).
 */
export function nameLikeness(a: string, b: string): number {
  const fold = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const x = fold(a);
  const y = fold(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const pairs = (s: string) => {
    const counts = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) {
      const pair = s.slice(i, i + 2);
      counts.set(pair, (counts.get(pair) ?? 0) + 1);
    }
    return counts;
  };
  const px = pairs(x);
  let shared = 0;
  for (const [pair, n] of pairs(y)) {
    const m = px.get(pair) ?? 0;
    shared += Math.min(m, n);
  }
  return (2 * shared) / (x.length - 1 + (y.length - 1));
}

/**
 * The fields whose stored value is no longer the one the plan saw: `before` as the plan recorded
 * it (JSON), `current` as the server has it now. Exact comparison: any change by someone else counts.
 */
export function changedSince(before: Record<string, unknown>, current: Record<string, unknown>): string[] {
  return Object.keys(before).filter(
    (field) => !isDeepStrictEqual(normal(before[field]), normal(current[field])),
  );
}

/** Absent and null are the same stored value (a JSON round trip drops undefined). */
function normal(value: unknown): unknown {
  return value === undefined ? null : value;
}

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
