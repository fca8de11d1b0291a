/** 信息通报 (src/modules/notices): the boxes, one notice, compose and every action. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ApprovalSettings, NoticeDetail, NoticeReach, NoticeRow, NoticeKind } from '@contracts/notices';
import type { Page } from '../../api/types';
import type { NoticeDraft } from '@contracts/risk-meetings';

export type { ApprovalSettings, NoticeDetail, NoticeReceipt, NoticeReach, NoticeRow, NoticeKind } from '@contracts/notices';

export type RecipientGroup = { group: 'allCities' } | { group: 'provincialDivisions' } | { group: 'cityCounties'; cityUnitId: string };

export interface SendBody {
  kind: NoticeKind;
  title: string;
  body: string;
  recipientUnitIds: string[];
  recipientGroups: RecipientGroup[];
  replyDueOn?: string;
  relatedMeetingId?: string;
  relatedMeetingActionId?: string;
  relatedSignalId?: string;
  relatedSampleIds?: string[];
}

/** Compose from a risk meeting's notice follow-up: the values drafted from the meeting. */
export function useMeetingNoticeDraft(draft: { meetingId: string; actionId?: string } | null, enabled: boolean) {
  return useQuery({
    queryKey: ['notices', 'meeting-draft', draft],
    queryFn: () => api.get<NoticeDraft>(`/api/risk-meetings/${encodeURIComponent(draft!.meetingId)}/notice-draft`, draft!.actionId ? { actionId: draft!.actionId } : {}),
    enabled: enabled && draft !== null,
    retry: false,
  });
}

const path = (id: string) => `/api/notices/${encodeURIComponent(id)}`;

export function useNotices(query: { box: 'inbox' | 'sent'; kind?: string; q?: string; page: number; pageSize: number }) {
  return useQuery({
    queryKey: ['notices', query],
    queryFn: () => api.get<Page<NoticeRow>>('/api/notices', query),
    placeholderData: keepPreviousData,
  });
}

export function useNotice(id: string) {
  return useQuery({ queryKey: ['notices', 'detail', id], queryFn: () => api.get<NoticeDetail>(path(id)) });
}

export function useNoticeReach(enabled: boolean) {
  return useQuery({ queryKey: ['notices', 'reach'], queryFn: () => api.get<NoticeReach>('/api/notices/reach'), enabled, staleTime: 5 * 60_000 });
}

export function useApprovalSettings(enabled: boolean) {
  return useQuery({ queryKey: ['notices', 'approval-settings'], queryFn: () => api.get<ApprovalSettings>('/api/notices/approval-settings'), enabled });
}

/** Every action answers the notice as it now is; the boxes, the inbox and the bell refresh. */
export function useNoticeMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => {
    void queryClient.invalidateQueries({ queryKey: ['notices'] });
    void queryClient.invalidateQueries({ queryKey: ['work-items'] });
    void queryClient.invalidateQueries({ queryKey: ['notifications'] });
  };
  return {
    send: useMutation({ mutationFn: (body: SendBody) => api.post<{ id: string; status: string }>('/api/notices', body), onSettled }),
    reply: useMutation({ mutationFn: ({ id, body }: { id: string; body: string }) => api.post<NoticeDetail>(`${path(id)}/replies`, { body }), onSettled }),
    acknowledge: useMutation({ mutationFn: (id: string) => api.post<NoticeDetail>(`${path(id)}/acknowledge`), onSettled }),
    remind: useMutation({ mutationFn: (id: string) => api.post<{ remindedUnitIds: string[] }>(`${path(id)}/remind`), onSettled }),
    withdraw: useMutation({ mutationFn: (id: string) => api.post<NoticeDetail>(`${path(id)}/withdraw`), onSettled }),
    approve: useMutation({ mutationFn: (id: string) => api.post<NoticeDetail>(`${path(id)}/approve`), onSettled }),
    setApproval: useMutation({ mutationFn: (body: { kind: NoticeKind; required: boolean }) => api.put<ApprovalSettings>('/api/notices/approval-settings', body), onSettled }),
  };
}
