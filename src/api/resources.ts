/**
 * One typed method per endpoint (docs/ARCHITECTURE.md, API §3–7), all built from four small shapes:
 * a listing (list / pages / iterate), get by id, write (POST/PATCH/DELETE) and the answer checks.
 */
import {
  PAGE_PARAM,
  PATHS,
  PER_PAGE_PARAM,
  type Customer,
  type CustomerFilters,
  type CustomerInput,
  type ExtOrder,
  type OrderInput,
  type OrderStatusUpdate,
  type Page,
  type PageParams,
  type Product,
  type ProductFilters,
  type ProductInput,
  type TeamFilters,
  type TeamMember,
  type Visit,
  type VisitFilters,
  type VisitInput,
  type WriteResponse,
  parsePage,
  parseRecord,
  parseWriteAnswer,
} from '../contract/index.js';
import { ApiError } from './errors.js';
import { checkPerPage, paginateItems, paginatePages, type IterateOptions } from './paginate.js';
import type { QueryValue, SendResult } from './send.js';
import type { Session } from './session.js';
import { messageRef } from '../i18n/index.js';

export interface Listing<T, F> {
  /** One page (`page`, `per_page` up to 100) with its meta. */
  list(params?: F & PageParams): Promise<Page<T>>;
  /** Whole pages with meta, lazily, up to the last page (so callers know `meta.total`). */
  pages(filters?: F, options?: IterateOptions): AsyncIterable<Page<T>>;
  /** Items one by one, lazily, page after page. */
  iterate(filters?: F, options?: IterateOptions): AsyncIterable<T>;
}

export interface CrudResource<T, F, I> extends Listing<T, F> {
  get(id: number): Promise<T>;
  /** 200 `{}`: creates return no id (look the record up by its natural key). */
  create(body: I): Promise<WriteResponse>;
  update(id: number, body: I): Promise<WriteResponse>;
  delete(id: number): Promise<WriteResponse>;
}

export interface VisitsResource extends Listing<Visit, VisitFilters> {
  create(body: VisitInput): Promise<WriteResponse>;
}

export interface OrdersResource {
  get(id: string): Promise<ExtOrder>;
  create(body: OrderInput): Promise<WriteResponse>;
  updateStatus(id: string, extOrderStatusName: string): Promise<WriteResponse>;
}

export type CustomersResource = CrudResource<Customer, CustomerFilters, CustomerInput>;
export type ProductsResource = CrudResource<Product, ProductFilters, ProductInput>;
export type TeamsResource = Listing<TeamMember, TeamFilters>;

export function listing<T, F extends object>(session: Session, path: string): Listing<T, F> {
  const fetchPage = async (filters: F | undefined, page: number, perPage: number): Promise<Page<T>> => {
    const query: Record<string, QueryValue> = {
      ...(filters as Record<string, QueryValue> | undefined),
      [PAGE_PARAM]: page,
      [PER_PAGE_PARAM]: perPage,
    };
    const result = await session.request({ method: 'GET', path, query });
    return checkPage<T>(path, result);
  };
  return {
    async list(params) {
      const { page, per_page: perPage, ...filters } = (params ?? {}) as F & PageParams;
      const query: Record<string, QueryValue> = { ...(filters as Record<string, QueryValue>) };
      if (page !== undefined) query[PAGE_PARAM] = page;
      if (perPage !== undefined) query[PER_PAGE_PARAM] = checkPerPage(perPage, 'per_page');
      const result = await session.request({ method: 'GET', path, query });
      return checkPage<T>(path, result);
    },
    pages: (filters, options) => paginatePages((page, perPage) => fetchPage(filters, page, perPage), options),
    iterate: (filters, options) =>
      paginateItems((page, perPage) => fetchPage(filters, page, perPage), options),
  };
}

export function crud<T, F extends object, I>(session: Session, path: string): CrudResource<T, F, I> {
  return {
    ...listing<T, F>(session, path),
    get: async (id) => checkObject<T>(path, await session.request({ method: 'GET', path: byId(path, id) })),
    create: async (body) => write(await session.request({ method: 'POST', path, body })),
    update: async (id, body) => write(await session.request({ method: 'PATCH', path: byId(path, id), body })),
    delete: async (id) => write(await session.request({ method: 'DELETE', path: byId(path, id) })),
  };
}

export function visits(session: Session): VisitsResource {
  return {
    ...listing<Visit, VisitFilters>(session, PATHS.visits),
    create: async (body) => write(await session.request({ method: 'POST', path: PATHS.visits, body })),
  };
}

export function orders(session: Session): OrdersResource {
  const path = PATHS.orders;
  return {
    get: async (id) =>
      checkObject<ExtOrder>(path, await session.request({ method: 'GET', path: byStringId(path, id) })),
    create: async (body) => write(await session.request({ method: 'POST', path, body })),
    updateStatus: async (id, extOrderStatusName) => {
      const body: OrderStatusUpdate = { ext_order_status_name: extOrderStatusName };
      return write(await session.request({ method: 'PATCH', path: byStringId(path, id), body }));
    },
  };
}

function byId(path: string, id: number): string {
  if (typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1) {
    throw new TypeError(`expected \`id\` to be a positive integer, got \`${String(id)}\``);
  }
  return `${path}/${id}`;
}

function byStringId(path: string, id: string): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw new TypeError(`expected \`id\` to be a non-empty string, got \`${String(id)}\``);
  }
  return `${path}/${encodeURIComponent(id)}`;
}

function write(result: SendResult): WriteResponse {
  return parseWriteAnswer(result.body);
}

function checkObject<T>(path: string, result: SendResult): T {
  const answer = parseRecord(result.body);
  if (!answer.ok) throw unexpected(path, result, answer.reason);
  // The record's fields are the endpoint's type (wire.ts); parseRecord checked it is an object.
  return answer.value as T;
}

function checkPage<T>(path: string, result: SendResult): Page<T> {
  const answer = parsePage<T>(result.body);
  if (!answer.ok) throw unexpected(path, result, answer.reason);
  return answer.value;
}

function unexpected(path: string, result: SendResult, reason: string): ApiError {
  return new ApiError({
    code: 'API_UNEXPECTED',
    method: 'GET',
    path,
    status: result.status,
    attempts: result.attempts,
    reason,
    localized: messageRef('net.unexpectedAnswer', { reason }),
  });
}
