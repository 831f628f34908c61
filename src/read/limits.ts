import type { MessageRef } from '../errors.js';
import { localizedRunError, messageRef } from '../i18n/index.js';
import type { ReadLimits } from './source.js';

const GiB = 1024 ** 3;

/** Generous defaults: far above real sales sheets, far below what takes a machine down. */
export const DEFAULT_READ_LIMITS: Readonly<ReadLimits> = Object.freeze({
  maxFileBytes: 2 * GiB,
  maxRows: 5_000_000,
  maxColumns: 2_000,
  // Excel's own limit for one cell.
  maxCellChars: 32_767,
  maxXlsxUncompressedBytes: 4 * GiB,
  // Real sheets compress about 10:1 (a sheet of identical rows measured 11:1); a deflate bomb about 1000:1.
  maxXlsxCompressionRatio: 200,
  // The streaming reader keeps every shared string in memory.
  maxXlsxSharedStringsBytes: 512 * 1024 ** 2,
});

/** Defaults spread first, then every given value checked, with a message that says what was received. */
export function resolveLimits(given: Partial<ReadLimits> | undefined): ReadLimits {
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS };
  for (const [key, value] of Object.entries(given ?? {})) {
    if (!(key in DEFAULT_READ_LIMITS)) {
      throw localizedRunError('CONFIG_INVALID', 'read.unknownLimit', { key });
    }
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
      throw localizedRunError('CONFIG_INVALID', 'read.badLimit', { key, value: String(value) });
    }
    limits[key as keyof ReadLimits] = value;
  }
  return limits;
}

/** 1234567 → "1,234,567": limits appear in messages for people. */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatBytes(n: number, decimals = 1): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${n} bytes` : `${Number(value.toFixed(decimals))} ${units[unit]}`;
}

/** A size as a number and a unit (`1.5`, `MiB`), for a message that formats the number per language. */
export function bytesParts(n: number, decimals = 1): { value: number; unit: string } {
  const units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0
    ? { value: n, unit: 'bytes' }
    : { value: Number(value.toFixed(decimals)), unit: units[unit] };
}

/** A unit as a message param: `bytes` is a word (`byte` in Indonesian), `KiB`, `MiB` … are symbols. */
export function unitParam(unit: string, value: number): MessageRef | string {
  return unit === 'bytes' ? messageRef('read.bytes', { count: value }) : unit;
}

/** `bytesParts` of two sizes with the precision that tells them apart (see `formatBytesApart`). */
export function bytesPartsApart(
  a: number,
  b: number,
): { size: number; sizeUnit: MessageRef | string; limit: number; limitUnit: MessageRef | string } {
  for (let decimals = 1; decimals <= 6; decimals++) {
    const [x, y] = [bytesParts(a, decimals), bytesParts(b, decimals)];
    if (x.value !== y.value || x.unit !== y.unit || a === b) {
      return {
        size: x.value,
        sizeUnit: unitParam(x.unit, x.value),
        limit: y.value,
        limitUnit: unitParam(y.unit, y.value),
      };
    }
  }
  return { size: a, sizeUnit: unitParam('bytes', a), limit: b, limitUnit: unitParam('bytes', b) };
}

/** The `size`/`sizeUnit` and `limit`/`limitUnit` params of a message. */
export function bytesParams(size: number, limit: number): Record<string, number | string | MessageRef> {
  const s = bytesParts(size);
  const l = bytesParts(limit);
  return {
    size: s.value,
    sizeUnit: unitParam(s.unit, s.value),
    limit: l.value,
    limitUnit: unitParam(l.unit, l.value),
  };
}

/**
 * Two sizes shown with the precision that tells them apart ("2.000001 GiB, more than the limit of
 * 2 GiB", never "2 GiB, more than the limit of 2 GiB"); exact byte counts when nothing shorter does.
 */
export function formatBytesApart(a: number, b: number): [string, string] {
  for (let decimals = 1; decimals <= 6; decimals++) {
    const pair: [string, string] = [formatBytes(a, decimals), formatBytes(b, decimals)];
    if (pair[0] !== pair[1] || a === b) return pair;
  }
  return [`${formatCount(a)} bytes`, `${formatCount(b)} bytes`];
}
