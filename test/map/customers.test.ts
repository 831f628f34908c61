import { describe, expect, it } from '@jest/globals';
import { bindColumns, describeIssues, mapRow } from '../../src/map/index.js';
import type { RowIssue } from '../../src/types.js';
import { codesOf, issuesOf, mapCells, payloadOf, sourceRow } from './helpers.js';

describe('customers: single cells (create)', () => {
  it('trims the name at the ends only and keeps codes verbatim', () => {
    const p = payloadOf(
      'customers',
      mapCells('customers', {
        Nama: '  Toko  Sumber Rejeki \t',
        Alamat: ' Jl. Pemuda\nNo. 12 ',
        Kota: ' Semarang ',
        'No HP': ' +6281234567890 ',
        'Kode Pelanggan': '00123',
      }),
    );
    expect(p).toEqual({
      name: 'Toko  Sumber Rejeki',
      address: 'Jl. Pemuda\nNo. 12',
      city: 'Semarang',
      phone: '+6281234567890',
      ext_cust_no: '00123',
    });
  });

  it.each([['Nama'], ['Name']])('a blank %s is MAP_REQUIRED on create and upsert', (header) => {
    for (const mode of ['create', 'upsert'] as const) {
      const m = mapCells('customers', { [header]: '   ', 'Kode Pelanggan': 'C1' }, { mode });
      expect(codesOf(m)).toEqual(['MAP_REQUIRED@name']);
      expect(issuesOf(m)[0].column).toBe(header);
    }
  });

  it.each<[string, boolean | undefined | string]>([
    ['TRUE', true],
    ['false', false],
    ['1', true],
    ['0', false],
    ['Ya', true],
    ['Tidak', false],
    ['aktif', true],
    ['Nonaktif', false],
    ['ACTIVE', true],
    ['inactive', false],
    ['y', true],
    ['n', false],
    ['', undefined],
    ['kadang', 'MAP_INVALID@status'],
  ])('status %j → %j', (cell, expected) => {
    const m = mapCells('customers', { Nama: 'A', Aktif: cell });
    if (typeof expected === 'string') expect(codesOf(m)).toEqual([expected]);
    else expect(payloadOf('customers', m).status).toBe(expected);
  });

  it.each<[string, string[] | undefined]>([
    ['VIP', ['VIP']],
    ['VIP, Grosir;Pasar|Kudus\nBaru', ['VIP', 'Grosir', 'Pasar', 'Kudus', 'Baru']],
    ['VIP, vip , VIP', ['VIP']],
    [' , ; ', []],
    ['', undefined],
  ])('tags %j → %j', (cell, expected) => {
    expect(payloadOf('customers', mapCells('customers', { Nama: 'A', Label: cell })).tags).toEqual(expected);
  });
});

describe('customers: location from lat and lon', () => {
  const loc = (lat: string, lon: string) =>
    mapCells('customers', { Nama: 'A', Latitude: lat, Longitude: lon });

  it.each<[string, string, { lat: number; lon: number }]>([
    ['90', '180', { lat: 90, lon: 180 }],
    ['-90', '-180', { lat: -90, lon: -180 }],
    ['0', '0', { lat: 0, lon: 0 }],
    ['-7.1434', '110.4337', { lat: -7.1434, lon: 110.4337 }],
    ['-7,1434', '110,4337', { lat: -7.1434, lon: 110.4337 }],
    [' -7.14 ', ' 110.43 ', { lat: -7.14, lon: 110.43 }],
    ['1e-7', '-1E-7', { lat: 1e-7, lon: -1e-7 }],
  ])('lat %j, lon %j accepted', (lat, lon, expected) => {
    expect(payloadOf('customers', loc(lat, lon)).location).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ['90.0000001', '0', ['MAP_OUT_OF_RANGE@location.lat']],
    ['-90.0000001', '0', ['MAP_OUT_OF_RANGE@location.lat']],
    ['0', '180.0000001', ['MAP_OUT_OF_RANGE@location.lon']],
    ['0', '-180.0000001', ['MAP_OUT_OF_RANGE@location.lon']],
    ['NaN', '0', ['MAP_NOT_A_NUMBER@location.lat']],
    ['Infinity', '0', ['MAP_NOT_A_NUMBER@location.lat']],
    ['1e999', '0', ['MAP_NOT_A_NUMBER@location.lat']],
    ['0x1A', '0', ['MAP_NOT_A_NUMBER@location.lat']],
    ['0', 'abc', ['MAP_NOT_A_NUMBER@location.lon']],
    ['1,234', '0', ['MAP_NOT_A_NUMBER@location.lat']],
    ['1,234,567', '0', ['MAP_NOT_A_NUMBER@location.lat']],
    ['1.234,5', '0', ['MAP_NOT_A_NUMBER@location.lat']],
    ['', '110.43', ['MAP_BOTH_OR_NEITHER@location.lat']],
    ['-7.14', '  ', ['MAP_BOTH_OR_NEITHER@location.lon']],
    ['abc', '', ['MAP_BOTH_OR_NEITHER@location.lon', 'MAP_NOT_A_NUMBER@location.lat']],
    ['91', '181', ['MAP_OUT_OF_RANGE@location.lat', 'MAP_OUT_OF_RANGE@location.lon']],
  ])('lat %j, lon %j → %j', (lat, lon, expected) => {
    expect(codesOf(loc(lat, lon))).toEqual(expected);
  });

  it('both blank: no location sent', () => {
    expect(payloadOf('customers', loc('', '')).location).toBeUndefined();
  });

  it('names the blank column in a both-or-neither issue', () => {
    const [issue] = issuesOf(loc('-7.14', ''));
    expect(issue).toMatchObject({ column: 'Longitude', field: 'location.lon' });
    expect(issue.message).toContain('Latitude');
  });
});

describe('customers: location in one column', () => {
  it.each<[string, { lat: number; lon: number } | string[]]>([
    ['-7.14, 110.43', { lat: -7.14, lon: 110.43 }],
    ['-7.14,110.43', { lat: -7.14, lon: 110.43 }],
    ['-7.14;110.43', { lat: -7.14, lon: 110.43 }],
    ['-7,14; 110,43', { lat: -7.14, lon: 110.43 }],
    ['-7.14 110.43', { lat: -7.14, lon: 110.43 }],
    ['90, -180', { lat: 90, lon: -180 }],
    ['-7.14,', ['MAP_BOTH_OR_NEITHER@location.lon']],
    ['; 110.43', ['MAP_BOTH_OR_NEITHER@location.lat']],
    ['-7,14, 110,43', ['MAP_INVALID@location']],
    ['-7.14', ['MAP_INVALID@location']],
    ['91, 0', ['MAP_OUT_OF_RANGE@location.lat']],
    ['x, y', ['MAP_NOT_A_NUMBER@location.lat', 'MAP_NOT_A_NUMBER@location.lon']],
  ])('%j', (cell, expected) => {
    const m = mapCells('customers', { Nama: 'A', Lokasi: cell });
    if (Array.isArray(expected)) {
      expect(codesOf(m)).toEqual(expected);
      expect(issuesOf(m).every((i) => i.column === 'Lokasi')).toBe(true);
    } else expect(payloadOf('customers', m).location).toEqual(expected);
  });
});

describe('customers: several problems in one row', () => {
  it('reports every problem, each with its column and field', () => {
    const m = mapCells('customers', {
      'Nama Pelanggan': '',
      Lat: '95',
      Lon: 'timur',
      Aktif: 'mungkin',
      'No HP': '0812',
    });
    expect(issuesOf(m)).toEqual([
      {
        code: 'MAP_REQUIRED',
        field: 'name',
        column: 'Nama Pelanggan',
        message: 'is required',
        localized: { key: 'row.isRequired', params: {} },
      },
      expect.objectContaining({ code: 'MAP_INVALID', field: 'status', column: 'Aktif' }),
      expect.objectContaining({ code: 'MAP_OUT_OF_RANGE', field: 'location.lat', column: 'Lat' }),
      expect.objectContaining({ code: 'MAP_NOT_A_NUMBER', field: 'location.lon', column: 'Lon' }),
    ]);
  });

  it('describeIssues formats "column: message [CODE]" joined by "; "', () => {
    const m = mapCells('customers', { Nama: '', Lat: '95', Lon: '1' });
    expect(describeIssues(issuesOf(m))).toBe(
      'Nama: is required [MAP_REQUIRED]; Lat: must be between -90 and 90, got "95" [MAP_OUT_OF_RANGE]',
    );
    expect(describeIssues([{ code: 'API_SERVER', message: 'server error' }])).toBe(
      'server error [API_SERVER]',
    );
    expect(describeIssues([{ code: 'KEY_MISSING', field: 'ext_cust_no', message: 'is blank' }])).toBe(
      'ext_cust_no: is blank [KEY_MISSING]',
    );
  });
});

describe('customers: read issues', () => {
  const cellError: RowIssue = { code: 'READ_CELL_ERROR', column: 'Kota', message: 'Excel error #REF!' };

  it('a read issue in a used column makes the row invalid, with the field filled in', () => {
    const m = mapCells('customers', { Nama: 'A', Kota: '' }, { mode: 'create' }, { readIssues: [cellError] });
    expect(issuesOf(m)).toEqual([{ ...cellError, field: 'city' }]);
  });

  it('is reported with the row’s other problems, and the cell is not parsed again', () => {
    const bad = { code: 'READ_CELL_ERROR' as const, column: 'Lat', message: '#VALUE!' };
    const m = mapCells(
      'customers',
      { Nama: '', Lat: '#VALUE!', Lon: '1' },
      { mode: 'create' },
      { readIssues: [bad] },
    );
    expect(codesOf(m)).toEqual(['MAP_REQUIRED@name', 'READ_CELL_ERROR@location.lat']);
  });

  it('a read issue in an unknown column is only a warning', () => {
    const other = { ...cellError, column: 'Catatan' };
    const m = mapCells('customers', { Nama: 'A', Catatan: '' }, { mode: 'create' }, { readIssues: [other] });
    expect(m.ok && m.warnings).toEqual([other]);
  });

  it('a read issue in a column the mode does not read is only a warning (delete reads the key)', () => {
    const m = mapCells('customers', { id: '5', Kota: '' }, { mode: 'delete' }, { readIssues: [cellError] });
    expect(m.ok && m.warnings).toEqual([cellError]);
  });

  it('a read issue without a column makes the row invalid', () => {
    const rowIssue: RowIssue = { code: 'READ_CELL_ERROR', message: 'row unreadable' };
    const m = mapCells('customers', { Nama: 'A' }, { mode: 'create' }, { readIssues: [rowIssue] });
    expect(issuesOf(m)).toEqual([rowIssue]);
  });
});

describe('customers: keys and modes', () => {
  const headers = ['id', 'Kode Pelanggan', 'Nama', 'Alamat', 'Kota', 'Lat', 'Lon', 'Label', 'Aktif'];
  const cells = (over: Record<string, string>) => ({
    id: '',
    'Kode Pelanggan': 'C-001',
    Nama: 'Toko A',
    Alamat: '',
    Kota: '',
    Lat: '',
    Lon: '',
    Label: '',
    Aktif: '',
    ...over,
  });
  const map = (
    over: Record<string, string>,
    mode: 'create' | 'update' | 'upsert' | 'delete' | 'update-status',
    blank?: 'ignore' | 'clear',
  ) =>
    mapRow('customers', bindColumns('customers', headers, { mode }), sourceRow(cells(over)), { mode, blank });

  it('update sends only present, non-blank columns; the natural key is the key, not a change', () => {
    const m = map({ Kota: 'Kudus' }, 'update');
    expect(m.ok && m.key).toEqual({ kind: 'ext', field: 'ext_cust_no', value: 'C-001' });
    expect(payloadOf('customers', m, 'update')).toEqual({ name: 'Toko A', city: 'Kudus' });
  });

  it('update with a file of only some columns sends only those', () => {
    const b = bindColumns('customers', ['Kode Pelanggan', 'Aktif'], { mode: 'update' });
    const m = mapRow('customers', b, sourceRow({ 'Kode Pelanggan': 'C-1', Aktif: 'tidak' }), {
      mode: 'update',
    });
    expect(payloadOf('customers', m, 'update')).toEqual({ status: false });
  });

  it('the id wins over the natural key, which is then sent as a change', () => {
    const m = map({ id: '51234', 'Kode Pelanggan': 'C-NEW' }, 'update');
    expect(m.ok && m.key).toEqual({ kind: 'id', value: 51234 });
    expect(payloadOf('customers', m, 'update')).toEqual({ ext_cust_no: 'C-NEW', name: 'Toko A' });
  });

  it.each<[string, string]>([
    ['0', 'MAP_OUT_OF_RANGE@id'],
    ['-3', 'MAP_OUT_OF_RANGE@id'],
    ['1.5', 'MAP_INVALID@id'],
    ['abc', 'MAP_NOT_A_NUMBER@id'],
  ])('an id of %j is refused (%s), without falling back to the code', (id, code) => {
    expect(codesOf(map({ id }, 'update'))).toEqual([code]);
  });

  it.each(['update', 'delete', 'update-status'] as const)('%s without any key: KEY_MISSING', (mode) => {
    const m = map({ 'Kode Pelanggan': ' ', Aktif: 'TRUE' }, mode);
    expect(issuesOf(m)).toEqual([expect.objectContaining({ code: 'KEY_MISSING', column: 'Kode Pelanggan' })]);
  });

  it('upsert without a key creates, with a warning', () => {
    const m = map({ 'Kode Pelanggan': '' }, 'upsert');
    expect(payloadOf('customers', m, 'upsert')).toEqual({ name: 'Toko A' });
    expect(m.ok && m.key).toBeUndefined();
    expect(m.ok && m.warnings?.map((w) => w.code)).toEqual(['KEY_MISSING_UPSERT_CREATES']);
  });

  it('upsert sends the natural key too (the row may create)', () => {
    const m = map({}, 'upsert');
    expect(payloadOf('customers', m, 'upsert')).toEqual({ ext_cust_no: 'C-001', name: 'Toko A' });
    expect(m.ok && m.key).toEqual({ kind: 'ext', field: 'ext_cust_no', value: 'C-001' });
  });

  it('create never sends the id: it keeps it as fileId (to skip a record that exists), keyed by the natural key', () => {
    const m = map({ id: '77' }, 'create');
    expect(payloadOf('customers', m)).toEqual({ ext_cust_no: 'C-001', name: 'Toko A' });
    expect(m.ok && m.key).toEqual({ kind: 'ext', field: 'ext_cust_no', value: 'C-001' });
    expect(m.ok && m.fileId).toBe(77);
    expect(m.ok && m.warnings).toBeUndefined();
  });

  it('create ignores an id cell that is no id, with a warning', () => {
    const m = map({ id: 'abc' }, 'create');
    expect(m.ok && m.fileId).toBeUndefined();
    expect(m.ok && m.warnings).toEqual([expect.objectContaining({ code: 'MAP_IGNORED', column: 'id' })]);
  });

  it('delete reads only the key: other cells are not validated', () => {
    const m = map({ id: '9', Nama: '', Lat: 'x', Aktif: 'maybe' }, 'delete');
    expect(m.ok && m.payload).toEqual({});
    expect(m.ok && m.key).toEqual({ kind: 'id', value: 9 });
  });

  it('update-status sends only the status, which is required', () => {
    expect(map({ Aktif: 'nonaktif', Nama: '' }, 'update-status')).toMatchObject({
      ok: true,
      payload: { status: false },
    });
    expect(codesOf(map({ Aktif: '' }, 'update-status'))).toEqual(['MAP_REQUIRED@status']);
  });

  it('blank=clear: present blank columns clear their fields', () => {
    const m = map({ Nama: 'Toko A', Aktif: 'TRUE' }, 'update', 'clear');
    expect(payloadOf('customers', m, 'update')).toEqual({
      name: 'Toko A',
      status: true,
      address: '',
      city: '',
      location: null,
      tags: [],
    });
  });

  it('blank=clear: name and status cannot be cleared; half a location is still an error', () => {
    const m = mapRow(
      'customers',
      bindColumns('customers', ['id', 'Nama', 'Aktif', 'Lat', 'Lon'], { mode: 'update' }),
      sourceRow({ id: '5', Nama: ' ', Aktif: '', Lat: '1', Lon: '' }),
      { mode: 'update', blank: 'clear' },
    );
    expect(codesOf(m)).toEqual([
      'MAP_BOTH_OR_NEITHER@location.lon',
      'MAP_REQUIRED@name',
      'MAP_REQUIRED@status',
    ]);
  });

  it('blank=clear keyed by id clears the natural key too', () => {
    const m = map({ id: '5', 'Kode Pelanggan': '', Nama: 'X', Aktif: '0' }, 'update', 'clear');
    expect(payloadOf('customers', m, 'update')).toMatchObject({ ext_cust_no: '' });
  });

  it('blank=clear does nothing on create', () => {
    expect(payloadOf('customers', map({}, 'create', 'clear'))).toEqual({
      ext_cust_no: 'C-001',
      name: 'Toko A',
    });
  });

  it('rejects a binding made for another entity', () => {
    const b = bindColumns('products', ['Kode Produk'], { mode: 'delete' });
    expect(() => mapRow('customers', b, sourceRow({}), { mode: 'delete' })).toThrow(TypeError);
  });
});
