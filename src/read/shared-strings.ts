/**
 * A workbook's shared strings, held compactly: the UTF-8 bytes of every string end to end in one
 * buffer, plus where each starts. A cell asks for its string by index and gets a fresh JS string.
 *
 * Why: exceljs keeps them as an array of JS strings, the one thing its streaming reader holds for
 * the whole sheet. At ~60–100 bytes a string that was ~100 MB of live heap for a 200,000-row
 * sheet, and V8 lets the heap grow to a multiple of what is live: `validate` of that sheet peaked at
 * ~400 MB (`npm run bench`, "validate XLSX"). Here a string costs its bytes plus 8, outside the heap.
 */

const NULL_MARK = 0xffffffff;

export class SharedStringTable {
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  /** Per string i: where it starts in `bytes` (string i + 1 says where it ends), or NULL_MARK. */
  private starts = new Uint32Array(1024);
  private ends = new Uint32Array(1024);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Appends the next string (`null`: an `<si>` with no text, which exceljs gives as null). */
  push(text: string | null): void {
    if (this.count === this.starts.length) {
      this.starts = grow(this.starts);
      this.ends = grow(this.ends);
    }
    if (text === null) {
      this.starts[this.count] = NULL_MARK;
      this.ends[this.count] = NULL_MARK;
    } else {
      const max = text.length * 3; // UTF-8 needs at most 3 bytes per UTF-16 unit
      if (this.used + max > this.bytes.length) {
        const grown = Buffer.allocUnsafe(Math.max(this.used + max, Math.ceil(this.bytes.length * 1.5)));
        this.bytes.copy(grown, 0, 0, this.used);
        this.bytes = grown;
      }
      this.starts[this.count] = this.used;
      this.used += this.bytes.write(text, this.used, 'utf8');
      this.ends[this.count] = this.used;
    }
    this.count += 1;
  }

  /** The string at `index`; undefined past the end, as an array would answer. */
  get(index: number): string | null | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    const start = this.starts[index];
    if (start === NULL_MARK) return null;
    return this.bytes.toString('utf8', start, this.ends[index]);
  }

  /**
   * What exceljs's worksheet reader indexes as `sharedStrings[index]`: an object whose numeric
   * properties read from this table.
   */
  asIndexable(): Record<number, string | null | undefined> {
    return new Proxy(Object.create(null) as Record<number, string | null | undefined>, {
      get: (_target, property) => (typeof property === 'string' ? this.get(Number(property)) : undefined),
    });
  }
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(Math.ceil(array.length * 1.5));
  grown.set(array);
  return grown;
}
