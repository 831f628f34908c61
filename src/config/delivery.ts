import { readFileSync } from 'node:fs';
import { localizedRunError } from '../i18n/index.js';
import { registerBasicCredentials, registerSecret } from '../secrets.js';
import { positiveInteger, positiveNumber } from './parse.js';

/**
 * Where exports are delivered and notifications sent from: the SMTP server and the SFTP credentials.
 * Like the API password, every credential comes from the environment (or a `_FILE`, for Docker and
 * Kubernetes secrets), never from a flag or a URL on the command line, and is registered as a secret.
 */
export const DELIVERY_ENV = {
  smtpUrl: 'SALESMANIA_SMTP_URL',
  smtpPassword: 'SALESMANIA_SMTP_PASSWORD',
  smtpPasswordFile: 'SALESMANIA_SMTP_PASSWORD_FILE',
  smtpFrom: 'SALESMANIA_SMTP_FROM',
  sftpPassword: 'SALESMANIA_SFTP_PASSWORD',
  sftpPasswordFile: 'SALESMANIA_SFTP_PASSWORD_FILE',
  sftpKeyFile: 'SALESMANIA_SFTP_KEY_FILE',
  sftpKeyPassphrase: 'SALESMANIA_SFTP_KEY_PASSPHRASE',
  sftpHostKey: 'SALESMANIA_SFTP_HOST_KEY',
  sftpKnownHosts: 'SALESMANIA_SFTP_KNOWN_HOSTS',
  zipAboveMb: 'SALESMANIA_MAIL_ZIP_ABOVE_MB',
  attempts: 'SALESMANIA_DELIVERY_ATTEMPTS',
  backoffMs: 'SALESMANIA_DELIVERY_BACKOFF_MS',
} as const;

export const DELIVERY_DEFAULTS = { zipAboveMb: 5, attempts: 4, backoffMs: 2000 } as const;

export interface SmtpConfig {
  host: string;
  port: number;
  /** `smtps://`: TLS from the first byte (port 465). Otherwise STARTTLS. */
  secure: boolean;
  /** STARTTLS is required unless the URL says `?starttls=optional` (a trusted relay without TLS). */
  requireStartTls: boolean;
  user?: string;
  password?: string;
  from: string;
}

export interface SftpCredentials {
  password?: string;
  privateKey?: Buffer;
  passphrase?: string;
  /** `SHA256:…` fingerprints, as `ssh-keygen -lf` prints them. */
  hostKeyFingerprints: string[];
  knownHostsFile?: string;
}

export interface DeliveryConfig {
  /** Undefined when SALESMANIA_SMTP_URL is not set: `mailto:` destinations are then refused at start. */
  smtp?: SmtpConfig;
  sftp: SftpCredentials;
  zipAboveBytes: number;
  attempts: number;
  backoffMs: number;
}

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

type Secret = 'smtpPassword' | 'sftpPassword' | 'sftpKey';

function secretFile(path: string, what: Secret): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw localizedRunError('CONFIG_INVALID', `config.secretUnreadable.${what}`, { path, reason: code });
  }
}

/** A password from `NAME_FILE` (trailing newline dropped, as Docker secrets have one) or `NAME`. */
function password(env: NodeJS.ProcessEnv, name: string, fileName: string, what: Secret): string | undefined {
  const file = value(env, fileName);
  const secret = file
    ? secretFile(file, what)
        .toString('utf8')
        .replace(/\r?\n$/, '')
    : (env[name] ?? undefined) || undefined;
  registerSecret(secret);
  return secret;
}

function smtpFrom(env: NodeJS.ProcessEnv): SmtpConfig | undefined {
  const raw = value(env, DELIVERY_ENV.smtpUrl);
  if (raw === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw localizedRunError('CONFIG_INVALID', 'config.smtpUrlInvalid', { name: DELIVERY_ENV.smtpUrl });
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw localizedRunError('CONFIG_INVALID', 'config.smtpUrlProtocol', { name: DELIVERY_ENV.smtpUrl });
  }
  if (url.password) {
    // A password in a URL ends up in `ps`, shell history and logs; it has its own variable.
    throw localizedRunError('CONFIG_INVALID', 'config.smtpUrlPassword', {
      name: DELIVERY_ENV.smtpUrl,
      passwordEnv: DELIVERY_ENV.smtpPassword,
      passwordFileEnv: DELIVERY_ENV.smtpPasswordFile,
    });
  }
  const secure = url.protocol === 'smtps:';
  const user = url.username ? decodeURIComponent(url.username) : undefined;
  const pass = password(env, DELIVERY_ENV.smtpPassword, DELIVERY_ENV.smtpPasswordFile, 'smtpPassword');
  if (user && pass) registerBasicCredentials(user, pass);
  if (user && !pass) {
    throw localizedRunError('CONFIG_MISSING', 'config.noSmtpPassword', {
      user,
      passwordEnv: DELIVERY_ENV.smtpPassword,
      passwordFileEnv: DELIVERY_ENV.smtpPasswordFile,
    });
  }
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const from = value(env, DELIVERY_ENV.smtpFrom) ?? (user?.includes('@') ? user : `salesmania-bulk@${host}`);
  return {
    host,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    requireStartTls: !secure && url.searchParams.get('starttls') !== 'optional',
    ...(user ? { user } : {}),
    ...(pass ? { password: pass } : {}),
    from,
  };
}

function sftpFrom(env: NodeJS.ProcessEnv): SftpCredentials {
  const keyFile = value(env, DELIVERY_ENV.sftpKeyFile);
  const privateKey = keyFile ? secretFile(keyFile, 'sftpKey') : undefined;
  if (privateKey) registerSecret(privateKey.toString('utf8').trim());
  const passphrase = env[DELIVERY_ENV.sftpKeyPassphrase] || undefined;
  registerSecret(passphrase);
  const hostKeyFingerprints = (value(env, DELIVERY_ENV.sftpHostKey) ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((fp) => {
      if (!/^SHA256:[A-Za-z0-9+/]{43}=?$/.test(fp)) {
        throw localizedRunError('CONFIG_INVALID', 'config.hostKeyInvalid', {
          name: DELIVERY_ENV.sftpHostKey,
          value: fp,
        });
      }
      return fp.replace(/=$/, '');
    });
  return {
    password: password(env, DELIVERY_ENV.sftpPassword, DELIVERY_ENV.sftpPasswordFile, 'sftpPassword'),
    ...(privateKey ? { privateKey } : {}),
    ...(passphrase ? { passphrase } : {}),
    hostKeyFingerprints,
    ...(value(env, DELIVERY_ENV.sftpKnownHosts)
      ? { knownHostsFile: value(env, DELIVERY_ENV.sftpKnownHosts) }
      : {}),
  };
}

/** Read once per process; nothing here connects anywhere. */
export function resolveDelivery(env: NodeJS.ProcessEnv): DeliveryConfig {
  const zip = value(env, DELIVERY_ENV.zipAboveMb);
  const attempts = value(env, DELIVERY_ENV.attempts);
  const backoff = value(env, DELIVERY_ENV.backoffMs);
  const smtp = smtpFrom(env);
  return {
    ...(smtp ? { smtp } : {}),
    sftp: sftpFrom(env),
    zipAboveBytes: Math.round(
      (zip === undefined ? DELIVERY_DEFAULTS.zipAboveMb : positiveNumber(DELIVERY_ENV.zipAboveMb, zip)) *
        1024 *
        1024,
    ),
    attempts:
      attempts === undefined ? DELIVERY_DEFAULTS.attempts : positiveInteger(DELIVERY_ENV.attempts, attempts),
    backoffMs:
      backoff === undefined ? DELIVERY_DEFAULTS.backoffMs : positiveInteger(DELIVERY_ENV.backoffMs, backoff),
  };
}
