/** Org-unit queries, shared by the org page and the user forms' unit pickers. */
import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { unitLabel } from '../lib/unit-label';
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

/** `label(unitId, fullName)`: the unit's short label (抽检监测处, 武侯区局) from the cached org tree. */
export function useUnitLabel(): (unitId: string, fullName: string) => string {
  const { data: units } = useOrgUnits();
  const byId = useMemo(() => new Map((units ?? []).map((u) => [u.id, u])), [units]);
  return useCallback((unitId: string, fullName: string) => unitLabel(byId.get(unitId), fullName), [byId]);
}
