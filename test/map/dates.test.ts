import { describe, expect, it } from '@jest/globals';
import { DATE_FORMATS, parseBusinessDate, type DateFormat, type Parsed } from '../../src/map/index.js';

const valueOf = (r: Parsed<string>) => (r.ok ? r.value : r.code);

describe('parseBusinessDate: the default (day first)', () => {
  it.each<[string, string]>([
    // What the reader makes of an Excel date cell, and the ISO form people type.
    ['2026-11-02', '2026-11-02'],
    ['2026-1-2', '2026-01-02'],
    ['2026/11/02', '2026-11-02'],
    // An Excel date-time cell: the date is the wall-clock date written, never shifted.
    ['2026-11-02 23:30:00', '2026-11-02'],
    ['2026-11-02 00:00', '2026-11-02'],
    ['02/11/2026 07:15', '2026-11-02'],
    // Day first, Indonesian style.
    ['02/11/2026', '2026-11-02'],
    ['2/11/2026', '2026-11-02'],
    ['02-11-2026', '2026-11-02'],
    ['2.11.2026', '2026-11-02'],
    ['3/11/26', '2026-11-03'],
    ['13/01/2026', '2026-01-13'],
    ['29/02/2028', '2028-02-29'], // a leap year
    // Month names, English and Indonesian.
    ['2 Nov 2026', '2026-11-02'],
    ['02-Nov-26', '2026-11-02'],
    ['17 Agustus 2026', '2026-08-17'],
    ['1 Mei 2026', '2026-05-01'],
    ['31 Desember 2026', '2026-12-31'],
    // Impossible dates.
    ['2026-13-01', 'MAP_BAD_DATE'],
    ['2026-02-29', 'MAP_BAD_DATE'],
    ['31/11/2026', 'MAP_BAD_DATE'],
    ['00/11/2026', 'MAP_BAD_DATE'],
    ['12/25/2026', 'MAP_BAD_DATE'], // month 25 day first (the message says month-first)
    ['02/11-2026', 'MAP_BAD_DATE'], // mixed separators
    ['2 Foo 2026', 'MAP_BAD_DATE'],
    ['46328', 'MAP_BAD_DATE'], // a serial number written as text
    ['besok', 'MAP_BAD_DATE'],
    ['2026-11', 'MAP_BAD_DATE'],
    // A time zone makes the day depend on the place: refused, never converted.
    ['2026-11-02T23:00:00Z', 'MAP_AMBIGUOUS_DATE'],
    ['2026-11-02T08:00:00+07:00', 'MAP_AMBIGUOUS_DATE'],
    ['2026-11-02 08:00 +0700', 'MAP_AMBIGUOUS_DATE'],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseBusinessDate(text))).toBe(expected);
  });

  it('says why 12/25/2026 fails, and what to do', () => {
    const r = parseBusinessDate('12/25/2026');
    expect(r.ok ? '' : r.message).toMatch(/--date-format month-first/);
  });
});

describe('parseBusinessDate: --date-format', () => {
  it.each<[DateFormat, string, string]>([
    ['month-first', '11/02/2026', '2026-11-02'],
    ['month-first', '1/13/26', '2026-01-13'],
    ['month-first', '13/01/2026', 'MAP_BAD_DATE'],
    ['month-first', '2026-11-02', '2026-11-02'], // ISO (Excel cells) is always read
    // auto: whichever reading is possible; both possible and different is ambiguous.
    ['auto', '13/01/2026', '2026-01-13'],
    ['auto', '01/13/2026', '2026-01-13'],
    ['auto', '05/05/2026', '2026-05-05'],
    ['auto', '03/04/2026', 'MAP_AMBIGUOUS_DATE'],
    ['auto', '3/4/26', 'MAP_AMBIGUOUS_DATE'],
    ['auto', '32/13/2026', 'MAP_BAD_DATE'],
    ['auto', '2026-04-03', '2026-04-03'],
    // Patterns: that layout only (plus ISO).
    ['DD/MM/YYYY', '02/11/2026', '2026-11-02'],
    ['DD/MM/YYYY', '02-11-2026', 'MAP_BAD_DATE'],
    ['DD/MM/YYYY', '02/11/26', 'MAP_BAD_DATE'],
    ['DD/MM/YYYY', '2026-11-02', '2026-11-02'],
    ['DD-MM-YYYY', '02-11-2026', '2026-11-02'],
    ['DD-MM-YYYY', '02/11/2026', 'MAP_BAD_DATE'],
    ['D/M/YY', '2/11/26', '2026-11-02'],
    ['D/M/YY', '2/11/2026', 'MAP_BAD_DATE'],
    ['MM/DD/YYYY', '11/02/2026', '2026-11-02'],
    ['MM/DD/YYYY', '25/12/2026', 'MAP_BAD_DATE'],
    ['YYYY-MM-DD', '2026-11-02', '2026-11-02'],
    ['YYYY-MM-DD', '02/11/2026', 'MAP_BAD_DATE'],
    ['YYYY-MM-DD', '2026-11-02T01:00:00Z', 'MAP_AMBIGUOUS_DATE'],
  ])('%s: %j → %j', (format, text, expected) => {
    expect(valueOf(parseBusinessDate(text, format))).toBe(expected);
  });

  it('every format reads an Excel date cell the same way', () => {
    for (const format of DATE_FORMATS) {
      expect([format, valueOf(parseBusinessDate('2026-02-28', format))]).toEqual([format, '2026-02-28']);
    }
  });
});
