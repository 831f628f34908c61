/**
 * `t` fills most messages without i18next (src/i18n/fast-template.ts, for speed): it must give, for
 * every key of both catalogs and values of every kind, exactly what i18next itself gives.
 */
import { describe, expect, it } from '@jest/globals';
import i18next from 'i18next';
import { CATALOGS, LANGUAGES, t, type MessageKey } from '../../src/i18n/index.js';

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** A separate i18next instance configured as src/i18n/translate.ts configures its own. */
function reference() {
  const instance = i18next.createInstance();
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    ns: ['messages'],
    defaultNS: 'messages',
    initAsync: false,
    showSupportNotice: false,
    returnNull: false,
    interpolation: { escapeValue: false },
    resources: { en: { messages: CATALOGS.en.messages }, id: { messages: CATALOGS.id.messages } },
  });
  return instance;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const names = (text: string) => [...new Set([...text.matchAll(/\{\{\s*(\w+)[^}]*\}\}/g)].map((m) => m[1]))];

/** Values a message may meet: text with `$` patterns, numbers (grouped in `id`), blanks, null, objects. */
const VALUES: unknown[] = [
  'Kolom "No HP"',
  'a $& b $1',
  1234567.5,
  0,
  -95.5,
  '',
  null,
  false,
  ['x', 'y'],
  '12.5',
];

describe('t without i18next', () => {
  const ref = reference();
  const keys = new Set<string>();
  for (const lang of LANGUAGES) {
    for (const key of leaves(CATALOGS[lang].messages as Tree).keys()) keys.add(key.replace(PLURAL, ''));
  }

  it.each(LANGUAGES)('gives what i18next gives for every key in %s', (lang) => {
    let compared = 0;
    for (const key of keys) {
      const text = leaves(CATALOGS[lang].messages as Tree).get(key) ?? '';
      const params = names(text);
      for (let v = 0; v < VALUES.length; v++) {
        // Each placeholder gets a different value of the list, rotating per round.
        const filled = Object.fromEntries(params.map((name, i) => [name, VALUES[(v + i) % VALUES.length]]));
        const expected = ref.t(key, { ...filled, lng: lang, ns: 'messages' });
        expect([key, t(key as MessageKey, filled, lang)]).toEqual([key, expected]);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('keeps a missing placeholder as written and blanks one passed as undefined, as i18next does', () => {
    expect(t('issue.withColumn', { message: 'm', code: 'C' }, 'en')).toBe(
      ref.t('issue.withColumn', { message: 'm', code: 'C', lng: 'en', ns: 'messages' }),
    );
    expect(t('issue.withColumn', { column: undefined, message: 'm', code: 'C' }, 'id')).toBe(
      ref.t('issue.withColumn', { column: undefined, message: 'm', code: 'C', lng: 'id', ns: 'messages' }),
    );
  });

  it('formats numbers in the language and leaves plurals to i18next', () => {
    expect(t('row.number.between', { min: -90, max: 1000, value: 'x' }, 'id')).toContain('1.000');
    const one = t('row.key.ambiguous', { count: 1, key: 'k', ids: '1' }, 'en');
    expect(one).toBe(ref.t('row.key.ambiguous', { count: 1, key: 'k', ids: '1', lng: 'en', ns: 'messages' }));
  });
});
