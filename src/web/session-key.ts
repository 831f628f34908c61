/**
 * The key that signs the page's session cookies, so a sign-in outlives a restart of `serve` (docs/WEB.md,
 * "Security model"). Random bytes are made once and kept in the data folder, readable by the owner only;
 * the key used is those bytes mixed with the page password, which is never written anywhere: a copy of the
 * data folder alone cannot forge a cookie, and a new password signs everyone out.
 */
import { randomBytes, createHmac } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const SESSION_KEY_FILE = '.web-session.key';
const KEY_BYTES = 32;

function readKey(path: string): Buffer | undefined {
  try {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'hex');
    return key.length === KEY_BYTES ? key : undefined;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}

/**
 * The folder's random bytes, made on the first start. Written under a temporary name and linked into
 * place, so two servers starting on one folder agree on one key and neither reads a half-written file.
 */
function folderSecret(dataDir: string): Buffer {
  const path = join(dataDir, SESSION_KEY_FILE);
  const found = readKey(path);
  if (found) {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600); // copied in with looser rights
    return found;
  }
  mkdirSync(dataDir, { recursive: true });
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temp, `${randomBytes(KEY_BYTES).toString('hex')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    try {
      linkSync(temp, path);
    } catch (err) {
      // Another start made it first, or a damaged file is in the way: keep a good one, replace a bad one.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const theirs = readKey(path);
      if (theirs) return theirs;
      unlinkSync(path);
      linkSync(temp, path);
    }
  } finally {
    unlinkSync(temp);
  }
  return readKey(path)!;
}

/** The signing key of this data folder and page password (none: the loopback page without one). */
export function sessionKey(dataDir: string, password: string | undefined): Buffer {
  return createHmac('sha256', folderSecret(dataDir))
    .update(`salesmania-bulk web session\0${password ?? ''}`, 'utf8')
    .digest();
}
