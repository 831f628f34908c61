/**
 * The page's language per request: the language switch's cookie, else the browser's first choice when
 * it is Indonesian, else the language `serve` was started in (docs/I18N.md).
 */
import { getCookie, setCookie } from 'hono/cookie';
import type { MiddlewareHandler } from 'hono';
import { LANGUAGES, getLanguage, t, type Lang } from '../i18n/index.js';
import type { Tr, WebContext, WebDeps, WebEnv } from './context.js';

export const LANG_COOKIE = 'salesmania_lang';

const isLang = (value: string | undefined): value is Lang => LANGUAGES.includes(value as Lang);

function fromBrowser(header: string | undefined): Lang | undefined {
  const first = header?.split(',')[0]?.trim().toLowerCase();
  if (!first) return undefined;
  return first.startsWith('id') || first.startsWith('in') ? 'id' : undefined;
}

export function languageMiddleware(deps: WebDeps): MiddlewareHandler<WebEnv> {
  return async (c, next) => {
    const asked = c.req.query('lang');
    let lang: Lang;
    if (isLang(asked)) {
      lang = asked;
      setCookie(c, LANG_COOKIE, asked, {
        path: deps.options.basePath || '/',
        sameSite: 'Strict',
        httpOnly: true,
        maxAge: 365 * 24 * 3600,
      });
    } else {
      const cookie = getCookie(c, LANG_COOKIE);
      lang = isLang(cookie) ? cookie : (fromBrowser(c.req.header('accept-language')) ?? getLanguage());
    }
    c.set('lang', lang);
    await next();
  };
}

export function tr(c: WebContext): Tr {
  const lang = c.get('lang');
  return (key, params = {}) => t(key, params, lang);
}
