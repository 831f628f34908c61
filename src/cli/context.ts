import {
  resolveConnection,
  resolveRuntime,
  type ConnectionConfig,
  type RuntimeConfig,
} from '../config/index.js';
import { createLogger, type Logger } from '../log/index.js';
import { logLanguage } from './language.js';
import { stderrLine } from './live-line.js';

/** Raw commander option values shared by the commands. */
export interface CommonFlags {
  baseUrl?: string;
  username?: string;
  passwordFile?: string;
  database?: string;
  rate?: string;
  concurrency?: string;
  timeout?: string;
  logLevel?: string;
  logFormat?: string;
  /** `import --max-errors`: validated with the other runtime options. */
  maxErrors?: string;
  json?: boolean;
  progress?: boolean;
  /** Read before the commands are registered (src/cli/language.ts); here only so commander accepts it. */
  lang?: string;
}

export interface CommandContext {
  connection: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  json: boolean;
  progress: boolean;
}

/** Flags > environment > defaults, validated once, before anything is read or sent. */
export function buildContext(flags: CommonFlags, env: NodeJS.ProcessEnv = process.env): CommandContext {
  const runtime = resolveRuntime(flags, env);
  const connection = resolveConnection(flags, env);
  // Through the terminal line a progress bar may own, so that a log line never tears the bar.
  const logger = createLogger({
    level: runtime.logLevel,
    format: runtime.logFormat,
    destination: stderrLine.stream,
  });
  logLanguage(logger);
  return { connection, runtime, logger, json: Boolean(flags.json), progress: flags.progress !== false };
}
