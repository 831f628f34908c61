import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PATHS } from '../../src/contract/index.js';
import { createSandbox, type Sandbox } from '../../src/sandbox/index.js';
import { session, VALIDATION, type Api } from './helpers.js';

let sb: Sandbox;
let api: Api;
const C = PATHS.customers;

beforeAll(async () => {
  sb = await createSandbox({ seed: 'demo' });
  api = await session(sb);
});
afterAll(() => sb.close());

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?Z$/;

describe('customers: create, read, update, delete', () => {
  it('creates with 200 {} and no id; the record is found by ext_cust_no', async () => {
    const body = {
      name: 'Toko Baru Jaya',
      address: 'Jl. Veteran No. 3',
      city: 'Semarang',
      phone: '081200001111',
      ext_cust_no: 'C-T001',
      location: { lat: -6.99, lon: 110.42 },
      tags: ['baru'],
    };
    const created = await api.post(C, body);
    expect(created).toMatchObject({ status: 200, body: {} });
    const found = await api.get(C, { ext_cust_no: 'C-T001' });
    expect(found.body.meta.total).toBe(1);
    const record = found.body.data[0];
    expect(record).toEqual({
      id: expect.any(Number),
      ...body,
      status: true,
      created_at: expect.stringMatching(ISO),
      updated_at: record.created_at,
    });
    expect(await api.get(`${C}/${record.id}`)).toMatchObject({ status: 200, body: record });
  });

  it('fills optional fields with null, [] and status true', async () => {
    await api.post(C, { name: 'Warung Minimal', ext_cust_no: 'C-T002' });
    const [record] = (await api.get(C, { ext_cust_no: 'C-T002' })).body.data;
    expect(record).toMatchObject({
      address: null,
      city: null,
      phone: null,
      location: null,
      status: true,
      tags: [],
    });
  });

  it('allows duplicates of ext_cust_no, like the real server', async () => {
    await api.post(C, { name: 'Toko Kembar', ext_cust_no: 'C-DUP' });
    await api.post(C, { name: 'Toko Kembar', ext_cust_no: 'C-DUP' });
    const found = await api.get(C, { ext_cust_no: 'C-DUP' });
    expect(found.body.meta.total).toBe(2);
    const [a, b] = found.body.data;
    expect(a.id).toBeLessThan(b.id);
  });

  it('PATCH changes only the fields sent, replaces tags and moves updated_at', async () => {
    await api.post(C, { name: 'Toko Ubah', ext_cust_no: 'C-T003', city: 'Bandung', tags: ['a', 'b'] });
    const [before] = (await api.get(C, { ext_cust_no: 'C-T003' })).body.data;
    const patched = await api.patch(`${C}/${before.id}`, { phone: '0899', tags: ['c'], status: false });
    expect(patched).toMatchObject({ status: 200, body: {} });
    const after = (await api.get(`${C}/${before.id}`)).body;
    expect(after).toMatchObject({
      name: 'Toko Ubah',
      city: 'Bandung',
      phone: '0899',
      tags: ['c'],
      status: false,
    });
    expect(after.created_at).toBe(before.created_at);
    expect(after.updated_at > before.updated_at).toBe(true);
  });

  it('PATCH can move the record to another ext_cust_no and clear the location', async () => {
    await api.post(C, { name: 'Toko Pindah', ext_cust_no: 'C-T004', location: { lat: -7, lon: 110 } });
    const [record] = (await api.get(C, { ext_cust_no: 'C-T004' })).body.data;
    await api.patch(`${C}/${record.id}`, { ext_cust_no: 'C-T004B', location: null });
    expect((await api.get(C, { ext_cust_no: 'C-T004' })).body.meta.total).toBe(0);
    const [moved] = (await api.get(C, { ext_cust_no: 'C-T004B' })).body.data;
    expect(moved).toMatchObject({ id: record.id, location: null });
  });

  it('DELETE answers {} and the record is gone', async () => {
    await api.post(C, { name: 'Toko Hapus', ext_cust_no: 'C-T005' });
    const [record] = (await api.get(C, { ext_cust_no: 'C-T005' })).body.data;
    expect(await api.del(`${C}/${record.id}`)).toMatchObject({ status: 200, body: {} });
    expect(await api.get(`${C}/${record.id}`)).toMatchObject({ status: 404, body: { message: 'Not found' } });
    expect((await api.get(C, { ext_cust_no: 'C-T005' })).body.meta.total).toBe(0);
  });

  it.each([
    ['GET', () => api.get(`${C}/999999`)],
    ['PATCH', () => api.patch(`${C}/999999`, { name: 'x' })],
    ['DELETE', () => api.del(`${C}/999999`)],
    ['GET with a non-integer id', () => api.get(`${C}/abc`)],
  ])('answers 404 {"message":"Not found"} for an unknown id (%s)', async (_label, send) => {
    expect(await send()).toEqual({ status: 404, headers: expect.anything(), body: { message: 'Not found' } });
  });

  it('answers 404 for an unknown path', async () => {
    expect((await api.get('/extapi/v1.0/nothing')).body).toEqual({ message: 'Not found' });
  });
});

describe('customers: list, paging, filters', () => {
  it('pages 1-based with meta, sorted by id, per_page default 20 and max 100', async () => {
    const total = sb.state.customers().length;
    const first = await api.get(C);
    expect(first.body.meta).toEqual({ page: 1, per_page: 20, total, last_page: Math.ceil(total / 20) });
    const small = await api.get(C, { per_page: 7, page: 2 });
    expect(small.body.data.map((c: { id: number }) => c.id)).toEqual(
      sb.state
        .customers()
        .slice(7, 14)
        .map((c) => c.id),
    );
    const capped = await api.get(C, { per_page: 500 });
    expect(capped.body.meta.per_page).toBe(100);
  });

  it('has a short last page and an empty page after it', async () => {
    const total = sb.state.customers().length;
    const lastPage = Math.ceil(total / 6);
    const last = await api.get(C, { per_page: 6, page: lastPage });
    expect(last.body.data).toHaveLength(total - (lastPage - 1) * 6);
    expect(last.body.meta.last_page).toBe(lastPage);
    const beyond = await api.get(C, { per_page: 6, page: lastPage + 1 });
    expect(beyond.body).toEqual({
      data: [],
      meta: { page: lastPage + 1, per_page: 6, total, last_page: lastPage },
    });
  });

  it('rejects bad paging and filter values with 422 naming each parameter', async () => {
    const answer = await api.get(C, { page: 0, per_page: 'x', status: 'yes', updated_since: 'kemarin' });
    expect(answer.status).toBe(422);
    expect(Object.keys(answer.body.errors).sort()).toEqual(['page', 'per_page', 'status', 'updated_since']);
  });

  it('filters by search (name contains, any case)', async () => {
    const answer = await api.get(C, { search: 'APOTEK' });
    const names: string[] = answer.body.data.map((c: { name: string }) => c.name);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.every((n) => n.toLowerCase().includes('apotek'))).toBe(true);
    expect(answer.body.meta.total).toBe(sb.state.customers().filter((c) => /apotek/i.test(c.name)).length);
  });

  it('filters by status true/false', async () => {
    const inactive = await api.get(C, { status: 'false', per_page: 100 });
    expect(inactive.body.meta.total).toBeGreaterThan(0);
    expect(inactive.body.data.every((c: { status: boolean }) => c.status === false)).toBe(true);
    const active = await api.get(C, { status: 'true', per_page: 100 });
    expect(active.body.meta.total + inactive.body.meta.total).toBe(sb.state.customers().length);
  });

  it('filters by updated_since (ISO timestamp, inclusive) and combines filters', async () => {
    const since = new Date().toISOString();
    await api.post(C, { name: 'Toko Sesudah', ext_cust_no: 'C-T010' });
    const changed = await api.get(C, { updated_since: since });
    expect(changed.body.data.map((c: { ext_cust_no: string }) => c.ext_cust_no)).toEqual(['C-T010']);
    const both = await api.get(C, { updated_since: since, search: 'tidak ada' });
    expect(both.body.meta.total).toBe(0);
    const seeded = sb.state.customers()[0];
    const fromSeed = await api.get(C, { updated_since: seeded.updated_at, per_page: 1 });
    expect(fromSeed.body.data[0].id).toBe(seeded.id);
  });
});

describe('customers: validation (422, every bad field at once)', () => {
  const errorsOf = async (body: unknown, method: 'post' | 'patch' = 'post', id?: number) => {
    const answer = method === 'post' ? await api.post(C, body) : await api.patch(`${C}/${id}`, body);
    expect(answer.status).toBe(422);
    expect(answer.body.message).toBe(VALIDATION);
    return answer.body.errors as Record<string, string[]>;
  };

  it('requires name on create (non-empty string)', async () => {
    expect(Object.keys(await errorsOf({ city: 'Bandung' }))).toEqual(['name']);
    expect(Object.keys(await errorsOf({ name: '' }))).toEqual(['name']);
    expect(Object.keys(await errorsOf({ name: '   ' }))).toEqual(['name']);
    expect(Object.keys(await errorsOf({ name: 42 }))).toEqual(['name']);
  });

  it('checks lat/lon ranges and requires both or neither', async () => {
    expect(Object.keys(await errorsOf({ name: 'T', location: { lat: -91, lon: 181 } })).sort()).toEqual([
      'location.lat',
      'location.lon',
    ]);
    expect(Object.keys(await errorsOf({ name: 'T', location: { lat: -7 } }))).toEqual(['location.lon']);
    expect(Object.keys(await errorsOf({ name: 'T', location: { lon: 110 } }))).toEqual(['location.lat']);
    expect(Object.keys(await errorsOf({ name: 'T', location: { lat: '-7', lon: 110 } }))).toEqual([
      'location.lat',
    ]);
    expect(Object.keys(await errorsOf({ name: 'T', location: 'Semarang' }))).toEqual(['location']);
    const edge = await api.post(C, { name: 'Tepi', location: { lat: 90, lon: -180 } });
    expect(edge.status).toBe(200);
  });

  it('checks types of tags, status and the optional strings, all at once', async () => {
    const errors = await errorsOf({ tags: ['ok', 5], status: 'aktif', phone: 812, ext_cust_no: 1 });
    expect(Object.keys(errors).sort()).toEqual(['ext_cust_no', 'name', 'phone', 'status', 'tags.1']);
    expect(errors['tags.1'][0]).toMatch(/string/);
  });

  it('applies the same rules to the fields present on PATCH', async () => {
    const id = sb.state.customers()[0].id;
    const errors = await errorsOf({ name: '', location: { lat: 100, lon: 0 } }, 'patch', id);
    expect(Object.keys(errors).sort()).toEqual(['location.lat', 'name']);
    // absent fields are not required on PATCH
    expect((await api.patch(`${C}/${id}`, { city: 'Semarang' })).status).toBe(200);
  });

  it('answers 400 with a message for malformed JSON and non-object bodies', async () => {
    const bad = await api.post(C, '{"name": "Toko');
    expect(bad.status).toBe(400);
    expect(bad.body.message).toMatch(/JSON/);
    expect((await api.post(C, '[1,2]')).status).toBe(400);
  });
});
