/** A file sent for download; its name is ours (never a path from the client). */
import type { WebContext } from './context.js';

const TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  tsv: 'text/tab-separated-values; charset=utf-8',
};

export function contentType(name: string): string {
  return TYPES[name.split('.').pop()?.toLowerCase() ?? ''] ?? 'application/octet-stream';
}

/** An ASCII name for old browsers and the name as it is (UTF-8) for the others (RFC 6266). */
export function dispositionOf(name: string): string {
  const ascii = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function attachment(c: WebContext, data: Uint8Array, name: string) {
  return c.body(data as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': contentType(name),
    'Content-Disposition': dispositionOf(name),
    'Cache-Control': 'no-store',
  });
}
