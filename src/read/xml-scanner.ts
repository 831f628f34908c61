/**
 * A streaming XML tokenizer for the two big parts of a workbook (the sheet and the shared strings),
 * made for their speed: text goes in by `write` in pieces cut anywhere, elements and text come out
 * through a handler, and an element's attributes are parsed only into offsets, read as strings only
 * when the handler asks for one by name (`attr`). Why not saxes, which the small parts use: on a
 * 75 MB sheet saxes took ~1.8 s of CPU and every other maintained parser measured was slower
 * (docs/PERFORMANCE.md, issue 17); this one scans with `indexOf` and builds no object per element.
 *
 * What it checks, each failure an Error (the reader's READ_CORRUPT): every end tag closes the element
 * open (by qualified name), one root element and nothing but whitespace, comments and processing
 * instructions outside it, quoted attribute values without `<`, known entities (the five predefined
 * and character references) only, and nothing left open at `end`. It decodes entities, reads CDATA as
 * text, turns CR LF and a lone CR into LF (in attribute values tabs and newlines into spaces), skips
 * comments, processing instructions and a DOCTYPE. It does not check the characters of names nor bar
 * control characters in text, which a stricter parser would refuse: the reader keeps such text.
 */

/** What a scanner reports; `attr` of the scanner is valid only during `open`. */
export interface XmlScanHandler {
  /** A start tag, `selfClosing` for `<x/>` (followed at once by its `close`). */
  open(name: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Text inside the root, entities decoded; one run of text may come in several calls. */
  text(text: string): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const QUESTION = 63;
const BANG = 33;
const AMP = 38;
const CR = 13;

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export class XmlSyntaxError extends Error {}

const fail = (what: string): never => {
  throw new XmlSyntaxError(`XML not well-formed: ${what}`);
};

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** `&amp;`, `&#x41;` … decoded; any other `&` is not well-formed. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0) fail('an unterminated entity');
    const ref = text.slice(amp + 1, semi);
    let char: string | undefined;
    if (ref.charCodeAt(0) === 35) {
      const hex = ref.charCodeAt(1) === 120;
      const digits = ref.slice(hex ? 2 : 1);
      const code =
        digits !== '' && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)
          ? parseInt(digits, hex ? 16 : 10)
          : NaN;
      const valid =
        code === 9 ||
        code === 10 ||
        code === 13 ||
        (code >= 0x20 && code <= 0xd7ff) ||
        (code >= 0xe000 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0x10ffff);
      if (valid) char = String.fromCodePoint(code);
    } else char = PREDEFINED[ref];
    if (char === undefined) fail(`an unknown entity &${ref.slice(0, 20)};`);
    out += text.slice(from, amp) + char;
    from = semi + 1;
    amp = text.indexOf('&', from);
  }
  return out + text.slice(from);
}

const normalizeNewlines = (text: string) => (text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n'));

/** Attribute-value normalization (XML 1.0, 3.3.3): each newline and tab a space. */
const normalizeAttribute = (value: string) =>
  /[\r\n\t]/.test(value) ? value.replace(/\r\n|[\r\n\t]/g, ' ') : value;

/** In a CDATA section or a comment that did not end in the piece at hand. */
type Open = 'cdata' | 'comment' | undefined;

export class XmlScanner {
  /** The unread tail of the last piece: an unfinished tag, entity or section opening. */
  private carry = '';
  /** The carry is an unfinished start tag: it cannot end before a `>` arrives. */
  private carryWantsGt = false;
  private inside: Open;
  private readonly stack: string[] = [];
  private rootSeen = false;
  /** The piece being scanned and the current start tag's attributes as offsets into it. */
  private s = '';
  /** Per attribute: name start, name end, value start, value end. */
  private attrOffsets = new Int32Array(64);
  private attrCount = 0;

  constructor(private readonly handler: XmlScanHandler) {}

  /** The value of attribute `name` (qualified, as written) of the start tag being reported. */
  attr(name: string): string | undefined {
    const o = this.attrOffsets;
    const s = this.s;
    for (let k = 0; k < this.attrCount; k += 4) {
      if (o[k + 1] - o[k] === name.length && s.startsWith(name, o[k])) {
        const raw = s.slice(o[k + 2], o[k + 3]);
        return raw.indexOf('&') < 0 && raw.indexOf('\r') < 0 && raw.indexOf('\n') < 0 && raw.indexOf('\t') < 0
          ? raw
          : decodeEntities(normalizeAttribute(raw));
      }
    }
    return undefined;
  }

  write(piece: string): void {
    if (this.carryWantsGt && piece.indexOf('>') < 0) {
      this.carry += piece;
      return;
    }
    const s = this.carry === '' ? piece : this.carry + piece;
    this.carry = '';
    this.carryWantsGt = false;
    let i = 0;
    if (this.inside !== undefined) {
      i = this.continueSection(s, 0);
      if (i < 0) return;
    }
    const n = s.length;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        this.textRun(s, i, n, true);
        return;
      }
      if (lt > i) this.textRun(s, i, lt, false);
      const next = this.markup(s, lt);
      if (next < 0) {
        if (this.inside === undefined) this.carry = s.slice(lt);
        return;
      }
      i = next;
    }
  }

  /** Ends the input; throws when the document is not complete. */
  end(): void {
    if (this.inside !== undefined)
      fail(`an unterminated ${this.inside === 'cdata' ? 'CDATA section' : 'comment'}`);
    if (this.carry !== '') {
      if (this.carry.charCodeAt(0) === LT || this.stack.length > 0) fail('the document ends inside markup');
      if (this.carry.trim() !== '') fail('text after the root element');
    }
    if (this.stack.length > 0) fail(`<${this.stack[this.stack.length - 1]}> is not closed`);
    if (!this.rootSeen) fail('no root element');
  }

  /** Text from `a` to `b`; at the end of the piece an unfinished entity or a CR waits for the next. */
  private textRun(s: string, a: number, b: number, atEnd: boolean): void {
    let end = b;
    if (atEnd) {
      const amp = s.lastIndexOf('&', b - 1);
      if (amp >= a && s.indexOf(';', amp) < 0) end = amp;
      else if (s.charCodeAt(b - 1) === CR) end = b - 1;
      if (end < b) this.carry = s.slice(end, b);
      if (end === a) return;
    }
    const raw = s.slice(a, end);
    if (this.stack.length === 0) {
      if (raw.trim() !== '')
        fail(this.rootSeen ? 'text after the root element' : 'text before the root element');
      return;
    }
    this.handler.text(decodeEntities(normalizeNewlines(raw)));
  }

  /** Finishes a CDATA section or comment begun in an earlier piece; -1 when it goes on past this one. */
  private continueSection(s: string, from: number): number {
    const close = this.inside === 'cdata' ? ']]>' : '-->';
    const end = s.indexOf(close, from);
    if (end < 0) {
      // Keep the last two characters: they may be the start of the closing `]]>` or `-->`.
      const keep = Math.max(from, s.length - 2);
      if (this.inside === 'cdata' && keep > from) this.handler.text(normalizeNewlines(s.slice(from, keep)));
      this.carry = s.slice(keep);
      return -1;
    }
    if (this.inside === 'cdata' && end > from) this.handler.text(normalizeNewlines(s.slice(from, end)));
    this.inside = undefined;
    return end + 3;
  }

  /** The markup at `lt`: the index after it, or -1 when it is not complete in this piece. */
  private markup(s: string, lt: number): number {
    const n = s.length;
    if (lt + 1 >= n) return -1;
    const c = s.charCodeAt(lt + 1);
    if (c === SLASH) {
      const gt = s.indexOf('>', lt + 2);
      if (gt < 0) return -1;
      const open = this.stack.pop();
      // The usual case, `</name>` of the open element, without slicing the name out.
      if (open !== undefined && gt === lt + 2 + open.length && s.startsWith(open, lt + 2)) {
        this.handler.close(open);
        return gt + 1;
      }
      let nameEnd = gt;
      while (nameEnd > lt + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
      const name = s.slice(lt + 2, nameEnd);
      if (open !== name)
        fail(open === undefined ? `</${name}> closes nothing` : `</${name}> closes <${open}>`);
      this.handler.close(name);
      return gt + 1;
    }
    if (c === QUESTION) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (c === BANG) return this.declaration(s, lt);
    return this.startTag(s, lt);
  }

  /** `<!--`, `<![CDATA[` or `<!DOCTYPE` at `lt`. */
  private declaration(s: string, lt: number): number {
    const n = s.length;
    if (s.startsWith('--', lt + 2)) {
      this.inside = 'comment';
      return this.continueSection(s, lt + 4);
    }
    if (s.startsWith('[CDATA[', lt + 2)) {
      if (this.stack.length === 0) fail('CDATA outside the root element');
      this.inside = 'cdata';
      return this.continueSection(s, lt + 9);
    }
    if (s.startsWith('DOCTYPE', lt + 2)) {
      if (this.rootSeen) fail('a DOCTYPE after the root element');
      const bracket = s.indexOf('[', lt + 9);
      const gt = s.indexOf('>', lt + 9);
      if (gt < 0) return -1;
      if (bracket < 0 || bracket > gt) return gt + 1;
      const closeSubset = s.indexOf(']', bracket);
      if (closeSubset < 0) return -1;
      const after = s.indexOf('>', closeSubset);
      return after < 0 ? -1 : after + 1;
    }
    // Too short to tell yet which of the three it is.
    if (
      n - lt < 9 &&
      ('<!--'.startsWith(s.slice(lt, lt + 4)) ||
        '<![CDATA['.startsWith(s.slice(lt)) ||
        '<!DOCTYPE'.startsWith(s.slice(lt)))
    )
      return -1;
    return fail('an unknown declaration');
  }

  private startTag(s: string, lt: number): number {
    const n = s.length;
    let j = lt + 1;
    for (; j < n; j++) {
      const c = s.charCodeAt(j);
      if (c === GT || c === SLASH || isSpace(c)) break;
      if (c === LT || c === EQ || c === QUOT || c === APOS || c === AMP)
        fail('a character not allowed in a name');
    }
    if (j >= n) return this.unfinishedTag();
    if (j === lt + 1) fail('a tag without a name');
    const nameEnd = j;
    this.attrCount = 0;
    for (;;) {
      let c = s.charCodeAt(j);
      const spaced = isSpace(c);
      while (isSpace(c)) c = s.charCodeAt(++j);
      if (j >= n) return this.unfinishedTag();
      if (c === GT || c === SLASH) {
        const selfClosing = c === SLASH;
        if (selfClosing) {
          if (j + 1 >= n) return this.unfinishedTag();
          if (s.charCodeAt(j + 1) !== GT) fail('a / not followed by >');
          j++;
        }
        this.s = s;
        this.opened(s.slice(lt + 1, nameEnd), selfClosing);
        return j + 1;
      }
      if (!spaced) fail('no space between attributes');
      const attrStart = j;
      while (j < n) {
        c = s.charCodeAt(j);
        if (c === EQ || isSpace(c) || c === GT || c === SLASH || c === LT || c === QUOT || c === APOS) break;
        j++;
      }
      const attrEnd = j;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return this.unfinishedTag();
      if (attrEnd === attrStart || s.charCodeAt(j) !== EQ) fail('an attribute without a value');
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return this.unfinishedTag();
      const q = s.charCodeAt(j);
      if (q !== QUOT && q !== APOS) fail('an unquoted attribute value');
      const valueEnd = s.indexOf(q === QUOT ? '"' : "'", j + 1);
      if (valueEnd < 0) return this.unfinishedTag();
      const lessThan = s.indexOf('<', j + 1);
      if (lessThan >= 0 && lessThan < valueEnd) fail('< in an attribute value');
      this.addAttr(attrStart, attrEnd, j + 1, valueEnd);
      j = valueEnd + 1;
      if (j >= n) return this.unfinishedTag();
    }
  }

  private addAttr(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): void {
    let o = this.attrOffsets;
    const k = this.attrCount;
    if (k + 4 > o.length) {
      o = new Int32Array(o.length * 2);
      o.set(this.attrOffsets);
      this.attrOffsets = o;
    }
    o[k] = nameStart;
    o[k + 1] = nameEnd;
    o[k + 2] = valueStart;
    o[k + 3] = valueEnd;
    this.attrCount = k + 4;
  }

  private unfinishedTag(): number {
    this.carryWantsGt = true;
    return -1;
  }

  private opened(name: string, selfClosing: boolean): void {
    if (this.stack.length === 0) {
      if (this.rootSeen) fail('a second root element');
      this.rootSeen = true;
    }
    if (!selfClosing) this.stack.push(name);
    this.handler.open(name, selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}
