/**
 * The web application: security headers on everything, the tool's own assets, then the Host check,
 * language, session, body limit, sign-in and CSRF gates, then the pages. Every route sits under the
 * `--base-path` prefix (docs/WEB.md).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serveStatic } from '@hono/node-server/serve-static';
import type { WebDeps, WebEnv } from './context.js';
import { href } from './context.js';
import { securityHeaders } from './headers.js';
import { csrfCheck, hostCheck, requireSignIn, sessionMiddleware } from './guard.js';
import { languageMiddleware, tr } from './lang.js';
import { loginRoutes } from './login-page.js';
import { refusal } from './refusal.js';
import { templateRoutes } from './page-templates.js';
import { connectionRoutes } from './page-connection.js';
import { exportRoutes } from './page-export.js';
import { importRoutes } from './page-import.js';
import { runRoutes } from './page-runs.js';

/** The page's own assets (CSS, the page script): src/web/assets, copied beside this file by `npm run build`. */
const ASSETS = fileURLToPath(new URL('./assets/', import.meta.url));
/** htmx, served from its npm package: no CDN (docs/WEB.md). */
const HTMX = createRequire(import.meta.url).resolve('htmx.org/dist/htmx.min.js');
/** Room for the multipart framing and the other fields around an upload at the limit. */
const FORM_OVERHEAD = 64 * 1024;

export function createApp(deps: WebDeps): Hono<WebEnv> {
  const app = new Hono<WebEnv>().basePath(deps.options.basePath || '/');
  const cache = {
    onFound: (_path: string, c: { header: (k: string, v: string) => void }) =>
      c.header('Cache-Control', 'no-cache'),
  };
  app.use('*', securityHeaders());
  app.use('*', hostCheck(deps));
  app.get('/assets/htmx.min.js', serveStatic({ path: HTMX, ...cache }));
  app.use(
    '/assets/*',
    serveStatic({
      root: ASSETS,
      rewriteRequestPath: (path) => path.slice(href(deps, '/assets').length),
      ...cache,
    }),
  );
  app.use('*', languageMiddleware(deps));
  app.use('*', sessionMiddleware(deps));
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.options.maxUploadBytes + FORM_OVERHEAD,
      onError: (c) =>
        refusal(
          c,
          deps,
          413,
          tr(c)('web.refused.tooLarge', { limit: deps.options.maxUploadBytes / 1024 / 1024 }),
        ),
    }),
  );
  app.use('*', csrfCheck(deps));
  loginRoutes(app, deps);
  app.use('*', requireSignIn(deps));
  app.get('/', (c) => c.redirect(href(deps, '/import'), 303));
  importRoutes(app, deps);
  runRoutes(app, deps);
  exportRoutes(app, deps);
  templateRoutes(app, deps);
  connectionRoutes(app, deps);
  app.notFound((c) => refusal(c, deps, 404, tr(c)('web.refused.notFound')));
  app.onError((err, c) => {
    deps.logger.error({ path: c.req.path, err: err.message }, 'web request failed');
    return c.text(tr(c)('web.error.internal'), 500);
  });
  return app;
}
