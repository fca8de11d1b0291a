/** 食品生产经营者 (src/modules/enterprises): list and detail with the sampling record by year. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { defineUrlFilters, type FilterValues, type Paging } from '../../lib/url-filters';
import { enterpriseKindOptions, type EnterpriseKind } from '../../lib/enums';

export interface Enterprise {
  id: string;
  name: string;
  creditCode: string | null;
  licenceNumbers: string[];
  kind: EnterpriseKind;
  regionCode: string | null;
  address: string | null;
  needsReview: boolean;
  reviewReasons: string[];
  version: number;
}

export interface YearCount {
  year: number;
  total: number;
  unqualified: number;
}

export interface EnterpriseDetail extends Enterprise {
  samplesByYear: YearCount[];
}

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
