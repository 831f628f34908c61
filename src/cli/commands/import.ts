import { Argument, Option, type Command } from 'commander';
import { addConnectionOptions, addRuntimeOptions } from '../common-options.js';
import { addFileOptions, IMPORT_ENTITIES } from './import-options.js';
import { runImportCommand } from './run-import-command.js';
import { addDeliveryOptions } from '../delivery-options.js';

export function registerImport(program: Command): void {
  const cmd = program
    .command('import')
    .description('import a CSV/XLSX file into SalesMania and write a result sheet beside it')
    .addArgument(new Argument('<entity>', 'what the file holds').choices(IMPORT_ENTITIES))
    .argument('<file>', 'the .csv, .tsv, .txt or .xlsx file');
  addFileOptions(cmd);
  cmd.option('--resume', 'finish an interrupted run of the same file from its journal');
  cmd.option('--again', 'import a file once more although its journal shows it imported to the end');
  cmd.option(
    '--max-errors <n|p%>',
    "stop cleanly (resumable) once this many rows failed or were invalid, or this percentage of the file's rows [env SALESMANIA_MAX_ERRORS]",
  );
  cmd.option('--yes', '--mode delete: delete without asking for the count (required without a terminal)');
  cmd.option(
    '--allow-existing-keys',
    'customers/products create: send rows whose ext_cust_no / ext_product_code exists on the server',
  );
  cmd
    .addOption(
      new Option(
        '--match-customer-by <how>',
        'visits/orders: find customers by code (ext_cust_no), or also by exact name when no code matches',
      )
        .choices(['code', 'name'])
        .default('code'),
    )
    .option(
      '--allow-duplicate-visits',
      'visits: create a visit even when one with the same date, customer and team member exists',
    )
    .option(
      '--skip-existing',
      'orders (default): do not create an order whose ext_order_no exists for its customer and date',
    )
    .option('--no-skip-existing', 'orders: create every order, even one whose ext_order_no exists');
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
