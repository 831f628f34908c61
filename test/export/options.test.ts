/** Export options: checked once, with messages that say what was received; placeholders; calendar. */
import { describe, expect, it } from '@jest/globals';
import {
  addDays,
  checkExportOptions,
  expandOutPath,
  startOfDayIn,
  todayIn,
  type RawExportOptions,
} from '../../src/export/index.js';
import { RunError } from '../../src/errors.js';

function refused(raw: RawExportOptions): string {
  try {
    checkExportOptions(raw);
  } catch (err) {
    expect(err).toBeInstanceOf(RunError);
    expect((err as RunError).code).toBe('CONFIG_INVALID');
    return (err as RunError).message;
  }
  throw new Error('accepted');
}

describe('checkExportOptions', () => {
  it('fills the defaults', () => {
    expect(checkExportOptions({ entity: 'customers', out: 'c.csv' })).toEqual({
      entity: 'customers',
      out: 'c.csv',
      format: 'csv',
      status: 'all',
      layout: 'lines',
      delimiter: ',',
      bom: true,
      overlapDays: 1,
      timezone: 'Asia/Jakarta',
    });
  });

  it('takes the format from the extension; .tsv is CSV with tabs; a tab delimiter survives', () => {
    expect(checkExportOptions({ entity: 'teams', out: 'T.XLSX' }).format).toBe('xlsx');
    expect(checkExportOptions({ entity: 'teams', out: 't.tsv' })).toMatchObject({
      format: 'csv',
      delimiter: '\t',
    });
    expect(checkExportOptions({ entity: 'teams', out: 't.csv', delimiter: '\t' }).delimiter).toBe('\t');
    expect(checkExportOptions({ entity: 'teams', out: 't.csv', delimiter: 'tab' }).delimiter).toBe('\t');
    // By name, as a shell needs no quotes for it: semicolon for Excel set to Indonesian.
    for (const [name, char] of [
      ['semicolon', ';'],
      ['Semicolon', ';'],
      ['comma', ','],
      ['pipe', '|'],
    ]) {
      expect(checkExportOptions({ entity: 'teams', out: 't.csv', delimiter: name }).delimiter).toBe(char);
    }
    expect(refused({ entity: 'teams', out: 't.csv', delimiter: 'colon' })).toMatch(/one character/);
    expect(refused({ entity: 'teams', out: 't.ods' })).toMatch(/end in \.csv, \.tsv or \.xlsx, got `t\.ods`/);
    expect(refused({ entity: 'teams', out: 't.csv', delimiter: ';;' })).toMatch(/one character/);
    expect(refused({ entity: 'teams', out: 't.xlsx', delimiter: ';' })).toMatch(/CSV output only/);
  });

  it('refuses options that mean nothing for the entity', () => {
    expect(refused({ entity: 'customers', out: 'c.csv', from: '2026-11-01' })).toMatch(
      /`from` applies to visits and orders/,
    );
    expect(refused({ entity: 'orders', out: 'o.csv', search: 'x' })).toMatch(
      /`search` applies to customers and products/,
    );
    expect(refused({ entity: 'visits', out: 'v.xlsx', layout: 'sheets' })).toMatch(
      /`layout` applies to orders/,
    );
    expect(refused({ entity: 'teams', out: 't.csv', since: 'last' })).toMatch(/--since last/);
    expect(refused({ entity: 'orders', out: 'o.csv', layout: 'sheets' })).toMatch(/needs an \.xlsx/);
  });

  it('checks values and says what it got', () => {
    expect(refused({ entity: 'orders', out: 'o.csv', from: '2026-02-30' })).toMatch(
      /date YYYY-MM-DD, got `2026-02-30`/,
    );
    expect(refused({ entity: 'orders', out: 'o.csv', from: '2026-11-02', to: '2026-11-01' })).toMatch(
      /after/,
    );
    expect(refused({ entity: 'customers', out: 'c.csv', status: 'open' })).toMatch(
      /active, inactive, all, got `open`/,
    );
    expect(refused({ entity: 'customers', out: 'c.csv', updatedSince: 'yesterday' })).toMatch(
      /ISO timestamp/,
    );
    expect(refused({ entity: 'orders', out: 'o.csv', since: 'last', to: '2026-11-01' })).toMatch(
      /cannot be combined/,
    );
    expect(refused({ entity: 'orders', out: 'o.csv', since: 'last', overlap: '-1' })).toMatch(/0 to 366/);
    expect(refused({ entity: 'orders', out: 'o.csv', timezone: 'Mars/Olympus' })).toMatch(/IANA time zone/);
    expect(refused({ entity: 'orders', out: 'o-{day}.csv' })).toMatch(/unknown placeholder \{day\}/);
    expect(refused({ entity: 'parcels', out: 'p.csv' })).toMatch(
      /one of customers, products, visits, orders, teams/,
    );
  });

  it('normalises an updated-since timestamp to UTC', () => {
    const job = checkExportOptions({
      entity: 'products',
      out: 'p.csv',
      updatedSince: '2026-11-01T08:00:00+07:00',
    });
    expect(job.updatedSince).toBe('2026-11-01T01:00:00.000Z');
  });
});

describe('output path placeholders', () => {
  it('fills {date} {from} {to} {entity}', () => {
    const values = { date: '2026-11-02', from: '2026-10-01', to: '2026-10-31', entity: 'orders' };
    expect(expandOutPath('out/{entity}-{from}_{to}-{date}.xlsx', values)).toBe(
      'out/orders-2026-10-01_2026-10-31-2026-11-02.xlsx',
    );
  });
});

describe('calendar', () => {
  it('knows today and midnight in a zone, without the machine zone', () => {
    const instant = Date.parse('2026-10-31T18:30:00Z'); // already Nov 1 in Jakarta (UTC+7)
    expect(todayIn('Asia/Jakarta', instant)).toBe('2026-11-01');
    expect(todayIn('UTC', instant)).toBe('2026-10-31');
    expect(startOfDayIn('2026-11-01', 'Asia/Jakarta')).toBe('2026-10-31T17:00:00.000Z');
    expect(startOfDayIn('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z'); // DST day
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
