/** The province view's query. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Dashboard, DashboardArea, MapIndicatorValues } from '@contracts/stats';

export type { Dashboard, DashboardArea, MapIndicatorValues };

export function useDashboard(regionCode: string, year: number) {
  return useQuery({
    queryKey: ['dashboard', regionCode, year],
    queryFn: () => api.get<Dashboard>('/api/dashboard', { regionCode, year }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** The list behind a figure, with the region and the year in its URL. */
export const links = {
  samples: (regionCode: string, year: number, extra = '') =>
    `/samples?${regionCode === '510000' ? '' : `regionCode=${regionCode}&`}dateFrom=${year}-01-01&dateTo=${year}-12-31${extra}`,
  overdueDisposals: (unitId?: string) => `/disposals?overdue=true${unitId ? `&ownerUnitId=${unitId}` : ''}`,
  plans: () => '/plans',
  escalations: () => '/escalations?status=active',
  cases: () => '/cases',
  urgent: () => '/urgent?status=closed',
};
