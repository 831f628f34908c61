import type { Command } from 'commander';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { buildContext, type CommonFlags } from '../context.js';
import { t } from '../../i18n/index.js';

interface ServeFlags extends CommonFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  basePath?: string;
  jobs?: string;
  trustProxy?: boolean;
}

export function registerServe(program: Command): void {
  const cmd = program
    .command('serve')
    .description('the web page: import, runs, export, templates and connection in a browser')
    .option('--port <n>', 'port to listen on (0 = any free port)', '8080')
    .option(
      '--host <address>',
      'address to listen on; any but 127.0.0.1 needs SALESMANIA_UI_PASSWORD',
      '127.0.0.1',
    )
    .option(
      '--data-dir <dir>',
      'folder for uploads, result sheets, journals and exports (default: the current folder)',
    )
    .option('--base-path <path>', 'path prefix behind a reverse proxy, e.g. /bulk')
    .option('--jobs <file>', 'a jobs file (as for schedule) whose jobs the Export page lists')
    .option(
      '--trust-proxy',
      'behind a reverse proxy: limit sign-ins per the address it adds to X-Forwarded-For (or SALESMANIA_TRUST_PROXY=1)',
    );
  addConnectionOptions(cmd);
  addRuntimeOptions(cmd, { network: true });
  cmd.addHelpText(
    'after',
    `
Examples:
  $ salesmania-bulk serve                                   # http://127.0.0.1:8080/
  $ SALESMANIA_UI_PASSWORD_FILE=/run/secrets/ui salesmania-bulk serve --host 0.0.0.0 --data-dir /data

Any address but 127.0.0.1 needs a page password (SALESMANIA_UI_PASSWORD or _FILE). See docs/WEB.md.`,
  );
  cmd.action(async (flags: ServeFlags) => {
    const { resolveWebOptions, startWebServer } = await import('../../web/index.js');
    const options = resolveWebOptions(flags, process.env);
    const ctx = buildContext(flags);
    const server = await startWebServer({
      options,
      connection: ctx.connection,
      runtime: ctx.runtime,
      logger: ctx.logger,
    });
    process.stderr.write(t('serve.listening', { url: server.url }) + '\n');
    await new Promise<void>((resolve) => {
      const stop = () => void server.close().then(resolve);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
  });
}
