/**
 * Uploaded files, under `<data>/uploads/` with generated names: `<id>.<csv|xlsx>` and its facts in
 * `<id>.json`. The client's name is kept for display only; no path ever comes from the client.
 * A file is opened by the reader before it is kept, so a hostile or unreadable file gets the very
 * error the CLI gives (READ_* codes) and leaves nothing behind.
 */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable, Transform } from 'node:stream';
import { localizedRunError } from '../i18n/index.js';
import { openSource, resolveLimits, type ReadLimits } from '../read/index.js';
import { withPageNames } from './plain-names.js';
import type { UploadInfo } from './types.js';

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `id` has the shape of a generated id: anything else is refused before it nears a path. */
export function isGeneratedId(id: string): boolean {
  return ID.test(id);
}

export class Uploads {
  readonly dir: string;

  constructor(
    dataDir: string,
    private readonly limits: Partial<ReadLimits> | undefined,
  ) {
    this.dir = join(dataDir, 'uploads');
  }

  async save(originalName: string, bytes: AsyncIterable<Uint8Array>, maxBytes?: number): Promise<UploadInfo> {
    const limit = Math.min(maxBytes ?? Infinity, resolveLimits(this.limits).maxFileBytes);
    const id = randomUUID();
    const name = displayName(originalName);
    const part = join(this.dir, `${id}.part`);
    try {
      const size = await storeLimited(bytes, part, limit, name);
      // Opened as the CLI opens it: the content decides the kind, the reader's checks decide the rest.
      const source = await openSource(part, { limits: this.limits });
      await source.close();
      const info: UploadInfo = {
        id,
        originalName: name,
        size,
        kind: source.format,
        sheets: source.sheets,
        uploadedAt: new Date().toISOString(),
      };
      await rename(part, this.pathOf(info));
      await writeFile(join(this.dir, `${id}.json`), JSON.stringify(info));
      return info;
    } catch (err) {
      await rm(part, { force: true });
      throw withPageNames(err, [[`${id}.part`, name]]);
    }
  }

  /** The upload's facts, or UPLOAD_NOT_FOUND. */
  async get(id: string): Promise<UploadInfo> {
    if (!isGeneratedId(id)) throw notFound(id);
    try {
      return JSON.parse(await readFile(join(this.dir, `${id}.json`), 'utf8')) as UploadInfo;
    } catch {
      throw notFound(id);
    }
  }

  pathOf(info: Pick<UploadInfo, 'id' | 'kind'>): string {
    return join(this.dir, `${info.id}.${info.kind}`);
  }
}

function notFound(id: string) {
  return localizedRunError('UPLOAD_NOT_FOUND', 'workspace.uploadNotFound', { id: id.slice(0, 64) });
}

/** The last part of a client's name, without control characters: only ever shown. */
function displayName(originalName: string): string {
  const last = originalName.split(/[\\/]/).pop() ?? '';
  const base = [...last].filter((ch) => ch >= ' ' && ch !== '\u007f').join('');
  return base.trim().slice(0, 200) || 'upload';
}

/** Streams to `path`, failing with READ_LIMIT as soon as more than `limit` bytes arrived. */
async function storeLimited(
  bytes: AsyncIterable<Uint8Array>,
  path: string,
  limit: number,
  name: string,
): Promise<number> {
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      size += chunk.length;
      if (size > limit) {
        done(
          localizedRunError(
            'READ_LIMIT',
            'workspace.uploadTooBig',
            { name, ...limitParts(limit) },
            { limit },
          ),
        );
        return;
      }
      done(null, chunk);
    },
  });
  await pipeline(Readable.from(bytes), counter, createWriteStream(path, { flags: 'wx' }));
  return size;
}

function limitParts(limit: number): { limit: number; limitUnit: string } {
  const mib = limit / (1024 * 1024);
  return mib >= 1 ? { limit: Number(mib.toFixed(6)), limitUnit: 'MiB' } : { limit, limitUnit: 'bytes' };
}
