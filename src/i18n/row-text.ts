/**
 * A row message from the catalog as a RowIssue carries it: the English `message` (logs, library users)
 * and the `localized` reference the result sheet renders in the run's language (docs/I18N.md).
 */
import type { MessageRef } from '../errors.js';
import type { MessageKey, MessageParams } from './translate.js';
import { refText } from './render.js';

export interface RowText {
  message: string;
  localized: MessageRef;
}

export function rowText(key: MessageKey, params: MessageParams = {}): RowText {
  const localized = { key, params };
  return { message: refText(localized, 'en'), localized };
}
