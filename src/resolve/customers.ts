/** Customers by SalesMania id, by `ext_cust_no`, and (on request only) by exact name. */
import { rowText } from '../i18n/index.js';
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
      return entry
        ? found(entry)
        : notFound(idField, columnOf(idField), rowText('row.ref.customerId', { id: ref.id }));
    }
    if (ref.code !== undefined) {
      const byCode = pick(
        this.codes.get(ref.code),
        codeField,
        columnOf(codeField),
        'row.ref.customerCodeAmbiguous',
        JSON.stringify(ref.code),
      );
      if (byCode) return byCode;
    }
    if (matchBy === 'name') {
      const [field, name] = ref.name !== undefined ? [nameField, ref.name] : [codeField, ref.code ?? ''];
      const byName = pick(
        this.names.get(name),
        field,
        columnOf(field),
        'row.ref.customerNameAmbiguous',
        JSON.stringify(name),
      );
      if (byName) return byName;
      const text =
        ref.code !== undefined && ref.name !== undefined
          ? rowText('row.ref.customerCodeOrName', {
              code: JSON.stringify(ref.code),
              name: JSON.stringify(ref.name),
            })
          : rowText('row.ref.customerCodeOrNameOne', { value: JSON.stringify(name) });
      return notFound(field, columnOf(field), text);
    }
    if (ref.code === undefined) {
      return notFound(nameField, columnOf(nameField), rowText('row.ref.customerNoCode'));
    }
    return notFound(
      codeField,
      columnOf(codeField),
      rowText('row.ref.customerCode', { value: JSON.stringify(ref.code) }),
    );
  }
}
