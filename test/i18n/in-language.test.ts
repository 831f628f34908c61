/**
 * inLanguage: a call and everything it starts read messages in its own language, while calls in
 * another language go on at the same time (the page's runs) and the process's language stays.
 */
import { describe, expect, it } from '@jest/globals';
import { getLanguage, inLanguage, setLanguage, t } from '../../src/i18n/index.js';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Reads the language and a message several times, yielding between reads. */
async function reads(): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 3; i++) {
    await tick();
    seen.push(`${getLanguage()} ${t('summary.status.created')}`);
  }
  return seen;
}

describe('inLanguage', () => {
  it('keeps each of two interleaved calls in its own language', async () => {
    setLanguage('en');
    const [id, en] = await Promise.all([inLanguage('id', reads), inLanguage('en', reads)]);
    expect(id).toEqual(Array(3).fill('id dibuat [created]'));
    expect(en).toEqual(Array(3).fill('en created'));
  });

  it('leaves the process language outside the call', async () => {
    setLanguage('en');
    await inLanguage('id', async () => {
      await tick();
      expect(t('summary.status.created')).toBe('dibuat [created]');
    });
    expect(getLanguage()).toBe('en');
    expect(t('summary.status.created')).toBe('created');
    setLanguage('id');
    expect(inLanguage('en', () => t('summary.status.created'))).toBe('created');
    expect(t('summary.status.created')).toBe('dibuat [created]');
    setLanguage('en');
  });
});
