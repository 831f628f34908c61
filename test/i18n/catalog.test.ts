/**
 * The catalogs are complete: every message in every language with the same placeholders and the
 * plural forms the language needs; every option, argument and command of the CLI and every column of
 * the templates has its Indonesian text, and no translation is left over for something that is gone.
 */
import { describe, expect, it } from '@jest/globals';
import { Command } from 'commander';
import type { EventEmitter } from 'node:events';
import { CATALOGS, LANGUAGES } from '../../src/i18n/index.js';
import { registerCommands } from '../../src/cli/commands/index.js';
import { helpKeys } from '../../src/cli/localize-help.js';
import { TABLE_ENTITIES, specOf, type ColumnSpec, type EntitySpec } from '../../src/map/index.js';
import { columnTextKeys } from '../../src/template/localize.js';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

/** Base key → its texts (several for plural forms). */
function messages(lang: (typeof LANGUAGES)[number]): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const [key, text] of leaves(CATALOGS[lang].messages as Tree)) {
    const base = key.replace(PLURAL, '');
    const form = PLURAL.exec(key)?.[1] ?? '';
    if (!out.has(base)) out.set(base, new Map());
    out.get(base)?.set(form, text);
  }
  return out;
}

describe('message catalogs', () => {
  const en = messages('en');

  it.each(LANGUAGES)('%s has every message key, and no other', (lang) => {
    expect([...messages(lang).keys()].sort()).toEqual([...en.keys()].sort());
  });

  it.each(LANGUAGES)('%s uses the same placeholders as English in every message', (lang) => {
    const differing: string[] = [];
    for (const [key, forms] of messages(lang)) {
      const expected = placeholders([...(en.get(key)?.values() ?? [])].join(' '));
      for (const [form, text] of forms) {
        const own = placeholders(text);
        // A plural form may leave out {{count}} ("one row"); every other placeholder must be there.
        const wanted = form ? expected.filter((p) => p !== 'count' || own.includes('count')) : expected;
        if ([...new Set(own)].join() !== [...new Set(wanted)].join())
          differing.push(form ? `${key}_${form}` : key);
      }
    }
    expect(differing).toEqual([]);
  });

  it.each(LANGUAGES)('%s has each plural form its language needs', (lang) => {
    const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
    for (const [key, forms] of messages(lang)) {
      if ([...forms.keys()].every((f) => f === '')) continue;
      for (const category of needed) expect(`${key}: ${[...forms.keys()]}`).toContain(category);
    }
  });
});

/** The English command tree, as registered, before any translation. */
function commandTree(): Command[] {
  const program = new Command('salesmania-bulk').description('x');
  registerCommands(program);
  return [program, ...program.commands];
}

describe('Indonesian help', () => {
  const help = leaves(CATALOGS.id.help as Tree);

  it('translates every command, argument, option and examples block', () => {
    const missing: string[] = [];
    for (const cmd of commandTree()) {
      const keys = helpKeys(cmd);
      if (!help.has(keys.description)) missing.push(keys.description);
      for (const arg of cmd.registeredArguments)
        if (!help.has(keys.argument(arg))) missing.push(keys.argument(arg));
      for (const opt of cmd.options) {
        if (!keys.option(opt).some((k) => help.has(k))) missing.push(keys.option(opt)[0]);
      }
      const hasAfter = (cmd as unknown as EventEmitter).listenerCount('afterHelp') > 0;
      if (hasAfter && !help.has(keys.after)) missing.push(keys.after);
    }
    expect(missing).toEqual([]);
  });

  it('holds no translation for an option or command that does not exist', () => {
    const used = new Set<string>();
    for (const cmd of commandTree()) {
      const keys = helpKeys(cmd);
      used.add(keys.description).add(keys.after);
      for (const arg of cmd.registeredArguments) used.add(keys.argument(arg));
      for (const opt of cmd.options) for (const k of keys.option(opt)) used.add(k);
    }
    used.add('options.lang'); // added to every command by src/cli/localize-help.ts
    const stale = [...help.keys()].filter(
      (k) =>
        (k.startsWith('commands.') || k.startsWith('options.') || k.startsWith('program.')) && !used.has(k),
    );
    expect(stale).toEqual([]);
  });
});

describe('Indonesian template columns', () => {
  const columns = leaves(CATALOGS.id.columns as Tree);
  const each = TABLE_ENTITIES.flatMap((entity) =>
    (specOf(entity) as EntitySpec).columns.map((column: ColumnSpec) => ({ entity, column })),
  );

  it('describe every column of every entity, with its rule', () => {
    const missing = each.flatMap(({ entity, column }) =>
      (['description', 'rule'] as const)
        .filter((part) => !columnTextKeys(entity, column).keys.some((k) => columns.has(`${k}.${part}`)))
        .map((part) => `${entity}.${column.header}.${part}`),
    );
    expect(missing).toEqual([]);
  });

  it('hold no text for a column that does not exist', () => {
    const used = new Set(each.flatMap(({ entity, column }) => columnTextKeys(entity, column).keys));
    const stale = [...columns.keys()]
      .filter((k) => /^(common|customers|products|visits|orders)\./.test(k))
      .map((k) => k.replace(/\.(description|rule)$/, ''))
      .filter((k) => !used.has(k));
    expect(stale).toEqual([]);
  });
});
