/**
 * SFTP upload (ssh2-sftp-client): the file goes up under a hidden temporary name in the target folder
 * and is renamed to its final name only when complete, so a watcher on the ERP side never picks up half
 * a file; a failed upload removes its temporary file where it still can. The host key is checked before
 * the password or key is sent.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import type SftpClient from 'ssh2-sftp-client';
import type { SftpCredentials } from '../config/index.js';
import { isRunError, type MessageRef, type RunError } from '../errors.js';
import { localizedRunError } from '../i18n/index.js';
import type { SftpDestination } from './destinations.js';
import { hostKeyProblem } from './host-key.js';

export interface SftpUploadOptions {
  credentials: SftpCredentials;
  timeoutMs: number;
}

function remoteJoin(dir: string, name: string): string {
  return dir === '.' ? name : `${dir.replace(/\/$/, '')}/${name}`;
}

export function hiddenTempName(name: string): string {
  return `.${name}.${randomBytes(4).toString('hex')}.part`;
}

/** Uploads `localPath` into the destination folder under its own name; returns the remote path. */
export async function uploadSftp(
  dest: SftpDestination,
  localPath: string,
  o: SftpUploadOptions,
): Promise<string> {
  const creds = o.credentials;
  if (!creds.password && !creds.privateKey) {
    throw localizedRunError('CONFIG_MISSING', 'deliver.sftpNoCredentials', { destination: dest.display });
  }
  if (creds.hostKeyFingerprints.length === 0 && !creds.knownHostsFile) {
    throw localizedRunError('DELIVER_HOST_KEY', 'deliver.sftpNoHostKey', { destination: dest.display });
  }
  let refusedKey: MessageRef | undefined;
  const quiet = () => undefined;
  const { default: Sftp } = await import('ssh2-sftp-client');
  const client = new Sftp('salesmania-bulk', { error: quiet, end: quiet, close: quiet });
  const name = basename(localPath);
  const finalPath = remoteJoin(dest.dir, name);
  const tempPath = remoteJoin(dest.dir, hiddenTempName(name));
  let connected = false;
  try {
    await client.connect({
      host: dest.host,
      port: dest.port,
      username: dest.user,
      ...(creds.password ? { password: creds.password } : {}),
      ...(creds.privateKey ? { privateKey: creds.privateKey } : {}),
      ...(creds.passphrase ? { passphrase: creds.passphrase } : {}),
      readyTimeout: o.timeoutMs,
      hostVerifier: (key: Buffer) => {
        refusedKey = hostKeyProblem(
          { fingerprints: creds.hostKeyFingerprints, knownHostsFile: creds.knownHostsFile },
          dest.host,
          dest.port,
          key,
        );
        return refusedKey === undefined;
      },
    });
    connected = true;
    await client.put(localPath, tempPath);
    await publish(client, tempPath, finalPath);
    return finalPath;
  } catch (err) {
    if (connected) await client.delete(tempPath, true).catch(() => undefined);
    throw sftpError(err, dest, refusedKey);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** OpenSSH's posix-rename replaces the old file in one step; plain SFTP rename refuses an existing target. */
async function publish(client: SftpClient, from: string, to: string): Promise<void> {
  try {
    await client.posixRename(from, to);
    return;
  } catch {
    // The server lacks the extension: fall through to a plain rename.
  }
  if (await client.exists(to)) await client.delete(to);
  await client.rename(from, to);
}

function sftpError(err: unknown, dest: SftpDestination, refusedKey: MessageRef | undefined): RunError {
  if (isRunError(err)) return err;
  if (refusedKey) {
    const key = refusedKey.key as 'deliver.hostKeyRevoked' | 'deliver.hostKeyUnknown';
    return localizedRunError('DELIVER_HOST_KEY', key, { ...refusedKey.params, destination: dest.display });
  }
  const e = err as { message?: string; code?: string; level?: string };
  const message = (e.message ?? String(err)).replace(/^\w+: /, '');
  if (e.level === 'client-authentication' || /authentication methods failed/i.test(message)) {
    return localizedRunError('DELIVER_AUTH', 'deliver.sftpLoginRefused', {
      destination: dest.display,
      user: dest.user,
    });
  }
  // The server's own words, verbatim: they are what its administrator can look up.
  return localizedRunError('DELIVER_FAILED', 'deliver.sftpFailed', {
    destination: dest.display,
    answer: message,
  });
}
