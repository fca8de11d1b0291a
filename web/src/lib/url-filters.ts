/**
 * List filters kept in the URL's search params, so a filtered list can be bookmarked, shared and
 * reached with the back button. Each field is declared with its kind; what does not fit is
 * dropped rather than sent to the server to be refused.
 */
import type { QueryParams } from '../api/client';

export type FieldKind = 'text' | 'date' | 'uuid' | 'region' | 'flag' | readonly string[];

export type FilterValues<S extends Record<string, FieldKind>> = { [K in keyof S]?: string };

export interface Paging {
  page: number;
  pageSize: number;
}

export const PAGE_SIZES = [10, 20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

const valid: Record<Exclude<FieldKind, readonly string[]>, (v: string) => boolean> = {
  text: (v) => v.length > 0 && v.length <= 64,
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v),
  uuid: (v) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  region: (v) => /^\d{6}$/.test(v),
  // Only the "on" state is a filter; off is the absence of the param.
  flag: (v) => v === 'true',
};

function accepts(kind: FieldKind, value: string): boolean {
  return typeof kind === 'string' ? valid[kind](value) : kind.includes(value);
}

export function defineUrlFilters<S extends Record<string, FieldKind>>(spec: S) {
  type Values = FilterValues<S>;
  const keys = Object.keys(spec) as (keyof S & string)[];

  /** Filters and paging from the URL; invalid values are left out. */
  function parse(params: URLSearchParams): Values & Paging {
    const values = {} as Values;
    for (const key of keys) {
      const raw = params.get(key)?.trim();
      if (raw && accepts(spec[key], raw)) values[key] = raw;
    }
    const page = Number(params.get('page'));
    const pageSize = Number(params.get('pageSize'));
    return {
      ...values,
      page: Number.isInteger(page) && page >= 1 ? page : 1,
      pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    };
  }

  /** The URL params of a state: empty filters, page 1 and the default page size are left out. */
  function toParams(state: Values & Partial<Paging>): URLSearchParams {
    const params = new URLSearchParams();
    for (const key of keys) {
      const value = state[key]?.trim();
      if (value) params.set(key, value);
    }
    if (state.page && state.page > 1) params.set('page', String(state.page));
    if (state.pageSize && state.pageSize !== DEFAULT_PAGE_SIZE) params.set('pageSize', String(state.pageSize));
    return params;
  }

  /** The filters alone, as the API's query (for exports, which have no pages). */
  function filtersOnly(state: Values): QueryParams {
    const query: QueryParams = {};
    for (const key of keys) if (state[key]) query[key] = state[key];
    return query;
  }

  /** True when any filter is set. */
  function anySet(state: Values): boolean {
    return keys.some((key) => Boolean(state[key]));
  }

  return { keys, parse, toParams, filtersOnly, anySet };
}
