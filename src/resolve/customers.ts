/** Customers by SalesMania id, by `ext_cust_no`, and (on request only) by exact name. */
import type { Customer } from '../api/index.js';
import { CUSTOMER_REF, type RefDraft } from '../map/index.js';
import { CodeIndex } from './code-index.js';
import { found, notFound, pick, type ColumnOf, type Resolved } from './resolved.js';

/** What a visit or order needs of a customer: little, so a large customer base stays cheap. */
export interface CustomerEntry {
  id: number;
  ext_cust_no: string | null;
  name: string;
}

export type MatchCustomerBy = 'code' | 'name';

export class CustomerIndex {
  private readonly ids = new Map<number, CustomerEntry>();
  private readonly codes = new CodeIndex<CustomerEntry>();
  private readonly names = new CodeIndex<CustomerEntry>();

  add(c: Pick<Customer, 'id' | 'ext_cust_no' | 'name'>): void {
    const entry: CustomerEntry = { id: c.id, ext_cust_no: c.ext_cust_no, name: c.name };
    this.ids.set(entry.id, entry);
    this.codes.add(entry.ext_cust_no, entry);
    this.names.add(entry.name, entry);
  }

  get size(): number {
    return this.ids.size;
  }

  /**
   * The customer a row names: by id when given; else by `ext_cust_no`; else, with
   * `--match-customer-by name` only, by the exact name (from the name column, or the code cell).
   */
  resolve(ref: RefDraft, matchBy: MatchCustomerBy, columnOf: ColumnOf): Resolved<CustomerEntry> {
    const { id: idField, code: codeField, name: nameField = 'customer_name' } = CUSTOMER_REF;
    if (ref.id !== undefined) {
      const entry = this.ids.get(ref.id);
      return entry ? found(entry) : notFound(idField, columnOf(idField), `no customer has id ${ref.id}`);
    }
    if (ref.code !== undefined) {
      const byCode = pick(
        this.codes.get(ref.code),
        codeField,
        columnOf(codeField),
        `customers have ext_cust_no ${JSON.stringify(ref.code)}`,
        'give customer_id instead',
      );
      if (byCode) return byCode;
    }
    if (matchBy === 'name') {
      const [field, name] = ref.name !== undefined ? [nameField, ref.name] : [codeField, ref.code ?? ''];
      const byName = pick(
        this.names.get(name),
        field,
        columnOf(field),
        `customers are named ${JSON.stringify(name)}`,
        'give the customer code or customer_id instead',
      );
      if (byName) return byName;
      const what =
        ref.code !== undefined && ref.name !== undefined
          ? `ext_cust_no ${JSON.stringify(ref.code)} or name ${JSON.stringify(ref.name)}`
          : `ext_cust_no or name ${JSON.stringify(name)}`;
      return notFound(field, columnOf(field), `no customer has ${what}`);
    }
    if (ref.code === undefined) {
      return notFound(
        nameField,
        columnOf(nameField),
        'no customer code or customer_id; a customer name is matched only with --match-customer-by name',
      );
    }
    return notFound(
      codeField,
      columnOf(codeField),
      `no customer has ext_cust_no ${JSON.stringify(ref.code)}`,
    );
  }
}
