import { describe, expect, it } from '@jest/globals';
import { numberText, numberTextOf } from '../../src/read/cell-text.js';

/** numberTextOf takes the `<v>` text as it is when numberText would print it the same: never otherwise. */
describe('numberTextOf: the text of a number cell without formatting it again', () => {
  it.each([
    '0',
    '-0',
    '42',
    '-7.1434785',
    '-7.143478499999999',
    '0.30000000000000004',
    '1000000000000000',
    '123456789012345',
    '12345678901234567',
    '0.000001',
    '0.0000001',
    '0.000123',
    '1.50',
    '007',
    '5.',
    '.5',
    '+5',
    '1E3',
    '1e-7',
    '-0.5',
    '110.0012646',
    '99999999999999.9',
    '-95.5',
  ])('%s reads as numberText says', (raw) => {
    const n = Number(raw);
    expect(numberTextOf(raw, n)).toBe(numberText(n));
  });

  it('agrees with numberText on 20,000 generated decimals of every length', () => {
    let seed = 17;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const mismatches: string[] = [];
    for (let k = 0; k < 20_000; k++) {
      const digits = Array.from({ length: 1 + Math.floor(random() * 17) }, () =>
        String(Math.floor(random() * 10)),
      ).join('');
      const point = Math.floor(random() * (digits.length + 1));
      const raw = `${random() < 0.3 ? '-' : ''}${digits.slice(0, point) || '0'}${point < digits.length ? `.${digits.slice(point)}` : ''}`;
      const n = Number(raw);
      if (numberTextOf(raw, n) !== numberText(n)) mismatches.push(raw);
    }
    expect(mismatches).toEqual([]);
  });
});
