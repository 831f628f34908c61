/** What every handler of the web page shares: its options, sessions, the run layer's configuration. */
import type { Context } from 'hono';
import type { ConnectionConfig, RuntimeConfig } from '../config/index.js';
import type { Lang, MessageKey, MessageParams } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import type { Workspace } from '../workspace/index.js';
import type { LoginLimiter } from './login-limit.js';
import type { WebOptions } from './options.js';
import type { Session, SessionStore } from './session.js';

export interface WebDeps {
  options: WebOptions;
  connection: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  sessions: SessionStore;
  limiter: LoginLimiter;
  /** Uploads, inspection and background runs (src/workspace/). */
  workspace: Workspace;
}

export interface WebEnv {
  Variables: { session: Session; lang: Lang };
}

export type WebContext = Context<WebEnv>;

/** A link inside the page, under the `--base-path` prefix. */
export function href(deps: WebDeps, path: string): string {
  return `${deps.options.basePath}${path}`;
}

/** The catalog in the request's language. */
export type Tr = (key: MessageKey, params?: MessageParams) => string;
