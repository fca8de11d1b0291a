/** Test items with their limits, and the catalogue's edits (src/modules/catalogue). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { categoriesQueryKey, type Category } from '../../api/catalogue';
import { api } from '../../api/client';
import type { SamplingPlan } from '../../../../src/domain/sampling/sampling-plan';

export type LimitType = 'max' | 'min' | 'not_detected';

export interface ItemLimit {
  id: string;
  testItemId: string;
  categoryId: string | null;
  categoryName: string | null;
  /** The limit applies where the food's name contains this (韭菜 under 鳞茎类蔬菜). */
  foodKeyword: string | null;
  standard: string;
  limitType: LimitType;
  /** A decimal as text, null for 不得检出. */
  limitValue: string | null;
  unit: string | null;
  /** A microbiological sampling plan (GB 4789.1-2016 §3.2); the limit value is then its M (or m). */
  samplingPlan: SamplingPlan | null;
  note: string | null;
  /** Not verified against the primary text: an editable default marked 待核实. */
  unverified: boolean;
  version: number;
}

export interface TestItem {
  id: string;
  name: string;
  aliases: string[];
  kind: string;
  microbiological: boolean;
  unit: string | null;
  limits: ItemLimit[];
}

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
    queryFn: () => api.get<{ items: TestItem[] }>('/api/catalogue/test-items', query),
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
