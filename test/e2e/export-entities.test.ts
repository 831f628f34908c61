/**
 * End to end: every entity exported to CSV and to XLSX by the built CLI and read back — as many
 * rows as the sandbox holds, each field equal to the record's, under exactly the import's headers.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ExtOrder } from '../../src/contract/index.js';
import { exportColumns, recordToCells, specOf } from '../../src/map/index.js';
import type { Sandbox } from '../../src/sandbox/index.js';
import { exportCli, readExportCsv, readWorkbook } from './export-helpers.js';
import { startSandbox, summaryOf, tempDir } from './helpers.js';

let sandbox: Sandbox;
const tmp = tempDir('export-entities');

beforeAll(async () => {
  sandbox = await startSandbox({ today: '2026-11-02' });
});
afterAll(async () => {
  await sandbox.close();
  tmp.cleanup();
});

type Rows = Array<Record<string, string>>;

/** Reads an export in either format as text rows (XLSX cells typed, shown as the import reads them). */
async function readBack(path: string): Promise<{ headers: string[]; rows: Rows }> {
  if (path.endsWith('.csv')) return readExportCsv(path);
  const [first] = await readWorkbook(path);
  return first;
}

function allOrders(): ExtOrder[] {
  return sandbox.state.orders().map((o) => sandbox.state.extOrder(o.id) as ExtOrder);
}

const expected: Record<string, () => { headers: string[]; rows: Rows }> = {
  customers: () => ({
    headers: exportColumns('customers').map((c) => c.header),
    rows: sandbox.state.customers().map((c) => recordToCells('customers', c)),
  }),
  products: () => ({
    headers: exportColumns('products').map((c) => c.header),
    rows: sandbox.state.products().map((p) => recordToCells('products', p)),
  }),
  visits: () => ({
    headers: ['id', ...exportColumns('visits').map((c) => c.header)],
    rows: sandbox.state.visits().map((v) => {
      const customer = sandbox.state.customers().find((c) => c.id === v.customer_id);
      const member = sandbox.state.teams().find((m) => m.id === v.team_id);
      return {
        id: String(v.id),
        ...specOf('visits').toCells(v),
        // The API's visit has ids only: the export looks the codes up.
        customer: customer?.ext_cust_no ?? '',
        team: member?.ext_salesman_number || (member?.email ?? ''),
      };
    }),
  }),
  orders: () => ({
    headers: exportColumns('orders').map((c) => c.header),
    rows: allOrders().flatMap((order) =>
      order.ordered_product.map((line) => specOf('orders').toCells({ order, line })),
    ),
  }),
  teams: () => ({
    headers: ['id', 'name', 'email', 'role', 'ext_salesman_number', 'status'],
    rows: sandbox.state.teams().map((m) => ({
      id: String(m.id),
      name: m.name,
      email: m.email,
      role: m.role,
      ext_salesman_number: m.ext_salesman_number ?? '',
      status: m.status ? 'TRUE' : 'FALSE',
    })),
  }),
};

/** Only the headers the export writes (the tables give cells for a few columns it does not write). */
function project(rows: Rows, headers: string[]): Rows {
  return rows.map((r) => Object.fromEntries(headers.map((h) => [h, r[h] ?? ''])));
}

describe.each(['csv', 'xlsx'])('export to %s', (format) => {
  it.each(Object.keys(expected))('%s: every record, every field', async (entity) => {
    const out = tmp.path(`${entity}.${format}`);
    const result = await exportCli(sandbox, [entity, '--out', out]);
    expect(result.stderr).not.toMatch(/error \[/);
    expect(result.code).toBe(0);
    const want = expected[entity]();
    const got = await readBack(out);
    expect(got.headers).toEqual(want.headers);
    expect(got.rows).toHaveLength(want.rows.length);
    expect(got.rows).toEqual(project(want.rows, want.headers));
    const summary = summaryOf(result);
    expect(summary.files).toMatchObject({ output: out });
    const records = entity === 'orders' ? sandbox.state.orders().length : want.rows.length;
    expect(summary.total).toBe(records);
    expect(records).toBeGreaterThan(0);
  });
});

describe('filters', () => {
  it('customers: --status active and --search', async () => {
    const out = tmp.path('active.csv');
    expect((await exportCli(sandbox, ['customers', '--out', out, '--status', 'active'])).code).toBe(0);
    const active = sandbox.state.customers().filter((c) => c.status);
    expect(active.length).toBeLessThan(sandbox.state.customers().length); // the demo has closed shops
    expect(readExportCsv(out).rows.map((r) => r.id)).toEqual(active.map((c) => String(c.id)));

    const inactive = tmp.path('inactive.csv');
    expect((await exportCli(sandbox, ['customers', '--out', inactive, '--status', 'inactive'])).code).toBe(0);
    expect(readExportCsv(inactive).rows.every((r) => r.status === 'FALSE')).toBe(true);

    const found = tmp.path('search.csv');
    expect((await exportCli(sandbox, ['customers', '--out', found, '--search', 'warung'])).code).toBe(0);
    const warung = sandbox.state.customers().filter((c) => c.name.toLowerCase().includes('warung'));
    expect(warung.length).toBeGreaterThan(0);
    expect(readExportCsv(found).rows.map((r) => r.name)).toEqual(warung.map((c) => c.name));
  });

  it('visits: --from/--to and --team by salesman number', async () => {
    const member = sandbox.state.teams()[1];
    const out = tmp.path('visits-{from}-{to}.csv');
    const result = await exportCli(sandbox, [
      'visits',
      '--out',
      out,
      '--from',
      '2026-10-31',
      '--to',
      '2026-11-01',
      '--team',
      member.ext_salesman_number as string,
    ]);
    expect(result.code).toBe(0);
    const file = tmp.path('visits-2026-10-31-2026-11-01.csv');
    expect(summaryOf(result).files).toMatchObject({ output: file });
    const want = sandbox.state
      .visits()
      .filter((v) => v.date >= '2026-10-31' && v.date <= '2026-11-01' && v.team_id === member.id);
    expect(want.length).toBeGreaterThan(0);
    expect(readExportCsv(file).rows.map((r) => r.id)).toEqual(want.map((v) => String(v.id)));
  });

  it('an option that does not fit the entity is refused before anything is sent', async () => {
    const before = sandbox.requests.length;
    const result = await exportCli(sandbox, [
      'customers',
      '--out',
      tmp.path('x.csv'),
      '--from',
      '2026-11-01',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error \[CONFIG_INVALID\]: `from` applies to visits and orders/);
    expect(sandbox.requests.length).toBe(before);
  });
});
