/**
 * Commander's own error lines (unknown option, missing argument, a value not among the choices) in
 * the chosen language. Commander has no message hooks, only its output: its English lines are stable
 * and recognised here by shape; a line of another shape is passed on as it is.
 */
import { t, type MessageKey, type MessageParams } from '../i18n/index.js';

interface Pattern {
  shape: RegExp;
  key: MessageKey;
  params: (m: RegExpMatchArray) => MessageParams;
}

const PATTERNS: Pattern[] = [
  {
    shape: /^error: unknown option '(.+?)'\n\(Did you mean (.+?)\?\)$/s,
    key: 'usage.unknownOptionSuggestion',
    params: (m) => ({ option: m[1], suggestion: m[2] }),
  },
  { shape: /^error: unknown option '(.+)'$/, key: 'usage.unknownOption', params: (m) => ({ option: m[1] }) },
  {
    shape: /^error: unknown command '(.+?)'\n\(Did you mean (.+?)\?\)$/s,
    key: 'usage.unknownCommandSuggestion',
    params: (m) => ({ command: m[1], suggestion: m[2] }),
  },
  {
    shape: /^error: unknown command '(.+)'$/,
    key: 'usage.unknownCommand',
    params: (m) => ({ command: m[1] }),
  },
  {
    shape: /^error: missing required argument '(.+)'$/,
    key: 'usage.missingArgument',
    params: (m) => ({ argument: m[1] }),
  },
  {
    shape: /^error: option '(.+)' argument missing$/,
    key: 'usage.optionMissingArgument',
    params: (m) => ({ option: m[1] }),
  },
  {
    shape: /^error: required option '(.+)' not specified$/,
    key: 'usage.missingMandatoryOption',
    params: (m) => ({ option: m[1] }),
  },
  {
    shape: /^error: option '(.+)' argument '(.*)' is invalid\. Allowed choices are (.+)\.$/,
    key: 'usage.invalidOptionChoice',
    params: (m) => ({ option: m[1], value: m[2], choices: m[3] }),
  },
  {
    shape:
      /^error: command-argument value '(.*)' is invalid for argument '(.+)'\. Allowed choices are (.+)\.$/,
    key: 'usage.invalidArgumentChoice',
    params: (m) => ({ value: m[1], argument: m[2], choices: m[3] }),
  },
  {
    shape: /^error: too many arguments(?: for '.+')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    key: 'usage.excessArguments',
    params: (m) => ({ count: Number(m[1]), received: m[2] }),
  },
];

/** One commander error text (it ends with a newline) in the current language. */
export function localizeUsageError(text: string): string {
  const body = text.replace(/\n$/, '');
  for (const p of PATTERNS) {
    const m = body.match(p.shape);
    if (m) return t(p.key, p.params(m)) + '\n';
  }
  // A shape not listed above still gets the code, so a script can tell a usage error by it.
  const other = body.match(/^error: (.+)$/s);
  return other ? t('usage.generic', { message: other[1] }) + '\n' : text;
}
