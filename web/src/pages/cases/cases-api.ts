/** Enforcement cases (稽查案件, src/modules/cases): list, one case, filing, stages, 法制审核, 移送. Shapes as the server sends them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { HistoryEntry } from '../../components/HistoryTimeline';
import type { Attachment } from '../disposals/disposals-api';
import type { CaseListState } from './case-filters';
import type { CaseActionName } from '../../../../src/domain/case';

export type CaseStage = 'filing' | 'investigation' | 'notice' | 'hearing' | 'decision' | 'execution' | 'closed';
export type CaseSource = 'disposal' | 'escalation' | 'complaint' | 'manual';
export type LicenceAction = 'none' | 'suspend' | 'revoke';
export type ReviewStatus = 'pending' | 'approved' | 'returned';

export interface CaseRow {
  id: string;
  caseNo: string;
  title: string;
  partyName: string;
  enterpriseId: string | null;
  source: CaseSource;
  sourceName: string;
  disposalId: string | null;
  escalationId: string | null;
  stage: CaseStage;
  stageName: string;
  major: boolean;
  crossRegion: boolean;
  ownerUnitId: string;
  ownerUnitName: string;
  filedOn: string;
  dueAt: string;
  provisional: boolean;
  fineAmount: number | null;
  legalReviewStatus: ReviewStatus | null;
  transferred: boolean;
  closedOn: string | null;
  overdue: boolean;
  remainingMs: number | null;
  clockSuspended: boolean;
  /** 立案 after its period; null when the lead's date was not recorded. */
  filedLate: boolean | null;
  linkUnitId: string | null;
  takenOver: boolean;
  version: number;
}

export type PauseKind = 'suspension' | 'hearing' | 'notice' | 'testing' | 'identification';

export interface CasePause {
  id: string;
  phase: 'filing' | 'decision';
  kind: PauseKind;
  kindName: string;
  from: string;
  to: string | null;
  reason: string;
  derived?: boolean;
}

export interface CaseTimeLimits {
  discoveredOn: string | null;
  filingDueOn: string | null;
  filedLate: boolean | null;
  filingApproval: { approvedOn: string; approver: string } | null;
  filingExtension: { approvedOn: string; approver: string; reason: string } | null;
  decisionExtensions: { kind: 'head' | 'collective'; kindName: string; days: number; approvedOn: string; approver: string; reason: string }[];
  pauses: CasePause[];
  excludedDays: number | null;
  clockSuspended: boolean;
}

export interface ReviewGrounds {
  publicInterest: boolean;
  hearingHeld: boolean;
  complex: boolean;
  requiredBy: string | null;
}

export interface CaseStageRecord {
  id: string;
  stage: CaseStage;
  name: string;
  doneOn: string;
  text: string;
  documentNo: string | null;
  details: Record<string, unknown>;
  attachments: Attachment[];
}

export interface LegalReview {
  status: ReviewStatus;
  requestedAt: string;
  proposal: string;
  proposedFine: number;
  proposedConfiscation: number;
  proposedLicenceAction: LicenceAction;
  opinion: string | null;
  reviewedAt: string | null;
  dueAt: string;
}

export interface CaseDecision {
  decisionNo: string;
  decidedOn: string;
  fineAmount: number;
  confiscatedIllegalGains: number;
  confiscatedGoods: string | null;
  licenceAction: LicenceAction;
  warning?: boolean;
  content: string;
}

export interface JudicialTransfer {
  transferredOn: string;
  organ: string;
  documentNo: string;
  reason: string;
  receiptOn: string | null;
  receiptNo: string | null;
}

/** The server's list of case actions (src/domain/case.ts), so the two cannot drift apart. */
export type CaseAction = CaseActionName;

export interface CaseDetail extends Omit<CaseRow, 'ownerUnitName' | 'legalReviewStatus' | 'transferred'> {
  ownerUnitName: string | null;
  filedByUnitId: string;
  filedByUnitName: string | null;
  complaintRef: string | null;
  facts: string;
  legalReview: LegalReview | null;
  decision: CaseDecision | null;
  judicialTransfer: JudicialTransfer | null;
  enterprise: { id: string; name: string; creditCode: string | null } | null;
  disposal: { id: string; sampleNo: string; status: string; statusName: string } | null;
  escalation: { id: string; year: number; status: string } | null;
  stages: CaseStageRecord[];
  nextStages: { stage: CaseStage; name: string }[];
  legalReviewRule: { value: number; unit: string; name: string; legalBasis: string; level: string };
  legalReviewGrounds: ReviewGrounds;
  legalReviewReasons: string[];
  legalReviewRequired: boolean;
  reviewerUnitName: string | null;
  publicInterest: boolean;
  complex: boolean;
  reviewRequiredBy: string | null;
  linkUnitName: string | null;
  takeOver: { fromUnitId: string; on: string; reason: string } | null;
  takeOverFromUnitName: string | null;
  timeLimits: CaseTimeLimits;
  history: HistoryEntry[];
  actions: CaseAction[];
}

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
  return useQuery({ queryKey: ['cases', state], queryFn: () => api.get<Page<CaseRow> & { actions: string[] }>('/api/cases', { ...state }), placeholderData: keepPreviousData });
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
        return api.upload<Attachment>(`${path(id)}/stages/${stage}/attachments`, form);
      }),
    ),
  };
}
