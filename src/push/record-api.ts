import { whenLeaving, type CrudResource, type Page, type SalesManiaClient } from '../api/index.js';

/** The fields of a stored record the push stage relies on. */
export interface StoredRecord {
  id: number;
  created_at: string;
  [field: string]: unknown;
}

/**
 * What the push stage needs of an entity whose records carry a natural key: customers
 * (`ext_cust_no`) and products (`ext_product_code`). Plain functions over the client.
 */
export interface RecordApi {
  entity: 'customers' | 'products';
  keyField: 'ext_cust_no' | 'ext_product_code';
  keyOf(record: StoredRecord): string | null;
  /** Every record, page after page (100 a page). */
  iterate(): AsyncIterable<StoredRecord>;
  /** Records whose natural key is exactly `key` (the server does not keep keys unique). */
  findByKey(key: string): Promise<StoredRecord[]>;
  /** One page of the unfiltered list, 100 a page (ordered by id, see src/contract/). */
  page(page: number): Promise<Page<StoredRecord>>;
  /** `onLeave`: called once, as the request is handed to the network (api/leave-hook.ts). */
  create(body: unknown, onLeave?: () => void): Promise<void>;
  update(id: number, body: unknown, onLeave?: () => void): Promise<void>;
  remove(id: number, onLeave?: () => void): Promise<void>;
}

const noop = (): void => undefined;

const PER_PAGE = 100;

export function recordApi(client: SalesManiaClient, entity: 'customers' | 'products'): RecordApi {
  const keyField = entity === 'customers' ? 'ext_cust_no' : 'ext_product_code';
  const resource = (entity === 'customers' ? client.customers : client.products) as unknown as CrudResource<
    StoredRecord,
    Record<string, string>,
    unknown
  >;
  return {
    entity,
    keyField,
    keyOf: (record) => (record[keyField] as string | null | undefined) ?? null,
    iterate: () => resource.iterate({}, { perPage: PER_PAGE }),
    async findByKey(key) {
      const found: StoredRecord[] = [];
      for await (const record of resource.iterate({ [keyField]: key }, { perPage: PER_PAGE }))
        found.push(record);
      // Exact match on our side too: the filter's semantics are an assumption.
      return found.filter((record) => record[keyField] === key);
    },
    page: (page) => resource.list({ page, per_page: PER_PAGE } as never),
    create: async (body, onLeave = noop) => void (await whenLeaving(onLeave, () => resource.create(body))),
    update: async (id, body, onLeave = noop) =>
      void (await whenLeaving(onLeave, () => resource.update(id, body))),
    remove: async (id, onLeave = noop) => void (await whenLeaving(onLeave, () => resource.delete(id))),
  };
}
