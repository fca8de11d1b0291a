/** The work-item queries and actions the workbench uses. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { WorkItem, WorkItemPage } from '../../api/types';

export interface WorkItemQuery {
  scope: 'mine' | 'unit';
  status: 'open' | 'done';
  page: number;
  pageSize: number;
}

export function useWorkItems(query: WorkItemQuery) {
  return useQuery({
    queryKey: ['work-items', query],
    queryFn: () => api.get<WorkItemPage>('/api/work-items', { ...query }),
    placeholderData: keepPreviousData,
  });
}

export function useCompleteWorkItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (item: Pick<WorkItem, 'id' | 'version'>) =>
      api.post<WorkItem>(`/api/work-items/${encodeURIComponent(item.id)}/complete`, { version: item.version }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['work-items'] }),
  });
}

/** The workbench's summary of the work in the user's scope; a figure is null when its page is not in the user's menu. */
export interface Overview {
  year: number;
  openDisposals: number | null;
  overdueDisposals: number | null;
  openUrgentReports: number | null;
  openEscalations: number | null;
  unqualifiedThisYear: number | null;
  unqualifiedByCity: { regionCode: string; name: string; count: number }[] | null;
}

export function useOverview(enabled: boolean) {
  return useQuery({ queryKey: ['overview'], queryFn: () => api.get<Overview>('/api/overview'), enabled, staleTime: 60_000 });
}
