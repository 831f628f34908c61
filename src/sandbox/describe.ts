/** The text the `sandbox` command prints when it starts. */
import { PATHS } from '../contract/index.js';
import { DEFAULT_PASSWORD, DEFAULT_USERNAME, effectiveBurst } from './options.js';
import type { Sandbox } from './server.js';
import { t } from '../i18n/index.js';

export function describeSandbox(sandbox: Sandbox): string {
  const o = sandbox.options;
  const { username, password } = sandbox.credentials;
  // Only the well-known demo password is shown; a configured one stays out of the terminal.
  const isDemo = username === DEFAULT_USERNAME && password === DEFAULT_PASSWORD;
  const databases = sandbox.state.databases().map((db) => {
    const customers = sandbox.state.customers(db.id).length;
    const products = sandbox.state.products(db.id).length;
    return t('sandbox.database', { id: String(db.id), name: db.name, customers, products });
  });
  const faults = [
    o.failRate > 0 ? `failRate ${o.failRate}` : '',
    o.commitFailRate > 0 ? `commitFailRate ${o.commitFailRate} (${o.commitFailMode})` : '',
    o.slowRate > 0 ? `slowRate ${o.slowRate} × ${o.slowMs} ms` : '',
    o.latencyMs > 0 || o.jitterMs > 0 ? `latency ${o.latencyMs}+${o.jitterMs} ms` : '',
  ].filter(Boolean);
  return [
    t('sandbox.listening', { url: sandbox.url }),
    t('sandbox.baseUrl', { url: sandbox.url }),
    isDemo
      ? t('sandbox.login', { username, password, path: PATHS.token })
      : t('sandbox.loginConfigured', { username, path: PATHS.token }),
    t('sandbox.databases'),
    ...databases,
    o.rateLimit > 0
      ? t('sandbox.rateLimit', { rate: o.rateLimit, burst: effectiveBurst(o) })
      : t('sandbox.rateLimitOff'),
    t('sandbox.tokens', { seconds: o.tokenLifetimeSec }),
    faults.length > 0 ? t('sandbox.faults', { faults: faults.join(', ') }) : t('sandbox.faultsNone'),
  ].join('\n');
}
