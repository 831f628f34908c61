/** Helpers for the workspace tests: a workspace on the sandbox, files as a browser would send them. */
import { readdirSync } from 'node:fs';
import { resolveConnection, resolveRuntime } from '../../src/config/index.js';
import { createLogger } from '../../src/log/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import {
  openWorkspace,
  type RunEvent,
  type Workspace,
  type WorkspaceOptions,
} from '../../src/workspace/index.js';

export function workspaceOn(
  sandbox: Sandbox,
  dataDir: string,
  extra: Partial<WorkspaceOptions> = {},
): Workspace {
  const env = {
    SALESMANIA_BASE_URL: sandbox.url,
    SALESMANIA_USERNAME: sandbox.credentials.username,
    SALESMANIA_PASSWORD: sandbox.credentials.password,
    SALESMANIA_DATABASE: '2981',
  };
  return openWorkspace({
    dataDir,
    connection: resolveConnection({}, env),
    runtime: resolveRuntime({ rate: '200', concurrency: '4' }, {}),
    logger: createLogger({ level: 'silent' }),
    lang: 'en',
    // Every progress step is an event: the tests assert on their order, never on time.
    progressEveryMs: 0,
    ...extra,
  });
}

/** Bytes as an upload's body arrives: in chunks. */
export async function* chunks(bytes: Buffer, size = 1024): AsyncIterable<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

/** Records a run's events until its end state; resolves with all of them. */
export function eventsUntilEnd(
  ws: Workspace,
  id: string,
  onEvent: (event: RunEvent) => void = () => undefined,
): Promise<RunEvent[]> {
  return new Promise((resolve) => {
    const seen: RunEvent[] = [];
    const stop = ws.subscribe(id, (event) => {
      seen.push(event);
      onEvent(event);
      if (event.type === 'state' && event.run.state !== 'running') {
        stop();
        resolve(seen);
      }
    });
  });
}

export function filesIn(dir: string): string[] {
  return readdirSync(dir).sort();
}

/** A customers CSV of `count` rows keyed `<prefix>-001` … */
export function customersCsv(prefix: string, count: number): Buffer {
  const lines = ['ext_cust_no,name,city,phone'];
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(3, '0');
    lines.push(`${prefix}-${n},Toko ${prefix} ${n},Bandung,0812000${n}`);
  }
  return Buffer.from(lines.join('\r\n') + '\r\n');
}
