/** Which unbound headers the page suggests a column for: a likely typo, never a short near-miss. */
import { describe, expect, it } from '@jest/globals';
import { closeEnough } from '../../src/workspace/suggest.js';

describe('closeEnough', () => {
  it('suggests a typo of a long name', () => {
    expect(closeEnough('Nama Tokoh', ['Nama Toko', 'name'])).toBe(true);
    expect(closeEnough('Kode Pelangan', ['Kode Pelanggan', 'ext_cust_no'])).toBe(true);
  });

  it('does not suggest for short headers two edits from a short name (user test: No → lon, Kode → Kota)', () => {
    expect(closeEnough('No', ['Longitude', 'location.lon', 'lon'])).toBe(false);
    expect(closeEnough('Kode', ['Kota', 'city'])).toBe(false);
    expect(closeEnough('Catatan', ['Kota', 'city', 'Kecamatan'])).toBe(false);
  });
});
