import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RunHeader } from './journal-file.js';

/** Size and SHA-256 of the input: a resumed run must read the very same file. */
export async function fingerprint(path: string): Promise<RunHeader['input']> {
  const { size } = await stat(path);
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return { name: basename(path), size, sha256: hash.digest('hex') };
}
