import { describe, expect, it } from '@jest/globals';
import { Command, CommanderError } from 'commander';
import { entityArgument } from '../../src/cli/entity-argument.js';
import { localizeUsageError } from '../../src/cli/localize-usage.js';

/** Parses `import <entity>` the way the CLI's commands declare it; returns the entity or the error text. */
function parse(word: string, entities = ['customers', 'products', 'visits', 'orders']): string {
  let seen = '';
  let error = '';
  const program = new Command('salesmania-bulk')
    .exitOverride()
    .configureOutput({ writeErr: () => {}, outputError: (text) => (error = localizeUsageError(text)) });
  program
    .command('import')
    .addArgument(entityArgument('what the file holds', entities))
    .action((entity: string) => {
      seen = entity;
    });
  try {
    program.parse(['node', 'cli', 'import', word]);
  } catch (err) {
    if (!(err instanceof CommanderError)) throw err;
  }
  return seen || error.trim();
}

describe('the <entity> argument', () => {
  it.each([
    ['customers', 'customers'],
    ['customer', 'customers'],
    ['Pelanggan', 'customers'],
    ['produk', 'products'],
    ['kunjungan', 'visits'],
    ['PESANAN', 'orders'],
    ['order', 'orders'],
  ])('%s means %s', (word, entity) => {
    expect(parse(word)).toBe(entity);
  });

  it('refuses anything else with the allowed names and the usage code', () => {
    expect(parse('pelangan')).toBe(
      "error [USAGE]: command-argument value 'pelangan' is invalid for argument 'entity'. Allowed choices are customers, products, visits, orders.",
    );
  });

  it('an alias of an entity the command does not take is refused', () => {
    expect(parse('tim')).toMatch(/^error \[USAGE\]: .*'tim'/);
    expect(parse('tim', ['customers', 'teams'])).toBe('teams');
  });
});
