import { isAscii, isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { localizedRunError, t } from '../i18n/index.js';

/**
 * How the bytes of a text file become text. Detection: a byte-order mark; else the NUL-byte pattern of
 * BOM-less UTF-16; else UTF-8, validated as it streams, falling back to Windows-1252 (what Excel's plain
 * "CSV" saves on Western Windows) when invalid UTF-8 shows up before any other non-ASCII byte — up to
 * then both readings agree, so nothing already read changes meaning.
 */
export type EncodingPlan =
  /** UTF-8 validated while streaming; `fallback` switches to Windows-1252 on the first invalid byte. */
  { kind: 'utf8'; skip: number; fallback: boolean } | { kind: 'iconv'; name: string; skip: number };

/** What the decoder found out while streaming; shared with the CSV reader. */
export interface DecodeState {
  /** Encoding actually used (changes to windows-1252 on a late fallback). */
  encoding: string;
  warnings: string[];
  /** Invalid UTF-8 was replaced by U+FFFD: rows holding U+FFFD get a row issue. */
  replaced: boolean;
}

const UTF8_NAMES = new Set(['utf8', 'utf-8']);

/** Canonical names for the encodings people type. */
function canonical(name: string): string {
  const n = name.trim().toLowerCase().replace(/_/g, '-');
  if (UTF8_NAMES.has(n)) return 'utf8';
  if (['utf16le', 'utf-16le', 'utf-16', 'utf16', 'ucs2', 'ucs-2', 'unicode'].includes(n)) return 'utf16le';
  if (['utf16be', 'utf-16be'].includes(n)) return 'utf16be';
  if (['windows-1252', 'cp1252', 'win1252', 'ansi'].includes(n)) return 'windows-1252';
  return n;
}

/** Whether the file's first bytes are `bytes` (a byte order mark, a file signature). */
export function hasPrefix(head: Buffer, bytes: number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b);
}

/** UTF-16 without BOM: ASCII-range text has a NUL in every other byte. */
function sniffUtf16(head: Buffer): 'utf16le' | 'utf16be' | undefined {
  const pairs = Math.floor(Math.min(head.length, 4096) / 2);
  if (pairs < 2) return undefined;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) zeroEven++;
    if (head[2 * i + 1] === 0) zeroOdd++;
  }
  if (zeroOdd >= 0.3 * pairs && zeroEven <= 0.05 * pairs) return 'utf16le';
  if (zeroEven >= 0.3 * pairs && zeroOdd <= 0.05 * pairs) return 'utf16be';
  return undefined;
}

/**
 * Decides the encoding from the first bytes (or the forced name). Throws READ_ENCODING for what cannot be
 * read and READ_UNSUPPORTED_FORMAT for binary content.
 */
export function planEncoding(
  head: Buffer,
  forced: string | undefined,
  name: string,
  state: DecodeState,
): EncodingPlan {
  if (hasPrefix(head, [0xff, 0xfe, 0, 0]) || hasPrefix(head, [0, 0, 0xfe, 0xff])) {
    throw localizedRunError('READ_ENCODING', 'read.utf32', { name });
  }
  const bom = hasPrefix(head, [0xef, 0xbb, 0xbf])
    ? 'utf8'
    : hasPrefix(head, [0xff, 0xfe])
      ? 'utf16le'
      : hasPrefix(head, [0xfe, 0xff])
        ? 'utf16be'
        : undefined;
  const bomLength = bom === 'utf8' ? 3 : bom ? 2 : 0;

  if (forced !== undefined) {
    const enc = canonical(forced);
    if (enc !== 'utf8' && !iconv.encodingExists(enc)) {
      throw localizedRunError('READ_ENCODING', 'read.unknownEncoding', { encoding: forced });
    }
    state.encoding = enc;
    if (bom && bom !== enc) {
      state.warnings.push(t('read.warn.bomForced', { bom, encoding: forced }));
    }
    const skip = bom === enc ? bomLength : 0;
    return enc === 'utf8' ? { kind: 'utf8', skip, fallback: false } : { kind: 'iconv', name: enc, skip };
  }

  if (bom) {
    state.encoding = bom;
    return bom === 'utf8'
      ? { kind: 'utf8', skip: 3, fallback: false }
      : { kind: 'iconv', name: bom, skip: 2 };
  }
  const utf16 = sniffUtf16(head);
  if (utf16) {
    state.encoding = utf16;
    const encoding = utf16 === 'utf16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    state.warnings.push(t('read.warn.utf16Guessed', { encoding }));
    return { kind: 'iconv', name: utf16, skip: 0 };
  }
  if (head.includes(0)) {
    throw localizedRunError('READ_UNSUPPORTED_FORMAT', 'read.binaryNul', { name });
  }
  state.encoding = 'utf8';
  return { kind: 'utf8', skip: 0, fallback: true };
}

/** Where an incomplete UTF-8 sequence at the end of `buf` starts (buf.length when none). */
function incompleteTailStart(buf: Buffer): number {
  for (let back = 1; back <= Math.min(3, buf.length); back++) {
    const c = buf[buf.length - back];
    if ((c & 0xc0) === 0x80) continue;
    if (c >= 0xc0) {
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
      return need > back ? buf.length - back : buf.length;
    }
    return buf.length;
  }
  return buf.length;
}

/** Index of the first byte that is not valid UTF-8, or -1. Runs only once an error is known. */
export function firstInvalidUtf8(b: Buffer): number {
  for (let i = 0; i < b.length;) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    const n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
    if (n === 0 || i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    const c1 = b[i + 1];
    if (
      (c === 0xe0 && c1 < 0xa0) ||
      (c === 0xed && c1 >= 0xa0) ||
      (c === 0xf0 && c1 < 0x90) ||
      (c === 0xf4 && c1 >= 0x90)
    ) {
      return i;
    }
    i += n + 1;
  }
  return -1;
}

/** Counts line feeds (or, in a file without any, carriage returns) to say on which line a byte sits. */
class LineCounter {
  private lf = 0;
  private cr = 0;
  add(buf: Buffer, end = buf.length): void {
    for (let i = buf.indexOf(0x0a); i !== -1 && i < end; i = buf.indexOf(0x0a, i + 1)) this.lf++;
    if (this.lf === 0)
      for (let i = buf.indexOf(0x0d); i !== -1 && i < end; i = buf.indexOf(0x0d, i + 1)) this.cr++;
  }
  get line(): number {
    return (this.lf > 0 ? this.lf : this.cr) + 1;
  }
}

/** Bytes → text chunks, per the plan. Never splits a character across chunks. */
export async function* decodeText(
  bytes: AsyncIterable<Buffer>,
  plan: EncodingPlan,
  state: DecodeState,
): AsyncGenerator<string> {
  if (plan.kind === 'iconv') {
    const decoder = iconv.getDecoder(plan.name, { stripBOM: false });
    for await (const chunk of bytes) yield decoder.write(chunk);
    const rest = decoder.end();
    if (rest) yield rest;
    return;
  }

  let tail: Buffer = Buffer.alloc(0);
  let sawNonAscii = false;
  let cp1252: ReturnType<typeof iconv.getDecoder> | undefined;
  const lines = new LineCounter();

  /** First invalid byte in `body`; `buf` is body plus the held-back tail. */
  const onInvalid = (buf: Buffer, body: Buffer): string => {
    const at = Math.max(firstInvalidUtf8(body), 0);
    lines.add(body, at);
    // Valid multi-byte UTF-8 before the invalid byte means mixed encodings, not a Windows-1252 file.
    if (plan.fallback && !sawNonAscii && isAscii(body.subarray(0, at))) {
      cp1252 = iconv.getDecoder('windows-1252');
      state.encoding = 'windows-1252';
      state.warnings.push(t('read.warn.windows1252', { line: lines.line }));
      return cp1252.write(buf);
    }
    state.replaced = true;
    state.warnings.push(t('read.warn.mixedEncoding', { line: lines.line }));
    return body.toString('utf8');
  };

  for await (const chunk of bytes) {
    if (cp1252) {
      yield cp1252.write(chunk);
      continue;
    }
    const buf = tail.length ? Buffer.concat([tail, chunk]) : chunk;
    const cut = incompleteTailStart(buf);
    const body = buf.subarray(0, cut);
    tail = Buffer.from(buf.subarray(cut));
    if (state.replaced) {
      // Already reported: from here on, invalid bytes simply become U+FFFD.
      yield body.toString('utf8');
    } else if (isUtf8(body)) {
      sawNonAscii ||= !isAscii(body);
      lines.add(body);
      yield body.toString('utf8');
    } else {
      const text = onInvalid(buf, body);
      if (cp1252) tail = Buffer.alloc(0);
      yield text;
    }
  }
  if (tail.length && !cp1252) {
    // A sequence cut short by the end of the file.
    yield state.replaced ? tail.toString('utf8') : onInvalid(tail, tail);
  }
}
