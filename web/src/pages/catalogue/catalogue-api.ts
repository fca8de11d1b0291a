/** Test items with their limits, and the catalogue's edits (src/modules/catalogue). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { categoriesQueryKey, type Category } from '../../api/catalogue';
import { api } from '../../api/client';
import type { SamplingPlan } from '../../../../src/domain/sampling/sampling-plan';
import type { ItemLimit, LimitType, TestItemList } from '@contracts/catalogue';

/** Reply types come from the server's contracts (src/contracts/catalogue.ts). */
export type { ItemLimit, LimitType, TestItem } from '@contracts/catalogue';

export interface LimitChange {
  limitType: LimitType;
  limitValue: string | null;
  unit: string | null;
  samplingPlan: SamplingPlan | null;
  standard: string;
  note: string | null;
}

export function useTestItems(query: { q?: string; kind?: string }) {
  return useQuery({
    queryKey: ['catalogue', 'test-items', query],
    queryFn: () => api.get<TestItemList>('/api/catalogue/test-items', query),
  });
}

export function useCatalogueMutations() {
  const queryClient = useQueryClient();
  return {
    updateCategory: useMutation({
      mutationFn: ({ category, changes }: { category: Category; changes: { name?: string; active?: boolean } }) =>
        api.patch<Category>(`/api/catalogue/categories/${encodeURIComponent(category.id)}`, { version: category.version ?? 1, ...changes }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: categoriesQueryKey }),
    }),
    updateLimit: useMutation({
      mutationFn: ({ limit, changes }: { limit: ItemLimit; changes: LimitChange }) =>
        api.patch<ItemLimit>(`/api/catalogue/limits/${encodeURIComponent(limit.id)}`, { version: limit.version, ...changes }),
      onSettled: () => queryClient.invalidateQueries({ queryKey: ['catalogue', 'test-items'] }),
    }),
  };
}
