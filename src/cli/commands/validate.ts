import { type Command } from 'commander';
import { entityArgument } from '../entity-argument.js';
import { addRuntimeOptions } from '../common-options.js';
import { addFileOptions, IMPORT_ENTITIES } from './import-options.js';
import { runImportCommand } from './run-import-command.js';

export function registerValidate(program: Command): void {
  const cmd = program
    .command('validate')
    .description('check a CSV/XLSX file without sending anything; writes a result sheet of what is wrong')
    .addArgument(entityArgument('what the file holds', IMPORT_ENTITIES))
    .argument('<file>', 'the .csv, .tsv, .txt or .xlsx file');
  addFileOptions(cmd);
  addRuntimeOptions(cmd, { network: false });
  cmd.action((entity: string, file: string, flags: Record<string, unknown>) =>
    runImportCommand('validate', entity, file, flags),
  );
}
