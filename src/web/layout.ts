/**
 * The page frame: navigation, language switch, sign-out, and the tool's own assets (htmx, CSS and one
 * small script — no inline script, the CSP forbids it). htmx sends the CSRF token as a header, taken
 * from the body's hx-headers attribute.
 */
import { html } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { href, type WebContext, type WebDeps } from './context.js';
import { tr } from './lang.js';
import { CSRF_FIELD, CSRF_HEADER } from './cookies.js';

type Body = HtmlEscapedString | Promise<HtmlEscapedString> | string;

const PAGES = [
  ['import', '/import', 'web.nav.import'],
  ['runs', '/runs', 'web.nav.runs'],
  ['export', '/export', 'web.nav.export'],
  ['templates', '/templates', 'web.nav.templates'],
  ['connection', '/connection', 'web.nav.connection'],
] as const;

/** The hidden CSRF field every form carries. */
export function csrfField(c: WebContext) {
  return html`<input type="hidden" name="${CSRF_FIELD}" value="${c.get('session').csrf}" />`;
}

/**
 * The same page in the other language, with its query kept: the check page's address holds the data
 * chosen and the drop-downs (`?entity=orders&col.5=…`), which a bare `?lang=en` lost — the file was
 * then checked as customers. app.js takes the address as htmx last replaced it, when it has.
 */
function switchTo(c: WebContext, lang: string): string {
  const url = new URL(c.req.url);
  const query = c.req.method === 'GET' ? new URLSearchParams(url.search) : new URLSearchParams();
  query.set('lang', lang);
  return `${url.pathname}?${query.toString()}`;
}

function languageSwitch(c: WebContext) {
  const text = tr(c);
  const lang = c.get('lang');
  return html`<nav class="lang" aria-label="${text('web.nav.language')}">
    <a href="${switchTo(c, 'id')}" lang="id" ${lang === 'id' ? html`aria-current="true"` : ''}
      >Bahasa Indonesia</a
    >
    <a href="${switchTo(c, 'en')}" lang="en" ${lang === 'en' ? html`aria-current="true"` : ''}>English</a>
  </nav>`;
}

export function layout(c: WebContext, deps: WebDeps, title: string, body: Body, current?: string) {
  const text = tr(c);
  const session = c.get('session');
  const signedIn = session.authenticated;
  const headers = JSON.stringify({ [CSRF_HEADER]: session.csrf });
  const nav = signedIn
    ? html`<nav class="pages" aria-label="${text('web.nav.label')}">
        ${PAGES.map(
          ([name, path, key]) =>
            html`<a href="${href(deps, path)}" ${name === current ? html`aria-current="page"` : ''}
              >${text(key)}</a
            >`,
        )}
      </nav>`
    : '';
  const logout =
    signedIn && deps.options.password !== undefined
      ? html`<form method="post" action="${href(deps, '/logout')}" class="logout">
          ${csrfField(c)}<button type="submit">${text('web.nav.logout')}</button>
        </form>`
      : '';
  return html`<!doctype html>
    <html lang="${c.get('lang')}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta
          name="htmx-config"
          content='{"includeIndicatorStyles":false,"allowEval":false,"allowScriptTags":false}'
        />
        <title>${title} · ${text('web.title')}</title>
        <link rel="stylesheet" href="${href(deps, '/assets/style.css')}" />
        <script src="${href(deps, '/assets/htmx.min.js')}" defer></script>
        <script src="${href(deps, '/assets/app.js')}" defer></script>
      </head>
      <body hx-headers="${headers}">
        <a class="skip" href="#main">${text('web.skip')}</a>
        <header>
          <span class="brand">${text('web.title')}</span>
          ${nav} ${languageSwitch(c)} ${logout}
        </header>
        <main id="main">
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`;
}
