import type { RowKey } from '../types.js';
import { decideRecord, type DecideContext } from './decide.js';
import { keyText } from './duplicate-screen.js';

/**
 * The records a delete run will remove: the distinct keys of the file that the same decision the
 * sender takes (decide.ts) resolves to one existing record. Keys matching nothing are skipped by
 * the run, ambiguous ones fail: neither deletes anything, so neither is counted. On `--resume`
 * the records deleted before are gone from the index and are not counted again.
 */
export function countDeletions(ctx: DecideContext, keys: readonly RowKey[]): number {
  const ids = new Set<number>();
  const seen = new Set<string>();
  for (const key of keys) {
    const text = keyText(key);
    if (seen.has(text)) continue; // a repeated key is DUPLICATE_IN_FILE: only its first row is sent
    seen.add(text);
    const decision = decideRecord(ctx, key);
    if (decision.action === 'change') ids.add(decision.record.id);
  }
  return ids.size;
}
