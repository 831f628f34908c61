import { readFileSync } from 'node:fs';
import { localizedRunError } from '../i18n/index.js';
import { registerBasicCredentials, registerSecret } from '../secrets.js';
import { httpUrl } from './parse.js';

/** The one default API address (the real SalesMania API). */
export const DEFAULT_BASE_URL = 'https://api.salesmania.id';

/** How to reach and authenticate against SalesMania. Flags > environment > defaults. */
export interface ConnectionConfig {
  baseUrl: string;
  username?: string;
  password?: string;
  database?: string | number;
  token?: string;
  teamToken?: string;
}

export interface ConnectionFlags {
  baseUrl?: string;
  username?: string;
  passwordFile?: string;
  database?: string;
  token?: string;
  teamToken?: string;
}

/** Environment variable names, documented in the README's configuration table. */
export const ENV = {
  baseUrl: 'SALESMANIA_BASE_URL',
  username: 'SALESMANIA_USERNAME',
  password: 'SALESMANIA_PASSWORD',
  passwordFile: 'SALESMANIA_PASSWORD_FILE',
  database: 'SALESMANIA_DATABASE',
  token: 'SALESMANIA_TOKEN',
  teamToken: 'SALESMANIA_TEAM_TOKEN',
} as const;

function readPasswordFile(path: string): string {
  try {
    // Docker secrets end with a newline; the secret itself never does.
    return readFileSync(path, 'utf8').replace(/\r?\n$/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unknown error';
    throw localizedRunError('CONFIG_INVALID', 'config.passwordFileUnreadable', { path, reason: code });
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value;
}

/**
 * Resolves the connection from flags and environment. The password is deliberately not a
 * flag: a flag shows in `ps` and shell history. It comes from SALESMANIA_PASSWORD or a file.
 */
export function resolveConnection(flags: ConnectionFlags, env: NodeJS.ProcessEnv): ConnectionConfig {
  const baseUrl = httpUrl(
    'base-url',
    nonEmpty(flags.baseUrl) ?? nonEmpty(env[ENV.baseUrl]) ?? DEFAULT_BASE_URL,
  );
  const username = nonEmpty(flags.username) ?? nonEmpty(env[ENV.username]);
  const passwordFile = nonEmpty(flags.passwordFile) ?? nonEmpty(env[ENV.passwordFile]);
  const password = passwordFile ? readPasswordFile(passwordFile) : nonEmpty(env[ENV.password]);
  const databaseText = nonEmpty(flags.database) ?? nonEmpty(env[ENV.database]);
  const database =
    databaseText && /^\d+$/.test(databaseText.trim()) ? Number(databaseText) : databaseText?.trim();
  const token = nonEmpty(flags.token) ?? nonEmpty(env[ENV.token]);
  const teamToken = nonEmpty(flags.teamToken) ?? nonEmpty(env[ENV.teamToken]);

  if (username && password) registerBasicCredentials(username, password);
  registerSecret(password);
  registerSecret(token);
  registerSecret(teamToken);
  return { baseUrl, username, password, database, token, teamToken };
}

/** Fails early, before any file is read, when nothing could authenticate. */
export function requireCredentials(config: ConnectionConfig): void {
  if (config.token || (config.username && config.password)) return;
  if (config.username && !config.password) {
    throw localizedRunError('CONFIG_MISSING', 'config.noPassword', {
      username: config.username,
      passwordEnv: ENV.password,
      passwordFileEnv: ENV.passwordFile,
    });
  }
  throw localizedRunError('CONFIG_MISSING', 'config.noCredentials', {
    usernameEnv: ENV.username,
    passwordEnv: ENV.password,
    passwordFileEnv: ENV.passwordFile,
    tokenEnv: ENV.token,
  });
}
