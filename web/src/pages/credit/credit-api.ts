/** Credit (src/modules/credit): an enterprise's credit record, records due for the national system, export batches, the dishonest list. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';

export type CreditEntryKind = 'unqualified' | 'overturned' | 'disposal' | 'penalty' | 'interview' | 'escalation' | 'inspection' | 'dishonest';
export type PublicationKind = 'unqualified' | 'penalty' | 'dishonest' | 'dishonest_removal';

export interface CreditEntry {
  id: string;
  at: string;
  kind: CreditEntryKind;
  kindName: string;
  title: string;
  detail: string;
  link: string | null;
  recordId: string;
  status: string | null;
  statusName: string | null;
}

export interface CreditYear {
  year: number;
  sampled: number;
  unqualified: number;
  overturned: number;
}

export interface CreditRecord {
  enterprise: { id: string; name: string; creditCode: string | null; ownerUnitName: string };
  dishonestListing: { entryId: string; listedOn: string } | null;
  summary: { unqualified: number; overturned: number; penalties: number; interviews: number; escalations: number };
  entries: CreditEntry[];
  history: CreditYear[];
}

export interface DueRecord {
  recordKind: PublicationKind;
  recordId: string;
  kindName: string;
  enterpriseId: string | null;
  enterpriseName: string;
  creditCode: string | null;
  decisionNo: string;
  date: string;
  content: string;
  authority: string;
  problem: string | null;
}

export interface DuePage extends Page<DueRecord> {
  summary: { total: number; ready: number; blocked: number; byKind: Record<PublicationKind, number> };
  earlierUnsent: number;
}

export interface ExportBatch {
  id: string;
  periodFrom: string;
  periodTo: string;
  recordCount: number;
  byKind: Partial<Record<PublicationKind, number>>;
  /** prepared (抽检监测处, awaiting 信用处) | sent | returned */
  status: 'prepared' | 'sent' | 'returned';
  statusName: string;
  returnReason: string | null;
  version: number;
  actions: 'approve'[];
  createdAt: string;
  createdByName: string | null;
}

export interface DishonestEntry {
  id: string;
  enterpriseId: string;
  enterpriseName: string;
  /** The enterprise's page when the user may open it; the list itself is public. */
  enterpriseLink?: string | null;
  creditCode: string | null;
  caseId: string | null;
  caseNo: string | null;
  reason: string;
  legalBasis: string;
  decisionNo: string;
  listedOn: string;
  reviewableOn: string | null;
  reviewDue: boolean;
  expiresOn: string | null;
  expiryDue: boolean;
  status: 'proposed' | 'listed' | 'refused' | 'removed';
  statusName: string;
  refusalReason: string | null;
  removedOn: string | null;
  removalKindName: string | null;
  removalReason: string | null;
  listedByUnitName: string;
  version: number;
  actions: ('approve' | 'remove')[];
}

export interface DishonestPage extends Page<DishonestEntry> {
  reviewRule: { months: number; level: string; legalBasis: string; unverified: boolean } | null;
  /** add: the user's unit lists (it penalises); collect: 抽检监测处 or 信用处 collect for the national system; export: 信用处 sends. */
  actions: ('add' | 'collect' | 'export')[];
}

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

export function downloadBatch(batch: ExportBatch, format: 'xlsx' | 'csv') {
  return api.download(`/api/credit/exports/${encodeURIComponent(batch.id)}/file`, { format }, `信用信息报送_${batch.periodFrom}_${batch.periodTo}.${format}`);
}

export function useCreditMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => void queryClient.invalidateQueries({ queryKey: ['credit'] });
  return {
    exportBatch: useMutation({ mutationFn: (period: Period) => api.post<ExportBatch & { skipped: number }>('/api/credit/exports', period), onSettled }),
    addDishonest: useMutation({ mutationFn: (body: NewDishonest) => api.post<DishonestEntry>('/api/credit/dishonest', body), onSettled }),
    approveBatch: useMutation({
      mutationFn: ({ batch, approve, reason }: { batch: ExportBatch; approve: boolean; reason?: string }) =>
        api.post<ExportBatch>(`/api/credit/exports/${encodeURIComponent(batch.id)}/decision`, { version: batch.version, approve, reason }),
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
