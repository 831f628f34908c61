import { Option, type Command } from 'commander';
import { DATE_FORMATS, DEFAULT_DATE_FORMAT } from '../../calendar/index.js';

export const IMPORT_ENTITIES = ['customers', 'products', 'visits', 'orders'] as const;

/** Options shared by `import` and `validate`: how to read the file and where results go. */
export function addFileOptions(cmd: Command): Command {
  return cmd
    .option('--sheet <name|index>', 'XLSX: the sheet to read (default: the first)')
    .option('--delimiter <char>', 'CSV: the delimiter (default: detected among , ; tab |)')
    .option(
      '--header-row <n>',
      'the row number of the header, as Excel shows it (default: the first of the first 20 rows holding known column names)',
    )
    .option('--encoding <name>', 'CSV: the encoding, e.g. utf8, utf16le, windows-1252 (default: detected)')
    .option('--mapping <file.json>', 'JSON object mapping your headers to fields, e.g. {"Nama Toko": "name"}')
    .option('--out-dir <dir>', 'where the result sheets go (default: beside the input file)')
    .addOption(
      new Option(
        '--mode <mode>',
        'create, update, upsert or delete (keyed by ext_cust_no / ext_product_code or id); ' +
          'visits: create; orders: create or update-status (PATCH ext_order_status_name)',
      )
        .choices(['create', 'update', 'upsert', 'delete', 'update-status'])
        .default('create'),
    )
    .addOption(
      new Option(
        '--blank <rule>',
        'in update/upsert, what a blank cell does: ignore (leave the field) or clear it',
      )
        .choices(['ignore', 'clear'])
        .default('ignore'),
    )
    .addOption(
      new Option(
        '--units <rule>',
        'products, update/upsert: keep (a row listing fewer units than the product has fails with ' +
          "UNITS_WOULD_REMOVE) or replace (the row's units replace the whole list)",
      )
        .choices(['keep', 'replace'])
        .default('keep'),
    )
    .addOption(
      new Option(
        '--date-format <format>',
        'visits/orders: how dates are read; YYYY-MM-DD and Excel dates always work',
      )
        .choices(DATE_FORMATS)
        .default(DEFAULT_DATE_FORMAT),
    );
}

export interface FileFlags {
  sheet?: string;
  delimiter?: string;
  headerRow?: string;
  encoding?: string;
  mapping?: string;
  outDir?: string;
  mode: 'create' | 'update' | 'upsert' | 'delete' | 'update-status';
  blank: 'ignore' | 'clear';
  units: 'keep' | 'replace';
  dateFormat?: string;
}
