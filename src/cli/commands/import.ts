import { type Command } from 'commander';
import { entityArgument } from '../entity-argument.js';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { addFileOptions, IMPORT_ENTITIES } from './import-options.js';
import { runImportCommand } from './run-import-command.js';
import { addDeliveryOptions } from '../delivery-options.js';
import { addErrorLimitOption, addSendingOptions } from './sending-options.js';

export function registerImport(program: Command): void {
  const cmd = program
    .command('import')
    .description('import a CSV/XLSX file into SalesMania and write a result sheet beside it')
    .addArgument(entityArgument('what the file holds', IMPORT_ENTITIES))
    .argument('<file>', 'the .csv, .tsv, .txt or .xlsx file');
  addFileOptions(cmd);
  cmd.option('--resume', 'finish an interrupted run of the same file from its journal');
  cmd.option('--again', 'import a file once more although its journal shows it imported to the end');
  addErrorLimitOption(cmd);
  cmd.option('--yes', '--mode delete: delete without asking for the count (required without a terminal)');
  addSendingOptions(cmd, { defaults: true });
  addDeliveryOptions(cmd, { exportFile: false });
  addConnectionOptions(cmd);
  addRuntimeOptions(cmd, { network: true });
  cmd.addHelpText(
    'after',
    `
Examples:
  $ salesmania-bulk import customers pelanggan.xlsx
  $ salesmania-bulk import products produk.csv --mode upsert
  $ salesmania-bulk import customers pelanggan.xlsx --resume     # after a crash or Ctrl-C
  $ salesmania-bulk import visits kunjungan.xlsx --date-format month-first
  $ salesmania-bulk import orders pesanan.xlsx                   # one row per order line
  $ salesmania-bulk import orders status.csv --mode update-status

Exit codes: 0 all rows done, 1 the run could not start, 2 some rows invalid or failed,
3 some rows in doubt (check them on the server), 130/143 interrupted (use --resume).`,
  );
  cmd.action((entity: string, file: string, flags: Record<string, unknown>) =>
    runImportCommand('import', entity, file, flags),
  );
}
