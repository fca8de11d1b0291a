/** 舆情事件 and the opinion watch (src/modules/opinion). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { OpinionEventDetail, OpinionEventPage, OpinionWatchDetail } from '@contracts/opinion';

export type { OpinionEventDetail, OpinionEventRow, OpinionResponse, OpinionWatchDetail } from '@contracts/opinion';

const path = (id: string) => `/api/opinion-events/${encodeURIComponent(id)}`;
const watchPath = (id: string) => `/api/opinion-watches/${encodeURIComponent(id)}`;

export interface EventQuery {
  level?: string;
  status?: string;
  source?: string;
  q?: string;
  notable?: string;
  page: number;
  pageSize: number;
}

export function useOpinionEvents(query: EventQuery, enabled = true) {
  const params = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string | number>;
  return useQuery({ queryKey: ['opinion-events', params], queryFn: () => api.get<OpinionEventPage>('/api/opinion-events', params), placeholderData: keepPreviousData, enabled });
}

export function useOpinionEvent(id: string) {
  return useQuery({ queryKey: ['opinion-events', 'detail', id], queryFn: () => api.get<OpinionEventDetail>(path(id)) });
}

export function useOpinionWatch(id: string) {
  return useQuery({ queryKey: ['opinion-watches', id], queryFn: () => api.get<OpinionWatchDetail>(watchPath(id)) });
}

/** The body of an event as the form sends it. */
export interface EventBody {
  title: string;
  source: string;
  sourceNote?: string | null;
  firstSeenAt: string;
  summary: string;
  links?: string[];
  level: string;
  ownerUnitId?: string;
  regionUnitId?: string | null;
  enterpriseIds?: string[];
  sampleNos?: string[];
  publicationIds?: string[];
  complaintNos?: string[];
}

export function useOpinionMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => {
    void queryClient.invalidateQueries({ queryKey: ['opinion-events'] });
    void queryClient.invalidateQueries({ queryKey: ['opinion-watches'] });
    void queryClient.invalidateQueries({ queryKey: ['work-items'] });
    void queryClient.invalidateQueries({ queryKey: ['publications'] });
  };
  return {
    create: useMutation({ mutationFn: (body: EventBody) => api.post<{ id: string }>('/api/opinion-events', body), onSettled }),
    update: useMutation({ mutationFn: ({ e, body }: { e: OpinionEventDetail; body: Partial<EventBody> }) => api.patch<OpinionEventDetail>(path(e.id), { ...body, version: e.version }), onSettled }),
    act: useMutation({ mutationFn: ({ e, action, body }: { e: OpinionEventDetail; action: string; body: Record<string, unknown> }) => api.post<OpinionEventDetail>(`${path(e.id)}/${action}`, body), onSettled }),
    watch: useMutation({ mutationFn: ({ id, action, body }: { id: string; action: string; body: Record<string, unknown> }) => api.post<unknown>(`${watchPath(id)}/${action}`, body), onSettled }),
  };
}
