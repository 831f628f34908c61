/** What a notification says about a run, before it is shaped for Slack, Teams, Google Chat or e-mail. */
import type { DeliveryResult, ExportManifest } from '../deliver/index.js';
import { t, type MessageKey } from '../i18n/index.js';
import { scrubText } from '../secrets.js';
import { VERSION } from '../version.js';

export interface RunNotice {
  tool: 'salesmania-bulk';
  toolVersion: string;
  command: 'export' | 'import';
  status: 'success' | 'failure';
  job?: string;
  entity: string;
  /** Exports: rows written. Imports: rows read. */
  rows?: number;
  file?: string;
  sha256?: string;
  dateRange?: ExportManifest['dateRange'];
  /** Imports: rows per status (created, updated, invalid, failed, in_doubt …). */
  counts?: Record<string, number>;
  /** Imports: the result sheets. */
  resultFiles?: Record<string, string>;
  deliveries?: DeliveryResult[];
  error?: { code: string; message: string };
  startedAt: string;
  finishedAt: string;
  /** One line for people (the text of chat messages and the e-mail subject). */
  text: string;
}

/** A value in a notice (an error's text, a destination, a file): scrubbed; the catalog's words never are. */
const clean = (s: string) => scrubText(s);

/** A row status as the summary names it (`dibuat [created]`); the status itself when it has no label. */
export function statusLabel(status: string): string {
  const key = `summary.status.${status}` as MessageKey;
  const label = t(key);
  return label === key ? status : label;
}

/** The one line for people, in the reader's language: `OK: export orders — 120 rows in orders.csv — …`. */
export function noticeText(n: Omit<RunNotice, 'text' | 'tool' | 'toolVersion'>): string {
  const who = n.job
    ? t('notify.whoJob', { command: n.command, entity: n.entity, job: clean(n.job) })
    : t('notify.who', { command: n.command, entity: n.entity });
  if (n.error) return t('notify.lineError', { who, code: n.error.code, message: clean(n.error.message) });
  const parts = [t(n.status === 'success' ? 'notify.lineOk' : 'notify.lineFailed', { who })];
  if (n.counts)
    parts.push(
      Object.entries(n.counts)
        .map(([k, v]) => t('notify.count', { label: statusLabel(k), count: v }))
        .join(', '),
    );
  else if (n.rows !== undefined)
    parts.push(
      n.file
        ? t('notify.rowsInFile', { count: n.rows, file: clean(n.file) })
        : t('notify.rows', { count: n.rows }),
    );
  const failed = (n.deliveries ?? []).filter((d) => !d.ok);
  if (failed.length) {
    const list = failed
      .map((d) => `${clean(d.destination)} [${d.error?.code}] ${clean(d.error?.message ?? '')}`)
      .join('; ');
    parts.push(t('notify.deliveryFailed', { list }));
  }
  const ok = (n.deliveries ?? []).filter((d) => d.ok);
  if (ok.length)
    parts.push(t('notify.deliveredTo', { list: ok.map((d) => clean(d.destination)).join(', ') }));
  return parts.join(' — ');
}

export function makeNotice(n: Omit<RunNotice, 'text' | 'tool' | 'toolVersion'>): RunNotice {
  // Everything here may reach a chat channel: error messages go through the secret filter too.
  const error = n.error ? { code: n.error.code, message: clean(n.error.message) } : undefined;
  const deliveries = n.deliveries?.map((d) =>
    d.error ? { ...d, error: { ...d.error, message: clean(d.error.message) } } : d,
  );
  return {
    tool: 'salesmania-bulk',
    toolVersion: VERSION,
    ...n,
    ...(error ? { error } : {}),
    ...(deliveries ? { deliveries } : {}),
    text: noticeText(n),
  };
}
