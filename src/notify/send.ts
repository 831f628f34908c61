/**
 * Sends a run's notice to each target, with retries and backoff. A notification that cannot be sent is
 * logged, never thrown: it must not fail the export or the import it reports on.
 */
import type { DeliveryConfig } from '../config/index.js';
import { errorFacts, sendMail, withRetries } from '../deliver/index.js';
import { isRunError } from '../errors.js';
import { localizedRunError, t, runErrorText } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import { mailText, webhookBody } from './payloads.js';
import type { RunNotice } from './summary.js';
import type { NotifyTarget } from './targets.js';

export const NOTIFY_ON = ['failure', 'success', 'always'] as const;
export type NotifyOn = (typeof NOTIFY_ON)[number];

export interface NotifyOptions {
  config: DeliveryConfig;
  timeoutMs: number;
  logger: Logger;
  sleep?: (ms: number) => Promise<void>;
}

export interface NotifyResult {
  target: string;
  ok: boolean;
  error?: { code: string; message: string };
}

export function wants(on: NotifyOn, status: RunNotice['status']): boolean {
  return on === 'always' || on === status;
}

async function postWebhook(
  target: Extract<NotifyTarget, { kind: 'webhook' }>,
  notice: RunNotice,
  timeoutMs: number,
) {
  const { default: got } = await import('got');
  try {
    await got.post(target.url, {
      json: webhookBody(target.format, notice),
      timeout: { connect: timeoutMs, response: timeoutMs, request: timeoutMs * 2 },
      retry: { limit: 0 }, // retried below, with the delivery backoff
      headers: { 'user-agent': `salesmania-bulk/${notice.toolVersion}` },
    });
  } catch (err) {
    // got's messages carry the full URL, token included: say only what happened.
    const e = err as { response?: { statusCode?: number }; code?: string };
    throw e.response?.statusCode
      ? localizedRunError('NOTIFY_FAILED', 'notify.webhookStatus', {
          target: target.display,
          status: e.response.statusCode,
        })
      : localizedRunError('NOTIFY_FAILED', 'notify.webhookUnreachable', {
          target: target.display,
          reason: e.code ?? 'error',
        });
  }
}

export async function sendNotice(
  targets: readonly NotifyTarget[],
  notice: RunNotice,
  o: NotifyOptions,
): Promise<NotifyResult[]> {
  const results: NotifyResult[] = [];
  for (const target of targets) {
    try {
      await withRetries(
        async () => {
          if (target.kind === 'webhook') return postWebhook(target, notice, o.timeoutMs);
          if (!o.config.smtp)
            throw localizedRunError('CONFIG_MISSING', 'notify.smtpMissing', { target: target.display });
          return sendMail(o.config.smtp, { to: target.to, ...mailText(notice) }, o.timeoutMs);
        },
        {
          attempts: o.config.attempts,
          backoffMs: o.config.backoffMs,
          ...(o.sleep ? { sleep: o.sleep } : {}),
          onRetry: (attempt, err, delayMs) =>
            o.logger.warn(
              { target: target.display, attempt, delayMs },
              t('notify.retrying', {
                target: target.display,
                attempt,
                delay: delayMs,
                reason: isRunError(err) ? runErrorText(err) : errorFacts(err).message,
              }),
            ),
        },
      );
      o.logger.info(
        { target: target.display, status: notice.status },
        t('notify.sent', { target: target.display }),
      );
      results.push({ target: target.display, ok: true });
    } catch (err) {
      const error = errorFacts(err);
      o.logger.error(
        { target: target.display, code: error.code },
        t('notify.failed', { target: target.display, reason: error.message }),
      );
      results.push({ target: target.display, ok: false, error });
    }
  }
  return results;
}
