/**
 * Text garbled by the wrong character set: UTF-8 bytes read as Latin-1 or Windows-1252, as
 * LibreOffice or Excel do with a UTF-8 CSV opened with the wrong setting (`Café` → `CafÃ©`,
 * `’` → `â€™`). Sent, the garbled name would overwrite the right one in SalesMania.
 *
 * Each character is taken back to the byte Windows-1252 (or Latin-1) gave it; when those bytes are
 * valid UTF-8 with at least one multi-byte sequence, the text was garbled and that decoding is what it
 * was. Real text never qualifies by chance in practice: a UTF-8 lead byte read as Latin-1 is a capital
 * letter (`Ã`, `Â`, `Å`) or `â`…`ô`, and what must follow it is punctuation or a symbol (`©`, `€`, `™`).
 * A library for this (fix-utf8, fix-latin1-to-utf8) replaces known sequences; this round trip is exact.
 */
import iconv from 'iconv-lite';

/** Windows-1252's characters for the bytes 0x80–0x9F (iconv-lite's table; Node's TextDecoder reads them as Latin-1). */
const CP1252_HIGH = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');
const BYTE_OF = new Map<string, number>(
  [...CP1252_HIGH].map((ch, i): [string, number] => [ch, 0x80 + i]).filter(([ch]) => ch !== '\uFFFD'),
);
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A cheap first look: a lead byte's character followed by a continuation byte's. */
const SUSPECT =
  /[\u00C2-\u00F4][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/;

/** What garbled `text` probably was, or undefined when it is not garbled. */
export function ungarble(text: string): string | undefined {
  if (!SUSPECT.test(text)) return undefined;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code <= 0xff ? code : BYTE_OF.get(text[i]);
    if (byte === undefined) return undefined;
    bytes[i] = byte;
  }
  try {
    const decoded = strictUtf8.decode(bytes);
    return decoded !== text ? decoded : undefined;
  } catch {
    return undefined;
  }
}
