/** The customers column table (docs/ARCHITECTURE.md, API §3). */
import { rowText, type RowText } from '../i18n/index.js';
import type { Customer, Location } from '../contract/index.js';
import { LIMITS } from '../contract/index.js';
import type { BuildContext, ColumnSpec, CompositeCell, CompositeSpec, EntitySpec } from './columns.js';
import { parseCell } from './parse-cell.js';
import { quote } from './parse-values.js';
import {
  cellNumber,
  cellText,
  cellValue,
  idColumn,
  reportCell,
  sameList,
  sameText,
  statusColumn,
  tagsColumn,
} from './shared-columns.js';

const LAT = 'location.lat';
const LON = 'location.lon';
const LOCATION = 'location';
/** Coordinates closer than this are the same place (float noise from a spreadsheet round trip). */
export const LOCATION_TOLERANCE = 1e-9;

const latColumn: ColumnSpec = {
  field: LAT,
  header: 'lat',
  aliases: ['Latitude', 'Lintang'],
  required: false,
  kind: 'number',
  min: LIMITS.latMin,
  max: LIMITS.latMax,
  companions: [LON],
  description: 'Latitude of the customer, decimal degrees.',
  rule: `A number from ${LIMITS.latMin} to ${LIMITS.latMax}; give both lat and lon, or neither.`,
  example: '-7.1434',
  exported: true,
};

const lonColumn: ColumnSpec = {
  field: LON,
  header: 'lon',
  aliases: ['Longitude', 'Lng', 'Long', 'Bujur'],
  required: false,
  kind: 'number',
  min: LIMITS.lonMin,
  max: LIMITS.lonMax,
  companions: [LAT],
  description: 'Longitude of the customer, decimal degrees.',
  rule: `A number from ${LIMITS.lonMin} to ${LIMITS.lonMax}; give both lat and lon, or neither.`,
  example: '110.4337',
  exported: true,
};

const columns: readonly ColumnSpec[] = [
  idColumn('customer'),
  {
    field: 'ext_cust_no',
    header: 'ext_cust_no',
    aliases: [
      'Kode Pelanggan',
      'Customer No',
      'Customer Code',
      'Ext Cust No',
      'No Pelanggan',
      'Kode Customer',
    ],
    required: false,
    kind: 'code',
    idAlias: { entity: 'customers', idField: 'id' },
    description: 'Your own customer number; the key for update, upsert and delete.',
    rule: 'Text, kept as written (leading zeros too).',
    example: 'C-00123',
    exported: true,
  },
  {
    field: 'name',
    header: 'name',
    aliases: ['Nama', 'Nama Pelanggan', 'Customer Name', 'Nama Toko', 'Nama Customer', 'Store Name'],
    required: true,
    kind: 'text',
    description: 'Customer (store) name.',
    rule: 'Required on create.',
    example: 'Toko Sumber Rejeki',
    exported: true,
  },
  {
    field: 'address',
    header: 'address',
    aliases: ['Alamat', 'Alamat Lengkap'],
    required: false,
    kind: 'text',
    description: 'Street address.',
    rule: 'Text.',
    example: 'Jl. Pemuda No. 12',
    exported: true,
  },
  {
    field: 'city',
    header: 'city',
    aliases: ['Kota', 'Kota/Kabupaten'],
    required: false,
    kind: 'text',
    description: 'City.',
    rule: 'Text.',
    example: 'Semarang',
    exported: true,
  },
  {
    field: 'phone',
    header: 'phone',
    aliases: ['Telepon', 'No HP', 'HP', 'No Telp', 'Telp', 'No Telepon', 'Phone Number', 'Nomor HP'],
    required: false,
    kind: 'code',
    phone: true,
    description: 'Phone number.',
    rule: 'Text, kept as written (+62 and leading zeros too).',
    example: '+6281234567890',
    exported: true,
  },
  latColumn,
  lonColumn,
  {
    field: LOCATION,
    header: 'location',
    aliases: ['Lokasi', 'Koordinat', 'Coordinates', 'Lat Long', 'Lat Lon'],
    required: false,
    kind: 'text',
    description: 'Latitude and longitude in one cell, instead of the lat and lon columns.',
    rule: '"lat, lon" such as "-7.14, 110.43"; with decimal commas separate with ";": "-7,14; 110,43".',
    example: '-7.1434, 110.4337',
    exported: false,
  },
  tagsColumn(),
  statusColumn(),
];

/** A catalog message as BuildContext.issue's last two arguments. */
const say = (text: RowText): [string, RowText['localized']] => [text.message, text.localized];

/** Split a one-cell location into its two parts, or explain why not. */
function splitLocation(text: string): [string, string] | undefined {
  const parts = text.includes(';')
    ? text.split(';')
    : text.includes(',')
      ? text.split(',')
      : text.split(/\s+/);
  return parts.length === 2 ? [parts[0].trim(), parts[1].trim()] : undefined;
}

function locationFromOneCell(cell: CompositeCell, ctx: BuildContext): Location | undefined {
  const parts = splitLocation(cell.text);
  if (!parts) {
    ctx.issue(
      'MAP_INVALID',
      LOCATION,
      cell.header,
      ...say(rowText('row.location.oneCell', { value: quote(cell.text) })),
    );
    return undefined;
  }
  if (parts[0] === '' || parts[1] === '') {
    const missing = parts[0] === '' ? LAT : LON;
    ctx.issue(
      'MAP_BOTH_OR_NEITHER',
      missing,
      cell.header,
      ...say(rowText('row.location.oneCellHalf', { value: quote(cell.text) })),
    );
    return undefined;
  }
  const lat = parseCell(latColumn, parts[0]);
  const lon = parseCell(lonColumn, parts[1]);
  // The value quoted in the message shows which half is wrong.
  if (!lat.ok) ctx.issue(lat.code, LAT, cell.header, `lat ${lat.message}`, lat.localized);
  if (!lon.ok) ctx.issue(lon.code, LON, cell.header, `lon ${lon.message}`, lon.localized);
  return lat.ok && lon.ok ? { lat: lat.value as number, lon: lon.value as number } : undefined;
}

const location: CompositeSpec = {
  field: LOCATION,
  required: false,
  clearValue: null,
  forms: [
    { name: 'lat and lon', has: (f) => f === LAT || f === LON, needs: [LAT] },
    { name: 'location', has: (f) => f === LOCATION, needs: [LOCATION] },
  ],
  build(cells, ctx) {
    const one = cells.get(LOCATION);
    if (one) return locationFromOneCell(one, ctx);
    const lat = cells.get(LAT);
    const lon = cells.get(LON);
    if (!lat || !lon) return undefined; // companions make both present; never reached
    let bad = reportCell(ctx, lat);
    bad = reportCell(ctx, lon) || bad;
    if (lat.text === '' || lon.text === '') {
      const [blank, given] = lat.text === '' ? [lat, lon] : [lon, lat];
      ctx.issue(
        'MAP_BOTH_OR_NEITHER',
        blank.column.field,
        blank.header,
        ...say(rowText('row.location.bothOrNeither', { given: given.header })),
      );
      return undefined;
    }
    return bad ? undefined : { lat: cellValue<number>(lat), lon: cellValue<number>(lon) };
  },
};

function sameLocation(existing: unknown, sent: unknown): boolean {
  const a = existing as Location | null | undefined;
  const b = sent as Location | null | undefined;
  if (!a || !b) return !a && !b;
  return Math.abs(a.lat - b.lat) <= LOCATION_TOLERANCE && Math.abs(a.lon - b.lon) <= LOCATION_TOLERANCE;
}

function toCells(c: Customer): Record<string, string> {
  return {
    id: String(c.id),
    ext_cust_no: cellText(c.ext_cust_no),
    name: cellText(c.name),
    address: cellText(c.address),
    city: cellText(c.city),
    phone: cellText(c.phone),
    lat: cellNumber(c.location?.lat),
    lon: cellNumber(c.location?.lon),
    tags: (c.tags ?? []).join(', '),
    status: c.status === false ? 'FALSE' : 'TRUE',
  };
}

export const customersSpec: EntitySpec<Customer> = {
  entity: 'customers',
  columns,
  extKey: 'ext_cust_no',
  idKey: 'id',
  statusField: 'status',
  composites: [location],
  exportColumns: () => columns.filter((c) => c.exported),
  toCells,
  same: {
    name: sameText,
    address: sameText,
    city: sameText,
    phone: sameText,
    ext_cust_no: sameText,
    tags: sameList,
    location: sameLocation,
  },
};
