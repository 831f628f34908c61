import { describe, expect, it } from '@jest/globals';
import { chooseLanguage } from '../../src/i18n/index.js';

describe('language choice', () => {
  it('takes --lang first, in both spellings, over the environment and the locale', () => {
    const env = { SALESMANIA_LANG: 'en', LANG: 'en_US.UTF-8' };
    expect(chooseLanguage(['validate', '--lang', 'id'], env)).toMatchObject({ lang: 'id', source: '--lang' });
    expect(chooseLanguage(['--lang=id', 'doctor'], env)).toMatchObject({ lang: 'id', source: '--lang' });
    expect(chooseLanguage(['--lang', 'en'], { LANG: 'id_ID.UTF-8' })).toMatchObject({ lang: 'en' });
  });

  it('ignores --lang after `--` (a file could be named so)', () => {
    expect(chooseLanguage(['--', '--lang', 'id'], {}).lang).toBe('en');
  });

  it('then SALESMANIA_LANG, then LC_ALL, LC_MESSAGES, LANG in that order', () => {
    expect(chooseLanguage([], { SALESMANIA_LANG: 'id', LANG: 'en_US' })).toMatchObject({
      lang: 'id',
      source: 'SALESMANIA_LANG',
    });
    expect(chooseLanguage([], { LC_ALL: 'id_ID.UTF-8', LANG: 'en_US' })).toMatchObject({
      lang: 'id',
      source: 'LC_ALL',
    });
    expect(chooseLanguage([], { LC_ALL: '', LC_MESSAGES: 'en_GB', LANG: 'id_ID' })).toMatchObject({
      lang: 'en',
      source: 'LC_MESSAGES',
    });
    expect(chooseLanguage([], { LANG: 'id_ID.UTF-8' })).toMatchObject({ lang: 'id', source: 'LANG' });
    expect(chooseLanguage([], { LANG: 'id' }).lang).toBe('id');
  });

  it('reads any other locale, and none, as English', () => {
    for (const LANG of ['C.UTF-8', 'POSIX', 'en_US.UTF-8', 'ms_MY.UTF-8', 'ida_XX', 'jv_ID.UTF-8']) {
      expect(chooseLanguage([], { LANG }).lang).toBe('en');
    }
    expect(chooseLanguage([], {})).toMatchObject({ lang: 'en', source: 'default' });
  });

  it('reports a language it does not have, and falls back', () => {
    expect(chooseLanguage([], { SALESMANIA_LANG: 'fr', LANG: 'id_ID.UTF-8' })).toMatchObject({
      lang: 'id',
      rejected: { source: 'SALESMANIA_LANG', value: 'fr' },
    });
    expect(chooseLanguage(['--lang', 'de'], {})).toMatchObject({
      lang: 'en',
      rejected: { source: '--lang', value: 'de' },
    });
  });
});
