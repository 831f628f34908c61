/** The text the `sandbox` command prints when it starts. */
import { PATHS } from '../contract/index.js';
import { DEFAULT_PASSWORD, DEFAULT_USERNAME, effectiveBurst } from './options.js';
import type { Sandbox } from './server.js';

export function describeSandbox(sandbox: Sandbox): string {
  const o = sandbox.options;
  const { username, password } = sandbox.credentials;
  // Only the well-known demo password is shown; a configured one stays out of the terminal.
  const isDemo = username === DEFAULT_USERNAME && password === DEFAULT_PASSWORD;
  const login = isDemo ? `${username} / ${password}` : `${username} / (the configured password)`;
  const databases = sandbox.state.databases().map((db) => {
    const customers = sandbox.state.customers(db.id).length;
    const products = sandbox.state.products(db.id).length;
    return `    ${db.id}  ${db.name}  (${customers} customers, ${products} products)`;
  });
  const faults = [
    o.failRate > 0 ? `failRate ${o.failRate}` : '',
    o.commitFailRate > 0 ? `commitFailRate ${o.commitFailRate} (${o.commitFailMode})` : '',
    o.slowRate > 0 ? `slowRate ${o.slowRate} × ${o.slowMs} ms` : '',
    o.latencyMs > 0 || o.jitterMs > 0 ? `latency ${o.latencyMs}+${o.jitterMs} ms` : '',
  ].filter(Boolean);
  return [
    `SalesMania sandbox listening on ${sandbox.url}`,
    `  Base URL:   ${sandbox.url}   (SALESMANIA_BASE_URL)`,
    `  Login:      ${login}   (Basic auth on GET ${PATHS.token})`,
    `  Databases:`,
    ...databases,
    `  Rate limit: ${o.rateLimit > 0 ? `${o.rateLimit} req/s per bearer token, burst ${effectiveBurst(o)}` : 'off'}`,
    `  Tokens:     bearer tokens expire after ${o.tokenLifetimeSec} s`,
    `  Faults:     ${faults.length > 0 ? faults.join(', ') : 'none'}`,
  ].join('\n');
}
