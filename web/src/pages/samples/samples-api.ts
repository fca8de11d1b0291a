/** Samples: list, detail, create, record results. Shapes as src/modules/sampling sends them. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { Link, SamplingType } from '../../lib/enums';
import type { SampleListState } from './sample-filters';
import type { SampleDetail, SampleRecord, SampleRow } from '@contracts/samples';

/** Reply types come from the server's contracts (src/contracts/samples.ts). */
export type { RelatedRecord, ResultItem, ResultSet, SampleDetail, SampleRecord, SampleRow } from '@contracts/samples';

export type { HistoryEntry } from '../../components/HistoryTimeline';

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
    mutationFn: (body: NewSample) => api.post<SampleRecord>('/api/samples', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['samples'] }),
  });
}

/** 补录陪同执法人员; refreshes the sample and the inbox (its work item is completed). */
export function useRecordOfficer(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; accompanyingOfficer: string }) =>
      api.post<SampleRecord>(`/api/samples/${encodeURIComponent(id)}/accompanying-officer`, body),
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
    mutationFn: (body: RecordResultsBody) => api.post<SampleRecord>(`/api/samples/${encodeURIComponent(id)}/results`, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['samples'] }),
  });
}
