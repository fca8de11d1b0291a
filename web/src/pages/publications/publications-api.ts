/** 信息公布 (src/modules/publication) and 标准解读 (src/modules/explainers). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { Explainer, PublicationDetail, PublicationRow, SampleFilterPreview } from '@contracts/publication';

export type { Explainer, PublicationDetail, PublicationRow } from '@contracts/publication';

const path = (id: string) => `/api/publications/${encodeURIComponent(id)}`;

export function usePublications(kind: 'announcement' | 'warning', page: number) {
  return useQuery({
    queryKey: ['publications', kind, page],
    queryFn: () => api.get<Page<PublicationRow>>('/api/publications', { kind, page, pageSize: 20 }),
    placeholderData: keepPreviousData,
  });
}

export function usePublication(id: string) {
  return useQuery({ queryKey: ['publications', 'detail', id], queryFn: () => api.get<PublicationDetail>(path(id)) });
}

/** The filter a batch's samples are picked by (GET /api/publications/candidates, POST filter). */
export interface SampleFilterValue {
  planId?: string;
  dateField?: 'sampling' | 'conclusion';
  dateFrom?: string;
  dateTo?: string;
  conclusion?: 'qualified' | 'unqualified';
  regionCode?: string;
}

/** What the filter picks now, within the user's scope: count and first rows (debounced by the form's own pace). */
export function useSampleFilterPreview(filter: SampleFilterValue) {
  const query = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== '')) as Record<string, string>;
  return useQuery({
    queryKey: ['publications', 'candidates', query],
    queryFn: () => api.get<SampleFilterPreview>('/api/publications/candidates', query),
    placeholderData: keepPreviousData,
    retry: false,
  });
}

export interface DraftBody {
  kind: 'announcement' | 'warning';
  title: string;
  sampleIds: string[];
  filter?: SampleFilterValue;
  body?: string;
  noticeNo?: string;
}

export function usePublicationMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => {
    void queryClient.invalidateQueries({ queryKey: ['publications'] });
    void queryClient.invalidateQueries({ queryKey: ['work-items'] });
  };
  return {
    draft: useMutation({ mutationFn: (body: DraftBody) => api.post<{ id: string }>('/api/publications', body), onSettled }),
    act: useMutation({
      mutationFn: ({ p, action, body }: { p: PublicationDetail; action: string; body: Record<string, unknown> }) => api.post<PublicationDetail>(`${path(p.id)}/${action}`, body),
      onSettled,
    }),
    result: useMutation({
      mutationFn: ({ p, sampleId, action, note }: { p: PublicationDetail; sampleId: string; action: 'correct' | 'withdraw'; note: string }) =>
        api.post<PublicationDetail>(`${path(p.id)}/results/${encodeURIComponent(sampleId)}/${action}`, { note }),
      onSettled,
    }),
  };
}

export const downloadTables = (p: PublicationDetail) => api.download(`${path(p.id)}/tables.xlsx`, undefined, `${p.title}.xlsx`);
export const downloadDocument = (p: PublicationDetail) => api.download(`${path(p.id)}/announcement.docx`, undefined, `${p.title}.docx`);

export function useExplainers() {
  return useQuery({ queryKey: ['explainers'], queryFn: () => api.get<{ items: Explainer[] }>('/api/explainers') });
}

export function useUpdateExplainer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ e, change }: { e: Explainer; change: Partial<Explainer> }) => api.patch<Explainer>(`/api/explainers/${encodeURIComponent(e.id)}`, { ...change, version: e.version }),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['explainers'] }),
  });
}
