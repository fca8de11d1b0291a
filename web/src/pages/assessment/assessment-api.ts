/** 考核评价 (src/modules/assessment); reply types from @contracts/assessment. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { CheckDetail, ChecksReply, DrillReply, IndicatorsReply, RectificationsReply, ScoresReply } from '@contracts/assessment';

export type { CheckDetail, ChecksReply, DrillReply, Indicator, IndicatorsReply, RectificationRow, RectificationsReply, ScoresReply, UnitScoreRow } from '@contracts/assessment';

export function useIndicators(year: number) {
  return useQuery({ queryKey: ['assessment', 'indicators', year], queryFn: () => api.get<IndicatorsReply>('/api/assessment/indicators', { year }) });
}

function useInvalidating<B, R>(fn: (body: B) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['assessment'] });
      void client.invalidateQueries({ queryKey: ['work-items'] });
    },
  });
}

/** What the indicator form sends (the computation only when adding: an indicator keeps its computation). */
export interface IndicatorInput {
  name: string;
  definition: string;
  params: Record<string, unknown>;
  direction: 'higher' | 'lower' | 'deduction';
  target: number;
  weight: number;
  unitKinds: ('division' | 'city' | 'county')[];
  period: 'year' | 'quarter';
}
export const useCreateIndicator = () => useInvalidating((body: IndicatorInput & { year: number; computation: string }) => api.post<{ id: string }>('/api/assessment/indicators', body));
export const useUpdateIndicator = () => useInvalidating(({ id, ...body }: Partial<IndicatorInput> & { id: string; version: number }) => api.patch(`/api/assessment/indicators/${id}`, body));
export const useDeleteIndicator = () => useInvalidating(({ id, version }: { id: string; version: number }) => api.delete<{ id: string }>(`/api/assessment/indicators/${id}?version=${version}`));

export function useRectifications(query: { unitId?: string; status?: string; overdue?: string; checkId?: string; page: number; pageSize: number }) {
  return useQuery({ queryKey: ['assessment', 'rectifications', query], queryFn: () => api.get<RectificationsReply>('/api/assessment/rectifications', query), placeholderData: keepPreviousData });
}
export const useSeedIndicators = () => useInvalidating((body: { year: number }) => api.post('/api/assessment/indicators/seed', body));
export const usePublish = () => useInvalidating((body: { year: number; period: string }) => api.post('/api/assessment/results/publish', body));

export function useScores(year: number, level: string, period: string, enabled = true) {
  return useQuery({ queryKey: ['assessment', 'scores', year, level, period], queryFn: () => api.get<ScoresReply>('/api/assessment/scores', { year, level, period }), placeholderData: keepPreviousData, enabled });
}

export function useDrill(query: { year: number; period: string; code: string; unitId: string; missed: boolean } | null) {
  return useQuery({
    queryKey: ['assessment', 'drill', query],
    queryFn: () => api.get<DrillReply>('/api/assessment/drill', { ...query!, missed: query!.missed ? 'true' : undefined }),
    enabled: Boolean(query),
  });
}

export function useChecks(year?: number) {
  return useQuery({ queryKey: ['assessment', 'checks', year], queryFn: () => api.get<ChecksReply>('/api/assessment/checks', { year }) });
}
export function useCheck(id: string) {
  return useQuery({ queryKey: ['assessment', 'check', id], queryFn: () => api.get<CheckDetail>(`/api/assessment/checks/${id}`) });
}
export const useCreateCheck = () =>
  useInvalidating((body: { title: string; method: string; startOn: string; endOn: string; unitIds: string[]; team: { unitId: string; personName: string }[]; notes?: string | null }) =>
    api.post<{ id: string }>('/api/assessment/checks', body),
  );
export const useRecordFinding = () =>
  useInvalidating(({ checkId, ...body }: { checkId: string; unitId: string; description: string; requirement: string; dueOn: string; indicatorCode?: string | null; deduction?: number }) =>
    api.post<{ id: string }>(`/api/assessment/checks/${checkId}/findings`, body),
  );
export const useReportRectification = () => useInvalidating(({ id, ...body }: { id: string; version: number; report: string }) => api.post(`/api/assessment/findings/${id}/report`, body));
export const useReviewRectification = () => useInvalidating(({ id, ...body }: { id: string; version: number; accepted: boolean; note?: string | null }) => api.post(`/api/assessment/findings/${id}/review`, body));

export const downloadReport = (year: number, period: string) => api.download('/api/assessment/results/report.docx', { year, period }, `${year}年考评通报.docx`);
export const downloadScores = (year: number, period: string) => api.download('/api/assessment/scores.xlsx', { year, period }, `${year}年考核得分.xlsx`);
