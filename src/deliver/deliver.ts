/**
 * Sends one finished export to each destination, with retries and backoff. A destination that still
 * fails is reported, never thrown: the file stays on local disk and the other destinations still get it.
 */
import type { DeliveryConfig } from '../config/index.js';
import { isRunError } from '../errors.js';
import { t, runErrorText } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import type { Destination } from './destinations.js';
import { mailExport } from './mail-export.js';
import type { ExportManifest } from './manifest.js';
import { withRetries } from './retry.js';
import { uploadSftp } from './sftp.js';

export interface DeliveryResult {
  destination: string;
  ok: boolean;
  attempts: number;
  /** Where the file landed (SFTP) — for the log and the notification. */
  remotePath?: string;
  error?: { code: string; message: string };
}

export interface DeliverOptions {
  config: DeliveryConfig;
  timeoutMs: number;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
}

export function errorFacts(err: unknown): { code: string; message: string } {
  return isRunError(err)
    ? { code: err.code, message: runErrorText(err) }
    : { code: 'DELIVER_FAILED', message: err instanceof Error ? err.message : String(err) };
}

export async function deliverFile(
  destinations: readonly Destination[],
  file: string,
  manifest: ExportManifest,
  o: DeliverOptions,
): Promise<DeliveryResult[]> {
  const results: DeliveryResult[] = [];
  for (const dest of destinations) {
    let attempts = 0;
    try {
      const remotePath = await withRetries(
        async (attempt) => {
          attempts = attempt;
          if (dest.kind === 'mail') {
            await mailExport(dest, file, manifest, {
              smtp: o.config.smtp,
              zipAboveBytes: o.config.zipAboveBytes,
              timeoutMs: o.timeoutMs,
            });
            return undefined;
          }
          return uploadSftp(dest, file, { credentials: o.config.sftp, timeoutMs: o.timeoutMs });
        },
        {
          attempts: o.config.attempts,
          backoffMs: o.config.backoffMs,
          ...(o.sleep ? { sleep: o.sleep } : {}),
          onRetry: (attempt, err, delayMs) =>
            o.logger.warn(
              { destination: dest.display, attempt, delayMs, code: errorFacts(err).code },
              t('deliver.retrying', {
                destination: dest.display,
                attempt,
                delay: delayMs,
                reason: isRunError(err) ? runErrorText(err) : errorFacts(err).message,
              }),
            ),
        },
      );
      o.logger.info(
        { destination: dest.display, file, remotePath, attempts },
        t('deliver.delivered', { file: manifest.file, destination: dest.display }),
      );
      results.push({ destination: dest.display, ok: true, attempts, ...(remotePath ? { remotePath } : {}) });
    } catch (err) {
      const error = errorFacts(err);
      o.logger.error(
        { destination: dest.display, file, attempts, code: error.code },
        t('deliver.failed', { destination: dest.display, count: attempts, file, reason: error.message }),
      );
      results.push({ destination: dest.display, ok: false, attempts, error });
    }
  }
  return results;
}
