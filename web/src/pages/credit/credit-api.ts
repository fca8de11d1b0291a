/** Credit (src/modules/credit): an enterprise's credit record, records due for the national system, export batches, the dishonest list. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { CreditRecord, DishonestEntry, DishonestPage, DuePage, ExportBatch, ExportBatchCreated, ExportBatchRecord } from '@contracts/credit';

/** Reply types come from the server's contracts (src/contracts/credit.ts). */
export type { CreditEntry, CreditEntryKind, CreditRecord, CreditYear, DishonestEntry, DishonestPage, DueRecord, DuePage, ExportBatch, ExportBatchCreated, ExportBatchRecord, PublicationKind } from '@contracts/credit';

export interface Period {
  from: string;
  to: string;
}

export interface DishonestQuery {
  status?: string;
  q?: string;
  page: number;
  pageSize: number;
}

export interface NewDishonest {
  /** The case whose penalty decision the listing rests on. */
  caseId: string;
  reason: string;
  legalBasis: string;
  decisionNo: string;
  listedOn: string;
}

export function useCreditRecord(enterpriseId: string) {
  return useQuery({
    queryKey: ['credit', 'record', enterpriseId],
    queryFn: () => api.get<CreditRecord>(`/api/enterprises/${encodeURIComponent(enterpriseId)}/credit-record`),
  });
}

export function useDueRecords(period: Period, page: number, pageSize: number) {
  return useQuery({
    queryKey: ['credit', 'due', period, page, pageSize],
    queryFn: () => api.get<DuePage>('/api/credit/due', { ...period, page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useExportBatches(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['credit', 'exports', page, pageSize],
    queryFn: () => api.get<Page<ExportBatch>>('/api/credit/exports', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useDishonestList(query: DishonestQuery) {
  return useQuery({
    queryKey: ['credit', 'dishonest', query],
    queryFn: () => api.get<DishonestPage>('/api/credit/dishonest', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function downloadBatch(batch: ExportBatchRecord, format: 'xlsx' | 'csv') {
  return api.download(`/api/credit/exports/${encodeURIComponent(batch.id)}/file`, { format }, `信用信息报送_${batch.periodFrom}_${batch.periodTo}.${format}`);
}

export function useCreditMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => void queryClient.invalidateQueries({ queryKey: ['credit'] });
  return {
    exportBatch: useMutation({ mutationFn: (period: Period) => api.post<ExportBatchCreated>('/api/credit/exports', period), onSettled }),
    addDishonest: useMutation({ mutationFn: (body: NewDishonest) => api.post<DishonestEntry>('/api/credit/dishonest', body), onSettled }),
    approveBatch: useMutation({
      mutationFn: ({ batch, approve, reason }: { batch: ExportBatch; approve: boolean; reason?: string }) =>
        api.post<ExportBatchRecord>(`/api/credit/exports/${encodeURIComponent(batch.id)}/decision`, { version: batch.version, approve, reason }),
      onSettled,
    }),
    decideDishonest: useMutation({
      mutationFn: ({ entry, approve, decidedOn, reason }: { entry: DishonestEntry; approve: boolean; decidedOn: string; reason?: string }) =>
        api.post<DishonestEntry>(`/api/credit/dishonest/${encodeURIComponent(entry.id)}/decision`, { version: entry.version, approve, decidedOn, reason }),
      onSettled,
    }),
    removeDishonest: useMutation({
      mutationFn: ({ entry, removedOn, removalKind, removalReason }: { entry: DishonestEntry; removedOn: string; removalKind: string; removalReason: string }) =>
        api.post<DishonestEntry>(`/api/credit/dishonest/${encodeURIComponent(entry.id)}/remove`, { version: entry.version, removedOn, removalKind, removalReason }),
      onSettled,
    }),
  };
}
