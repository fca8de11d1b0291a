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
