import { Option, type Command } from 'commander';
import { ENV, RUNTIME_DEFAULTS, RUNTIME_ENV } from '../config/index.js';

/** Connection flags. Password and tokens are deliberately environment-only: flags show in `ps`. */
export function addConnectionOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--base-url <url>', `API address [env ${ENV.baseUrl}]`))
    .addOption(new Option('--username <name>', `login name [env ${ENV.username}]`))
    .addOption(
      new Option(
        '--password-file <path>',
        `read the password from a file, e.g. a Docker secret [env ${ENV.passwordFile}]`,
      ),
    )
    .addOption(new Option('--database <id|name>', `database (company) by id or name [env ${ENV.database}]`));
}

export function addRuntimeOptions(cmd: Command, { network }: { network: boolean }): Command {
  if (network) {
    cmd
      .addOption(
        new Option('--rate <n>', `requests per second for the whole run [env ${RUNTIME_ENV.rate}]`).default(
          undefined,
          String(RUNTIME_DEFAULTS.rate),
        ),
      )
      .addOption(
        new Option(
          '--concurrency <n>',
          `requests in flight at once [env ${RUNTIME_ENV.concurrency}]`,
        ).default(undefined, String(RUNTIME_DEFAULTS.concurrency)),
      )
      .addOption(
        new Option('--timeout <ms>', `timeout of one request [env ${RUNTIME_ENV.timeout}]`).default(
          undefined,
          String(RUNTIME_DEFAULTS.timeoutMs),
        ),
      );
  }
  return cmd
    .addOption(
      new Option(
        '--log-level <level>',
        `trace|debug|info|warn|error|silent [env ${RUNTIME_ENV.logLevel}]`,
      ).default(undefined, RUNTIME_DEFAULTS.logLevel),
    )
    .addOption(
      new Option(
        '--log-format <format>',
        `auto (pretty on a terminal), json or pretty [env ${RUNTIME_ENV.logFormat}]`,
      ).default(undefined, 'auto'),
    )
    .option('--json', 'print the summary as one JSON object on stdout')
    .option('--no-progress', 'no progress bar or progress log lines');
}
