import { SaxesParser } from 'saxes';

/** An element of a small XML part: local name and attributes, namespace prefixes dropped. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  /** Local name of the enclosing element ('' for the root). */
  parent: string;
}

/** `x:row` → `row`: the reader matches SpreadsheetML elements by local name, whatever prefix a writer used. */
export function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/**
 * Every element of a small part (relationships, workbook, content types) in document order, parsed by a
 * real XML parser. Throws saxes's error on malformed XML; the caller turns it into a message.
 */
export function xmlElements(xml: string): XmlElement[] {
  const found: XmlElement[] = [];
  const open: string[] = [];
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (node) => {
    const attrs: Record<string, string> = {};
    for (const [key, value] of Object.entries(node.attributes)) attrs[localName(key)] = value;
    const name = localName(node.name);
    found.push({ name, attrs, parent: open[open.length - 1] ?? '' });
    open.push(name);
  });
  parser.on('closetag', () => open.pop());
  parser.write(xml).close();
  return found;
}

export interface Relationship {
  type: string;
  /** The target part's name inside the package, without a leading slash. */
  part: string;
}

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`. */
export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part it belongs to (`''` for the package). */
export function resolveTarget(sourcePart: string, target: string): string {
  let decoded = target;
  try {
    decoded = decodeURIComponent(target);
  } catch {
    // Not percent-encoded after all: use it as written.
  }
  const base = decoded.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const piece of decoded.split('/')) {
    if (piece === '..') base.pop();
    else if (piece !== '.' && piece !== '') base.push(piece);
  }
  return base.join('/');
}

/** Internal relationships of a part, by id. */
export function parseRelationships(sourcePart: string, relsXml: string): Map<string, Relationship> {
  const rels = new Map<string, Relationship>();
  for (const el of xmlElements(relsXml)) {
    if (el.name !== 'Relationship' || el.attrs.TargetMode === 'External') continue;
    rels.set(el.attrs.Id ?? '', {
      type: el.attrs.Type ?? '',
      part: resolveTarget(sourcePart, el.attrs.Target ?? ''),
    });
  }
  return rels;
}

/** Relationship types end in the same word in transitional and strict OOXML. */
export function isRelType(type: string, word: string): boolean {
  return type.endsWith(`/${word}`);
}
