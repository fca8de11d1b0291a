/** Reconciliation checks (对账检查, src/modules/reconciliation): list, start, one with its checks, record, finish. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { FiveKind } from '@contracts/ledger';
import type { FinishReply, Reconciliation, ReconciliationDetail, ReconciliationRow, ReconciliationStarted } from '@contracts/reconciliations';

/** Reply types come from the server's contracts (src/contracts/reconciliations.ts). */
export type { Check, CheckItems, FinishReply, Rectification, Reconciliation, ReconciliationDetail, ReconciliationRow, ReconciliationStarted } from '@contracts/reconciliations';

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
    start: useMutation({ mutationFn: (body: StartBody) => api.post<ReconciliationStarted>('/api/reconciliations', body), onSettled }),
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
