import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveDelivery, type DeliveryConfig } from '../../src/config/index.js';
import { writeManifest, type ExportManifest } from '../../src/deliver/index.js';
import { checkExportOptions } from '../../src/export/index.js';
import { createLogger, type Logger } from '../../src/log/index.js';
import { Writable } from 'node:stream';

export function tempFolder(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `salesmania-${prefix}-`));
  return {
    dir,
    path: (name: string) => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A CSV export file of `bytes` size-ish with its manifest, as an export run leaves them. */
export async function exportFile(
  path: string,
  o: { rows?: number; outTemplate?: string; finishedAt?: number } = {},
): Promise<ExportManifest> {
  const rows = o.rows ?? 20;
  const lines = ['ext_cust_no,name,phone'];
  for (let i = 1; i <= rows; i++)
    lines.push(`C-${String(i).padStart(6, '0')},Toko Maju ${i},0812${String(i).padStart(8, '0')}`);
  writeFileSync(path, '\uFEFF' + lines.join('\r\n') + '\r\n');
  const job = checkExportOptions({ entity: 'customers', out: o.outTemplate ?? path });
  const finishedAt = o.finishedAt ?? Date.now();
  return writeManifest({
    out: path,
    job,
    window: { today: new Date(finishedAt).toISOString().slice(0, 10) },
    records: rows,
    sheets: { customers: rows },
    startedAt: finishedAt - 1000,
    finishedAt,
  });
}

/** Delivery settings from an environment, as the CLI reads them; quick retries. */
export function deliveryConfig(env: Record<string, string>): DeliveryConfig {
  return resolveDelivery({
    SALESMANIA_DELIVERY_BACKOFF_MS: '100',
    SALESMANIA_DELIVERY_ATTEMPTS: '3',
    ...env,
  });
}

/** A logger whose lines (after redaction, as the CLI writes them) are kept for assertions. */
export function capturingLogger(): { logger: Logger; text: () => string } {
  let text = '';
  const destination = new Writable({
    write(chunk: Buffer, _enc, done) {
      text += chunk.toString('utf8');
      done();
    },
  });
  return { logger: createLogger({ level: 'debug', format: 'json', destination }), text: () => text };
}

/** Records the waits instead of waiting. */
export function recordingSleep(): { sleep: (ms: number) => Promise<void>; waits: number[] } {
  const waits: number[] = [];
  return { waits, sleep: async (ms) => void waits.push(ms) };
}
