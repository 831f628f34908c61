/** Starts the page on the options' address; `close()` stops listening and ends open streams. */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { ConnectionConfig, RuntimeConfig } from '../config/index.js';
import type { Logger } from '../log/index.js';
import { resolveReadLimits } from '../config/index.js';
import { getLanguage } from '../i18n/index.js';
import { openWorkspace } from '../workspace/index.js';
import { createApp } from './app.js';
import { LoginLimiter } from './login-limit.js';
import type { WebOptions } from './options.js';
import { SessionStore } from './session.js';
import { sessionKey } from './session-key.js';
import { EndedSessions } from './sessions-ended.js';

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

export interface StartWebOptions {
  options: WebOptions;
  connection: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  now?: () => number;
  env?: NodeJS.ProcessEnv;
}

export async function startWebServer(o: StartWebOptions): Promise<WebServer> {
  const workspace = openWorkspace({
    dataDir: o.options.dataDir,
    connection: o.connection,
    runtime: o.runtime,
    logger: o.logger,
    lang: getLanguage(),
    readLimits: resolveReadLimits(o.env ?? process.env),
    now: o.now,
  });
  const app = createApp({
    workspace,
    options: o.options,
    connection: o.connection,
    runtime: o.runtime,
    logger: o.logger,
    sessions: new SessionStore(
      sessionKey(o.options.dataDir, o.options.password),
      new EndedSessions(o.options.dataDir, o.now),
      o.now,
    ),
    limiter: new LoginLimiter(o.now),
  });
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: o.options.host, port: o.options.port }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const host = o.options.host.includes(':') ? `[${o.options.host}]` : o.options.host;
  return {
    url: `http://${host}:${port}${o.options.basePath}/`,
    close: async () => {
      await workspace.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
    },
  };
}
