/** 食品生产经营者 (src/modules/enterprises): list and detail with the sampling record by year. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { enterpriseKindOptions } from '../../lib/enums';
import type { Enterprise, EnterpriseDetail } from '@contracts/enterprises';

/** Reply types come from the server's contracts (src/contracts/enterprises.ts). */
export type { Enterprise, EnterpriseDetail, YearCount } from '@contracts/enterprises';

export const enterpriseFilterSpec = {
  q: 'text',
  regionCode: 'region',
  kind: enterpriseKindOptions.map((o) => o.value),
  needsReview: 'flag',
} as const;

export const enterpriseFilters = defineUrlFilters(enterpriseFilterSpec);
export type EnterpriseFilters = FilterValues<typeof enterpriseFilterSpec>;

export function useEnterprises(state: EnterpriseFilters & Paging) {
  return useQuery({
    queryKey: ['enterprises', state],
    queryFn: () => api.get<Page<Enterprise>>('/api/enterprises', { ...state }),
    placeholderData: keepPreviousData,
  });
}

export function useEnterprise(id: string) {
  return useQuery({
    queryKey: ['enterprises', 'detail', id],
    queryFn: () => api.get<EnterpriseDetail>(`/api/enterprises/${encodeURIComponent(id)}`),
  });
}
