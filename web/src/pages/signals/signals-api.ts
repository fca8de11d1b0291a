/** 风险信号 (src/modules/signals): list, detail, runs, review and follow-ups. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { api } from '../../api/client';
import type { SignalDetail, SignalListItem, SignalNoticeDraft, signalRunList, signalRuleList, signalRun } from '@contracts/signals';

export type { SignalDetail, SignalListItem, SignalNoticeDraft } from '@contracts/signals';
export type SignalRuns = z.infer<typeof signalRunList>;
export type SignalRules = z.infer<typeof signalRuleList>;
export type SignalRunResult = z.infer<typeof signalRun>;

const path = (id: string) => `/api/signals/${encodeURIComponent(id)}`;

export function useSignals(query: { status?: string; method?: string; active?: string; page: number; pageSize: number }) {
  return useQuery({ queryKey: ['signals', query], queryFn: () => api.get<{ items: SignalListItem[]; total: number }>('/api/signals', query), placeholderData: keepPreviousData });
}

export function useSignal(id: string) {
  return useQuery({ queryKey: ['signals', 'detail', id], queryFn: () => api.get<SignalDetail>(path(id)) });
}

export function useSignalRuns() {
  return useQuery({ queryKey: ['signals', 'runs'], queryFn: () => api.get<SignalRuns>('/api/signals/runs') });
}

export function useSignalRules() {
  return useQuery({ queryKey: ['signals', 'rules'], queryFn: () => api.get<SignalRules>('/api/signals/rules') });
}

export function useSignalNoticeDraft(signalId: string | null, enabled: boolean) {
  return useQuery({ queryKey: ['signals', 'notice-draft', signalId], queryFn: () => api.get<SignalNoticeDraft>(`${path(signalId!)}/notice-draft`), enabled: enabled && Boolean(signalId), retry: false });
}

export function useSignalMutations() {
  const client = useQueryClient();
  const done = () => client.invalidateQueries({ queryKey: ['signals'] });
  return {
    run: useMutation({ mutationFn: () => api.post<SignalRunResult>('/api/signals/run'), onSuccess: done }),
    review: useMutation({ mutationFn: (v: { id: string; decision: 'accept' | 'dismiss' | 'startReview'; reason?: string }) => api.post(`${path(v.id)}/review`, { decision: v.decision, reason: v.reason }), onSuccess: done }),
    tracking: useMutation({ mutationFn: (v: { id: string; quota?: number }) => api.post<{ suggestionId: string }>(`${path(v.id)}/tracking`, v.quota ? { quota: v.quota } : {}), onSuccess: done }),
    agenda: useMutation({ mutationFn: (id: string) => api.post<{ unitName: string }>(`${path(id)}/agenda`), onSuccess: done }),
    rule: useMutation({ mutationFn: (v: { key: string; value: number; version: number }) => api.patch<SignalRules>(`/api/signals/rules/${encodeURIComponent(v.key)}`, { value: v.value, version: v.version }), onSuccess: done }),
  };
}
