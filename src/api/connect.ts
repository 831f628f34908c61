import { createClient, type SalesManiaClient } from './client.js';
import { runLimits, type ConnectionConfig, type RuntimeConfig } from '../config/index.js';
import { localizedRunError, t } from '../i18n/index.js';
import type { Logger } from '../log/index.js';
import { abortableGate } from './abortable-gate.js';
import { createRateGate, type RateGate } from './rate-gate.js';

export interface Connection {
  client: SalesManiaClient;
  gate: RateGate;
}

/**
 * One client and one rate gate for a run: every request of the run, first attempts, retries
 * and re-logins alike, shares the one limit (the API's limit is per bearer token).
 */
export function connect(
  connection: ConnectionConfig,
  runtime: RuntimeConfig,
  logger: Logger,
  signal?: AbortSignal,
  /** A gate shared with other runs of the same process (scheduled exports); default: a gate of its own. */
  sharedGate?: RateGate,
): Connection {
  const baseGate = sharedGate ?? createRateGate(runLimits(runtime).importGate);
  const gate = signal ? abortableGate(baseGate, signal) : baseGate;
  const client = createClient({
    baseUrl: connection.baseUrl,
    username: connection.username,
    password: connection.password,
    database: connection.database,
    token: connection.token,
    teamToken: connection.teamToken,
    timeoutMs: runtime.timeoutMs,
    logger,
    gate,
  });
  return { client, gate };
}

/**
 * An import's client: connected, logged in and the database logged. Imported on demand by the
 * import runs, so that `validate`, which sends nothing, does not load the HTTP client.
 */
export async function connectForImport(o: {
  connection?: ConnectionConfig;
  runtime: RuntimeConfig;
  logger: Logger;
  signal: AbortSignal;
}): Promise<SalesManiaClient> {
  if (!o.connection) throw localizedRunError('CONFIG_MISSING', 'net.noConnection');
  const { client } = connect(o.connection, o.runtime, o.logger, o.signal);
  const session = await client.session();
  o.logger.info(
    { database: session.databaseName, databaseId: session.databaseId },
    t('log.connected', { database: session.databaseName }),
  );
  return client;
}
