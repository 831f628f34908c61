/**
 * Which language a person reads: `--lang` on the command line, else SALESMANIA_LANG, else the
 * locale (LC_ALL, LC_MESSAGES, LANG, in POSIX precedence): `id_*` is Indonesian, anything else
 * English. Decided once, before the commands are registered, so `--help` is in that language too.
 */
export const LANGUAGES = ['en', 'id'] as const;
export type Lang = (typeof LANGUAGES)[number];

export const LANG_ENV = 'SALESMANIA_LANG';

export interface LanguageChoice {
  lang: Lang;
  /** Where the choice came from, for the debug log line. */
  source: '--lang' | typeof LANG_ENV | 'LC_ALL' | 'LC_MESSAGES' | 'LANG' | 'default';
  /** A `--lang` or SALESMANIA_LANG value that is not a language we have (reported by the caller). */
  rejected?: { source: '--lang' | typeof LANG_ENV; value: string };
}

export function isLang(value: string): value is Lang {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** `--lang id` or `--lang=id` anywhere before a `--` (commander validates the value again). */
export function langFlag(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    if (arg === '--lang' && i + 1 < argv.length) found = argv[++i];
    else if (arg.startsWith('--lang=')) found = arg.slice('--lang='.length);
  }
  return found;
}

/** `id`, `id_ID.UTF-8`, `id-ID`, `in_ID` (the old code): Indonesian. */
function localeLang(locale: string): Lang {
  return /^(id|in)([_.@-]|$)/i.test(locale.trim()) ? 'id' : 'en';
}

export function chooseLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): LanguageChoice {
  let rejected: LanguageChoice['rejected'];
  const flag = langFlag(argv)?.trim().toLowerCase();
  if (flag !== undefined) {
    if (isLang(flag)) return { lang: flag, source: '--lang' };
    rejected = { source: '--lang', value: flag };
  }
  const fromEnv = env[LANG_ENV]?.trim().toLowerCase();
  if (fromEnv) {
    if (isLang(fromEnv)) return { lang: fromEnv, source: LANG_ENV, ...(rejected ? { rejected } : {}) };
    rejected ??= { source: LANG_ENV, value: fromEnv };
  }
  // POSIX: the first of these that is set and not empty decides LC_MESSAGES.
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG'] as const) {
    const value = env[name]?.trim();
    if (value) return { lang: localeLang(value), source: name, ...(rejected ? { rejected } : {}) };
  }
  return { lang: 'en', source: 'default', ...(rejected ? { rejected } : {}) };
}
