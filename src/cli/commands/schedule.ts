import type { Command } from 'commander';
import { requireCredentials } from '../../config/index.js';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { buildContext, type CommonFlags } from '../context.js';
import { runScheduleCommand } from './run-schedule-command.js';

export function registerSchedule(program: Command): void {
  const cmd = program
    .command('schedule')
    .description('run export jobs on cron schedules from a jobs file, until stopped (for docker run -d)')
    .argument('<jobs-file>', 'a .json file ({"jobs": [{"name", "cron", "entity", "out", …}]}), or .yaml');
  addConnectionOptions(cmd);
  addRuntimeOptions(cmd, { network: true });
  cmd.addHelpText(
    'after',
    `
A job takes the export options in camelCase, plus "name", "cron" (5 fields, or 6 with seconds first)
and "maxRuns"; "timezone" (default Asia/Jakarta) may be set for the whole file or per job:

  { "timezone": "Asia/Jakarta",
    "jobs": [
      { "name": "orders-nightly", "cron": "0 2 * * *", "entity": "orders",
        "out": "exports/orders-{date}.xlsx", "layout": "sheets", "since": "last" },
      { "name": "customers", "cron": "30 1 * * 1", "entity": "customers", "out": "exports/customers-{date}.csv" } ] }

A job may also have "deliver", "notify" (URLs or lists of URLs), "notifyOn", "keepLast" and "keepDays",
as the export options --deliver … (docs/DELIVERY.md). A failed delivery is logged and notified; the
schedule then ends with exit 4 instead of 0.

A job never runs twice at once; a failed run is logged and the schedule goes on. SIGINT/SIGTERM stop
it cleanly (an interrupted export leaves no file).`,
  );
  cmd.action(async (file: string, flags: CommonFlags) => {
    const ctx = buildContext(flags);
    requireCredentials(ctx.connection);
    const { loadJobsFile } = await import('../../schedule/index.js');
    const jobs = await loadJobsFile(file);
    await runScheduleCommand(ctx, jobs);
  });
}
