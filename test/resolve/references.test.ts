/**
 * The resolve stage, table-driven over in-memory indexes (the same classes a run fills by paging the
 * API): codes → ids, ignoring case and spaces; REF_NOT_FOUND / REF_AMBIGUOUS naming the code.
 */
import { describe, expect, it } from '@jest/globals';
import {
  allColumns,
  bindColumns,
  groupOrderLines,
  mapRow,
  payloadIssues,
  type RefDraft,
} from '../../src/map/index.js';
import {
  CustomerIndex,
  ProductIndex,
  TeamIndex,
  resolveOrder,
  resolveUnit,
  resolveVisit,
  type MatchCustomerBy,
  type References,
  type Resolved,
} from '../../src/resolve/index.js';
import type { VisitDraft } from '../../src/map/index.js';
import { sourceRow } from '../map/helpers.js';

const customers = new CustomerIndex();
for (const c of [
  { id: 1, ext_cust_no: 'C-0001', name: 'Toko Sumber Makmur' },
  { id: 2, ext_cust_no: 'C-0002', name: 'Warung Bu Sri' },
  { id: 3, ext_cust_no: 'C-0003', name: 'Toko Abadi' },
  { id: 4, ext_cust_no: 'C-0003', name: 'Toko Abadi Cabang' }, // the server keeps no key unique
  { id: 5, ext_cust_no: null, name: 'Toko Abadi' },
  { id: 6, ext_cust_no: 'C-0006', name: 'Apotek Sehat' },
  { id: 7, ext_cust_no: null, name: 'Apotek  sehat' },
]) {
  customers.add(c);
}

const products = new ProductIndex();
const units = (...u: Array<[string, number, number]>) =>
  u.map(([name, price, ratio], i) => ({ id: i + 1, name, price, ratio }));
for (const p of [
  {
    id: 11,
    ext_product_code: 'P-1001',
    sku: 'SKU-1001',
    name: 'Mie',
    product_units: units(['PCS', 3500, 1], ['PAK', 17000, 5], ['DUS', 132000, 40]),
  },
  {
    id: 12,
    ext_product_code: 'P-1002',
    sku: '8991002',
    name: 'Kopi',
    product_units: units(['PCS', 3200, 1], ['DUS', 120000, 40]),
  },
  { id: 13, ext_product_code: null, sku: '8991003', name: 'Teh', product_units: units(['BOX', 7500, 1]) },
  { id: 14, ext_product_code: 'P-DUP', sku: null, name: 'A', product_units: units(['PCS', 1, 1]) },
  { id: 15, ext_product_code: 'p-dup', sku: null, name: 'B', product_units: units(['PCS', 1, 1]) },
  { id: 16, ext_product_code: 'P-NOBASE', sku: null, name: 'C', product_units: units(['DUS', 10, 12]) },
]) {
  products.add(p);
}

const teams = new TeamIndex();
for (const m of [
  { id: 24728, name: 'Budi Santoso', email: 'budi.santoso@majujaya.co.id', ext_salesman_number: 'S-014' },
  { id: 24729, name: 'Siti Rahayu', email: 'siti.rahayu@majujaya.co.id', ext_salesman_number: 'S-015' },
  { id: 24730, name: 'Agus Wijaya', email: 'agus@majujaya.co.id', ext_salesman_number: null },
  { id: 24731, name: 'Agus Wijaya', email: 'agus2@majujaya.co.id', ext_salesman_number: '24728' },
]) {
  teams.add(m);
}

const columnOf = (field: string) => `<${field}>`;
/** The id found, or `CODE@column`. */
const show = <T extends { id: number }>(r: Resolved<T>) =>
  r.ok ? r.value.id : `${r.issue.code}@${r.issue.column}`;

describe('customers', () => {
  it.each<[RefDraft, MatchCustomerBy, number | string]>([
    [{ code: 'C-0001' }, 'code', 1],
    [{ code: ' c-0001 ' }, 'code', 1],
    [{ code: 'c - 0002' }, 'code', 2],
    [{ code: 'C0001' }, 'code', 'REF_NOT_FOUND@<customer>'], // punctuation is part of a code
    [{ code: 'C-0003' }, 'code', 'REF_AMBIGUOUS@<customer>'],
    [{ code: 'C-9999' }, 'code', 'REF_NOT_FOUND@<customer>'],
    [{ id: 2 }, 'code', 2],
    [{ id: 2, code: 'C-0001' }, 'code', 2], // the id wins
    [{ id: 99 }, 'code', 'REF_NOT_FOUND@<customer_id>'],
    // Names only on request, and only when no code matches.
    [{ code: 'Warung Bu Sri' }, 'code', 'REF_NOT_FOUND@<customer>'],
    [{ code: 'warung bu sri' }, 'name', 2],
    [{ code: 'C-0001' }, 'name', 1],
    [{ name: 'Toko Sumber Makmur' }, 'code', 'REF_NOT_FOUND@<customer_name>'],
    [{ name: 'TOKO SUMBER MAKMUR' }, 'name', 1],
    [{ code: 'C-9999', name: 'Warung Bu Sri' }, 'name', 2],
    [{ code: 'Toko Abadi' }, 'name', 'REF_AMBIGUOUS@<customer>'],
    [{ name: 'apotek sehat' }, 'name', 'REF_AMBIGUOUS@<customer_name>'], // spaces ignored: two match
    [{ name: 'Toko Tidak Ada' }, 'name', 'REF_NOT_FOUND@<customer_name>'],
  ])('%j by %s → %j', (ref, matchBy, expected) => {
    expect(show(customers.resolve(ref, matchBy, columnOf))).toBe(expected);
  });

  it('names the code and the ids in its messages', () => {
    const missing = customers.resolve({ code: 'C-9999' }, 'code', columnOf);
    const doubled = customers.resolve({ code: 'C-0003' }, 'code', columnOf);
    // The frame names the user's column (`Kode Pelanggan: …`): the message names no API field.
    expect(missing.ok ? '' : missing.issue.message).toBe('no customer has the code "C-9999"');
    expect(doubled.ok ? '' : doubled.issue.message).toBe(
      '2 customers have the code "C-0003" (ids 3, 4); give the customer id instead',
    );
  });
});

describe('team members', () => {
  it.each<[RefDraft, number | string]>([
    [{ code: 'S-014' }, 24728],
    [{ code: 's - 015' }, 24729],
    [{ code: 'SITI.RAHAYU@majujaya.co.id' }, 24729],
    [{ code: 'budi santoso' }, 24728],
    [{ code: '24729' }, 24729], // an id in the team cell
    [{ code: '24728' }, 24728], // the id wins over a salesman number that reads the same
    [{ id: 24730 }, 24730],
    [{ id: 1 }, 'REF_NOT_FOUND@<team_id>'],
    [{ code: 'Agus Wijaya' }, 'REF_AMBIGUOUS@<team>'],
    [{ code: 'Joko' }, 'REF_NOT_FOUND@<team>'],
  ])('%j → %j', (ref, expected) => {
    expect(show(teams.resolve(ref, columnOf))).toBe(expected);
  });
});

describe('products and units', () => {
  it.each<[RefDraft, number | string]>([
    [{ code: 'P-1001' }, 11],
    [{ code: 'p-1001' }, 11],
    [{ code: 'SKU-1001' }, 11], // by sku when no code matches
    [{ code: '8991003' }, 13],
    [{ code: 'P-DUP' }, 'REF_AMBIGUOUS@<product>'], // codes differing only in case are the same code
    [{ code: 'P-9999' }, 'REF_NOT_FOUND@<product>'],
    [{ id: 12 }, 12],
    [{ id: 77 }, 'REF_NOT_FOUND@<product_id>'],
  ])('%j → %j', (ref, expected) => {
    expect(show(products.resolve(ref, columnOf))).toBe(expected);
  });

  const product = (code: string) => {
    const r = products.resolve({ code }, columnOf);
    if (!r.ok) throw new Error(code);
    return r.value;
  };

  it.each<[string, string | undefined, string]>([
    ['P-1001', undefined, 'PCS:3500'], // blank: the base unit
    ['P-1001', 'dus', 'DUS:132000'], // the product's own spelling is sent
    ['P-1001', ' Pak ', 'PAK:17000'],
    ['P-1002', 'PAK', 'REF_NOT_FOUND'],
    ['8991003', undefined, 'BOX:7500'],
    ['P-NOBASE', undefined, 'REF_NOT_FOUND'],
  ])('%s unit %j → %s', (code, unit, expected) => {
    const r = resolveUnit(product(code), unit, 'Satuan');
    expect(r.ok ? `${r.value.name}:${r.value.price}` : r.issue.code).toBe(expected);
  });
});

const refs: References = { customers, products, teams };

describe('resolveVisit', () => {
  it('builds the v1.1 body; an omitted team member stays omitted', () => {
    const draft: VisitDraft = { date: '2026-11-02', customer: { code: 'c-0001' }, team: { code: 'S-015' } };
    const r = resolveVisit(draft, refs, 'code', columnOf);
    expect(r).toEqual({ ok: true, body: { date: '2026-11-02', customer_id: 1, team_id: 24729 } });
    expect(payloadIssues('visits', 'create', r.ok ? r.body : {})).toEqual([]);
    expect(resolveVisit({ date: '2026-11-02', customer: { id: 2 } }, refs, 'code', columnOf)).toEqual({
      ok: true,
      body: { date: '2026-11-02', customer_id: 2 },
    });
  });

  it('reports every reference that fails', () => {
    const r = resolveVisit(
      { date: '2026-11-02', customer: { code: 'X' }, team: { code: 'Y' } },
      refs,
      'code',
      columnOf,
    );
    expect(r.ok ? [] : r.issues.map((i) => `${i.code}@${i.field}`)).toEqual([
      'REF_NOT_FOUND@customer',
      'REF_NOT_FOUND@team',
    ]);
  });
});

describe('resolveOrder', () => {
  const HEADERS = [
    'ext_order_no',
    'date',
    'customer',
    'team',
    'status',
    'product',
    'qty',
    'unit',
    'price',
    'Diskon',
    'Diskon Rp',
  ];
  const binding = bindColumns('orders', HEADERS, { mode: 'create' });
  const order = (rows: string[][]) => {
    const lines = rows.map((cells, i) => {
      const row = sourceRow(Object.fromEntries(HEADERS.map((h, k) => [h, cells[k] ?? ''])), {
        rowNumber: i + 2,
      });
      return {
        rowNumber: row.rowNumber,
        orderNo: cells[0],
        mapped: mapRow('orders', binding, row, { mode: 'create' }),
      };
    });
    const [group] = groupOrderLines(lines, (f) => binding.headerOf[f]);
    const lineRefs = group.lines.map((i) => {
      const m = lines[i].mapped;
      if (!m.ok) throw new Error(JSON.stringify(m.issues));
      return { rowNumber: m.source.rowNumber, draft: m.payload };
    });
    return resolveOrder(group.header, lineRefs, refs, 'code', (f) => binding.headerOf[f]);
  };

  it('builds the add-order body: ids, units in their own spelling, unit prices, both discount forms', () => {
    const r = order([
      ['SO-1', '02/11/2026', 'C-0002', 'budi santoso', 'paid', 'P-1001', '2', 'dus', '', '10+5', ''],
      ['SO-1', '', '', '', '', 'SKU-1001', '3', '', '3400', '', '500'],
      ['SO-1', '', '', '', '', 'P-1002', '1.5', 'DUS', '', '', ''],
    ]);
    expect(r.orderIssues).toEqual([]);
    expect(r.body).toEqual({
      date: '2026-11-02',
      customer_id: 2,
      team_id: 24728,
      status: 'Lunas',
      ext_order_no: 'SO-1',
      ordered_products: [
        // ext_order_line_id: the line's place in the order, as the sheet lists it.
        {
          product_id: 11,
          qty: 2,
          unit: 'DUS',
          price: 132000,
          item_disc_percent: '10+5',
          ext_order_line_id: 1,
        },
        { product_id: 11, qty: 3, unit: 'PCS', price: 3400, item_disc_amount: 500, ext_order_line_id: 2 },
        { product_id: 12, qty: 1.5, unit: 'DUS', price: 120000, ext_order_line_id: 3 },
      ],
    });
    expect(payloadIssues('orders', 'create', r.body ?? {})).toEqual([]);
  });

  it('a bad reference on a line fails the order, with the issue on that line', () => {
    const r = order([
      ['SO-1', '2026-11-02', 'C-0001', '', '', 'P-1001', '1', 'BOX', '', '', ''],
      ['SO-1', '', '', '', '', 'P-9999', '1', '', '', '', ''],
      ['SO-1', '', '', '', '', 'P-1002', '1', '', '', '', ''],
    ]);
    expect(r.body).toBeUndefined();
    expect(
      [...r.lineIssues].map(([row, issues]) => `${row}:${issues.map((i) => `${i.code}@${i.column}`)}`),
    ).toEqual(['2:REF_NOT_FOUND@unit', '3:REF_NOT_FOUND@product']);
  });

  it('a bad customer or team member fails the order as a whole', () => {
    const r = order([['SO-1', '2026-11-02', 'C-0003', 'Joko', '', 'P-1001', '1', '', '', '', '']]);
    expect(r.body).toBeUndefined();
    expect(r.orderIssues.map((i) => i.code)).toEqual(['REF_AMBIGUOUS', 'REF_NOT_FOUND']);
  });
});

describe('visits and orders tables', () => {
  const FILLERS = { visits: ['date', 'customer_id'], orders: ['date', 'customer_id', 'product_id', 'qty'] };
  it.each<'visits' | 'orders'>(['visits', 'orders'])(
    '%s: every accepted name binds to its own column',
    (entity) => {
      for (const column of allColumns(entity)) {
        for (const name of [column.header, column.field, ...column.aliases]) {
          const headers = [name, ...FILLERS[entity].filter((f) => f !== column.field)];
          const b = bindColumns(entity, headers, { mode: 'create' });
          const field = Object.keys(b.headerOf).find((f) => b.headerOf[f] === name);
          expect([name, field]).toEqual([name, column.field]);
        }
      }
    },
  );
});
