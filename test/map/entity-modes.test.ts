/** The modes each entity is offered: the CLI's own rules (an entity's table, update-status for orders). */
import { describe, expect, it } from '@jest/globals';
import { TABLE_ENTITIES, importModes } from '../../src/map/index.js';

describe('importModes', () => {
  it('gives update-status to orders only, and visits only create', () => {
    expect(importModes('customers')).toEqual(['create', 'update', 'upsert', 'delete']);
    expect(importModes('products')).toEqual(['create', 'update', 'upsert', 'delete']);
    expect(importModes('orders')).toEqual(['create', 'update-status']);
    expect(importModes('visits')).toEqual(['create']);
    for (const entity of TABLE_ENTITIES) {
      if (entity !== 'orders') expect(importModes(entity)).not.toContain('update-status');
    }
  });
});
