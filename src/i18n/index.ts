/** i18n/: the message catalogs (English, Indonesian) and the language choice. The only door. */
export { LANGUAGES, LANG_ENV, chooseLanguage, type Lang, type LanguageChoice } from './language.js';
export {
  CATALOGS,
  formatDate,
  formatNumber,
  getLanguage,
  inLanguage,
  setLanguage,
  t,
  translateText,
  type MessageKey,
  type MessageParams,
} from './translate.js';
export {
  formatIssue,
  issueText,
  localizedRunError,
  messageRef,
  reasonOf,
  runErrorLine,
  runErrorText,
} from './render.js';
export { rowText, type RowText } from './row-text.js';
export { safeRunErrorLine, safeRunErrorText, scrubbedError } from './safe-text.js';
