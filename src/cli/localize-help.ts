/**
 * `--help` in the chosen language. The English help stays where commander wants it, beside each
 * option in the command files; the Indonesian is the `help` namespace of the catalog, keyed by the
 * command and the option's long name (`commands.import.options.mode`, shared ones `options.json`).
 * A text without a translation stays English (test/i18n lists any such text). See docs/I18N.md.
 */
import type { EventEmitter } from 'node:events';
import { Help, Option, type Argument, type Command } from 'commander';
import { LANGUAGES, LANG_ENV, translateText } from '../i18n/index.js';

const help = (key: string, params?: Record<string, unknown>) => translateText('help', key, params);

/** The help keys of one command's texts: where test/i18n and the walker below look them up. */
export function helpKeys(cmd: Command) {
  const base = cmd.parent ? `commands.${cmd.name()}` : 'program';
  return {
    description: `${base}.description`,
    after: `${base}.after`,
    argument: (arg: Argument) => `${base}.arguments.${arg.name()}`,
    /** Own key first, then the key shared by every command that has the option. */
    option: (opt: Option) => {
      const name = (opt.long ?? opt.flags).replace(/^-+/, '');
      return [`${base}.options.${name}`, `options.${name}`];
    },
  };
}

function translateOption(cmd: Command, opt: Option): void {
  for (const key of helpKeys(cmd).option(opt)) {
    const text = help(key);
    if (text !== undefined) {
      opt.description = text;
      return;
    }
  }
}

/** The built-in help option and help command, whose descriptions commander writes. */
function translateBuiltIns(cmd: Command): void {
  const helpOption = help('builtIn.helpOption');
  if (helpOption) cmd.helpOption('-h, --help', helpOption);
  const helpCommand = help('builtIn.helpCommand');
  if (helpCommand && cmd.commands.length > 0) cmd.helpCommand('help [command]', helpCommand);
}

/** `--lang` on every command, then every text of the tree translated where the catalog has it. */
export function localizeCommands(program: Command): void {
  for (const cmd of [program, ...program.commands]) {
    cmd.addOption(
      new Option(
        '--lang <lang>',
        `language of messages, help and templates [env ${LANG_ENV}, else the locale]`,
      ).choices(LANGUAGES),
    );
    const keys = helpKeys(cmd);
    const description = help(keys.description);
    if (description) cmd.description(description);
    for (const arg of cmd.registeredArguments) {
      const text = help(keys.argument(arg));
      if (text) arg.description = text;
    }
    for (const opt of cmd.options) translateOption(cmd, opt);
    const after = help(keys.after);
    if (after) {
      // Replaces the English examples block that the command file added with addHelpText('after'):
      // commander keeps it as an 'afterHelp' listener (a Command is an EventEmitter, untyped as one).
      (cmd as unknown as EventEmitter).removeAllListeners('afterHelp');
      cmd.addHelpText('after', after);
    }
    translateBuiltIns(cmd);
  }
  const version = program.options.find((o) => o.long === '--version');
  const versionText = help('builtIn.version');
  if (version && versionText) version.description = versionText;
}

const TITLES: Record<string, string> = {
  'Usage:': 'titles.usage',
  'Options:': 'titles.options',
  'Arguments:': 'titles.arguments',
  'Commands:': 'titles.commands',
  'Global Options:': 'titles.globalOptions',
};

/** The words commander itself writes into a help page: titles, usage, choices and defaults. */
export function localizedHelpConfiguration(): Partial<Help> {
  return {
    styleTitle(title: string): string {
      return (TITLES[title] && help(TITLES[title])) || title;
    },
    commandUsage(cmd: Command): string {
      return usageWords(Help.prototype.commandUsage.call(this, cmd));
    },
    subcommandTerm(cmd: Command): string {
      return usageWords(Help.prototype.subcommandTerm.call(this, cmd));
    },
    optionDescription(option: Option): string {
      const english = Help.prototype.optionDescription.call(this, option);
      const extras: string[] = [];
      if (option.argChoices) extras.push(choicesText(option.argChoices) ?? '');
      const shown =
        option.required ||
        option.optional ||
        (option.isBoolean() && typeof option.defaultValue === 'boolean');
      if (option.defaultValue !== undefined && shown) {
        const value = option.defaultValueDescription || JSON.stringify(option.defaultValue);
        extras.push(help('extra.default', { value }) ?? '');
      }
      if (extras.length === 0 || extras.includes('')) return english;
      return `${option.description} (${extras.join('; ')})`;
    },
    argumentDescription(argument: Argument): string {
      const english = Help.prototype.argumentDescription.call(this, argument);
      if (!argument.argChoices || argument.defaultValue !== undefined) return english;
      const choices = choicesText(argument.argChoices);
      return choices ? `${argument.description} (${choices})` : english;
    },
  };
}

/** `[options]` and `[command]` in a usage line. */
function usageWords(usage: string): string {
  return usage
    .replace('[options]', help('usage.options') ?? '[options]')
    .replace('[command]', help('usage.command') ?? '[command]');
}

function choicesText(choices: readonly string[]): string | undefined {
  return help('extra.choices', { list: choices.map((c) => JSON.stringify(c)).join(', ') });
}
