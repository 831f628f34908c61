/**
 * The CSV delimiter of the export form. Excel reads a CSV in columns only when its delimiter is the one
 * its language expects: `,` in English, `;` where the decimal sign is a comma, as in Indonesian. The
 * page's language is the best guess at the Excel that opens the download, so it picks the default;
 * the hint says why, for the person whose Excel is in the other language (docs/WEB.md, docs/EXPORT.md).
 */
import { html } from 'hono/html';
import type { Lang } from '../i18n/index.js';
import type { Tr } from './context.js';

/** The form's values, as `checkExportOptions` reads them (`tab` by its name). */
const CHOICES = [
  [';', 'webExport.delimiterSemicolon'],
  [',', 'webExport.delimiterComma'],
  ['tab', 'webExport.delimiterTab'],
] as const;

export function defaultDelimiter(lang: Lang): string {
  return lang === 'id' ? ';' : ',';
}

/** The value sent, when it is one the form offers; anything else is the page language's default. */
export function chosenDelimiter(sent: unknown, lang: Lang): string {
  return CHOICES.some(([value]) => value === sent) ? (sent as string) : defaultDelimiter(lang);
}

export function delimiterField(text: Tr, value: string) {
  return html`<div class="field">
    <label for="delimiter">${text('webExport.delimiter')}</label>
    <select id="delimiter" name="delimiter" aria-describedby="delimiter-hint">
      ${CHOICES.map(
        ([v, label]) => html`<option value="${v}" ${v === value ? 'selected' : ''}>${text(label)}</option>`,
      )}
    </select>
    <small id="delimiter-hint" class="muted">${text('webExport.delimiterHint')}</small>
  </div>`;
}
