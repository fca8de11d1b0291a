/** The role/permission matrix; the user forms use it for role names. */
import { useQuery } from '@tanstack/react-query';
import { api } from './client';
import type { RolesReply } from './types';

export function useRoles() {
  return useQuery({
    queryKey: ['roles'],
    queryFn: () => api.get<RolesReply>('/api/roles'),
    staleTime: 10 * 60_000, // defined in code; changes only with a release
  });
}
