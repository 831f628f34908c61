/**
 * The sandbox in a process of its own, so the CLI's numbers are not shared with the server's work.
 * Usage: node sandbox-server.mjs '<SandboxOptions as JSON>'. Prints `URL <url>` once listening.
 * On a line `stats` on stdin it prints `STATS {json}`: customers in database 2981 and answers by
 * status. SIGTERM closes it.
 */
import { createInterface } from 'node:readline';
import { createSandbox } from '../../dist/sandbox/index.js';

const DATABASE = 2981;
const options = JSON.parse(process.argv[2] ?? '{}');
const sandbox = await createSandbox({ host: '127.0.0.1', port: 0, requestLogLimit: 1_000_000, ...options });
process.stdout.write(`URL ${sandbox.url}\n`);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() !== 'stats') return;
  const statuses = {};
  for (const entry of sandbox.requests) statuses[entry.status] = (statuses[entry.status] ?? 0) + 1;
  const customers = sandbox.state.customers(DATABASE).length;
  process.stdout.write(
    `STATS ${JSON.stringify({ customers, requests: sandbox.requests.length, statuses })}\n`,
  );
});

const stop = () => {
  void sandbox.close().then(() => process.exit(0));
};
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
