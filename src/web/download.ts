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

export function attachment(c: WebContext, data: Uint8Array, name: string) {
  const safe = name.replace(/[^A-Za-z0-9._-]/g, '_');
  return c.body(data as Uint8Array<ArrayBuffer>, 200, {
    'Content-Type': contentType(safe),
    'Content-Disposition': `attachment; filename="${safe}"`,
    'Cache-Control': 'no-store',
  });
}
