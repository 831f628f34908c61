import { type Command } from 'commander';
import { entityArgument } from '../entity-argument.js';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { addFileOptions, IMPORT_ENTITIES } from './import-options.js';
import { runImportCommand } from './run-import-command.js';
import { addSendingOptions } from './sending-options.js';

export function registerPlan(program: Command): void {
  const cmd = program
    .command('plan')
    .description(
      'show what an import would do, row by row and field by field, without changing anything in SalesMania',
    )
    .addArgument(entityArgument('what the file holds', IMPORT_ENTITIES))
    .argument('<file>', 'the .csv, .tsv, .txt or .xlsx file');
  addFileOptions(cmd);
  addSendingOptions(cmd, { defaults: true });
  addConnectionOptions(cmd);
  addRuntimeOptions(cmd, { network: true });
  cmd.addHelpText(
    'after',
    `
Writes <name>.plan.<ext> (the input's columns, then _action, _reason, _id, _changes, _flags) and
<name>.plan.json, which apply reads. Only reads from SalesMania.

Examples:
  $ salesmania-bulk plan customers pelanggan.xlsx --mode upsert
  $ salesmania-bulk apply pelanggan.plan.json

Exit codes: 0 every row can be done, 1 the plan could not be made, 2 some rows invalid.`,
  );
  cmd.action((entity: string, file: string, flags: Record<string, unknown>) =>
    runImportCommand('plan', entity, file, flags),
  );
}
