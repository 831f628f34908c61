/**
 * What happens after a run, as given on the command line (`--deliver`, `--notify`, `--notify-on`,
 * `--keep-last`, `--keep-days`) or by the same keys in a jobs file. Checked at start, so a typo in a
 * destination fails before the export runs, not at 2 a.m.
 */
import type { DeliveryConfig } from '../config/index.js';
import { localizedRunError } from '../i18n/index.js';
import { parseDestination, type Destination, type RetentionRule } from '../deliver/index.js';
import { NOTIFY_ON, type NotifyOn } from './send.js';
import { parseNotifyTarget, type NotifyTarget } from './targets.js';

export const DEFAULT_NOTIFY_ON: NotifyOn = 'failure';

export interface DeliveryPlan {
  deliver: Destination[];
  notify: NotifyTarget[];
  notifyOn: NotifyOn;
  retention: RetentionRule;
}

export interface RawDeliveryOptions {
  deliver?: unknown;
  notify?: unknown;
  notifyOn?: unknown;
  keepLast?: unknown;
  keepDays?: unknown;
}

export const DELIVERY_KEYS: ReadonlyArray<keyof RawDeliveryOptions> = [
  'deliver',
  'notify',
  'notifyOn',
  'keepLast',
  'keepDays',
];

/**
 * `env:NAME` stands for the URL in environment variable NAME: a webhook URL is its own token, and a
 * jobs file or a Kubernetes manifest should not hold it (nor `ps` show it).
 */
function fromEnv(name: string, item: string, env: NodeJS.ProcessEnv): string {
  const ref = /^env:([A-Za-z_][A-Za-z0-9_]*)$/.exec(item.trim());
  if (!ref) return item;
  const value = env[ref[1]]?.trim();
  if (!value) throw localizedRunError('CONFIG_MISSING', 'notify.envNotSet', { name, variable: ref[1] });
  return value;
}

function list(name: string, value: unknown, env: NodeJS.ProcessEnv): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => {
    if (typeof item !== 'string' || item.trim() === '')
      throw localizedRunError('CONFIG_INVALID', 'notify.notUrlList', { name });
    return fromEnv(name, item, env);
  });
}

function whole(name: string, value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw localizedRunError('CONFIG_INVALID', 'notify.notWholeNumber', { name, value: String(value) });
  return n;
}

export function checkDeliveryPlan(
  raw: RawDeliveryOptions,
  env: NodeJS.ProcessEnv = process.env,
): DeliveryPlan {
  const notifyOn = raw.notifyOn ?? DEFAULT_NOTIFY_ON;
  if (typeof notifyOn !== 'string' || !(NOTIFY_ON as readonly string[]).includes(notifyOn)) {
    throw localizedRunError('CONFIG_INVALID', 'notify.notifyOn', {
      allowed: NOTIFY_ON.join(', '),
      value: String(notifyOn),
    });
  }
  const keepLast = whole('keepLast', raw.keepLast);
  const keepDays = whole('keepDays', raw.keepDays);
  return {
    deliver: list('deliver', raw.deliver, env).map((url) => parseDestination(url)),
    notify: list('notify', raw.notify, env).map((url) => parseNotifyTarget(url)),
    notifyOn: notifyOn as NotifyOn,
    retention: { ...(keepLast ? { keepLast } : {}), ...(keepDays ? { keepDays } : {}) },
  };
}

export function isEmptyPlan(plan: DeliveryPlan | undefined): boolean {
  return (
    !plan ||
    (plan.deliver.length === 0 &&
      plan.notify.length === 0 &&
      !plan.retention.keepLast &&
      !plan.retention.keepDays)
  );
}

/**
 * Fails at start when a destination cannot work with the settings given (no SMTP server for a
 * `mailto:`, no credentials or no host key for an SFTP upload), rather than after the export ran.
 */
export function checkDeliveryReady(plan: DeliveryPlan, config: DeliveryConfig): void {
  const mails = [...plan.deliver, ...plan.notify].filter((d) => d.kind === 'mail');
  if (mails.length > 0 && !config.smtp) {
    throw localizedRunError('CONFIG_MISSING', 'notify.mailNeedsSmtp', { destination: mails[0].display });
  }
  const sftp = plan.deliver.find((d) => d.kind === 'sftp');
  if (!sftp) return;
  if (!config.sftp.password && !config.sftp.privateKey) {
    throw localizedRunError('CONFIG_MISSING', 'notify.sftpNeedsCredentials', { destination: sftp.display });
  }
  if (config.sftp.hostKeyFingerprints.length === 0 && !config.sftp.knownHostsFile) {
    throw localizedRunError('CONFIG_MISSING', 'notify.sftpNeedsHostKey', { destination: sftp.display });
  }
}
