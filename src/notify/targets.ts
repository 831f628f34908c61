/**
 * Notification targets as URLs (Apprise-like): `mailto:ops@majujaya.co.id`, or an incoming webhook
 * `https://…`. The payload shape follows the host (Slack, Microsoft Teams, Google Chat; plain JSON
 * otherwise) or an explicit prefix: `slack+https://…`, `teams+https://…`, `gchat+https://…`,
 * `json+https://…` (e.g. behind a proxy). Webhook URLs carry their token in the path or query, so the
 * whole URL is registered as a secret and only its origin is ever shown.
 */
import { localizedRunError } from '../i18n/index.js';
import { parseMailto } from '../deliver/index.js';
import { registerSecret } from '../secrets.js';

export const WEBHOOK_FORMATS = ['json', 'slack', 'teams', 'google-chat'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

export type NotifyTarget =
  | { kind: 'mail'; to: string[]; display: string }
  | { kind: 'webhook'; url: string; format: WebhookFormat; display: string };

const PREFIXES: Record<string, WebhookFormat> = {
  json: 'json',
  slack: 'slack',
  teams: 'teams',
  gchat: 'google-chat',
  'google-chat': 'google-chat',
};

function formatOfHost(host: string): WebhookFormat {
  if (host === 'hooks.slack.com') return 'slack';
  if (/(^|\.)webhook\.office\.com$|(^|\.)logic\.azure\.com$|(^|\.)powerplatform\.com$/.test(host))
    return 'teams';
  if (host === 'chat.googleapis.com') return 'google-chat';
  return 'json';
}

export function parseNotifyTarget(raw: string, what = 'notify'): NotifyTarget {
  const text = raw.trim();
  if (/^mailto:/i.test(text)) {
    const { to, display } = parseMailto(text, what);
    return { kind: 'mail', to, display };
  }
  const prefixed = /^([a-z-]+)\+(https?:\/\/.*)$/i.exec(text);
  const explicit = prefixed ? PREFIXES[prefixed[1].toLowerCase()] : undefined;
  if (prefixed && !explicit) {
    throw localizedRunError('CONFIG_INVALID', 'notify.unknownPrefix', { what, prefix: prefixed[1] });
  }
  const urlText = prefixed ? prefixed[2] : text;
  let url: URL;
  try {
    url = new URL(urlText);
  } catch {
    throw localizedRunError('CONFIG_INVALID', 'notify.badTarget', { what });
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw localizedRunError('CONFIG_INVALID', 'notify.badProtocol', { what, protocol: url.protocol });
  }
  // The path and query of an incoming webhook are its password.
  registerSecret(urlText);
  registerSecret(url.href);
  registerSecret(url.pathname.length > 1 ? url.pathname + url.search : url.search);
  if (url.username || url.password) registerSecret(decodeURIComponent(url.password || url.username));
  return {
    kind: 'webhook',
    url: url.href,
    format: explicit ?? formatOfHost(url.hostname),
    display: `${url.protocol}//${url.host}/…`,
  };
}
