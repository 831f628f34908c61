import { localizedRunError } from '../i18n/index.js';
import { ByteStore } from './byte-store.js';
import { decodeOoxmlEscapes } from './cell-text.js';
import { localName } from './xml-parts.js';
import { XmlScanner } from './xml-scanner.js';

/** Shared-string bytes kept in memory; more go to a temporary file (see ByteStore). */
const DEFAULT_MEMORY_BYTES = 4 * 1024 * 1024;
/**
 * The index keeps the start of every BLOCK-th string and each string's length in a byte: ~1.1 bytes a
 * string instead of 4 for a start each (3,000,000 strings at 1,000,000 rows: ~3 MB instead of 12 MB).
 * A lookup adds up at most BLOCK - 1 lengths.
 */
const BLOCK_SHIFT = 4;
const BLOCK_MASK = (1 << BLOCK_SHIFT) - 1;
/** A length byte that says: the length is 255 bytes or more, kept in `longs`. */
const LONG = 255;
/** The shortest `<si>` that holds a character, `<si><t>x</t></si>`: no part holds more strings than its bytes / 17. */
const MIN_ITEM_BYTES = 17;

/**
 * A workbook's shared strings, held compactly: the UTF-8 bytes of every string end to end (see
 * ByteStore: in memory up to a bound, then in a temporary file), plus their lengths (see BLOCK_SHIFT).
 * A cell asks for its string by index and gets a fresh JS string.
 *
 * Why: the shared strings are the one thing the reader holds for the whole sheet. As an array of JS
 * strings (exceljs's way) they were ~100 MB of live heap for a 200,000-row sheet, and V8 lets the heap
 * grow to a multiple of what is live: `validate` of that sheet peaked at ~400 MB. Here a string costs
 * ~1.1 bytes of memory plus its bytes, which stay in memory only up to `memoryLimit`.
 */
export class SharedStringTable {
  private readonly bytes: ByteStore;
  /** Where string i * BLOCK starts (byte offset in `bytes`). */
  private starts = new Uint32Array(64);
  /** Each string's byte length, or LONG: its length is then in `longs`. */
  private lengths = new Uint8Array(1024);
  private readonly longs = new Map<number, number>();
  private readonly nulls = new Set<number>();
  private count = 0;

  constructor(memoryLimit = DEFAULT_MEMORY_BYTES) {
    this.bytes = new ByteStore(memoryLimit);
  }

  get size(): number {
    return this.count;
  }

  /**
   * Makes room for `count` strings at once, from the part's own `uniqueCount`. Why: grown by half as
   * strings came, the index of a 1,000,000-row workbook's 3,000,000 strings was copied ~25 times, and
   * its last growth and the trim at the end held two copies at once: the peak RSS of `validate` grew
   * with the workbook (docs/PERFORMANCE.md, memory). The caller bounds `count` by the part's size, so a
   * count that lies cannot make it allocate more than the part allows.
   */
  reserve(count: number): void {
    if (!(count > this.lengths.length) || !Number.isSafeInteger(count)) return;
    this.resize(count);
  }

  /** Appends the next string (`null`: an `<si>` with no text). */
  push(text: string | null): void {
    if (this.count >= this.lengths.length) this.resize(Math.ceil(this.lengths.length * 1.5));
    const start = this.bytes.length;
    if (text === null) this.nulls.add(this.count);
    else this.bytes.append(text);
    const end = this.bytes.length;
    if (end > 0xffffffff) {
      throw localizedRunError('READ_LIMIT', 'read.sharedStringsOver4GiB');
    }
    if ((this.count & BLOCK_MASK) === 0) this.starts[this.count >>> BLOCK_SHIFT] = start;
    const length = end - start;
    if (length < LONG) this.lengths[this.count] = length;
    else {
      this.lengths[this.count] = LONG;
      this.longs.set(this.count, length);
    }
    this.count += 1;
  }

  /** The string at `index`; undefined past the end, as an array would answer. */
  get(index: number): string | null | undefined {
    if (!(index >= 0 && index < this.count)) return undefined;
    if (this.nulls.size > 0 && this.nulls.has(index)) return null;
    let start = this.starts[index >>> BLOCK_SHIFT];
    for (let i = index & ~BLOCK_MASK; i < index; i++) start += this.length(i);
    return this.bytes.text(start, start + this.length(index));
  }

  /**
   * Gives back the index's spare room once every string is in, when there is much of it: trimming
   * copies the index, and for a few percent of it the copy costs more than it saves (the peak is then).
   */
  finish(): void {
    if (this.lengths.length > this.count + (this.count >> 3) + 1024) this.resize(this.count);
  }

  /** Releases the temporary file, if the strings needed one. */
  close(): void {
    this.bytes.close();
  }

  private length(index: number): number {
    const length = this.lengths[index];
    return length === LONG ? (this.longs.get(index) as number) : length;
  }

  /** Room for `count` strings; never less than the strings held. */
  private resize(count: number): void {
    const lengths = new Uint8Array(Math.max(count, this.count));
    lengths.set(this.lengths.subarray(0, this.count));
    this.lengths = lengths;
    const starts = new Uint32Array((lengths.length >>> BLOCK_SHIFT) + 1);
    starts.set(this.starts.subarray(0, Math.min(this.starts.length, starts.length)));
    this.starts = starts;
  }
}

/**
 * Streams the shared-strings part into a table: each `<si>` is the text of its `<t>` elements (plain or
 * in rich-text runs), phonetic runs (`<rPh>`) left out, `_xHHHH_` escapes decoded. Text goes in by
 * `write` in pieces cut anywhere; throws XmlScanner's error for malformed XML (the scanner, not saxes: ~40 % less CPU on
 * a large part, docs/PERFORMANCE.md).
 */
export class SharedStringsParser {
  readonly table: SharedStringTable;
  private readonly parser: XmlScanner;
  private inItem = false;
  private inT = false;
  private phonetic = 0;
  private text = '';

  /**
   * `partBytes`: the part's inflated size, when known, to bound the `uniqueCount` the part declares
   * (the index is sized from it at once, see SharedStringTable.reserve).
   */
  constructor(memoryLimit?: number, partBytes?: number) {
    this.table = new SharedStringTable(memoryLimit);
    this.parser = new XmlScanner({
      open: (qualified) => {
        const name = localName(qualified);
        if (name === 'si') {
          this.inItem = true;
          this.text = '';
        } else if (name === 't') this.inT = this.inItem;
        else if (name === 'rPh') this.phonetic++;
        else if (name === 'sst' && partBytes !== undefined) {
          const declared = Number(this.parser.attr('uniqueCount'));
          if (Number.isSafeInteger(declared) && declared > 0) {
            this.table.reserve(Math.min(declared, Math.floor(partBytes / MIN_ITEM_BYTES)));
          }
        }
      },
      close: (qualified) => {
        const name = localName(qualified);
        if (name === 'si') {
          this.table.push(decodeOoxmlEscapes(this.text));
          this.inItem = false;
        } else if (name === 't') this.inT = false;
        else if (name === 'rPh' && this.phonetic > 0) this.phonetic--;
      },
      // CDATA arrives as text too.
      text: (text) => {
        if (this.inT && this.phonetic === 0) this.text += text;
      },
    });
  }

  write(text: string): void {
    this.parser.write(text);
  }

  end(): SharedStringTable {
    this.parser.end();
    this.table.finish();
    return this.table;
  }
}
