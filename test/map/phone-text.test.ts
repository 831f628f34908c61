/** Phone cells that are no phone number (docs/spreadsheet-numbers.md). */
import { describe, expect, it } from '@jest/globals';
import { parsePhone } from '../../src/map/spreadsheet-numbers.js';
import { mapCells } from './helpers.js';

describe('a phone cell that is no phone number', () => {
  it.each(['telp kantor', 'belum ada', 'n/a'])('%s (no digits) is refused', (text) => {
    expect(parsePhone(text)).toMatchObject({ ok: false, code: 'MAP_BAD_PHONE' });
  });

  it.each(['0812-xxx', '021 555 1234 ext 12', 'WA 081234567890', '0812 3456 7890 (Budi)'])(
    '%s (letters among the digits) is refused, naming the letters',
    (text) => {
      const r = parsePhone(text);
      expect(r).toMatchObject({ ok: false, code: 'MAP_BAD_PHONE' });
      if (!r.ok) expect(r.message).toMatch(/has letters \(".+"\)/);
    },
  );

  it.each(['-', '--', '.', '/', '–', ' - '.trim()])('%s is a placeholder: blank, with a warning', (text) => {
    expect(parsePhone(text)).toMatchObject({
      ok: true,
      value: undefined,
      warning: { code: 'MAP_PHONE_PLACEHOLDER' },
    });
  });

  it.each(['081234567890', '+62 812-3456-7890', '(024) 351-2345', '0243512345', '021.555.1234', '0812/0813'])(
    '%s is still kept as typed',
    (text) => {
      expect(parsePhone(text)).toEqual({ ok: true, value: text });
    },
  );

  it('a row: a placeholder sends no phone and is valid; words fail the row', () => {
    const placeholder = mapCells('customers', { 'Kode Pelanggan': 'C-1', Nama: 'Toko A', 'No HP': '-' });
    expect(placeholder).toMatchObject({
      ok: true,
      warnings: [{ code: 'MAP_PHONE_PLACEHOLDER', column: 'No HP' }],
    });
    expect(placeholder.ok && 'phone' in placeholder.payload).toBe(false);
    const words = mapCells('customers', { 'Kode Pelanggan': 'C-1', Nama: 'Toko A', 'No HP': 'telp kantor' });
    expect(words).toMatchObject({ ok: false, issues: [{ code: 'MAP_BAD_PHONE', column: 'No HP' }] });
  });
});

describe('a bad phone in a keyed update or upsert: left to the stored record (docs/REIMPORT.md)', () => {
  const cells = { 'Kode Pelanggan': 'C-1', Nama: 'Toko A', 'No HP': ' telp kantor ' };

  it.each(['update', 'upsert'] as const)('%s: the row maps, the raw phone sent, the error held', (mode) => {
    const row = mapCells('customers', cells, { mode });
    expect(row).toMatchObject({
      ok: true,
      payload: { phone: 'telp kantor' },
      unlessStored: [{ code: 'MAP_BAD_PHONE', field: 'phone', column: 'No HP' }],
    });
  });

  it('create, an upsert without a key, or another error on the row: refused as before', () => {
    expect(mapCells('customers', cells)).toMatchObject({ ok: false, issues: [{ code: 'MAP_BAD_PHONE' }] });
    const keyless = mapCells('customers', { Nama: 'Toko A', 'No HP': '0812-xxx' }, { mode: 'upsert' });
    expect(keyless).toMatchObject({ ok: false, issues: [{ code: 'MAP_BAD_PHONE' }] });
    const twice = mapCells('customers', { ...cells, lat: 'utara', lon: '110' }, { mode: 'update' });
    expect(twice.ok).toBe(false);
    if (!twice.ok) expect(twice.issues.map((i) => i.code)).toEqual(['MAP_NOT_A_NUMBER', 'MAP_BAD_PHONE']);
  });
});
