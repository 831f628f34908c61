/**
 * Run errors and row issues render from the catalog in the chosen language, with the user's own
 * header; what machines read (codes) stays as it is; numbers in text follow the language.
 */
import { afterEach, describe, expect, it } from '@jest/globals';
import { RunError } from '../../src/errors.js';
import {
  formatDate,
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
  const issue: RowIssue = {
    code: 'MAP_NOT_A_NUMBER',
    field: 'location.lat',
    column: 'Latitude',
    message: 'lat not a number: "-7,1x"',
    localized: messageRef('row.notANumber', { value: '-7,1x' }),
  };

  it('name the column by the header of the user’s file, never the API field', () => {
    setLanguage('id');
    expect(formatIssue(issue)).toBe('Kolom "Latitude": bukan angka: "-7,1x" [MAP_NOT_A_NUMBER]');
    expect(formatIssue(issue, 'en')).toBe('Latitude: not a number: "-7,1x" [MAP_NOT_A_NUMBER]');
    expect(issueText(issue)).toBe('bukan angka: "-7,1x"');
  });

  it('without a catalog key keep their English message', () => {
    const plain: RowIssue = { code: 'MAP_REQUIRED', column: 'Nama', message: 'required' };
    expect(issueText(plain, 'id')).toBe('required');
    expect(formatIssue(plain, 'id')).toBe('Kolom "Nama": required [MAP_REQUIRED]');
  });

  it('without a column are framed by their code only', () => {
    const whole: RowIssue = { code: 'MAP_REQUIRED', message: 'x', localized: messageRef('row.required') };
    expect(formatIssue(whole, 'id')).toBe('wajib diisi, tetapi kosong [MAP_REQUIRED]');
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

  it('dates are written in words of the language, the calendar day unmoved', () => {
    expect(formatDate('2026-11-02', 'id')).toBe('2 November 2026');
    expect(formatDate('2026-08-17', 'id')).toBe('17 Agustus 2026');
    expect(formatDate('2026-11-02', 'en')).toBe('Nov 2, 2026');
  });

  it('choose the plural form by count', () => {
    expect(t('summary.inDoubtMore', { rows: '2, 3', count: 1 }, 'en')).toContain('and 1 more');
    expect(t('summary.inDoubtMore', { rows: '2, 3', count: 1200 }, 'id')).toContain(
      'dan 1.200 baris lainnya',
    );
  });
});
