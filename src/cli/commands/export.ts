import type { Command } from 'commander';
import { notYetAvailable } from './not-yet.js';

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export customers, products, visits, orders or teams to CSV/XLSX (not yet available)')
    .argument('<entity>')
    .allowUnknownOption()
    .action(() => notYetAvailable('export'));
}
