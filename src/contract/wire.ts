/**
 * The SalesMania wire format as this project understands it (its sections follow docs/ARCHITECTURE.md, "API").
 *
 * Everything the public reference leaves open is an ASSUMPTION, marked [A] below and listed in
 * the README. This is the one module to correct when the real API answers differently: the
 * client and the sandbox both build on it.
 */

// ---- Paths ---------------------------------------------------------------------------

export const PATHS = {
  token: '/extapi/v1.0/token', // [A] path; Basic auth → bearer
  databases: '/extapi/v1.0/databases', // [A]
  teamToken: '/extapi/v1.0/team_token', // [D] path, [A] ?db_id=
  customers: '/extapi/v1.0/customers', // [D]
  products: '/extapi/v1.0/products', // [D] add; [A] the rest
  visits: '/extapi/v1.1/visits', // [D] v1.1 for add; [A] list
  orders: '/extapi/v1.0/orders', // [D]; no list endpoint
  teams: '/extapi/v1.0/teams', // [A]
} as const;

/** [A] Query parameter naming the database when asking for a team token. */
export const TEAM_TOKEN_DB_PARAM = 'db_id';
/** [D] Query parameter carrying the team token on every data call. */
export const TEAM_TOKEN_PARAM = 'team_token';

// ---- Pagination [A] --------------------------------------------------------------------

export const PAGE_PARAM = 'page';
export const PER_PAGE_PARAM = 'per_page';
export const DEFAULT_PER_PAGE = 20;
export const MAX_PER_PAGE = 100;

export interface PageMeta {
  page: number;
  per_page: number;
  total: number;
  last_page: number;
}

export interface Page<T> {
  data: T[];
  meta: PageMeta;
}

// ---- Auth [A] ----------------------------------------------------------------------------

export interface TokenResponse {
  token: string;
  expires_in: number;
}

export interface Database {
  id: number;
  name: string;
}

/** [D] The team token's first segment is base64 JSON naming its database and team member. */
export interface TeamTokenClaims {
  db_id: number;
  team_id: number;
}

// ---- Errors [A] --------------------------------------------------------------------------

export interface ErrorBody {
  message: string;
  /** Dotted field path → reasons, e.g. `location.lat`, `product_units.0.ratio`. */
  errors?: Record<string, string[]>;
}

export const MESSAGES = {
  unauthenticated: 'Unauthenticated',
  invalidTeamToken: 'Invalid team token',
  notFound: 'Not found',
  validation: 'The given data was invalid.',
  rateLimited: 'Too Many Requests',
} as const;

/** [A] The rate-limit answer carries the wait in whole seconds. */
export const RETRY_AFTER_HEADER = 'retry-after';

// ---- Entities ------------------------------------------------------------------------

export interface Location {
  lat: number;
  lon: number;
}

/** [D] Customer create/update body. */
export interface CustomerInput {
  name?: string;
  address?: string;
  city?: string;
  phone?: string;
  ext_cust_no?: string;
  location?: Location | null;
  status?: boolean;
  tags?: string[];
}

/** [A] Customer as returned by the get endpoints. */
export interface Customer {
  id: number;
  name: string;
  address: string | null;
  city: string | null;
  phone: string | null;
  ext_cust_no: string | null;
  location: Location | null;
  status: boolean;
  tags: string[];
  created_at: string;
  updated_at: string;
}

export interface ProductUnitInput {
  name: string;
  price: number;
  ratio: number;
}

/** [D] Product create/update body. */
export interface ProductInput {
  name?: string;
  description?: string;
  sku?: string;
  tags?: string[];
  status?: boolean;
  ext_product_code?: string;
  default_disc?: string;
  qty_on_hand?: number;
  product_units?: ProductUnitInput[];
}

/** [A] Product as returned. */
export interface Product {
  id: number;
  name: string;
  description: string | null;
  sku: string | null;
  tags: string[];
  status: boolean;
  ext_product_code: string | null;
  default_disc: string | null;
  qty_on_hand: number;
  product_units: Array<ProductUnitInput & { id: number }>;
  created_at: string;
  updated_at: string;
}

/** [D] Visit create body (posted to v1.1). */
export interface VisitInput {
  date: string;
  customer_id: number;
  team_id?: number;
}

/** [A] Visit as returned. */
export interface Visit {
  id: number;
  date: string;
  customer_id: number;
  team_id: number;
  sequence: number;
  visit_status: string;
  order_id: string | null;
}

/** [D] Order statuses (Indonesian): new, processing, delivered, paid, cancelled. */
export const ORDER_STATUSES = ['Baru', 'Diproses', 'Terkirim', 'Lunas', 'Batal'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
/** [A] Status of an order created without one. */
export const DEFAULT_ORDER_STATUS: OrderStatus = 'Baru';

export interface OrderLineInput {
  product_id: number;
  qty: number;
  unit: string;
  price: number;
  item_disc_percent?: string;
  item_disc_amount?: number;
  description?: string;
  ext_order_line_id?: number;
}

/** [D] Add-order body. */
export interface OrderInput {
  date: string;
  customer_id: number;
  team_id?: number;
  description?: string;
  ordered_products: OrderLineInput[];
  disc_percent?: string;
  disc_amount?: number;
  total_paid?: number;
  status?: OrderStatus;
  visit_status?: string;
  ext_order_no?: string;
  ext_order_status_name?: string;
}

/** [D] field names, [A] types: one line of an Ext Order. */
export interface ExtOrderLine {
  ext_product_code: string | null;
  ext_product_id: string | null;
  qty: number;
  price: number;
  item_disc_percent: string | null;
  item_disc_amount: number | null;
  unit: { name: string; ratio: number };
  description: string | null;
  sm_product_id: number;
}

/** [D] field names, [A] types: the Ext Order returned by Get order by ID. */
export interface ExtOrder {
  ext_cust_no: string | null;
  ext_cust_id: string | null;
  ext_salesman_number: string | null;
  /** [A] equals the `ext_order_no` sent on create. */
  ext_order_id: string | null;
  ext_order_status_name: string | null;
  trans_date: string;
  disc_amount: number | null;
  disc_percent: string | null;
  description: string | null;
  total_paid: number | null;
  sm_company_id: number;
  sm_customer_id: number;
  sm_team_id: number;
  sm_order_id: string;
  sm_status: OrderStatus;
  ordered_product: ExtOrderLine[];
}

/** [A] Team member. */
export interface TeamMember {
  id: number;
  name: string;
  email: string;
  role: string;
  ext_salesman_number: string | null;
  status: boolean;
}

// ---- List filters [A] ------------------------------------------------------------------

export interface CustomerFilters {
  ext_cust_no?: string;
  search?: string;
  status?: boolean;
  updated_since?: string;
}

export interface ProductFilters {
  ext_product_code?: string;
  search?: string;
  status?: boolean;
  updated_since?: string;
}

export interface VisitFilters {
  date_from?: string;
  date_to?: string;
  team_id?: number;
  customer_id?: number;
}

// ---- Limits [D] --------------------------------------------------------------------------

export const LIMITS = {
  productNameMax: 200,
  unitNameMax: 50,
  latMin: -90,
  latMax: 90,
  lonMin: -180,
  lonMax: 180,
} as const;

// ---- Headers and auth details (added for the client) --------------------------------------

/** [D] Basic credentials on the token call, bearer on every other call. */
export const AUTH_SCHEME_BASIC = 'Basic';
export const AUTH_SCHEME_BEARER = 'Bearer';

/** [A] Successful writes answer 200 `{}`; creates return no id. */
export type WriteResponse = Record<string, unknown>;

/** [D] Body of "Update order by ID": the only documented field. */
export interface OrderStatusUpdate {
  ext_order_status_name: string;
}

/** [A] Filters of the teams list (paging only). */
export type TeamFilters = Record<string, never>;

/** [A] Paging parameters of every list endpoint. */
export interface PageParams {
  page?: number;
  per_page?: number;
}

// ---- Server behaviour the sandbox simulates [A] ------------------------------------------

/** [A] Lifetime of a bearer token when the server does not say otherwise (`expires_in`). */
export const DEFAULT_TOKEN_LIFETIME_SEC = 3600;
/** [A] `visit_status` of a visit created through POST visits. */
export const VISIT_STATUS_PLANNED = 'Planned';
/** [A] `visit_status` of the visit recorded with an order when the order names none. */
export const DEFAULT_ORDER_VISIT_STATUS = 'Order';
