/** A run as the page shows it: state, progress, summary, files, and the buttons that apply to it. */
import { html } from 'hono/html';
import type { RunView, Progress } from '../workspace/index.js';
import type { Lang, MessageKey } from '../i18n/index.js';
import { href, type Tr, type WebContext, type WebDeps } from './context.js';
import { csrfField } from './layout.js';
import { sourceLine, undoForms } from './plan-view.js';
import { runLabel, statusCounts, undoActionCounts } from './run-words.js';
import { againForm } from './import-again.js';
import { fileList } from './file-notes.js';

export function stateText(text: Tr, run: RunView): string {
  return text(`web.runs.states.${run.state}` as MessageKey);
}

export function kindText(text: Tr, run: RunView): string {
  return text(`web.runs.kinds.${run.kind}` as MessageKey);
}

/** Time left as a person reads it: seconds under a minute and a half, then minutes, then hours. */
function etaText(text: Tr, seconds: number | undefined): string {
  if (seconds === undefined) return text('web.runs.etaUnknown');
  if (seconds < 90) return text('web.runs.eta', { seconds: Math.ceil(seconds) });
  const minutes = Math.round(seconds / 60);
  if (minutes < 90) return text('webUser.etaMinutes', { count: minutes });
  return text('webUser.etaHours', { count: Math.round(minutes / 60) });
}

export function progressLine(text: Tr, p: Progress): string {
  const eta = etaText(text, p.etaSeconds);
  const rate = Math.round(p.rate);
  // The total in the language's digits like the rows done (`1.006 dari 5.000`), once it is known.
  if (p.total !== undefined) return text('webUser.progressOf', { done: p.done, total: p.total, rate, eta });
  return text('web.runs.progressLine', { done: p.done, total: '?', rate, eta });
}

export function summaryLine(text: Tr, run: RunView, lang: Lang): string {
  if (!run.summary) return '';
  // An undo plan says what it would do (`hapus [delete] 120`), not `valid 120`.
  const { valid: _valid, ...notSent } = run.summary.counts;
  const undo = undoActionCounts(text, lang, run);
  const counts = undo
    ? [undo, statusCounts(text, lang, notSent)].filter(Boolean).join(', ')
    : statusCounts(text, lang, run.summary.counts);
  return text('web.runs.counts', { total: run.summary.total, counts });
}

export function fileLinks(deps: WebDeps, run: RunView) {
  return run.files.map(
    (name) =>
      html`<a
        class="button secondary"
        download
        href="${href(deps, `/runs/${run.id}/files/${encodeURIComponent(name)}`)}"
        >${run.downloadNames[name] ?? name}</a
      > `,
  );
}

export function runDetail(c: WebContext, deps: WebDeps, text: Tr, run: RunView) {
  const base = href(deps, `/runs/${run.id}`);
  const running = run.state === 'running';
  return html`<dl class="card">
      <dt>${text('web.runs.file')}</dt>
      <dd>${run.fileName}</dd>
      <dt>${text('web.runs.kind')}</dt>
      <dd>
        ${runLabel(text, run)}${run.resumes ? html` · ${text('web.runs.resumes', { id: run.resumes })}` : ''}${sourceLine(
          deps,
          text,
          run,
        )}
      </dd>
      <dt>${text('web.runs.state')}</dt>
      <dd data-state="${run.state}">${stateText(text, run)}</dd>
    </dl>
    ${run.error ? html`<p class="notice error" role="alert">${run.error.message} [${run.error.code}]</p>` : ''}
    ${
      running
        ? html`<section class="card" data-events="${base}/events" data-reload="${base}">
            <label for="progress">${text('web.runs.progress')}</label>
            <progress id="progress" max="${run.progress.total ?? 0}" value="${run.progress.done}"></progress>
            <p data-line>${progressLine(text, run.progress)}</p>
            <form method="post" action="${base}/cancel">
              ${csrfField(c)}<button type="submit" class="danger">${text('web.runs.cancel')}</button>
            </form>
          </section>`
        : ''
    }
    ${
      run.summary
        ? html`<h2>${text('web.runs.summary')}</h2>
            <p data-summary>${summaryLine(text, run, c.get('lang'))}</p>`
        : ''
    }
    ${
      run.files.length > 0
        ? html`<h2>${text('web.runs.files')}</h2>
            ${fileList(deps, text, run)}`
        : ''
    }
    ${againForm(c, deps, text, run)} ${resumeForm(c, deps, text, run)} ${undoForms(c, deps, text, run)}`;
}

/** Resume, for a stopped import, apply or undo whose journal is unfinished (`--resume`). */
export function resumeForm(c: WebContext, deps: WebDeps, text: Tr, run: RunView) {
  if (!run.resumable || run.state === 'running') return '';
  return html`<form method="post" action="${href(deps, `/runs/${run.id}/resume`)}">
    ${csrfField(c)}<button type="submit">${text('web.runs.resume')}</button>
  </form>`;
}
