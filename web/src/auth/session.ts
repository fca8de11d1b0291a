/** Session calls and the `me` query: who is logged in, what they may see. */
import { useQuery, type QueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../api/client';
import type { LoginReply, Me } from '../api/types';

export const meQueryKey = ['me'] as const;

export async function fetchMe(): Promise<Me> {
  const me = await api.get<Me>('/api/me');
  setCsrfToken(me.csrfToken);
  return me;
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000 });
}

export async function login(username: string, password: string): Promise<Me> {
  const reply = await api.post<LoginReply>('/api/auth/login', { username, password });
  setCsrfToken(reply.csrfToken);
  return { ...reply.user, csrfToken: reply.csrfToken };
}

export async function logout(queryClient: QueryClient, everywhere = false): Promise<void> {
  try {
    await api.post(everywhere ? '/api/auth/logout-all' : '/api/auth/logout');
  } finally {
    setCsrfToken(null);
    queryClient.clear();
  }
}

export function changePassword(currentPassword: string, newPassword: string): Promise<void> {
  return api.post('/api/auth/change-password', { currentPassword, newPassword });
}

/**
 * Whether the signed-in user is offered a page's button or section (`capabilities` of /api/me,
 * decided by the server in src/domain/capabilities.ts). The web never reads permissions itself;
 * what a single record allows comes with the record as its `actions`.
 */
export function useCapability(capability: string): boolean {
  const { data: me } = useMe();
  return me?.capabilities?.includes(capability) ?? false;
}

/** Administrators and auditors see the codes behind names (rule, action, permission) in tooltips. */
export function useShowsCodes(): boolean {
  return useCapability('codes.show');
}
