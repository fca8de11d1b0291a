/** Org-unit queries, shared by the org page and the user forms' unit pickers. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { OrgUnit, OrgUnitDetail } from './types';

export function useOrgUnits() {
  return useQuery({
    queryKey: ['org-units'],
    queryFn: () => api.get<OrgUnit[]>('/api/org-units'),
    staleTime: 5 * 60_000, // the tree changes rarely
  });
}

export function useOrgUnit(id: string | null) {
  return useQuery({
    queryKey: ['org-units', id],
    queryFn: () => api.get<OrgUnitDetail>(`/api/org-units/${encodeURIComponent(id!)}`),
    enabled: id !== null,
  });
}
