/**
 * The least a bare script must do before yup can judge a row: the customers yup schema is strict
 * (it checks typed values, it does not convert), so text cells become numbers, a boolean and a
 * list here. A cell that cannot be converted is passed on as it is, for yup to reject.
 */
const BOOLEANS = new Map([
  ['true', true],
  ['ya', true],
  ['aktif', true],
  ['1', true],
  ['false', false],
  ['tidak', false],
  ['nonaktif', false],
  ['0', false],
]);

const text = (v) => (v === undefined || v === null ? '' : String(v));

export function customerBody(cells) {
  const body = {
    name: text(cells['Nama Pelanggan']),
    address: text(cells['Alamat']),
    city: text(cells['Kota']),
    phone: text(cells['No HP']),
    ext_cust_no: text(cells['Kode Pelanggan']),
  };
  const lat = text(cells['Latitude']);
  const lon = text(cells['Longitude']);
  if (lat !== '' || lon !== '') body.location = { lat: Number(lat), lon: Number(lon) };
  const tags = text(cells['Label']);
  if (tags !== '') body.tags = tags.split(',').map((t) => t.trim());
  const status = text(cells['Aktif']);
  if (status !== '') body.status = BOOLEANS.get(status.toLowerCase()) ?? status;
  return body;
}
