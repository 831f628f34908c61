import { describe, expect, it } from '@jest/globals';
import { keepStoredNumbers, parseCode, parsePhone } from '../../src/map/spreadsheet-numbers.js';
import { unitsRemoved } from '../../src/map/unit-removal.js';

describe('phones a spreadsheet turned into numbers', () => {
  it.each([
    ['81234567890', '081234567890'],
    ['812345678', '0812345678'],
    ['6281298765432', '+6281298765432'],
  ])('%s is read as %s, with a warning', (text, value) => {
    const r = parsePhone(text);
    expect(r).toMatchObject({ ok: true, value, warning: { code: 'MAP_ZERO_RESTORED' } });
  });

  it.each(['081234567890', '+6281298765432', '0243512345', '243512345', '(024) 351-2345', '81234'])(
    '%s is kept as typed, no warning',
    (text) => {
      expect(parsePhone(text)).toEqual({ ok: true, value: text });
    },
  );

  it.each(['8.12346E+10', '6,28123E+12', '1.2e5'])('%s is refused in a phone and in a code', (text) => {
    expect(parsePhone(text)).toMatchObject({ ok: false, code: 'MAP_NUMBER_MANGLED' });
    expect(parseCode(text)).toMatchObject({ ok: false, code: 'MAP_NUMBER_MANGLED' });
  });

  it('an update keeps the stored value the row gives without its leading zeros or +', () => {
    const stored = { phone: '0243512345', ext_cust_no: '00123' };
    const column = (f: string) => `col ${f}`;
    const kept = keepStoredNumbers(
      stored,
      { phone: '243512345', ext_cust_no: '123', name: 'x' },
      ['phone', 'ext_cust_no'],
      column,
    );
    expect(kept.payload).toEqual({ phone: '0243512345', ext_cust_no: '00123', name: 'x' });
    expect(kept.warnings.map((w) => [w.code, w.column])).toEqual([
      ['MAP_ZERO_RESTORED', 'col phone'],
      ['MAP_ZERO_RESTORED', 'col ext_cust_no'],
    ]);
    const changed = keepStoredNumbers(stored, { phone: '0811111111' }, ['phone'], column);
    expect(changed).toEqual({ payload: { phone: '0811111111' }, warnings: [] });
    expect(
      keepStoredNumbers({ phone: '+6281298765432' }, { phone: '6281298765432' }, ['phone'], column).payload,
    ).toEqual({
      phone: '+6281298765432',
    });
  });
});

describe('units an update would remove', () => {
  it('names the stored units the row leaves out, ignoring case and spaces', () => {
    const stored = [{ name: 'PCS' }, { name: 'DUS' }, { name: 'Pak Kecil' }];
    expect(unitsRemoved(stored, [{ name: 'pcs' }, { name: 'DUS' }])).toEqual(['Pak Kecil']);
    expect(unitsRemoved(stored, [{ name: 'PCS' }, { name: 'dus' }, { name: 'PAKKECIL' }])).toEqual([]);
  });
});
