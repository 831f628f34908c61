/** Options of visits and orders imports (CLI: --date-format, --match-customer-by, …). */
import type { DateFormat } from '../map/index.js';
import type { MatchCustomerBy } from '../resolve/index.js';

export interface FieldImportOptions {
  /** How date cells are read; default day-first (see src/map/dates.ts). */
  dateFormat?: DateFormat;
  /** `name`: a customer code that matches no ext_cust_no is tried as the exact name. Default `code`. */
  matchCustomerBy?: MatchCustomerBy;
  /** Visits: create a visit even when one with the same date, customer and team member exists. */
  allowDuplicateVisits?: boolean;
  /** Orders: do not create an order whose ext_order_no exists for its customer and date. Default true. */
  skipExisting?: boolean;
}
