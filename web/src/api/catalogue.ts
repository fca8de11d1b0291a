/** The food-category catalogue, shared by the sample form, plans, suggestions and the catalogue page. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { Category } from '@contracts/catalogue';

/** A food category, as src/contracts/catalogue.ts declares it. */
export type { Category } from '@contracts/catalogue';

export const categoriesQueryKey = ['catalogue', 'categories'] as const;

export function useCategories() {
  return useQuery({
    queryKey: categoriesQueryKey,
    // A flat list, parents before children.
    queryFn: () => api.get<Category[]>('/api/catalogue/categories'),
    staleTime: 5 * 60_000, // edited rarely
  });
}
