/**
 * Recognises a file by its first bytes, never by its name alone: users rename files, and systems export
 * HTML or tab-separated text with an .xls name.
 */
import type { MessageRef } from '../errors.js';
import { hasPrefix } from './encoding.js';
import { kindOf } from './file-kind.js';

export type Detected =
  | { kind: 'zip' }
  | { kind: 'ole2' }
  | { kind: 'text' }
  /** Recognised, and not something this tool reads; `what` names it for the message. */
  | { kind: 'other'; what: MessageRef };

const MAGIC: { bytes: number[]; what: MessageRef }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: kindOf('pdf') },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: kindOf('png') },
  { bytes: [0xff, 0xd8, 0xff], what: kindOf('jpeg') },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: kindOf('gif') },
  { bytes: [0x1f, 0x8b], what: kindOf('gzip') },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: kindOf('sevenZip') },
  { bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: kindOf('rar') },
  { bytes: [0x42, 0x5a, 0x68], what: kindOf('bzip2') },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: kindOf('rtf') },
];

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export function detectFormat(head: Buffer, ext: string): Detected {
  // Local file header, empty archive, spanned archive.
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [3, 5, 7].includes(head[2])) {
    return { kind: 'zip' };
  }
  if (hasPrefix(head, OLE2)) return { kind: 'ole2' };
  for (const m of MAGIC) if (hasPrefix(head, m.bytes)) return { kind: 'other', what: m.what };
  if (ext === '.json') return { kind: 'other', what: kindOf('json') };
  return { kind: 'text' };
}

/**
 * Text that is markup rather than delimited data. Looked at after decoding, so UTF-16 files are caught too.
 * Excel's "XML Spreadsheet 2003" and "Web page" formats are the usual suspects behind a `.xls` that is no
 * real .xls.
 */
export function describeMarkup(text: string): MessageRef | undefined {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096)
    .toLowerCase();
  if (!start.startsWith('<')) return undefined;
  if (start.includes('urn:schemas-microsoft-com:office:spreadsheet')) {
    return kindOf('xmlSpreadsheet');
  }
  if (/^<(!doctype html|html|head|body|table|meta)\b/.test(start) || start.includes('<html')) {
    return kindOf('html');
  }
  if (start.startsWith('<?xml')) return kindOf('xml');
  return undefined;
}

/**
 * Share of characters that never occur in a spreadsheet's text: C0 controls other than tab, line feed,
 * carriage return, form feed, vertical tab and the old DOS end-of-file mark.
 */
export function controlCharShare(text: string): number {
  if (text.length === 0) return 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x0b && c !== 0x1a) bad++;
  }
  return bad / text.length;
}
