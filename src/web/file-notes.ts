/**
 * The run page's files, each with what it is for: a sales admin gets three names (`.result`,
 * `.errors`, `.journal.jsonl`) and must know which one to fix and upload again, and which one is the
 * tool's own record (docs/RESULT-SHEETS.md, docs/journal.md).
 */
import { html } from 'hono/html';
import type { MessageKey } from '../i18n/index.js';
import type { RunView } from '../workspace/index.js';
import { href, type Tr, type WebDeps } from './context.js';

const PURPOSES: Array<[RegExp, MessageKey]> = [
  [/\.errors\.(xlsx|csv|tsv)$/, 'webUser.fileErrors'],
  [/\.result\.(xlsx|csv|tsv)$/, 'webUser.fileResult'],
  [/\.journal\.jsonl$/, 'webUser.fileJournal'],
  [/\.plan\.json$/, 'webUser.filePlanCompanion'],
  [/\.plan\.(xlsx|csv|tsv)$/, 'webUser.filePlan'],
];

function purpose(text: Tr, name: string): string {
  const key = PURPOSES.find(([pattern]) => pattern.test(name))?.[1];
  return key ? text(key) : '';
}

/** The files as a list, each link followed by what it holds. */
export function fileList(deps: WebDeps, text: Tr, run: RunView) {
  return html`<ul class="files" data-files>
    ${run.files.map((name) => {
      const shown = run.downloadNames[name] ?? name;
      const what = purpose(text, shown);
      return html`<li>
        <a
          class="button secondary"
          download
          href="${href(deps, `/runs/${run.id}/files/${encodeURIComponent(name)}`)}"
          >${shown}</a
        >
        ${what ? html`<span class="muted">${what}</span>` : ''}
      </li>`;
    })}
  </ul>`;
}
