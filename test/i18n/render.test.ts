/**
 * Run errors and row issues render from the catalog in the chosen language, with the user's own
 * header; what machines read (codes) stays as it is; numbers in text follow the language.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { RunError } from '../../src/errors.js';
import {
  formatIssue,
  formatNumber,
  issueText,
  localizedRunError,
  messageRef,
  runErrorLine,
  setLanguage,
  t,
} from '../../src/i18n/index.js';
import type { RowIssue } from '../../src/types.js';

afterEach(() => setLanguage('en'));

describe('run errors', () => {
  const err = localizedRunError('CONFIG_INVALID', 'config.notPositiveNumber', { name: 'rate', value: 'abc' });

  it('keep an English message and code for logs and scripts', () => {
    expect(err).toBeInstanceOf(RunError);
    expect(err.code).toBe('CONFIG_INVALID');
    expect(err.message).toBe('expected `rate` to be a number > 0, got `abc`');
  });

  it('print in the chosen language, code untranslated', () => {
    expect(runErrorLine(err, 'en')).toBe(
      'error [CONFIG_INVALID]: expected `rate` to be a number > 0, got `abc`',
    );
    setLanguage('id');
    expect(runErrorLine(err)).toBe(
      'Kesalahan [CONFIG_INVALID]: `rate` harus berupa angka lebih dari 0, bukan `abc`',
    );
  });

  it('not converted yet, print their English text in the chosen frame', () => {
    const plain = new RunError('READ_NOT_FOUND', 'file not found: a.csv');
    expect(runErrorLine(plain, 'id')).toBe('Kesalahan [READ_NOT_FOUND]: file not found: a.csv');
  });
});

describe('row issues', () => {
  // A converted map/ site will look like this; the catalog's issue keys are added with it.
  const issue: RowIssue = {
    code: 'MAP_INVALID',
    field: 'phone',
    column: 'No HP',
    message: 'unknown option',
    localized: messageRef('usage.unknownOption', { option: '0812' }),
  };

  it('name the column by the header of the user’s file, never the API field', () => {
    setLanguage('id');
    expect(formatIssue(issue)).toBe(`Kolom "No HP": Kesalahan: opsi '0812' tidak dikenal [MAP_INVALID]`);
    expect(formatIssue(issue, 'en')).toBe(`No HP: error: unknown option '0812' [MAP_INVALID]`);
  });

  it('without a catalog key keep their English message', () => {
    const plain: RowIssue = { code: 'MAP_REQUIRED', column: 'Nama', message: 'required' };
    expect(issueText(plain, 'id')).toBe('required');
    expect(formatIssue(plain, 'id')).toBe('Kolom "Nama": required [MAP_REQUIRED]');
  });
});

describe('numbers in text', () => {
  it('are written the Indonesian way in Indonesian, the English way in English', () => {
    expect(formatNumber(1234, 'id')).toBe('1.234');
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(t('progress.logNoTotal', { label: 'import', processed: 1234567, rate: 1234 }, 'id')).toBe(
      'import: 1.234.567 baris, 1.234 baris/detik',
    );
    expect(t('summary.durationValue', { seconds: 1234.56 }, 'id')).toBe('1.234,6 detik');
  });

  it('choose the plural form by count', () => {
    expect(t('summary.inDoubtMore', { rows: '2, 3', count: 1 }, 'en')).toContain('and 1 more');
    expect(t('summary.inDoubtMore', { rows: '2, 3', count: 1200 }, 'id')).toContain(
      'dan 1.200 baris lainnya',
    );
  });
});
