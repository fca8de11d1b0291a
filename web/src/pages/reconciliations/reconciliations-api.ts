/** Reconciliation checks (对账检查, src/modules/reconciliation): list, start, one with its checks, record, finish. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { FiveKind, LedgerRow } from '../ledger/ledger-api';

export type CheckItems = Record<FiveKind, boolean | null>;

export interface Reconciliation {
  id: string;
  unitId: string;
  unitName: string | null;
  periodFrom: string;
  periodTo: string;
  mode: 'all' | 'random';
  sampleSize: number | null;
  draw: { random: string; population: number } | null;
  status: 'open' | 'finished';
  createdByUnitName: string | null;
  createdAt: string;
  finishedAt: string | null;
  version: number;
}

export interface ReconciliationRow extends Reconciliation {
  checks: number;
  checked: number;
  notInPlace: number;
}

export interface Check {
  id: string;
  disposalId: string;
  items: CheckItems;
  checked: boolean;
  notInPlace: FiveKind[];
  differs: FiveKind[];
  findings: string | null;
  checkedAt: string | null;
  disposal: LedgerRow | null;
}

export interface ReconciliationDetail extends Reconciliation {
  progress: { checks: number; checked: number; notInPlace: number };
  checks: Check[];
  actions: ('check' | 'finish')[];
}

export interface Rectification {
  workItemId: string;
  checkId: string;
  title: string;
  dueAt: string;
}

export interface FinishReply extends Reconciliation {
  rectifications: Rectification[];
}

export interface StartBody {
  unitId: string;
  periodFrom: string;
  periodTo: string;
  mode: 'all' | 'random';
  sampleSize?: number;
}

const path = (id: string) => `/api/reconciliations/${encodeURIComponent(id)}`;

export function useReconciliations(page: number, pageSize: number) {
  return useQuery({
    queryKey: ['reconciliations', page, pageSize],
    queryFn: () => api.get<Page<ReconciliationRow>>('/api/reconciliations', { page, pageSize }),
    placeholderData: keepPreviousData,
  });
}

export function useReconciliation(id: string) {
  return useQuery({ queryKey: ['reconciliations', 'detail', id], queryFn: () => api.get<ReconciliationDetail>(path(id)) });
}

export function useReconciliationMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => {
    void queryClient.invalidateQueries({ queryKey: ['reconciliations'] });
    void queryClient.invalidateQueries({ queryKey: ['work-items'] });
  };
  return {
    start: useMutation({ mutationFn: (body: StartBody) => api.post<Reconciliation>('/api/reconciliations', body), onSettled }),
    record: useMutation({
      mutationFn: ({ id, checkId, items, findings }: { id: string; checkId: string; items: Record<FiveKind, boolean>; findings?: string }) =>
        api.patch(`${path(id)}/checks/${encodeURIComponent(checkId)}`, { items, findings }),
      onSettled,
    }),
    finish: useMutation({
      mutationFn: ({ r, rectificationDays }: { r: Reconciliation; rectificationDays?: number }) =>
        api.post<FinishReply>(`${path(r.id)}/finish`, { version: r.version, rectificationDays }),
      onSettled,
    }),
  };
}
