import type { DataScope } from '../../domain/scope.js';

/** Who is acting: written into every audit row. `null` userId means the system (seed, jobs). */
export interface Actor {
  userId: string | null;
  username: string | null;
  unitId: string | null;
  ip: string | null;
}

export const systemActor: Actor = { userId: null, username: 'system', unitId: null, ip: null };

/** The signed-in user as every service sees it: identity, roles and data scope. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  unit: { id: string; name: string; kind: string; regionCode: string | null; path: string; businesses: string[] };
  roles: string[];
  mustChangePassword: boolean;
  scope: DataScope;
  sessionId: string;
  csrfToken: string;
}

export function actorOf(user: SessionUser, ip: string | null): Actor {
  return { userId: user.id, username: user.username, unitId: user.unit.id, ip };
}
