/** Disposals (核查处置): list, detail, documents, and every action. Shapes as src/modules/disposals sends them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import { disposalListQuery, type DisposalListState } from './disposal-filters';
import type { Assist, DisposalDetail, DisposalRow, DisposalSample, StepKind } from '@contracts/disposals';
import type { AvailableDocument } from '@contracts/documents';

/** Reply types come from the server's contracts (src/contracts/disposals.ts, documents.ts, attachments.ts). */
export type { Assist, ClockStart, DisposalCaseLink, DisposalDetail, DisposalRow, DisposalSample, DisposalStatus, Step, StepKind, StepSummary } from '@contracts/disposals';
export type { AvailableDocument } from '@contracts/documents';
export type { Attachment } from '@contracts/attachments';

/** One result item of the sample behind the disposal. */
export type DisposalSampleItem = DisposalSample['items'][number];

export interface StepBody {
  kind: StepKind;
  version: number;
  doneOn: string;
  text: string;
  details: Record<string, unknown>;
}

const path = (id: string) => `/api/disposals/${encodeURIComponent(id)}`;

export function useDisposals(state: DisposalListState) {
  return useQuery({
    queryKey: ['disposals', state],
    queryFn: () => api.get<Page<DisposalRow>>('/api/disposals', disposalListQuery(state)),
    placeholderData: keepPreviousData,
  });
}

export function useDisposal(id: string) {
  return useQuery({ queryKey: ['disposals', 'detail', id], queryFn: () => api.get<DisposalDetail>(path(id)) });
}

export function useDisposalDocuments(id: string) {
  return useQuery({ queryKey: ['disposals', 'detail', id, 'documents'], queryFn: () => api.get<{ items: AvailableDocument[] }>(`${path(id)}/documents`) });
}

/**
 * Every change to a disposal. Each settles by refreshing the disposal (and the inbox it feeds):
 * after a version conflict the page must show what is there now.
 */
export function useDisposalMutations(id: string) {
  const queryClient = useQueryClient();
  const settle = () => {
    void queryClient.invalidateQueries({ queryKey: ['disposals'] });
    void queryClient.invalidateQueries({ queryKey: ['work-items'] });
  };
  const mutation = <V,>(fn: (v: V) => Promise<unknown>) => ({ mutationFn: fn, onSettled: settle });
  return {
    recordStep: useMutation(mutation((body: StepBody) => api.post(`${path(id)}/steps`, body))),
    attach: useMutation(
      mutation(({ file, stepKind }: { file: File; stepKind?: StepKind }) => {
        const form = new FormData();
        if (stepKind) form.append('stepKind', stepKind);
        form.append('file', file, file.name);
        return api.upload(`${path(id)}/attachments`, form);
      }),
    ),
    requestClosing: useMutation(mutation((version: number) => api.post(`${path(id)}/request-closing`, { version }))),
    decideClosing: useMutation(
      mutation((body: { version: number; approve: boolean; comment?: string }) => api.post(`${path(id)}/closing-decision`, body)),
    ),
    extend: useMutation(
      mutation((body: { version: number; days: number; reason: string; approvedBy: string }) => api.post(`${path(id)}/extension`, body)),
    ),
    setConclusionReceived: useMutation(
      mutation((body: { version: number; conclusionReceivedOn: string }) => api.post(`${path(id)}/conclusion-received`, body)),
    ),
    replyAssist: useMutation(
      mutation(({ assist, reply }: { assist: Assist; reply: string }) =>
        api.post(`/api/assist-requests/${encodeURIComponent(assist.id)}/reply`, { version: assist.version, reply }),
      ),
    ),
    letterSent: useMutation(
      mutation(({ assist, documentNo, sentOn }: { assist: Assist; documentNo?: string; sentOn?: string }) =>
        api.post(`/api/assist-requests/${encodeURIComponent(assist.id)}/letter-sent`, { version: assist.version, documentNo, sentOn }),
      ),
    ),
    closeAssist: useMutation(
      mutation(({ assist, reason }: { assist: Assist; reason: string }) =>
        api.post(`/api/assist-requests/${encodeURIComponent(assist.id)}/close`, { version: assist.version, reason }),
      ),
    ),
  };
}
