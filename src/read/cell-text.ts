/** Excel shows at most 15 significant digits: `-7.143478499999999` is the `-7.1434785` the user typed. */
export function numberText(n: number): string {
  // Whole numbers below 2^53 print exactly as typed; only fractions need rounding to 15 digits.
  if (Number.isSafeInteger(n)) return Object.is(n, -0) ? '0' : String(n);
  if (!Number.isFinite(n)) return String(n);
  // At most 15 digits already (the usual case): rounding to 15 would change nothing.
  const plain = String(n);
  if (plain.length <= 15 && !plain.includes('e')) return plain;
  const rounded = Number(n.toPrecision(15));
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * `numberText(n)` for the number `raw` was read as, without formatting the number again when `raw` is
 * already what it would print: digits with an optional sign and fraction, no exponent, no leading or
 * trailing zeros that would go, at most 15 significant digits. That is nearly every `<v>` a spreadsheet
 * program writes; formatting a double back to text was the costliest step of reading a number cell.
 * Why it is exact: two different decimals of at most 15 significant digits are never the same double,
 * so the shortest text of `n` (what String gives) is `raw` itself.
 */
export function numberTextOf(raw: string, n: number): string {
  const length = raw.length;
  if (length === 0 || length > 17) return numberText(n);
  let i = raw.charCodeAt(0) === 45 ? 1 : 0; // '-'
  const intStart = i;
  while (i < length && isDigit(raw.charCodeAt(i))) i++;
  const intDigits = i - intStart;
  if (intDigits === 0) return numberText(n);
  const leadingZero = raw.charCodeAt(intStart) === 48;
  if (leadingZero && intDigits > 1) return numberText(n);
  let significant = leadingZero ? 0 : intDigits;
  if (i < length) {
    if (raw.charCodeAt(i) !== 46) return numberText(n); // '.'
    const fracStart = ++i;
    while (i < length && isDigit(raw.charCodeAt(i))) i++;
    // Not only digits after the point, none at all, or a trailing zero: String would write it otherwise.
    if (i < length || i === fracStart || raw.charCodeAt(length - 1) === 48) return numberText(n);
    if (leadingZero) {
      let zeros = 0;
      while (raw.charCodeAt(fracStart + zeros) === 48) zeros++;
      // Below 1e-6 String writes an exponent.
      if (zeros >= 6) return numberText(n);
      significant = length - fracStart - zeros;
    } else significant += length - fracStart;
  } else if (leadingZero && intStart === 1) return numberText(n); // '-0'
  return significant <= 15 ? raw : numberText(n);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Excel dates carry no time zone: they are read as UTC instants, so the UTC parts are the wall-clock
 * parts the user typed. Date only when the time is midnight; time only for a time of day (serial
 * below 1, i.e. on Excel's day zero).
 */
export function dateText(d: Date, date1904 = false): string {
  const ms = d.getTime();
  if (Number.isNaN(ms)) return '';
  const t = new Date(Math.round(ms / 1000) * 1000);
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  const dayZero = date1904 ? '1904-01-01' : '1899-12-30';
  if (date === dayZero && time !== '00:00:00') return time;
  return time === '00:00:00' ? date : `${date} ${time}`;
}

/** Excel's rule (as exceljs applies it): a number format with date or time letters outside quotes and brackets. */
export function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/[_*]./g, '');
  return /[ymdhs]/i.test(bare) && !/^general$/i.test(bare.trim());
}

const DAY_MS = 86_400_000;

/**
 * A date serial as a UTC instant. The 1900 system counts a 29 February 1900 that never was (Lotus's
 * leap-year bug, kept by Excel): serials 1–60 are one day later than the count says, so they are
 * shifted back; serials below 1 are a time of day on day zero. The 1904 system has no such day.
 */
export function serialToDate(serial: number, date1904: boolean): Date {
  if (date1904) return new Date(Math.round((serial - 24107) * DAY_MS));
  const days = serial >= 1 && serial < 61 ? serial - 25568 : serial - 25569;
  return new Date(Math.round(days * DAY_MS));
}

/** `_xHHHH_` is how OOXML writes a character XML cannot hold; `_x005F_` escapes the underscore itself. */
export function decodeOoxmlEscapes(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
