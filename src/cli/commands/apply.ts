import type { Command } from 'commander';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { addFileOptions } from './import-options.js';
import { runApplyCommand } from './run-apply-command.js';
import { addErrorLimitOption, addSendingOptions } from './sending-options.js';

export function registerApply(program: Command): void {
  const cmd = program
    .command('apply')
    .description('carry out a plan made by `plan`: exactly its rows, with the same file, mapping and options')
    .argument('<plan>', 'the .plan.json written by plan (or the plan sheet beside it)');
  addFileOptions(cmd);
  addSendingOptions(cmd, { defaults: false });
  cmd.option('--resume', 'finish an interrupted apply of the same plan from its journal');
  cmd.option('--again', 'apply once more although the journal shows the file imported to the end');
  cmd.option('--force', 'also write records changed on the server since the plan (no conflict check)');
  addErrorLimitOption(cmd);
  cmd.option(
    '--yes',
    'a plan that deletes: delete without asking for the count (required without a terminal)',
  );
  addConnectionOptions(cmd);
  addRuntimeOptions(cmd, { network: true });
  cmd.addHelpText(
    'after',
    `
Options that change what is sent (--mode, --blank, --mapping, --database, …) are the plan's; given
here they must equal it, else nothing is sent (PLAN_OPTIONS_CHANGED). A record changed on the server
since the plan is left alone (_status conflict) unless --force.

Examples:
  $ salesmania-bulk apply pelanggan.plan.json
  $ salesmania-bulk apply pelanggan.plan.json --resume     # after a crash or Ctrl-C

Exit codes as import: 0 all rows done, 1 the run could not start (or the plan no longer fits),
2 some rows invalid, failed or in conflict, 3 some rows in doubt, 130/143 interrupted (use --resume).`,
  );
  cmd.action((planFile: string, flags: Record<string, unknown>, command: Command) =>
    runApplyCommand(planFile, flags, (name) => command.getOptionValueSource(name) === 'cli'),
  );
}
