import type { Command } from 'commander';
import { positiveInteger, positiveNumber } from '../../config/index.js';
import { localizedRunError } from '../../i18n/index.js';

function rateFraction(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw localizedRunError('CONFIG_INVALID', 'config.notFraction', { name, value: raw });
  }
  return value;
}

function nonNegativeInteger(name: string, raw: string): number {
  return raw === '0' ? 0 : positiveInteger(name, raw);
}

export function registerSandbox(program: Command): void {
  program
    .command('sandbox')
    .description('run the local SalesMania simulator (login demo / demo) until stopped')
    .option('--port <n>', 'port to listen on (0 = any free port)', '4010')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .option('--rate <n>', 'requests per second allowed per bearer token (0 = no limit)', '10')
    .option('--latency <ms>', 'added latency per request', '0')
    .option('--jitter <ms>', 'random extra latency, up to this', '0')
    .option('--fail-rate <fraction>', 'share of requests answered 5xx without being applied', '0')
    .option(
      '--commit-fail-rate <fraction>',
      'share of writes applied and then answered with a dropped connection or 502',
      '0',
    )
    .option('--token-lifetime <seconds>', 'bearer token lifetime', '3600')
    .option('--empty', 'start with no customers, products, visits or orders')
    .action(async (flags: Record<string, string | boolean | undefined>) => {
      const { createSandbox, describeSandbox } = await import('../../sandbox/index.js');
      const rate = Number(flags.rate);
      const sandbox = await createSandbox({
        host: String(flags.host),
        port: nonNegativeInteger('port', String(flags.port)),
        rateLimit: rate === 0 ? 0 : positiveNumber('rate', String(flags.rate)),
        latencyMs: nonNegativeInteger('latency', String(flags.latency)),
        jitterMs: nonNegativeInteger('jitter', String(flags.jitter)),
        failRate: rateFraction('fail-rate', String(flags.failRate)),
        commitFailRate: rateFraction('commit-fail-rate', String(flags.commitFailRate)),
        tokenLifetimeSec: positiveInteger('token-lifetime', String(flags.tokenLifetime)),
        seed: flags.empty ? 'empty' : 'demo',
      });
      process.stderr.write(describeSandbox(sandbox) + '\n');
      await new Promise<void>((resolve) => {
        const stop = () => {
          void sandbox.close().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
