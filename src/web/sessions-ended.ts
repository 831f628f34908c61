/**
 * Ids of sessions signed out before their cookie expired: a copy of such a cookie must stay worthless,
 * across restarts too, so the list is kept in the data folder (owner-only) until the cookies expire.
 * Signing out is rare: the file is small and written whole each time.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const ENDED_SESSIONS_FILE = '.web-sessions-ended.json';

export class EndedSessions {
  private readonly ended = new Map<string, number>();

  constructor(
    private readonly dataDir: string | undefined,
    private readonly now: () => number = Date.now,
  ) {
    if (dataDir === undefined) return;
    try {
      const saved = JSON.parse(readFileSync(join(dataDir, ENDED_SESSIONS_FILE), 'utf8')) as unknown;
      if (saved && typeof saved === 'object') {
        for (const [id, until] of Object.entries(saved)) {
          if (typeof until === 'number' && until > this.now()) this.ended.set(id, until);
        }
      }
    } catch {
      // None yet, or unreadable: no session was signed out that a restart must remember.
    }
  }

  has(id: string): boolean {
    const until = this.ended.get(id);
    return until !== undefined && until > this.now();
  }

  add(id: string, until: number): void {
    for (const [old, end] of this.ended) if (end <= this.now()) this.ended.delete(old);
    this.ended.set(id, until);
    if (this.dataDir === undefined) return;
    const path = join(this.dataDir, ENDED_SESSIONS_FILE);
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(Object.fromEntries(this.ended)), { mode: 0o600 });
    renameSync(temp, path);
  }
}
