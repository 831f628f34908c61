/**
 * Above the import page's columns: the file's own name, and what the reader noticed while reading it
 * (an encoding it guessed, the row it took for the headers) — the CLI prints these as warnings.
 */
import { html } from 'hono/html';
import type { Inspection } from '../workspace/index.js';
import type { Tr } from './context.js';

export function fileNotes(text: Tr, seen: Inspection) {
  return html`<p data-file>${text('webLang.fileName', { name: seen.fileName })}</p>
    ${
      seen.warnings.length === 0
        ? ''
        : html`<section class="notice" role="status" data-reader-notes>
            <strong>${text('webLang.readerNotes')}</strong>
            <ul>
              ${seen.warnings.map((w) => html`<li>${w}</li>`)}
            </ul>
          </section>`
    }`;
}
