/**
 * Secrets that are also words (docs/SECRETS.md): `redact` masks a secret only as a whole token, a
 * message shown to people has its outside values scrubbed and its catalog words whole, and an API
 * error scrubs the server's words as it takes them in.
 */
import { describe, expect, it } from '@jest/globals';
import { ApiError } from '../../src/api/index.js';
import { localizedRunError, messageRef, safeRunErrorLine } from '../../src/i18n/index.js';
import { redact, registerSecret, scrubParams } from '../../src/secrets.js';

registerSecret('salah');
registerSecret('demo');
registerSecret('Rah4sia/Sekali+&=?%ü');

describe('redact', () => {
  it('masks a secret standing as a token, never inside a longer word', () => {
    expect(redact('Kesalahan: password salah, "salah", salah.')).toBe('Kesalahan: password ***, "***", ***.');
    expect(redact('Jl. demo Raya 5; demografi; demo_x; pdemo.csv')).toBe(
      'Jl. *** Raya 5; demografi; demo_x; pdemo.csv',
    );
    expect(redact('DEMO stays, as the secret is matched exactly')).toBe(
      'DEMO stays, as the secret is matched exactly',
    );
  });

  it('masks a secret with URL-special characters, plain and encoded, wherever it is delimited', () => {
    const encoded = encodeURIComponent('Rah4sia/Sekali+&=?%ü');
    expect(redact('password=Rah4sia/Sekali+&=?%ü&x=1')).toBe('password=***&x=1');
    expect(redact(`"p":"${encoded}"`)).toBe('"p":"***"');
    expect(redact(`Basic ${Buffer.from('Rah4sia/Sekali+&=?%ü').toString('base64')}`)).toBe('Basic ***');
  });

  it('scrubs message params deeply, strings only', () => {
    expect(scrubParams({ a: 'salah', n: 5, ref: { key: 'k', params: { v: 'Jl. demo' } } })).toEqual({
      a: '***',
      n: 5,
      ref: { key: 'k', params: { v: 'Jl. ***' } },
    });
  });
});

describe('messages for people', () => {
  it("keep the catalog's words and scrub the values from outside", () => {
    const err = localizedRunError('CONFIG_INVALID', 'config.notOneOf', {
      name: 'mode',
      allowed: 'create, update',
      value: 'salah',
    });
    // "Kesalahan" and "salah satu" are the catalog's words; only the value is masked.
    expect(safeRunErrorLine(err, 'id')).toBe(
      'Kesalahan [CONFIG_INVALID]: `mode` harus salah satu dari create, update, bukan `***`',
    );
    // Only the shown copy is scrubbed: the error itself keeps its facts.
    expect(err.localized?.params?.value).toBe('salah');
  });

  it('an API error scrubs what the server said as it takes it in', () => {
    const err = new ApiError({
      code: 'API_VALIDATION',
      method: 'POST',
      path: '/extapi/v1.0/customers?team_token=abc',
      status: 422,
      attempts: 1,
      reason: '422 the password salah is wrong',
      fieldErrors: { name: ['echo: salah'] },
      localized: messageRef('net.answered', { detail: 'the password salah is wrong' }),
    });
    expect(err.message).toBe('POST /extapi/v1.0/customers: 422 the password *** is wrong');
    expect(err.fieldErrors).toEqual({ name: ['echo: ***'] });
    expect(err.localized?.params?.detail).toBe('the password *** is wrong');
  });
});
