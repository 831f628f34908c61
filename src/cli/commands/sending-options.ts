import { Option, type Command } from 'commander';

/**
 * The options of `import` that change what is sent besides the file options (import-options.ts),
 * for `plan` (which must take every option of import) and `apply` (which checks them against the plan).
 */
export function addSendingOptions(cmd: Command, { defaults }: { defaults: boolean }): Command {
  const matchBy = new Option(
    '--match-customer-by <how>',
    'visits/orders: find customers by code (ext_cust_no), or also by exact name when no code matches',
  ).choices(['code', 'name']);
  return cmd
    .option(
      '--allow-existing-keys',
      'customers/products create: send rows whose ext_cust_no / ext_product_code exists on the server',
    )
    .addOption(defaults ? matchBy.default('code') : matchBy)
    .option(
      '--allow-duplicate-visits',
      'visits: create a visit even when one with the same date, customer and team member exists',
    )
    .option(
      '--skip-existing',
      'orders (default): do not create an order whose ext_order_no exists for its customer and date',
    )
    .option('--no-skip-existing', 'orders: create every order, even one whose ext_order_no exists');
}

/** `--max-errors`: import and apply stop a failing run alike (docs/GUARDS.md). */
export function addErrorLimitOption(cmd: Command): Command {
  return cmd.option(
    '--max-errors <n|p%>',
    "stop cleanly (resumable) once this many rows failed or were invalid, or this percentage of the file's rows [env SALESMANIA_MAX_ERRORS]",
  );
}
