#!/usr/bin/env node
import { Command } from 'commander';
import { printError } from './report-error.js';
import { exitCodeForError } from './exit-codes.js';
import { limitHeapGrowth } from './heap-growth.js';
import { registerCommands } from './commands/index.js';
import { applyLanguage } from './language.js';
import { localizeCommands, localizedHelpConfiguration } from './localize-help.js';
import { localizeUsageError } from './localize-usage.js';
import { t } from '../i18n/index.js';
import { VERSION } from '../version.js';

/**
 * The entry point. Commands load their heavy modules (exceljs, got, the sandbox) only when
 * they run, so `--help` starts fast.
 */
async function main(argv: string[]): Promise<number> {
  limitHeapGrowth();
  applyLanguage(argv.slice(2), process.env);
  const program = new Command('salesmania-bulk')
    .description('Bulk import and export of spreadsheets (CSV/XLSX) for SalesMania')
    .version(VERSION)
    .showHelpAfterError(t('usage.hint'))
    .configureHelp(localizedHelpConfiguration())
    .configureOutput({
      writeErr: (text) => process.stderr.write(text),
      outputError: (text, write) => write(localizeUsageError(text)),
    })
    .exitOverride();
  registerCommands(program);
  localizeCommands(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help')
      return 0;
    if (typeof code === 'string' && code.startsWith('commander.')) return 1; // commander printed the message
    printError(err);
    return exitCodeForError(err);
  }
}

main(process.argv).then(
  (code) => process.exit(code),
  (err: unknown) => {
    printError(err);
    process.exit(1);
  },
);
