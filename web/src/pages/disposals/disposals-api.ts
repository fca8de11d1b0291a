/** Disposals (核查处置): list, detail, documents, and every action. Shapes as src/modules/disposals sends them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { HistoryEntry } from '../../components/HistoryTimeline';
import type { Link } from '../../lib/enums';
import { disposalListQuery, type DisposalListState } from './disposal-filters';

export type DisposalStatus = 'open' | 'in_progress' | 'pending_approval' | 'closed' | 'voided';
export type StepKind = 'notice' | 'riskControl' | 'causeInvestigation' | 'rectification' | 'penalty' | 'disclosure' | 'enterpriseReport';

export interface StepSummary {
  kind: StepKind;
  name: string;
  status: 'pending' | 'done';
  doneOn: string | null;
}

export interface Extension {
  days: number;
  reason: string;
  approvedBy: string;
  approvedAt: string;
  documentNo: string;
}

interface DisposalBase {
  id: string;
  sampleId: string;
  sampleNo: string;
  kind: 'disposal' | 'monitoring';
  ownerUnitId: string;
  ownerUnitName: string | null;
  link: Link | null;
  status: DisposalStatus;
  statusName: string;
  openedAt: string;
  dueAt: string;
  originalDueAt: string;
  provisional: boolean;
  extension: Extension | null;
  closedAt: string | null;
  voidReason: string | null;
  overdue: boolean;
  remainingMs: number | null;
  version: number;
}

export interface DisposalRow extends DisposalBase {
  foodName: string;
  sampledPartyName: string;
  steps: StepSummary[];
}

export interface Attachment {
  id: string;
  fileName: string;
  mimeType: string;
  bytes: number;
  createdAt: string;
}

export interface Step extends StepSummary {
  id: string;
  text: string | null;
  details: Record<string, unknown>;
  version: number;
  attachments: Attachment[];
}

export interface Assist {
  id: string;
  fromUnitId: string;
  toUnitId: string | null;
  toUnitName: string | null;
  outsideProvince: string | null;
  producerName: string;
  producerAddress: string | null;
  status: 'requested' | 'replied' | 'closed';
  reply: string | null;
  repliedAt: string | null;
  /** Closed by the requesting bureau when no reply will come, with the reason. */
  closedReason: string | null;
  closedAt: string | null;
  documentNo: string | null;
  version: number;
  /** What the user may do on this 协查 (the server's workflow table): the links shown. */
  actions: AssistAction[];
}

export type AssistAction = 'reply' | 'letterSent' | 'close';

export interface DisposalSampleItem {
  id: string;
  itemName: string;
  resultText: string;
  unit: string | null;
  limitText: string | null;
  standard: string | null;
  judgement: 'qualified' | 'unqualified' | 'issue';
}

export interface DisposalSample {
  id: string;
  sampleNo: string;
  foodName: string;
  samplingType: string;
  link: Link | null;
  sampledPartyName: string;
  sampledPartyAddress: string | null;
  nominalProducerName: string | null;
  nominalProducerAddress: string | null;
  samplingDate: string;
  labName: string | null;
  reportNo: string | null;
  conclusion: string;
  items: DisposalSampleItem[];
}

export type DisposalAction = 'recordStep' | 'attach' | 'requestClosing' | 'approveClosing' | 'rejectClosing' | 'extend' | 'setConclusionReceived' | 'openCase';

/** Where the periods count from: the day the conclusion was received, else when the record was created here. */
export interface ClockStart {
  from: 'conclusionReceived' | 'recordCreated';
  conclusionReceivedOn: string | null;
  recordedAt: string;
  /** Days the record came after the conclusion (导入时间晚于检验结论 N 天). */
  lagDays: number;
}

export interface DisposalDetail extends DisposalBase {
  clockStart: ClockStart;
  sample: DisposalSample;
  steps: Step[];
  assists: Assist[];
  history: HistoryEntry[];
  /** The enforcement cases opened from this disposal that the user may read (the server decides). */
  cases: DisposalCaseLink[];
  actions: DisposalAction[];
}

export interface DisposalCaseLink {
  id: string;
  caseNo: string;
  stage: string;
}

export interface AvailableDocument {
  kind: 'resultNotice' | 'assistRequest' | 'extension' | 'supervision';
  name: string;
  documentNo: string | null;
  /** Issued already: GET `href` downloads it; else POST issues it (and takes the number). */
  issued: boolean;
  assistId?: string;
  addressee?: string;
  href: string;
}

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
