/** Samples: list, detail, create, record results. Shapes as src/modules/sampling sends them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { Conclusion, Link, SamplingType } from '../../lib/enums';
import type { SampleListState } from './sample-filters';
import type { SamplingPlan } from '../../../../src/domain/sampling/sampling-plan';

export interface SampleRow {
  id: string;
  sampleNo: string;
  samplingType: SamplingType;
  foodName: string;
  link: Link | null;
  categoryId: string | null;
  categoryRootId: string | null;
  categoryName: string | null;
  categoryRootName: string | null;
  sampledPartyId: string | null;
  sampledPartyName: string;
  nominalProducerId: string | null;
  nominalProducerName: string | null;
  regionCode: string | null;
  samplingDate: string;
  productionDate: string | null;
  batchNo: string | null;
  conclusion: Conclusion;
  needsReview: boolean;
  labName: string | null;
  version: number;
}

export interface ResultItem {
  id: string;
  itemName: string;
  resultText: string;
  /** The n results of a microbiological sampling plan, each as reported; null for one result. */
  subResults: string[] | null;
  unit: string | null;
  limitText: string | null;
  /** The plan the item was judged by (GB 4789.1-2016 §3.2). */
  samplingPlan: SamplingPlan | null;
  standard: string | null;
  judgement: 'qualified' | 'unqualified' | 'issue';
  microbiological: boolean;
}

/** A result set: the first lab's (初检) or a retest lab's (复检), linked to its application. */
export interface ResultSet {
  kind: 'initial' | 'retest';
  /** The set the sample's conclusion goes by: the latest. */
  effective: boolean;
  objectionId: string | null;
  retestLab: string | null;
  concludedAt: string | null;
  items: ResultItem[];
}

export type { HistoryEntry } from '../../components/HistoryTimeline';
import type { HistoryEntry } from '../../components/HistoryTimeline';

export interface SampleDetail extends SampleRow {
  planId: string | null;
  planName: string | null;
  taskSource: string | null;
  spec: string | null;
  trademark: string | null;
  /** 保质期 as written ("12个月", "180天"). */
  shelfLife: string | null;
  sampledPartyAddress: string | null;
  nominalProducerAddress: string | null;
  ownerUnitName: string;
  samplers: string[];
  organisedByMarketRegulation: boolean;
  importedColdChain: boolean;
  accompanyingOfficer: string | null;
  reportNo: string | null;
  /** The day the conclusion was received: the disposal's periods count from it. */
  conclusionReceivedOn: string | null;
  remarks: string | null;
  /** Fields an import inferred rather than read: { 中文字段: how }. */
  inferred: Record<string, string>;
  reviewReasons: string[];
  source: 'manual' | 'import';
  /** The effective result set's items. */
  items: ResultItem[];
  /** Every result set: the initial one, then a retest's beside it. */
  resultSets: ResultSet[];
  history: HistoryEntry[];
  /** What grew out of the sample; `href` is null when the user may not open it. */
  related?: RelatedRecord[];
  actions: string[];
}

export interface RelatedRecord {
  kind: 'disposal' | 'urgentReport' | 'objection' | 'case';
  id: string;
  title: string;
  statusName: string;
  href: string | null;
}

export interface ItemInput {
  itemName: string;
  resultText: string;
  unit?: string | null;
  limitText?: string | null;
  standard?: string | null;
  judgementText?: string | null;
}

export interface PartyInput {
  name: string;
  creditCode?: string | null;
  address?: string | null;
  regionCode?: string | null;
  licenceNumber?: string | null;
}

/** The body of POST /api/samples (zod `newSample`). */
export interface NewSample {
  sampleNo: string;
  planId?: string | null;
  samplingType: SamplingType;
  taskSource?: string | null;
  foodName: string;
  spec?: string | null;
  trademark?: string | null;
  batchNo?: string | null;
  productionDate?: string | null;
  shelfLife?: string | null;
  categoryId: string;
  link: Link;
  sampledParty: PartyInput;
  nominalProducer?: PartyInput | null;
  samplingDate: string;
  samplers: string[];
  organisedByMarketRegulation: boolean;
  importedColdChain: boolean;
  accompanyingOfficer?: string | null;
  labName?: string | null;
  reportNo?: string | null;
  conclusionReceivedOn?: string | null;
  remarks?: string | null;
  items?: ItemInput[];
}

export interface RecordResultsBody {
  version: number;
  labName?: string | null;
  reportNo?: string | null;
  items: ItemInput[];
}

export function useSamples(state: SampleListState) {
  return useQuery({
    queryKey: ['samples', state],
    queryFn: () => api.get<Page<SampleRow>>('/api/samples', { ...state }),
    placeholderData: keepPreviousData,
  });
}

export function useSample(id: string) {
  return useQuery({
    queryKey: ['samples', 'detail', id],
    queryFn: () => api.get<SampleDetail>(`/api/samples/${encodeURIComponent(id)}`),
  });
}

export function useCreateSample() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewSample) => api.post<SampleRow>('/api/samples', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['samples'] }),
  });
}

/** 补录陪同执法人员; refreshes the sample and the inbox (its work item is completed). */
export function useRecordOfficer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; accompanyingOfficer: string }) =>
      api.post<SampleRow>(`/api/samples/${encodeURIComponent(id)}/accompanying-officer`, body),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['samples'] }), queryClient.invalidateQueries({ queryKey: ['work-items'] })]),
  });
}

/** 确定环节 / 核实抽样日期; refreshes the sample and the inbox (its work item is completed). */
export function useRecordFlag(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: 'link' | 'sampling-date'; body: Record<string, unknown> }) =>
      api.post<SampleRow>(`/api/samples/${encodeURIComponent(id)}/${path}`, body),
    onSettled: () => Promise.all([queryClient.invalidateQueries({ queryKey: ['samples'] }), queryClient.invalidateQueries({ queryKey: ['work-items'] })]),
  });
}

/** Settles by refreshing the sample: after a version conflict the form must show what is now there. */
export function useRecordResults(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordResultsBody) => api.post<SampleRow>(`/api/samples/${encodeURIComponent(id)}/results`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['samples'] }),
  });
}
