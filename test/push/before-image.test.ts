import { describe, expect, it } from '@jest/globals';
import { isUnchanged } from '../../src/map/index.js';
import { createImage, deleteImage, updateImage } from '../../src/push/before-image.js';

const stored = {
  id: 51,
  created_at: '2026-01-02T03:04:05Z',
  name: 'Toko Maju',
  city: 'Semarang',
  phone: '08123456789',
  location: { lat: -7.1, lon: 110.4 },
  tags: ['grosir'],
  address: null,
};
const same = (record: object, payload: Record<string, unknown>) =>
  isUnchanged('customers', record as never, payload as never);

describe('before-images', () => {
  it('an update keeps the previous and the new value of the fields it changes only', () => {
    const image = updateImage(
      stored,
      { name: 'Toko Maju', city: 'Solo', location: { lat: -7.1, lon: 110.4 }, address: 'Jl. Baru 1' },
      same,
    );
    expect(image).toEqual({
      id: 51,
      before: { city: 'Semarang', address: null },
      after: { city: 'Solo', address: 'Jl. Baru 1' },
    });
  });

  it('a field the record lacks is kept as null, so undo clears it again', () => {
    const { created_at: _c, tags: _t, ...lean } = stored;
    expect(updateImage({ ...lean, created_at: 'x' }, { tags: ['baru'] }, same).before).toEqual({
      tags: null,
    });
  });

  it('a delete keeps the whole record; a create the values it creates with', () => {
    expect(deleteImage(stored)).toEqual({ id: 51, before: stored });
    expect(deleteImage(stored).before).not.toBe(stored);
    expect(createImage({ name: 'Toko Baru' })).toEqual({ after: { name: 'Toko Baru' } });
  });
});
