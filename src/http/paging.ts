import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 200;

/** `?page=&pageSize=` on every list: default 20, at most 200. */
export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export interface Page {
  page: number;
  pageSize: number;
  offset: number;
}

export function toPage(query: { page: number; pageSize: number }): Page {
  return { page: query.page, pageSize: query.pageSize, offset: (query.page - 1) * query.pageSize };
}
