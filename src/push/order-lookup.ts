/**
 * Finding orders, which the API cannot list (docs/ARCHITECTURE.md, API §6): the visits of a date and customer
 * carry the ids of the orders taken there, and GET order by id tells each one's `ext_order_id` (the
 * `ext_order_no` it was created with). What an order says is read once per run and kept (a few
 * fields per order), so a file of many orders of one customer and day costs one GET per order.
 */
import { isApiError } from '../api/index.js';
import type { SalesManiaClient } from '../api/index.js';

/** What the push stage needs of an existing order. */
export interface OrderFacts {
  id: string;
  ext_order_id: string | null;
  ext_order_status_name: string | null;
}

export class OrderFinder {
  private readonly facts = new Map<string, Promise<OrderFacts | undefined>>();

  constructor(private readonly client: SalesManiaClient) {}

  /** The ids of the orders on visits of this customer on this date, oldest visit first (a fresh read). */
  async orderIdsOf(date: string, customerId: number): Promise<string[]> {
    const ids: string[] = [];
    const filters = { date_from: date, date_to: date, customer_id: customerId };
    for await (const visit of this.client.visits.iterate(filters, { perPage: 100 })) {
      // Exact match on our side too: the filters' semantics are an assumption.
      if (visit.date !== date || visit.customer_id !== customerId || !visit.order_id) continue;
      if (!ids.includes(visit.order_id)) ids.push(visit.order_id);
    }
    return ids;
  }

  /** An order's facts, read once; undefined when the server no longer has it. */
  factsOf(id: string): Promise<OrderFacts | undefined> {
    let facts = this.facts.get(id);
    if (!facts) {
      facts = this.client.orders.get(id).then(
        (o) => ({ id, ext_order_id: o.ext_order_id, ext_order_status_name: o.ext_order_status_name }),
        (err: unknown) => {
          if (isApiError(err) && err.code === 'API_NOT_FOUND') return undefined;
          this.facts.delete(id); // a failed read is not remembered
          throw err;
        },
      );
      this.facts.set(id, facts);
    }
    return facts;
  }

  /** Remembers a status just set, so a later row of the same order compares with it. */
  noteStatus(id: string, name: string): void {
    const known = this.facts.get(id);
    if (known)
      this.facts.set(
        id,
        known.then((f) => f && { ...f, ext_order_status_name: name }),
      );
  }

  /** Of `ids`, those created with this `ext_order_no` (compared trimmed, exactly). */
  async withExtNo(ids: readonly string[], extNo: string): Promise<string[]> {
    const wanted = extNo.trim();
    const facts = await Promise.all(ids.map((id) => this.factsOf(id)));
    return facts
      .filter((f): f is OrderFacts => f !== undefined && (f.ext_order_id ?? '').trim() === wanted)
      .map((f) => f.id);
  }

  /** The orders of this customer and date that carry this `ext_order_no`. */
  async findByExtNo(date: string, customerId: number, extNo: string): Promise<string[]> {
    return this.withExtNo(await this.orderIdsOf(date, customerId), extNo);
  }
}
