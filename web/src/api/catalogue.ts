/** The food-category catalogue, shared by the sample form, plans, suggestions and the catalogue page. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';

export interface Category {
  id: string;
  parentId: string | null;
  /** 1 大类, 2 亚类, 3 品种, 4 细类 */
  level: number;
  name: string;
  rootId: string;
  active: boolean;
  version?: number;
}

export const categoriesQueryKey = ['catalogue', 'categories'] as const;

export function useCategories() {
  return useQuery({
    queryKey: categoriesQueryKey,
    // A flat list; accepted bare or as `{ items }`.
    queryFn: async () => {
      const reply = await api.get<Category[] | { items: Category[] }>('/api/catalogue/categories');
      return Array.isArray(reply) ? reply : reply.items;
    },
    staleTime: 5 * 60_000, // edited rarely
  });
}
