/**
 * A row message from the catalog as a RowIssue carries it: the English `message` (logs, library users)
 * and the `localized` reference the result sheet renders in the run's language (docs/I18N.md).
 */
import type { MessageRef } from '../errors.js';
import { t, type MessageKey, type MessageParams } from './translate.js';

export interface RowText {
  message: string;
  localized: MessageRef;
}

export function rowText(key: MessageKey, params: MessageParams = {}): RowText {
  return { message: t(key, params, 'en'), localized: { key, params } };
}
