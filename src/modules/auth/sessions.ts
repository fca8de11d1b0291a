import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { orgUnits, sessions, userRoles, users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { scopeOf } from '../../domain/scope.js';
import type { SessionUser } from '../access/actor.js';
import { cacheGeneration, cachedSession, forgetCachedSessions, rememberSession } from './session-cache.js';

export { forgetCachedSessions } from './session-cache.js';

export interface SessionPolicy {
  idleMinutes: number;
  absoluteHours: number;
}

export const defaultSessionPolicy: SessionPolicy = { idleMinutes: 30, absoluteHours: 12 };
/** last_seen_at is refreshed at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_MS = 60_000;

export function tokenId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Executor,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
  policy: SessionPolicy,
  now = new Date(),
) {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db.insert(sessions).values({
    id: tokenId(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteHours * 3600_000),
    ip: meta.ip,
    userAgent: meta.userAgent?.slice(0, 300) ?? null,
  });
  return { token, csrfToken };
}

/** Resolves a cookie token to the signed-in user, enforcing idle and absolute timeouts. */
export async function resolveSession(db: Executor, token: string, policy: SessionPolicy, now = new Date()): Promise<SessionUser> {
  const id = tokenId(token);
  const cached = cachedSession(id, policy, now);
  if (cached) return cached;
  const generation = cacheGeneration();
  const [row] = await db
    .select({ session: sessions, user: users, unit: orgUnits })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(orgUnits, eq(orgUnits.id, users.unitId))
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .limit(1);
  if (!row) throw new DomainError('UNAUTHENTICATED');
  const idleLimit = row.session.lastSeenAt.getTime() + policy.idleMinutes * 60_000;
  if (now.getTime() > idleLimit || now >= row.session.expiresAt || !row.user.active) {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, id));
    throw new DomainError('SESSION_EXPIRED');
  }
  let lastSeenAt = row.session.lastSeenAt;
  if (now.getTime() - lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
    lastSeenAt = now;
  }
  const roleRows = await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, row.user.id));
  const unit = {
    id: row.unit.id,
    name: row.unit.name,
    kind: row.unit.kind,
    regionCode: row.unit.regionCode,
    path: row.unit.path,
    businesses: row.unit.businesses,
  };
  const user: SessionUser = {
    id: row.user.id,
    username: row.user.username,
    displayName: row.user.displayName,
    unit,
    roles: roleRows.map((r) => r.role).sort(),
    mustChangePassword: row.user.mustChangePassword,
    scope: scopeOf(unit),
    sessionId: id,
    csrfToken: row.session.csrfToken,
  };
  rememberSession(generation, user, { lastSeenAt, expiresAt: row.session.expiresAt }, now);
  return user;
}

export async function revokeSession(db: Executor, sessionId: string, now = new Date()) {
  forgetCachedSessions();
  await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.id, sessionId));
}

/** Logout everywhere: every live session of the user ends. Returns how many were ended. */
export async function revokeUserSessions(db: Executor, userId: string, now = new Date()) {
  forgetCachedSessions();
  const ended = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return ended.length;
}

/** Housekeeping: drop sessions that ended more than a day ago. */
export async function purgeEndedSessions(db: Executor, now = new Date()) {
  const cutoff = new Date(now.getTime() - 86_400_000).toISOString();
  await db.delete(sessions).where(sql`coalesce(${sessions.revokedAt}, ${sessions.expiresAt}) < ${cutoff}::timestamptz`);
}
