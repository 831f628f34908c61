import type { Command } from 'commander';
import { notYetAvailable } from './not-yet.js';

export function registerTemplate(program: Command): void {
  program
    .command('template')
    .description('write an empty, annotated import sheet (not yet available)')
    .argument('<entity>')
    .allowUnknownOption()
    .action(() => notYetAvailable('template'));
}
