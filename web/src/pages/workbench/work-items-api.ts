/** The work-item queries and actions the workbench uses. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { WorkItemPage, WorkItemView } from '@contracts/work-items';
import type { Overview } from '@contracts/overview';

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
    mutationFn: (item: Pick<WorkItemView, 'id' | 'version'> & { note?: string }) =>
      api.post<WorkItemView>(`/api/work-items/${encodeURIComponent(item.id)}/complete`, { version: item.version, note: item.note }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['work-items'] }),
  });
}

/** The workbench's summary of the work in the user's scope; a figure is null when its page is not in the user's menu. */
export type { Overview };

export function useOverview(enabled: boolean) {
  return useQuery({ queryKey: ['overview'], queryFn: () => api.get<Overview>('/api/overview'), enabled, staleTime: 60_000 });
}
