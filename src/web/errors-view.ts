/** A run error on the page: its text in the reader's language and its stable code, secrets masked. */
import { html } from 'hono/html';
import { isRunError } from '../errors.js';
import { safeRunErrorText } from '../i18n/index.js';
import { scrubText } from '../secrets.js';
import type { Logger } from '../log/index.js';
import type { Tr, WebContext } from './context.js';
import { tr } from './lang.js';

export function errorText(c: WebContext, err: unknown, logger: Logger): string {
  const text: Tr = tr(c);
  if (isRunError(err)) {
    return text('web.error.line', { message: safeRunErrorText(err, c.get('lang')), code: err.code });
  }
  // Not ours to show: a JavaScript message may name internals. The log has it.
  logger.error({ err: scrubText(String(err)) }, 'web request failed');
  return text('web.error.internal');
}

export function errorNotice(c: WebContext, err: unknown, logger: Logger) {
  return html`<p class="notice error" role="alert">${errorText(c, err, logger)}</p>`;
}
