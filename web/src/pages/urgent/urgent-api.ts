/** 24-hour reports (src/modules/urgent): the board, one report, raising and every action. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Page } from '../../api/types';
import type { UrgentDetail, UrgentRow, UrgentStatus } from '@contracts/urgent-reports';

/** Reply types come from the server's contracts (src/contracts/urgent-reports.ts). */
export type { Recipient, UrgentDetail, UrgentRow, UrgentStatus } from '@contracts/urgent-reports';

export interface RaiseBody {
  sampleId?: string;
  /** ISO time the lab found the result; absent: now. */
  foundAt?: string;
  title?: string;
  hazard: string;
  foodName?: string;
  enterpriseName?: string;
  link?: string;
  regionCode?: string;
}

const path = (id: string) => `/api/urgent-reports/${encodeURIComponent(id)}`;

export function useUrgentReports(status: UrgentStatus) {
  return useQuery({
    queryKey: ['urgent-reports', status],
    queryFn: () => api.get<Page<UrgentRow>>('/api/urgent-reports', { status, pageSize: 100 }),
    placeholderData: keepPreviousData,
    // The board is watched: other units acknowledge and file meanwhile.
    refetchInterval: 60_000,
  });
}

export function useUrgentReport(id: string) {
  return useQuery({ queryKey: ['urgent-reports', 'detail', id], queryFn: () => api.get<UrgentDetail>(path(id)) });
}

/** Every action replies with the report as it now is; the board and the inbox refresh. */
export function useUrgentMutations() {
  const queryClient = useQueryClient();
  const onSettled = () => {
    void queryClient.invalidateQueries({ queryKey: ['urgent-reports'] });
    void queryClient.invalidateQueries({ queryKey: ['work-items'] });
  };
  return {
    raise: useMutation({ mutationFn: (body: RaiseBody) => api.post<UrgentDetail>('/api/urgent-reports', body), onSettled }),
    acknowledge: useMutation({ mutationFn: (r: UrgentDetail) => api.post<UrgentDetail>(`${path(r.id)}/acknowledge`), onSettled }),
    fileHandling: useMutation({
      mutationFn: ({ r, report, measures }: { r: UrgentDetail; report: string; measures: string[] }) =>
        api.post<UrgentDetail>(`${path(r.id)}/handling`, { version: r.version, report, measures }),
      onSettled,
    }),
    close: useMutation({
      mutationFn: ({ r, comment }: { r: UrgentDetail; comment?: string }) => api.post<UrgentDetail>(`${path(r.id)}/close`, { version: r.version, comment }),
      onSettled,
    }),
    return: useMutation({
      mutationFn: ({ r, comment }: { r: UrgentDetail; comment: string }) => api.post<UrgentDetail>(`${path(r.id)}/return`, { version: r.version, comment }),
      onSettled,
    }),
  };
}
