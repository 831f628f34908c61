/**
 * Creates a folder and its missing parents, one `mkdir` at a time.
 *
 * Node's own `mkdir(dir, { recursive: true })` never returns for some paths: on /proc (and other
 * file systems that answer ENOENT to creating a child of a folder that exists) its native loop
 * retries the parent and the child forever, in a worker thread that no signal interrupts — so
 * `--out-dir /proc/nope` spun at full CPU and ignored SIGTERM. Here every step is one system call
 * and the first refusal is the answer.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let current = resolve(dir);
  for (;;) {
    const info = await stat(current).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return undefined;
      throw err;
    });
    if (info) {
      if (!info.isDirectory())
        throw Object.assign(new Error(`not a folder: ${current}`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const path of missing.reverse()) {
    try {
      await mkdir(path);
    } catch (err) {
      // Another process may have made it in the meantime: a folder is all we asked for.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST' || !(await stat(path)).isDirectory()) throw err;
    }
  }
}
