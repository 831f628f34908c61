import { describe, expect, it } from '@jest/globals';
import {
  parseBoolean,
  parseDate,
  parseDiscountChain,
  parseEnum,
  parseInteger,
  parseNumber,
  parseTags,
} from '../../src/map/index.js';
import type { Parsed } from '../../src/map/index.js';

const valueOf = <T>(r: Parsed<T>) => (r.ok ? r.value : r.code);

describe('parseNumber', () => {
  it.each<[string, number | string]>([
    ['0', 0],
    ['-0', 0],
    ['12', 12],
    ['+12', 12],
    ['-7.1434', -7.1434],
    ['110.43', 110.43],
    ['.5', 0.5],
    ['1.', 1],
    ['1e-7', 1e-7],
    ['1.5E+3', 1500],
    ['12.500', 12.5], // a dot is always the decimal point outside money columns
    ['-7,1434', -7.1434], // unambiguous decimal comma
    ['12,5', 12.5],
    ['0,123', 0.123], // cannot be thousands: a group does not start with 0 alone
    ['1234,567', 1234.567], // cannot be thousands: 4 digits before the comma
    ['1,234', 'MAP_NOT_A_NUMBER'], // 1.234 or 1234? refused
    ['-1,234', 'MAP_NOT_A_NUMBER'],
    ['1,234,567', 'MAP_NOT_A_NUMBER'],
    ['1.234,5', 'MAP_NOT_A_NUMBER'],
    ['1,234.5', 'MAP_NOT_A_NUMBER'],
    ['NaN', 'MAP_NOT_A_NUMBER'],
    ['Infinity', 'MAP_NOT_A_NUMBER'],
    ['-Infinity', 'MAP_NOT_A_NUMBER'],
    ['1e999', 'MAP_NOT_A_NUMBER'],
    ['0x10', 'MAP_NOT_A_NUMBER'],
    ['0x1A', 'MAP_NOT_A_NUMBER'],
    ['0b11', 'MAP_NOT_A_NUMBER'],
    ['abc', 'MAP_NOT_A_NUMBER'],
    ['12 500', 'MAP_NOT_A_NUMBER'],
    ['Rp 5.000', 'MAP_NOT_A_NUMBER'],
    ['', 'MAP_NOT_A_NUMBER'],
    ['-', 'MAP_NOT_A_NUMBER'],
    ['1e', 'MAP_NOT_A_NUMBER'],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseNumber(text))).toBe(expected);
  });

  it.each<[string, number | string]>([
    ['12500', 12500],
    ['12.5', 12.5],
    ['12.50', 12.5],
    ['0.500', 0.5],
    ['12.500', 'MAP_NOT_A_NUMBER'],
    ['1.250.000', 'MAP_NOT_A_NUMBER'],
    ['12,500', 'MAP_NOT_A_NUMBER'],
    ['12500,5', 12500.5],
  ])('money %j → %j', (text, expected) => {
    expect(valueOf(parseNumber(text, { money: true }))).toBe(expected);
  });

  it('says what it received and why', () => {
    const r = parseNumber('1,234');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/ambiguous.*"1,234"/);
  });
});

describe('parseInteger', () => {
  it.each<[string, number | string]>([
    ['24', 24],
    ['24.0', 24],
    ['1', 1],
    ['1.5', 'MAP_INVALID'],
    ['x', 'MAP_NOT_A_NUMBER'],
    ['9007199254740993', 'MAP_OUT_OF_RANGE'],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseInteger(text))).toBe(expected);
  });
});

describe('parseBoolean', () => {
  it.each<[string, boolean | string]>([
    ['TRUE', true],
    ['true', true],
    ['True', true],
    ['FALSE', false],
    ['1', true],
    ['0', false],
    ['yes', true],
    ['NO', false],
    ['y', true],
    ['N', false],
    ['Ya', true],
    ['tidak', false],
    ['Aktif', true],
    ['nonaktif', false],
    ['Non-Aktif', false],
    ['non aktif', false],
    ['Tidak Aktif', false],
    ['tidak-aktif', false],
    ['active', true],
    ['Inactive', false],
    ['maybe', 'MAP_INVALID'],
    ['2', 'MAP_INVALID'],
    ['on', 'MAP_INVALID'],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseBoolean(text))).toBe(expected);
  });

  it('lists the accepted words', () => {
    const r = parseBoolean('maybe');
    expect(!r.ok && r.message).toContain('ya/tidak');
  });
});

describe('parseTags', () => {
  it.each<[string, string[]]>([
    ['VIP', ['VIP']],
    ['VIP, Grosir', ['VIP', 'Grosir']],
    ['a;b|c\nd\r\ne', ['a', 'b', 'c', 'd', 'e']],
    [' a ,, ; b ,', ['a', 'b']],
    ['VIP, vip, Vip, Grosir', ['VIP', 'Grosir']],
    ['Pasar Johar, Pasar Johar', ['Pasar Johar']],
    [',;|', []],
  ])('%j → %j', (text, expected) => {
    expect(parseTags(text)).toEqual(expected);
  });
});

describe('parseDiscountChain', () => {
  it.each<[string, string]>([
    ['5', '5'],
    ['55.55+3', '55.55+3'],
    ['55.55 + 3', '55.55+3'],
    ['10%+5%', '10+5'],
    ['0', '0'],
    ['100', '100'],
    ['5.0+3', '5+3'],
    ['55,55+3', '55.55+3'],
    ['100.5', 'MAP_OUT_OF_RANGE'],
    ['101', 'MAP_OUT_OF_RANGE'],
    ['5+-3', 'MAP_OUT_OF_RANGE'],
    ['-5', 'MAP_OUT_OF_RANGE'],
    ['5++3', 'MAP_INVALID'],
    ['5+', 'MAP_INVALID'],
    ['abc', 'MAP_INVALID'],
    ['5-3', 'MAP_INVALID'],
    ['5,3,1', 'MAP_INVALID'],
  ])('%j → %j', (text, expected) => {
    expect(valueOf(parseDiscountChain(text))).toBe(expected);
  });
});

describe('parseDate and parseEnum', () => {
  it.each<[string, string]>([
    ['2026-11-02', '2026-11-02'],
    ['2024-02-29', '2024-02-29'],
    ['2025-02-29', 'MAP_BAD_DATE'],
    ['2026-13-01', 'MAP_BAD_DATE'],
    ['2026-04-31', 'MAP_BAD_DATE'],
    ['02/11/2026', 'MAP_BAD_DATE'],
  ])('date %j → %j', (text, expected) => {
    expect(valueOf(parseDate(text))).toBe(expected);
  });

  it.each<[string, string]>([
    ['baru', 'Baru'],
    ['LUNAS', 'Lunas'],
    ['Selesai', 'MAP_INVALID'],
  ])('enum %j → %j', (text, expected) => {
    expect(valueOf(parseEnum(text, ['Baru', 'Diproses', 'Terkirim', 'Lunas', 'Batal']))).toBe(expected);
  });
});

describe('parseNumber in a ; file (decimalComma)', () => {
  it.each<[string, number]>([
    ['1,250', 1.25],
    ['-7,125', -7.125],
    ['12,5', 12.5],
    ['12.5', 12.5],
    ['-6.9817', -6.9817],
  ])('%s is %d', (text, value) => {
    expect(parseNumber(text, { decimalComma: true })).toEqual({ ok: true, value });
  });

  it.each(['1.250.000', '1.234,5', '1,234,567'])('%s is still refused', (text) => {
    expect(parseNumber(text, { decimalComma: true })).toMatchObject({ ok: false, code: 'MAP_NOT_A_NUMBER' });
  });

  it('outside a ; file 1,250 stays ambiguous', () => {
    expect(parseNumber('1,250')).toMatchObject({ ok: false, code: 'MAP_NOT_A_NUMBER' });
  });

  it('a money column still refuses Indonesian thousands dots', () => {
    expect(parseNumber('12.500', { money: true, decimalComma: true })).toMatchObject({ ok: false });
  });
});
