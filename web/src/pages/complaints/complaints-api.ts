/** 投诉举报 (src/modules/complaints): list, one complaint, its actions, the 12345 import. Shapes as the server sends them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { ComplaintDetail, ComplaintImportJob, ComplaintPage } from '@contracts/complaints';
import type { ComplaintListState } from './complaint-filters';

export type { ComplaintDetail, ComplaintImportJob, ComplaintRow } from '@contracts/complaints';

const path = (id: string) => `/api/complaints/${encodeURIComponent(id)}`;

export function useComplaints(state: ComplaintListState) {
  return useQuery({ queryKey: ['complaints', state], queryFn: () => api.get<ComplaintPage>('/api/complaints', { ...state }), placeholderData: keepPreviousData });
}

export function useComplaint(id: string) {
  return useQuery({ queryKey: ['complaint', id], queryFn: () => api.get<ComplaintDetail>(path(id)) });
}

export interface NewComplaint {
  channel: string;
  kind: string;
  anonymous?: boolean;
  complainantName?: string;
  complainantPhone?: string;
  enterpriseName?: string;
  enterpriseCreditCode?: string;
  link?: string;
  foodName?: string;
  address?: string;
  cityCode?: string;
  description: string;
  hotlineNo?: string;
  hotlineDueAt?: string;
  receivedAt?: string;
}

export function useComplaintMutations() {
  const client = useQueryClient();
  const refresh = (id?: string) => {
    void client.invalidateQueries({ queryKey: ['complaints'] });
    if (id) void client.invalidateQueries({ queryKey: ['complaint', id] });
    void client.invalidateQueries({ queryKey: ['work-items'] });
  };
  const act = (action: string) =>
    useMutation({
      mutationFn: ({ id, body }: { id: string; body: Record<string, unknown> }) => api.post<ComplaintDetail>(`${path(id)}/${action}`, body),
      onSuccess: (_r, v) => refresh(v.id),
    });
  return {
    create: useMutation({ mutationFn: (body: NewComplaint) => api.post<{ id: string; trackingNo: string; result: string }>('/api/complaints', body), onSuccess: () => refresh() }),
    accept: act('accept'),
    reject: act('reject'),
    reassign: act('reassign'),
    close: act('close'),
    openCase: act('case'),
    reply: act('reply'),
    reveal: useMutation({ mutationFn: (id: string) => api.post<{ name: string | null; phone: string | null }>(`${path(id)}/reveal`, {}), onSuccess: (_r, id) => refresh(id) }),
    upload: useMutation({
      mutationFn: ({ id, file }: { id: string; file: File }) => {
        const form = new FormData();
        form.set('file', file);
        return api.upload(`${path(id)}/attachments`, form);
      },
      onSuccess: (_r, v) => refresh(v.id),
    }),
    importFile: useMutation({
      mutationFn: (file: File) => {
        const form = new FormData();
        form.set('file', file);
        return api.upload<ComplaintImportJob>('/api/complaints/import', form);
      },
      onSuccess: () => refresh(),
    }),
  };
}
