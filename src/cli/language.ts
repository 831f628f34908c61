import type { Logger } from '../log/index.js';
import {
  LANGUAGES,
  LANG_ENV,
  chooseLanguage,
  localizedRunError,
  setLanguage,
  type LanguageChoice,
} from '../i18n/index.js';

let choice: LanguageChoice | undefined;
let logged = false;

/**
 * Decides the language before the commands are registered (their help is written in it). A bad
 * SALESMANIA_LANG is an error; a bad `--lang` is left to commander, which lists the choices.
 */
export function applyLanguage(argv: readonly string[], env: NodeJS.ProcessEnv): LanguageChoice {
  choice = chooseLanguage(argv, env);
  setLanguage(choice.lang);
  if (choice.rejected?.source === LANG_ENV) {
    throw localizedRunError('CONFIG_INVALID', 'config.notOneOf', {
      name: LANG_ENV,
      allowed: LANGUAGES.join(', '),
      value: choice.rejected.value,
    });
  }
  return choice;
}

/** The choice, once per process, at debug level (the first logger made gets it). */
export function logLanguage(logger: Logger): void {
  if (!choice || logged) return;
  logged = true;
  logger.debug({ lang: choice.lang, from: choice.source }, 'language chosen');
}
