/** Records by a normalised code: the building block of the reference indexes. */
import { normalizeCode } from '../map/index.js';

export class CodeIndex<T> {
  private readonly map = new Map<string, T[]>();

  /** Adds `record` under `key` (ignored when blank). */
  add(key: string | null | undefined, record: T): void {
    if (key === null || key === undefined) return;
    const norm = normalizeCode(String(key));
    if (norm === '') return;
    const list = this.map.get(norm);
    if (!list) this.map.set(norm, [record]);
    else if (!list.includes(record)) list.push(record);
  }

  /** Records whose key equals `key` ignoring case and spaces. */
  get(key: string): readonly T[] {
    return this.map.get(normalizeCode(key)) ?? [];
  }
}
