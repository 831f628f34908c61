import { Option, type Command } from 'commander';
import { entityArgument } from '../entity-argument.js';
import { requireCredentials } from '../../config/index.js';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { buildContext, type CommonFlags } from '../context.js';
import { createProgress } from '../progress.js';
import { watchSignals } from '../signals.js';
import { EXIT, exitCodeForInterruption } from '../exit-codes.js';
import { printSummary } from '../summary.js';
import { runScheduleCommand } from './run-schedule-command.js';
import { addDeliveryOptions, deliveryContext, type DeliveryFlags } from '../delivery-options.js';

const ENTITIES = ['customers', 'products', 'visits', 'orders', 'teams'] as const;

interface ExportFlags extends CommonFlags, DeliveryFlags {
  out?: string;
  status?: string;
  search?: string;
  updatedSince?: string;
  from?: string;
  to?: string;
  team?: string;
  layout?: string;
  delimiter?: string;
  bom?: boolean;
  since?: string;
  state?: string;
  overlap?: string;
  timezone?: string;
  cron?: string;
  maxRuns?: string;
}

export function registerExport(program: Command): void {
  const cmd = program
    .command('export')
    .description('export customers, products, visits, orders or teams to CSV/XLSX, once or on a schedule')
    .addArgument(entityArgument('what to export', ENTITIES))
    .requiredOption('--out <file>', 'the .csv, .tsv or .xlsx to write; may hold {date} {from} {to} {entity}')
    .addOption(
      new Option('--status <which>', 'customers/products: active, inactive or all').choices([
        'active',
        'inactive',
        'all',
      ]),
    )
    .option('--search <text>', 'customers/products: names containing this text')
    .option('--updated-since <when>', 'customers/products: changed since a date or ISO timestamp')
    .option('--from <date>', 'visits/orders: first date, YYYY-MM-DD')
    .option('--to <date>', 'visits/orders: last date, YYYY-MM-DD')
    .option('--team <member>', 'visits/orders: one team member, by id, email, salesman number or name')
    .addOption(
      new Option(
        '--layout <layout>',
        'orders: one row per line, or sheets orders + order_lines (XLSX)',
      ).choices(['lines', 'sheets']),
    )
    .option(
      '--delimiter <char>',
      'CSV: the delimiter, or its name: comma, semicolon, tab, pipe (default , — or tab for .tsv); Excel set to Indonesian needs semicolon',
    )
    .option('--no-bom', 'CSV: no UTF-8 byte order mark (Excel needs it to read UTF-8)')
    .addOption(
      new Option('--since <last>', 'only what changed since the last successful run').choices(['last']),
    )
    .option(
      '--state <file>',
      'with --since last: the state file (default: .<entity>.export-state.json beside --out)',
    )
    .option(
      '--overlap <days>',
      'with --since last, visits/orders: days read again for late entries (default 1)',
    )
    .option('--timezone <zone>', 'time zone of {date}, of "today" and of --cron (default Asia/Jakarta)')
    .option('--cron <expression>', 'keep running and export on this schedule, e.g. "0 2 * * *"')
    .option('--max-runs <n>', 'with --cron: stop after this many runs');
  addDeliveryOptions(cmd, { exportFile: true });
  addConnectionOptions(cmd);
  addRuntimeOptions(cmd, { network: true });
  cmd.addHelpText(
    'after',
    `
Examples:
  $ salesmania-bulk export customers --out pelanggan.xlsx
  $ salesmania-bulk export products --out produk.csv --status active --delimiter semicolon
  $ salesmania-bulk export orders --from 2026-05-01 --to 2026-05-31 --out orders-{from}-{to}.xlsx --layout sheets
  $ salesmania-bulk export orders --out /data/orders-{date}.csv --since last --cron "0 2 * * *"
  $ salesmania-bulk export orders --out orders-{date}.xlsx --since last --keep-last 14 --deliver mailto:finance@majujaya.co.id
  $ salesmania-bulk export orders --out orders-{date}.csv --deliver sftp://erp@files.majujaya.co.id/incoming --notify env:SLACK_URL

Excel: an .xlsx opens right in any language. A CSV opens in columns only when its delimiter is the one
Excel's language expects: English Excel reads , (the default), Excel set to Indonesian (decimal comma)
reads ; — use --delimiter semicolon (the UTF-8 byte order mark is written by default).

The file appears only when complete. Exit codes: 0 done, 1 the export failed (no file written),
4 the file was written but a --deliver destination did not get it, 130/143 interrupted (no file written).`,
  );
  cmd.action(async (entity: string, flags: ExportFlags) => {
    const ctx = buildContext(flags);
    requireCredentials(ctx.connection);
    const { checkExportOptions } = await import('../../export/index.js');
    const job = checkExportOptions({ ...flags, entity });
    const after = await deliveryContext(flags, ctx);
    if (flags.cron !== undefined) {
      const { positiveRuns } = await import('../../schedule/index.js');
      const maxRuns = positiveRuns('--max-runs', flags.maxRuns);
      const name = `export-${entity}`;
      await runScheduleCommand(ctx, [
        {
          name,
          cron: flags.cron,
          timezone: job.timezone,
          job,
          ...(maxRuns ? { maxRuns } : {}),
          delivery: after?.plan,
        },
      ]);
      return;
    }
    if (flags.maxRuns !== undefined) {
      const { localizedRunError } = await import('../../i18n/index.js');
      throw localizedRunError('CONFIG_INVALID', 'config.maxRunsWithoutCron');
    }
    const controller = new AbortController();
    const stopWatching = watchSignals((signal) => controller.abort(signal));
    const progress = createProgress(ctx.logger, `export ${entity}`, ctx.progress && !ctx.json);
    try {
      const { runExport: runBare, withDelivery } = await import('../../run/index.js');
      let deliveryFailed = false;
      const runExport = withDelivery(after, job, runBare, (failed) => (deliveryFailed = failed));
      const summary = await runExport({
        job,
        connection: ctx.connection,
        runtime: ctx.runtime,
        logger: ctx.logger,
        progress,
        signal: controller.signal,
      });
      printSummary(summary, ctx.json);
      process.exitCode = summary.interrupted
        ? exitCodeForInterruption(summary.interrupted)
        : deliveryFailed
          ? EXIT.deliveryFailed
          : EXIT.ok;
    } finally {
      progress.stop();
      stopWatching();
    }
  });
}
