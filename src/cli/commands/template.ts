import { Option, type Command } from 'commander';
import { entityArgument } from '../entity-argument.js';
import { IMPORT_ENTITIES } from './import-options.js';
import { getLanguage, localizedRunError, t } from '../../i18n/index.js';

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('write an empty, annotated import sheet with an example row')
    .addArgument(entityArgument('what the sheet will hold', IMPORT_ENTITIES))
    .addOption(
      new Option('--format <format>', 'xlsx (annotated, two sheets) or csv').choices(['xlsx', 'csv']),
    )
    .option('--out <file>', 'where to write it (default: <entity>-template.<format>)')
    .option('--delimiter <char>', 'CSV: the delimiter (default , — or tab for .tsv)')
    .option('--no-bom', 'CSV: no UTF-8 byte order mark')
    .addHelpText(
      'after',
      `
Examples:
  $ salesmania-bulk template customers                      # customers-template.xlsx
  $ salesmania-bulk template products --format csv --out produk.csv

Required columns are tinted; hover a header for its rule; the "columns" sheet documents every column
the import accepts, with its Indonesian names. The shipped templates are in the package's templates/ folder.`,
    )
    .action(
      async (
        entity: string,
        flags: { format?: 'xlsx' | 'csv'; out?: string; delimiter: string; bom: boolean },
      ) => {
        const [{ isTableEntity }, { defaultTemplatePath, writeTemplate }, { formatOf }] = await Promise.all([
          import('../../map/index.js'),
          import('../../template/index.js'),
          import('../../export/index.js'),
        ]);
        if (!isTableEntity(entity)) {
          throw localizedRunError('CONFIG_INVALID', 'template.notAvailable', { entity });
        }
        const implied = flags.out ? formatOf(flags.out) : undefined;
        const fromOut = implied?.format;
        const format = flags.format ?? fromOut ?? 'xlsx';
        if (fromOut && flags.format && fromOut !== flags.format) {
          throw localizedRunError('CONFIG_INVALID', 'template.formatMismatch', {
            format: flags.format,
            file: flags.out,
          });
        }
        const out = flags.out ?? defaultTemplatePath(entity, format);
        const written = await writeTemplate({
          entity,
          format,
          out,
          bom: flags.bom,
          delimiter: flags.delimiter,
          lang: getLanguage(),
        });
        const columns = written.columns.join(', ');
        process.stderr.write(t('template.written', { path: written.path, columns }) + '\n');
      },
    );
}
