/** The 风险分析 page's queries: one pivot per view (table, trend, map, top items), all with the page's filters. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Pivot, PivotCell } from '@contracts/analytics';
import { api, type QueryParams } from '../../api/client';

export type { Pivot, PivotCell };

export function usePivot(query: QueryParams | null) {
  return useQuery({
    queryKey: ['analytics-pivot', query],
    queryFn: () => api.get<Pivot>('/api/analytics/pivot', query!),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
