/**
 * Destinations as URLs, the way rclone and Apprise users write them:
 *   mailto:finance@majujaya.co.id,ap@majujaya.co.id?subject=Orders%20{date}
 *   sftp://erp@files.majujaya.co.id:22/incoming/orders
 * Credentials never go into these URLs (they show in `ps`, shell history and logs): they come from
 * the environment (src/config/delivery.ts).
 */
import { localizedRunError, type MessageKey, type MessageParams } from '../i18n/index.js';

export interface MailDestination {
  kind: 'mail';
  to: string[];
  /** Templates with {entity} {from} {to} {date} {rows} {file}; defaults in mail-text.ts. */
  subject?: string;
  body?: string;
  /** Safe to log and to put into a notification. */
  display: string;
}

export interface SftpDestination {
  kind: 'sftp';
  host: string;
  port: number;
  user: string;
  /** The remote folder; `/~/x` means `x` in the login's home folder. */
  dir: string;
  display: string;
}

export type Destination = MailDestination | SftpDestination;

const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

function bad(what: string, raw: string, key: MessageKey, params: MessageParams = {}): never {
  throw localizedRunError('CONFIG_INVALID', key, { ...params, what, value: raw });
}

/** `mailto:a@x.id,b@x.id?subject=…&body=…` → recipients and templates (RFC 6068). */
export function parseMailto(raw: string, what: string): Omit<MailDestination, 'kind'> {
  const query = raw.indexOf('?');
  const addressPart = decodeURIComponent(raw.slice('mailto:'.length, query < 0 ? undefined : query));
  const params = new URLSearchParams(query < 0 ? '' : raw.slice(query + 1));
  const to = addressPart
    .split(/[,;]/)
    .map((a) => a.trim())
    .filter(Boolean);
  for (const extra of params.getAll('to'))
    to.push(
      ...extra
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean),
    );
  if (to.length === 0) bad(what, raw, 'deliver.noAddress');
  for (const address of to) if (!ADDRESS.test(address)) bad(what, raw, 'deliver.notAddress', { address });
  for (const key of params.keys())
    if (!['subject', 'body', 'to'].includes(key)) bad(what, raw, 'deliver.unknownParameter', { key });
  const subject = params.get('subject') ?? undefined;
  const body = params.get('body') ?? undefined;
  return {
    to,
    ...(subject ? { subject } : {}),
    ...(body ? { body } : {}),
    display: `mailto:${to.join(',')}`,
  };
}

function parseSftp(raw: string, what: string): SftpDestination {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Unparsable, so the password check below cannot run: hide any credentials before quoting it.
    return bad(what, raw.replace(/\/\/[^@/]*@/, '//…@'), 'deliver.badSftp');
  }
  if (url.password) {
    bad(what, '(hidden)', 'deliver.sftpPassword');
  }
  if (!url.username) bad(what, raw, 'deliver.sftpNoUser');
  if (url.search || url.hash) bad(what, raw, 'deliver.sftpQuery');
  const user = decodeURIComponent(url.username);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port ? Number(url.port) : 22;
  const path = decodeURIComponent(url.pathname).replace(/\/+$/, '');
  const dir = path.startsWith('/~/') ? path.slice(3) : path === '/~' ? '.' : path || '/';
  return { kind: 'sftp', host, port, user, dir, display: `sftp://${user}@${host}:${port}${path || '/'}` };
}

/** One `--deliver` value (or a jobs file's `deliver` entry). */
export function parseDestination(raw: string, what = 'deliver'): Destination {
  const text = raw.trim();
  if (/^mailto:/i.test(text)) return { kind: 'mail', ...parseMailto(text, what) };
  if (/^sftp:\/\//i.test(text)) return parseSftp(text, what);
  return bad(what, text.replace(/\/\/[^@/]*@/, '//…@'), 'deliver.badDestination');
}
