import { SaxesParser } from 'saxes';
import { decodeOoxmlEscapes } from './cell-text.js';
import { localName } from './xml-parts.js';

/**
 * A workbook's shared strings, held compactly: the UTF-8 bytes of every string end to end in one
 * buffer, plus where each starts. A cell asks for its string by index and gets a fresh JS string.
 *
 * Why: the shared strings are the one thing the reader holds for the whole sheet. As an array of JS
 * strings (exceljs's way) they were ~100 MB of live heap for a 200,000-row sheet, and V8 lets the heap
 * grow to a multiple of what is live: `validate` of that sheet peaked at ~400 MB. Here a string costs
 * its bytes plus 8, outside the heap.
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

  /** Appends the next string (`null`: an `<si>` with no text). */
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
}

function grow(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const grown = new Uint32Array(Math.ceil(array.length * 1.5));
  grown.set(array);
  return grown;
}

/**
 * Streams the shared-strings part into a table: each `<si>` is the text of its `<t>` elements (plain or
 * in rich-text runs), phonetic runs (`<rPh>`) left out, `_xHHHH_` escapes decoded. Text goes in by
 * `write` in pieces cut anywhere; throws saxes's error for malformed XML.
 */
export class SharedStringsParser {
  readonly table = new SharedStringTable();
  private readonly parser = new SaxesParser({ position: false });
  private inItem = false;
  private inT = false;
  private phonetic = 0;
  private text = '';

  constructor() {
    this.parser.on('opentag', (node) => {
      const name = localName(node.name);
      if (name === 'si') {
        this.inItem = true;
        this.text = '';
      } else if (name === 't') this.inT = this.inItem;
      else if (name === 'rPh') this.phonetic++;
    });
    this.parser.on('closetag', (node) => {
      const name = localName(node.name);
      if (name === 'si') {
        this.table.push(decodeOoxmlEscapes(this.text));
        this.inItem = false;
      } else if (name === 't') this.inT = false;
      else if (name === 'rPh' && this.phonetic > 0) this.phonetic--;
    });
    const add = (text: string) => {
      if (this.inT && this.phonetic === 0) this.text += text;
    };
    this.parser.on('text', add);
    this.parser.on('cdata', add);
  }

  write(text: string): void {
    this.parser.write(text);
  }

  end(): SharedStringTable {
    this.parser.close();
    return this.table;
  }
}
