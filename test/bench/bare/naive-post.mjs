/**
 * Baseline of `import customers`: the naive loop people write first — log in, then one awaited POST
 * per row, in order, with fetch. No rate limit (a sequential loop never reaches one at this latency),
 * no retries, no result sheet. Usage: node naive-post.mjs BASE_URL ROWS. The rows are generated
 * valid customers; the loop is timed from the first POST to the last answer.
 * Prints one JSON line {rows, created, ms}.
 */
/* global fetch */
const [baseUrl, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg);
const DATABASE = 2981;

async function getJson(url, headers) {
  const res = await fetch(url, { headers });
  if (!res.ok) throw new Error(`GET ${new URL(url).pathname} answered ${res.status}`);
  return res.json();
}

const basic = `Basic ${Buffer.from('demo:demo').toString('base64')}`;
const { token } = await getJson(`${baseUrl}/extapi/v1.0/token`, { authorization: basic });
const bearer = { authorization: `Bearer ${token}` };
const { team_token: teamToken } = await getJson(
  `${baseUrl}/extapi/v1.0/team_token?db_id=${DATABASE}`,
  bearer,
);
const url = `${baseUrl}/extapi/v1.0/customers?team_token=${encodeURIComponent(teamToken)}`;
const headers = { ...bearer, 'content-type': 'application/json' };

let created = 0;
const started = process.hrtime.bigint();
for (let i = 0; i < rows; i++) {
  const body = {
    ext_cust_no: `N-${String(i).padStart(7, '0')}`,
    name: `Toko Naif ${i}`,
    address: `Jl. Pemuda No. ${(i % 300) + 1}`,
    city: 'Semarang',
    phone: `+628123${String(i).padStart(7, '0')}`,
    location: { lat: -7 - (i % 1000) / 7919, lon: 110 + (i % 1000) / 7907 },
    tags: ['VIP'],
    status: true,
  };
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) });
  await res.arrayBuffer();
  if (res.ok) created += 1;
}
const ms = Number(process.hrtime.bigint() - started) / 1e6;
process.stdout.write(JSON.stringify({ rows, created, ms }) + '\n');
