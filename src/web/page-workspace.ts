/** Import and Runs: pages on the workspace service (src/workspace/), wired when it is part of the build. */
import { html } from 'hono/html';
import type { Hono } from 'hono';
import type { WebDeps, WebEnv } from './context.js';
import { tr } from './lang.js';
import { layout } from './layout.js';

export function workspaceRoutes(app: Hono<WebEnv>, deps: WebDeps): void {
  app.get('/import', (c) => {
    const text = tr(c);
    return c.html(
      layout(c, deps, text('web.import.title'), html`<p>${text('web.import.notYet')}</p>`, 'import'),
    );
  });
  app.get('/runs', (c) => {
    const text = tr(c);
    return c.html(layout(c, deps, text('web.runs.title'), html`<p>${text('web.runs.notYet')}</p>`, 'runs'));
  });
}
