import { describe, expect, it } from '@jest/globals';
import { SaxesParser } from 'saxes';
import { XmlScanner } from '../../src/read/xml-scanner.js';

/** Events as one list: start tags with the attributes asked for, end tags, text runs joined. */
type Event = string;

function scan(xml: string, size: number, attrs: string[]): Event[] {
  const events: Event[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') events.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const scanner: XmlScanner = new XmlScanner({
    open: (name, selfClosing) => {
      flush();
      const found = attrs.map((a) => `${a}=${JSON.stringify(scanner.attr(a))}`).join(' ');
      events.push(`open ${name} ${found}${selfClosing ? ' /' : ''}`);
    },
    close: (name) => {
      flush();
      events.push(`close ${name}`);
    },
    text: (t) => {
      text += t;
    },
  });
  for (let i = 0; i < xml.length; i += size) scanner.write(xml.slice(i, i + size));
  scanner.end();
  flush();
  return events;
}

/** The same events from saxes, the parser the scanner replaces for the sheet. */
function saxes(xml: string, attrs: string[]): Event[] {
  const events: Event[] = [];
  let text = '';
  const flush = () => {
    if (text !== '') events.push(`text ${JSON.stringify(text)}`);
    text = '';
  };
  const parser = new SaxesParser({ position: false });
  let depth = 0;
  parser.on('opentag', (node) => {
    flush();
    if (!node.isSelfClosing) depth++;
    const values = node.attributes as Record<string, string>;
    const found = attrs.map((a) => `${a}=${JSON.stringify(values[a])}`).join(' ');
    events.push(`open ${node.name} ${found}${node.isSelfClosing ? ' /' : ''}`);
  });
  parser.on('closetag', (node) => {
    flush();
    if (!node.isSelfClosing) depth--;
    events.push(`close ${node.name}`);
  });
  parser.on('text', (t) => {
    // saxes reports the whitespace outside the root element too; the scanner leaves it out.
    if (depth === 0) return;
    text += t;
  });
  parser.on('cdata', (t) => {
    text += t;
  });
  parser.write(xml).close();
  flush();
  return events;
}

const documents: [string, string][] = [
  [
    'a sheet with prefixes, CDATA, entities and rich text',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<!-- written by hand -->\n' +
      '<x:worksheet xmlns:x="urn:x" xmlns:mc="urn:mc"><x:sheetData>\n' +
      '<x:row r="2" spans="1:3" mc:Ignorable="x14ac"><x:c r="A2" t="s" s="3"><x:v>7</x:v></x:c>' +
      '<x:c r=\'B2\' t="inlineStr"><x:is><x:r><x:t xml:space="preserve">Toko &amp; </x:t></x:r>' +
      '<x:r><x:t><![CDATA[<Jaya> & ]]]]></x:t></x:r><x:rPh sb="0" eb="1"><x:t>とこ</x:t></x:rPh></x:is></x:c>' +
      '<x:c r="D2"><x:f>SUM(A1:A2)&amp;"&#x41;&#66;&lt;&gt;&quot;&apos;"</x:f><x:v>3</x:v></x:c></x:row>\n' +
      '<x:row><x:c><x:v>1.5</x:v></x:c><x:c r="C3" t="b" /><x:c\n  r = "D3"\tt="str"><x:v>a\r\nb\rc</x:v></x:c></x:row>' +
      '<!-- a comment - with a dash inside --><?pi data?>' +
      '</x:sheetData></x:worksheet >\n<!-- after -->\n',
  ],
  [
    'attribute values with entities, newlines and > inside',
    '<sst uniqueCount="2" note="a &gt; b\n\tc &#x9;d" q=\'say "hi"\'><si><t>1 &lt; 2</t></si><si/></sst>',
  ],
  ['a DOCTYPE with an internal subset', '<!DOCTYPE x [<!ELEMENT x ANY>]><x a="1">text</x>'],
  ['supplementary characters and a byte order mark', '\uFEFF<t a="&#x1F600;">😀 &#128512;</t>'],
];

describe('XmlScanner: the same elements, attributes and text as saxes', () => {
  const attrs = ['r', 't', 's', 'uniqueCount', 'note', 'q', 'a', 'xml:space', 'mc:Ignorable', 'missing'];
  describe.each(documents)('%s', (_, xml) => {
    const expected = saxes(xml, attrs);
    it.each([1, 2, 3, 5, 8, 13, 64, 100_000])('cut every %i characters', (size) => {
      expect(scan(xml, size, attrs)).toEqual(expected);
    });
  });

  it('reads an attribute only by its qualified name, as written', () => {
    expect(scan('<x:c x:r="A1" r="B1"/>', 3, ['r', 'x:r'])).toEqual([
      'open x:c r="B1" x:r="A1" /',
      'close x:c',
    ]);
  });
});

describe('XmlScanner: XML that is not well-formed is refused, as saxes refuses it', () => {
  it.each([
    ['an end tag that closes another element', '<a><b></a></b>'],
    ['an element left open', '<a><b></b>'],
    ['an end tag with nothing open', '<a></a></a>'],
    ['the document cut inside a tag', '<a><b x="1'],
    ['the document cut inside a CDATA section', '<a><![CDATA[ab'],
    ['the document cut inside a comment', '<a></a><!-- ab'],
    ['an unknown entity', '<a>&nbsp;</a>'],
    ['an entity without its semicolon', '<a>&amp</a>'],
    ['a character reference to NUL', '<a>&#0;</a>'],
    ['a < in an attribute value', '<a x="<"/>'],
    ['an unquoted attribute value', '<a x=1/>'],
    ['attributes without a space between them', '<a x="1"y="2"/>'],
    ['an attribute without a value', '<a x/>'],
    ['text before the root element', 'hi<a/>'],
    ['text after the root element', '<a/>hi'],
    ['a second root element', '<a/><b/>'],
    ['no root element', '<?xml version="1.0"?>'],
    ['a / not ending the tag', '<a / >'],
  ])('%s', (_, xml) => {
    expect(() => saxes(xml, [])).toThrow();
    for (const size of [1, 2, 4, 100]) expect(() => scan(xml, size, [])).toThrow(/not well-formed/);
  });
});
