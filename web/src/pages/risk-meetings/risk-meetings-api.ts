/** "321" risk meetings (src/modules/risk-meetings); reply types from @contracts/risk-meetings. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { LeadingGroupReply, MatrixReply, MeetingDetail, MeetingRow, RulesReply, ComplianceReply } from '@contracts/risk-meetings';

export type { LeadingGroupReply, MatrixReply, MeetingDetail, MeetingRow, RulesReply, ComplianceReply } from '@contracts/risk-meetings';

export interface MeetingQuery {
  level?: string;
  year?: string;
  leadingGroup?: string;
  page: number;
  pageSize: number;
}

export interface NewMeeting {
  heldOn: string;
  forPreviousPeriod?: boolean;
  form: string;
  leadingGroup?: boolean;
  title?: string;
  summary: string;
  participants?: { unitIds?: string[]; people?: string[] };
  sources?: string[];
  risks?: { description: string; categoryId?: string | null; regionCode?: string | null; link?: string | null; level: string }[];
  conclusions?: string | null;
  minutes?: string | null;
  followUps?: { kind: string; description: string; ownerUnitId: string; dueOn: string; categoryId?: string | null; regionCode?: string | null; items?: string[] }[];
}

export function useMeetings(query: MeetingQuery) {
  return useQuery({ queryKey: ['risk-meetings', query], queryFn: () => api.get<Page<MeetingRow>>('/api/risk-meetings', { ...query }), placeholderData: keepPreviousData });
}

export function useMeeting(id: string) {
  return useQuery({ queryKey: ['risk-meetings', 'detail', id], queryFn: () => api.get<MeetingDetail>(`/api/risk-meetings/${id}`) });
}

export function useRecordMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NewMeeting) => api.post<{ id: string }>('/api/risk-meetings', body),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['risk-meetings'] });
      void client.invalidateQueries({ queryKey: ['work-items'] });
    },
  });
}

export function useMatrix(level: string, year: number, regionCode?: string) {
  return useQuery({
    queryKey: ['risk-meetings', 'matrix', level, year, regionCode],
    queryFn: () => api.get<MatrixReply>('/api/risk-meetings/matrix', { level, year, regionCode }),
    placeholderData: keepPreviousData,
  });
}

export function useCompliance(level: string, date?: string) {
  return useQuery({ queryKey: ['risk-meetings', 'compliance', level, date], queryFn: () => api.get<ComplianceReply>('/api/risk-meetings/compliance', { level, date }) });
}

export function useRules() {
  return useQuery({ queryKey: ['risk-meetings', 'rules'], queryFn: () => api.get<RulesReply>('/api/risk-meetings/rules') });
}

export function useUpdateRule() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ level, ...body }: { level: string; version: number; periodMonths?: number; effectiveFrom?: string; basis?: string }) => api.put(`/api/risk-meetings/rules/${level}`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['risk-meetings'] }),
  });
}

export function useLeadingGroup() {
  return useQuery({ queryKey: ['risk-meetings', 'leading-group'], queryFn: () => api.get<LeadingGroupReply>('/api/risk-meetings/leading-group') });
}

export function useUpdateLeadingGroup() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (members: { role: string; unitId: string; position: string; personName?: string | null }[]) => api.put<LeadingGroupReply>('/api/risk-meetings/leading-group', { members }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['risk-meetings', 'leading-group'] }),
  });
}

export const downloadMinutes = (id: string) => api.download(`/api/risk-meetings/${id}/minutes.docx`, undefined, '风险研判纪要.docx');
export const downloadMatrix = (level: string, year: number) => api.download('/api/risk-meetings/matrix.xlsx', { level, year }, '风险研判完成情况.xlsx');
