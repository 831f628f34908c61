/**
 * Which host keys an SFTP server may show: `SHA256:…` fingerprints (SALESMANIA_SFTP_HOST_KEY, as
 * `ssh-keygen -lf` prints them) and/or the entries of a known_hosts file (plain, `[host]:port`,
 * hashed `|1|salt|hash`, `*`/`?` patterns; `@revoked` keys are refused, `@cert-authority` lines ignored).
 */
import { createHash, createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { localizedRunError, messageRef } from '../i18n/index.js';
import type { MessageRef } from '../errors.js';

export function fingerprintOf(key: Buffer): string {
  return 'SHA256:' + createHash('sha256').update(key).digest('base64').replace(/=+$/, '');
}

interface KnownKey {
  key: Buffer;
  revoked: boolean;
}

function globMatch(pattern: string, name: string): boolean {
  const re = new RegExp(
    '^' +
      pattern
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.') +
      '$',
    'i',
  );
  return re.test(name);
}

function hostMatches(field: string, names: string[]): boolean {
  if (field.startsWith('|1|')) {
    const [, , salt, hash] = field.split('|');
    return names.some(
      (name) => createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64') === hash,
    );
  }
  const patterns = field.split(',');
  if (patterns.some((p) => p.startsWith('!') && names.some((n) => globMatch(p.slice(1), n)))) return false;
  return patterns.some((p) => !p.startsWith('!') && names.some((n) => globMatch(p, n)));
}

/** The keys a known_hosts file lists for host:port. */
export function knownKeysFor(file: string, host: string, port: number): KnownKey[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw localizedRunError('CONFIG_INVALID', 'deliver.knownHostsUnreadable', {
      path: file,
      reason: (err as NodeJS.ErrnoException).code ?? 'unknown error',
    });
  }
  const names = port === 22 ? [host, `[${host}]:22`] : [`[${host}]:${port}`];
  const keys: KnownKey[] = [];
  for (const line of text.split(/\r?\n/)) {
    const fields = line.trim().split(/\s+/);
    if (!fields[0] || fields[0].startsWith('#')) continue;
    let revoked = false;
    if (fields[0].startsWith('@')) {
      if (fields[0] !== '@revoked') continue;
      revoked = true;
      fields.shift();
    }
    const [hosts, , base64] = fields;
    if (!hosts || !base64 || !hostMatches(hosts, names)) continue;
    keys.push({ key: Buffer.from(base64, 'base64'), revoked });
  }
  return keys;
}

export interface HostKeyCheck {
  fingerprints: string[];
  knownHostsFile?: string;
}

/** Returns undefined when the key may be trusted, else why not (with the key's fingerprint). */
export function hostKeyProblem(
  check: HostKeyCheck,
  host: string,
  port: number,
  key: Buffer,
): MessageRef | undefined {
  const fp = fingerprintOf(key);
  const known = check.knownHostsFile ? knownKeysFor(check.knownHostsFile, host, port) : [];
  if (known.some((k) => k.revoked && k.key.equals(key)))
    return messageRef('deliver.hostKeyRevoked', { fingerprint: fp, host: `${host}:${port}` });
  if (check.fingerprints.includes(fp)) return undefined;
  if (known.some((k) => !k.revoked && k.key.equals(key))) return undefined;
  return messageRef('deliver.hostKeyUnknown', { fingerprint: fp, host: `${host}:${port}` });
}
