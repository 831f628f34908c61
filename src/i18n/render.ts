/**
 * Run errors and row issues in the reader's language. Both carry an English `message` (logs, library
 * users, sites not converted yet) and optionally a catalog key with named params (`localized`), which
 * wins here. Converting a call site is one change: `new RunError(code, text)` becomes
 * `localizedRunError(code, 'config.notOneOf', { name, allowed, value })`.
 */
import { RunError, isRunError, type MessageRef, type RunErrorCode } from '../errors.js';
import { scrubText } from '../secrets.js';
import type { RowIssue } from '../types.js';
import { t, type MessageKey, type MessageParams } from './translate.js';
import type { Lang } from './language.js';

/** A RunError whose English message comes from the catalog, and which the CLI shows translated. */
export function localizedRunError(
  code: RunErrorCode,
  key: MessageKey,
  params: MessageParams = {},
  details?: Record<string, unknown>,
): RunError {
  return new RunError(code, t(key, nestedTexts(params, 'en'), 'en'), details, { key, params });
}

/**
 * A run error passed as a param (a job's own problem inside "job 2: …"), or a catalog reference (a
 * cell's problem inside "unit 2: ratio …", an API error's text inside a row message), is shown in
 * the same language. References stay plain data, so a journaled issue keeps them.
 */
function nestedTexts(params: MessageParams, lang?: Lang): MessageParams {
  // Most params are plain values: then they are filled as they are, without a copy (a row's message
  // is rendered for each invalid row, docs/PERFORMANCE.md).
  let plain = true;
  for (const name in params) {
    const value = params[name];
    if (typeof value === 'object' && value !== null) {
      plain = false;
      break;
    }
  }
  if (plain) return params;
  const out: MessageParams = {};
  for (const [name, value] of Object.entries(params)) {
    if (isRunError(value)) out[name] = runErrorText(value, lang);
    else if (isMessageRef(value)) out[name] = render(value, '', lang);
    // Several references (one line each: the missing columns of a file).
    else if (Array.isArray(value) && value.length > 0 && value.every(isMessageRef))
      out[name] = value.map((ref) => render(ref, '', lang)).join('\n');
    else out[name] = value;
  }
  return out;
}

function isMessageRef(value: unknown): value is MessageRef {
  if (typeof value !== 'object' || value === null) return false;
  const ref = value as Partial<MessageRef>;
  return typeof ref.key === 'string' && (ref.params === undefined || typeof ref.params === 'object');
}

/**
 * A failure as a message param: its catalog reference when it has one (so it is shown in the reader's
 * language), else its English text — scrubbed, as it may be a library's words quoting a URL or an
 * answer, and a row issue carrying it goes to the journal and the result sheet (docs/SECRETS.md).
 */
export function reasonOf(err: unknown): MessageRef | string {
  if (isRunError(err) && err.localized) return err.localized;
  return scrubText(err instanceof Error ? err.message : String(err));
}

/** A catalog reference for a RowIssue's `localized`, checked against the catalog's keys. */
export function messageRef(key: MessageKey, params: MessageParams = {}): MessageRef {
  return { key, params };
}

function render(
  ref: MessageRef | undefined,
  english: string,
  lang?: Lang,
  extra: MessageParams = {},
): string {
  if (!ref) return english;
  return t(ref.key as MessageKey, nestedTexts({ ...extra, ...ref.params }, lang), lang);
}

/** The text of a catalog reference in the current language (or `lang`), nested references included. */
export function refText(ref: MessageRef, lang?: Lang): string {
  return render(ref, '', lang);
}

/** The text of a run error (without its code) in the current language. */
export function runErrorText(err: RunError, lang?: Lang): string {
  return render(err.localized, err.message, lang);
}

/** `error [CODE]: text` (`Kesalahan [CODE]: …`), the one line the CLI prints for a run error. */
export function runErrorLine(err: unknown, lang?: Lang): string {
  if (isRunError(err)) return t('error.line', { code: err.code, message: runErrorText(err, lang) }, lang);
  const message = err instanceof Error ? err.message : String(err);
  return t('error.internal', { message }, lang);
}

/** A row issue's text; the user's own header is the `{{column}}` param (never the API field name). */
export function issueText(issue: RowIssue, lang?: Lang): string {
  return render(issue.localized, issue.message, lang, { column: issue.column ?? issue.field ?? '' });
}

/**
 * An issue as the result sheet's `_error` writes it: `Kolom "No HP": … [MAP_INVALID]`. `message`: its
 * issueText, when the caller has it already (the result sheet's cell note shows it too).
 */
export function formatIssue(issue: RowIssue, lang?: Lang, message = issueText(issue, lang)): string {
  const column = issue.column ?? issue.field;
  return column
    ? t('issue.withColumn', { column, message, code: issue.code }, lang)
    : t('issue.withoutColumn', { message, code: issue.code }, lang);
}
