/** Sampling plans and suggestions (src/modules/plans). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { plansMessages } from './messages';
import type { Page } from '../../api/types';
import type { SamplingType } from '../../lib/enums';
import type { PlanDetail, PlanKind, PlanRow, PlanStatus, Suggestion } from '@contracts/plans';

/** Reply types come from the server's contracts (src/contracts/plans.ts). */
export type { PlanDetail, PlanKind, PlanRow, PlanStatus, PlanSuggestionRef, Quota, Suggestion } from '@contracts/plans';
export interface QuotaInput {
  categoryId?: string | null;
  regionCode?: string | null;
  quota: number;
}

export interface NewPlan {
  year: number;
  name: string;
  samplingType: SamplingType;
  planKind: PlanKind;
  description?: string | null;
  quotas: QuotaInput[];
}

export interface NewSuggestion {
  kind: 'sampling' | 'risk_warning';
  year: number;
  title: string;
  content: string;
  categoryId?: string | null;
  regionCode?: string | null;
}

export interface PlanQuery {
  year?: number;
  samplingType?: string;
  planKind?: string;
  status?: string;
  page: number;
  pageSize: number;
}

export function usePlans(query: PlanQuery, enabled = true) {
  return useQuery({
    queryKey: ['plans', query],
    queryFn: () => api.get<Page<PlanRow>>('/api/plans', { ...query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Active plans as select options (the sample form, the import options, accepting a suggestion). */
export function usePlanOptions(enabled = true) {
  const { data, isPending } = usePlans({ status: 'active', page: 1, pageSize: 100 }, enabled);
  const options = (data?.items ?? []).map((p) => ({ value: p.id, label: plansMessages.planOption(p.year, p.name) }));
  return { options, loading: enabled && isPending };
}

export function usePlan(id: string) {
  return useQuery({
    queryKey: ['plans', 'detail', id],
    queryFn: () => api.get<PlanDetail>(`/api/plans/${encodeURIComponent(id)}`),
  });
}

export function useSuggestions(query: { year?: number; status?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['suggestions', query],
    queryFn: () => api.get<Page<Suggestion>>('/api/suggestions', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function usePlanMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => Promise.all([queryClient.invalidateQueries({ queryKey: ['plans'] }), queryClient.invalidateQueries({ queryKey: ['suggestions'] })]);
  const id = (s: string) => encodeURIComponent(s);
  return {
    createPlan: useMutation({ mutationFn: (body: NewPlan) => api.post<PlanDetail>('/api/plans', body), onSettled }),
    setPlanStatus: useMutation({
      mutationFn: ({ plan, status }: { plan: PlanRow; status: PlanStatus }) =>
        api.patch<PlanDetail>(`/api/plans/${id(plan.id)}`, { version: plan.version, status }),
      onSettled,
    }),
    createSuggestion: useMutation({ mutationFn: (body: NewSuggestion) => api.post<Suggestion>('/api/suggestions', body), onSettled }),
    accept: useMutation({
      mutationFn: ({ suggestion, planId }: { suggestion: Suggestion; planId: string }) =>
        api.post(`/api/suggestions/${id(suggestion.id)}/accept`, { planId, version: suggestion.version }),
      onSettled,
    }),
    decline: useMutation({
      mutationFn: ({ suggestion, reason }: { suggestion: Suggestion; reason: string }) =>
        api.post(`/api/suggestions/${id(suggestion.id)}/decline`, { reason, version: suggestion.version }),
      onSettled,
    }),
  };
}
