import { describe, expect, it } from '@jest/globals';
import {
  DEFAULT_TOKEN_LIFETIME_SEC,
  parseDatabaseList,
  parseErrorBody,
  parsePage,
  parseTeamTokenAnswer,
  parseTokenAnswer,
} from '../../src/contract/index.js';

describe('contract: one parse function per kind of answer', () => {
  it('token: the token, and the default lifetime when expires_in is missing or odd', () => {
    expect(parseTokenAnswer({ token: 'abc', expires_in: 60 })).toEqual({
      ok: true,
      value: { token: 'abc', expires_in: 60 },
    });
    expect(parseTokenAnswer({ token: 'abc', expires_in: 'soon' })).toEqual({
      ok: true,
      value: { token: 'abc', expires_in: DEFAULT_TOKEN_LIFETIME_SEC },
    });
    expect(parseTokenAnswer({ access_token: 'abc' })).toEqual({
      ok: false,
      reason: 'the token answer has no `token`',
    });
    expect(parseTokenAnswer(null).ok).toBe(false);
  });

  it('team token and database list', () => {
    expect(parseTeamTokenAnswer({ team_token: 'x.y' })).toEqual({ ok: true, value: 'x.y' });
    expect(parseTeamTokenAnswer({ team_token: '' }).ok).toBe(false);
    expect(parseDatabaseList({ data: [{ id: 1, name: 'PT A' }, { id: 'two' }] })).toEqual({
      ok: true,
      value: [{ id: 1, name: 'PT A' }],
    });
    expect(parseDatabaseList([]).ok).toBe(false);
  });

  it('page: data and the four numbers of meta, or why not', () => {
    const meta = { page: 1, per_page: 100, total: 1, last_page: 1 };
    expect(parsePage({ data: [{ id: 7 }], meta: { ...meta, extra: true } })).toEqual({
      ok: true,
      value: { data: [{ id: 7 }], meta },
    });
    expect(parsePage({ data: [], meta: { ...meta, total: '1' } })).toEqual({
      ok: false,
      reason: 'the list answer lacks `data` or `meta` (page, per_page, total, last_page)',
    });
  });

  it('error body: message and each field’s reasons as strings; HTML gives neither', () => {
    expect(
      parseErrorBody({ message: 'The given data was invalid.', errors: { name: 'required', 'a.0': [1] } }),
    ).toEqual({
      message: 'The given data was invalid.',
      errors: { name: ['required'], 'a.0': ['1'] },
    });
    expect(parseErrorBody('<html>502</html>')).toEqual({ errors: {} });
  });
});
