/**
 * A date column's order seen from the whole column (docs/DATES.md): an ambiguous `12/7/2026` is
 * refused when another row of the column is a date only the other way round.
 */
import { describe, expect, it } from '@jest/globals';
import { DateOrderScreen, type DateOrderEvidence } from '../../src/map/index.js';
import { mapCells } from './helpers.js';

function evidenceOf(values: string[]): DateOrderEvidence {
  const screen = new DateOrderScreen();
  values.forEach((v, k) => screen.note(k + 2, v));
  return screen.evidence;
}

const visit = (date: string, dateOrder?: DateOrderEvidence, dateFormat?: 'month-first') =>
  mapCells('visits', { Tanggal: date, 'Kode Pelanggan': 'C-1' }, { mode: 'create', dateOrder, dateFormat });

describe('DateOrderScreen', () => {
  it('notes the first value that is a date one way only, each way', () => {
    expect(evidenceOf(['12/7/2026', '2026-01-13', '1/13/2026', '2/14/2026'])).toEqual({
      monthFirst: { row: 4, value: '1/13/2026' },
    });
    expect(evidenceOf(['13/1/2026', '12/7/2026', '1/13/26 08:00'])).toEqual({
      dayFirst: { row: 2, value: '13/1/2026' },
      monthFirst: { row: 4, value: '1/13/26 08:00' },
    });
    // Ambiguous, equal parts, ISO, month names and impossible dates show nothing.
    expect(evidenceOf(['12/7/2026', '7/7/2026', '2026-12-07', '7 Des 2026', '31/31/2026'])).toEqual({});
  });
});

describe('a date column written month first', () => {
  const monthFirst = evidenceOf(['1/13/2026']);

  it('refuses an ambiguous value day first, naming the row that shows the order', () => {
    const r = visit('12/7/2026', monthFirst);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(['MAP_AMBIGUOUS_DATE']);
    expect(r.issues[0].message).toContain('2026-07-12 (day first) or 2026-12-07 (month first)');
    expect(r.issues[0].message).toContain('row 2: "1/13/2026"');
    expect(r.issues[0].message).toContain('--date-format month-first');
  });

  it('still reads what is not ambiguous, and the ambiguous ones without evidence', () => {
    for (const [text, date] of [
      ['13/7/2026', '2026-07-13'],
      ['7/7/2026', '2026-07-07'],
      ['2026-12-07', '2026-12-07'],
      ['7 Desember 2026', '2026-12-07'],
    ]) {
      const r = visit(text, monthFirst);
      expect(r.ok && r.payload.date).toBe(date);
    }
    const plain = visit('12/7/2026', {});
    expect(plain.ok && plain.payload.date).toBe('2026-07-12');
  });

  it('with --date-format month-first, refuses an ambiguous value when the column writes the day first', () => {
    expect(visit('12/7/2026', monthFirst, 'month-first')).toMatchObject({
      ok: true,
      payload: { date: '2026-12-07' },
    });
    const r = visit('12/7/2026', evidenceOf(['13/1/2026']), 'month-first');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'MAP_AMBIGUOUS_DATE', column: 'Tanggal' });
  });
});
