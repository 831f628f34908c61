/** A kind of file that is not a spreadsheet, named in the reader's language (`read.kind.*`). */
import type { MessageRef } from '../errors.js';
import { messageRef, type MessageKey } from '../i18n/index.js';

export type FileKind = Extract<MessageKey, `read.kind.${string}`> extends `read.kind.${infer K}` ? K : never;

export function kindOf(kind: FileKind): MessageRef {
  return messageRef(`read.kind.${kind}`);
}
