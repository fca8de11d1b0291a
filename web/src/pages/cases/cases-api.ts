/** Enforcement cases (稽查案件, src/modules/cases): list, one case, filing, stages, 法制审核, 移送. Shapes as the server sends them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { CaseListState } from './case-filters';
import type { CaseAttachment, CaseDetail, CasePage, CaseRow, CaseSource, CaseStage, LicenceAction, PauseKind } from '@contracts/cases';

/** Reply types come from the server's contracts (src/contracts/cases.ts). */
export type {
  CaseAttachment,
  CaseDecision,
  CaseDetail,
  CasePause,
  CaseRow,
  CaseSource,
  CaseStage,
  CaseStageRecord,
  CaseTimeLimits,
  JudicialTransfer,
  LegalReview,
  LicenceAction,
  PauseKind,
  ReviewGrounds,
  ReviewStatus,
} from '@contracts/cases';

export interface OpenCaseBody {
  source: CaseSource;
  disposalId?: string;
  escalationId?: string;
  complaintRef?: string;
  enterpriseId?: string;
  partyName: string;
  title: string;
  facts: string;
  filedOn: string;
  discoveredOn: string;
  filingApprovedBy?: string;
  major?: boolean;
  crossRegion?: boolean;
  publicInterest?: boolean;
  complex?: boolean;
}

export interface StageBody {
  version: number;
  stage: Exclude<CaseStage, 'filing'>;
  doneOn: string;
  text: string;
  documentNo?: string;
  details?: Record<string, unknown>;
  decision?: { warning?: boolean; fineAmount: number; confiscatedIllegalGains?: number; confiscatedGoods?: string; licenceAction: LicenceAction };
}

const path = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

export function useCases(state: CaseListState) {
  return useQuery({ queryKey: ['cases', state], queryFn: () => api.get<CasePage>('/api/cases', { ...state }), placeholderData: keepPreviousData });
}

/** The cases opened from one record (a disposal or an escalation), for its page. */
export function useCase(id: string) {
  return useQuery({ queryKey: ['cases', 'detail', id], queryFn: () => api.get<CaseDetail>(path(id)) });
}

/**
 * Every change to a case. Each settles by refreshing the cases, the inbox they feed, and the
 * disposals (a filing links a disposal's penalty step, a decision completes it).
 */
export function useCaseMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => {
    for (const key of ['cases', 'work-items', 'disposals', 'escalations']) void queryClient.invalidateQueries({ queryKey: [key] });
  };
  const mutation = <V, R = CaseDetail>(fn: (v: V) => Promise<R>) => ({ mutationFn: fn, onSettled });
  return {
    open: useMutation(mutation((body: OpenCaseBody) => api.post<CaseDetail>('/api/cases', body))),
    recordStage: useMutation(mutation(({ id, body }: { id: string; body: StageBody }) => api.post<CaseDetail>(`${path(id)}/stages`, body))),
    requestReview: useMutation(
      mutation(({ id, body }: { id: string; body: { version: number; proposedFine: number; proposedConfiscation?: number; licenceAction: LicenceAction; proposal: string } }) =>
        api.post<CaseDetail>(`${path(id)}/legal-review`, body),
      ),
    ),
    decideReview: useMutation(
      mutation(({ id, body }: { id: string; body: { version: number; approve: boolean; opinion?: string } }) => api.post<CaseDetail>(`${path(id)}/legal-review/decision`, body)),
    ),
    transfer: useMutation(
      mutation(({ id, body }: { id: string; body: { version: number; transferredOn: string; organ: string; documentNo: string; reason: string } }) =>
        api.post<CaseDetail>(`${path(id)}/judicial-transfer`, body),
      ),
    ),
    receipt: useMutation(
      mutation(({ id, body }: { id: string; body: { version: number; receiptOn: string; receiptNo: string } }) => api.post<CaseDetail>(`${path(id)}/judicial-transfer/receipt`, body)),
    ),
    setGrounds: useMutation(
      mutation(({ id, body }: { id: string; body: { version: number; publicInterest: boolean; complex: boolean; requiredBy: string | null } }) => api.post<CaseDetail>(`${path(id)}/review-grounds`, body)),
    ),
    takeOver: useMutation(mutation(({ id, body }: { id: string; body: { version: number; reason: string } }) => api.post<CaseDetail>(`${path(id)}/take-over`, body))),
    extend: useMutation(
      mutation(({ id, body }: { id: string; body: { version: number; kind: 'head' | 'collective'; approvedOn: string; approver: string; reason: string; days?: number } }) =>
        api.post<CaseDetail>(`${path(id)}/decision-extensions`, body),
      ),
    ),
    pause: useMutation(
      mutation(({ id, body }: { id: string; body: { version: number; kind: PauseKind; from: string; to?: string; reason: string } }) => api.post<CaseDetail>(`${path(id)}/pauses`, body)),
    ),
    endPause: useMutation(
      mutation(({ id, pauseId, body }: { id: string; pauseId: string; body: { version: number; to: string } }) => api.post<CaseDetail>(`${path(id)}/pauses/${encodeURIComponent(pauseId)}/end`, body)),
    ),
    attach: useMutation(
      mutation(({ id, stage, file }: { id: string; stage: CaseStage; file: File }) => {
        const form = new FormData();
        form.append('file', file, file.name);
        return api.upload<CaseAttachment>(`${path(id)}/stages/${stage}/attachments`, form);
      }),
    ),
  };
}
