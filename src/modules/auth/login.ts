import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { afterFailedLogin, isLocked } from '../../domain/password-policy.js';
import { recordAudit } from '../audit/record-audit.js';
import { dummyPasswordHash, verifyPassword } from './password-hash.js';
import { createSession, type SessionPolicy } from './sessions.js';

export interface LoginInput {
  username: string;
  password: string;
  ip: string | null;
  userAgent: string | null;
}

/**
 * Verifies credentials, applies lockout (5 failures → 15 minutes) and opens a session.
 * Failures, lockouts and successes are audited; an unknown username costs the same hash time.
 */
export async function login(db: Db, input: LoginInput, policy: SessionPolicy, now = new Date()) {
  const [user] = await db.select().from(users).where(eq(users.username, input.username)).limit(1);
  if (!user) {
    await verifyPassword(await dummyPasswordHash(), input.password);
    await db.transaction((tx) =>
      recordAudit(tx, { userId: null, username: input.username, unitId: null, ip: input.ip }, {
        action: 'auth.loginFailed',
        entityType: 'user',
        after: { reason: 'unknown_user' },
      }),
    );
    throw new DomainError('INVALID_CREDENTIALS');
  }
  const actor = { userId: user.id, username: user.username, unitId: user.unitId, ip: input.ip };
  if (isLocked(user.lockedUntil, now)) {
    throw new DomainError('ACCOUNT_LOCKED', { lockedUntil: user.lockedUntil!.toISOString() });
  }
  const passwordOk = await verifyPassword(user.passwordHash, input.password);
  if (!passwordOk) {
    const next = await db.transaction(async (tx) => {
      // Count in SQL, not from the value read above: parallel wrong attempts each count.
      const [counted] = await tx
        .update(users)
        .set({ failedLogins: sql`${users.failedLogins} + 1` })
        .where(eq(users.id, user.id))
        .returning({ failedLogins: users.failedLogins });
      const next = afterFailedLogin(counted.failedLogins - 1, now);
      await tx.update(users).set(next).where(eq(users.id, user.id));
      await recordAudit(tx, actor, {
        action: next.lockedUntil ? 'auth.locked' : 'auth.loginFailed',
        entityType: 'user',
        entityId: user.id,
        before: { failedLogins: user.failedLogins },
        after: next,
      });
      return next;
    });
    if (next.lockedUntil) throw new DomainError('ACCOUNT_LOCKED', { lockedUntil: next.lockedUntil.toISOString() });
    throw new DomainError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new DomainError('ACCOUNT_DISABLED');

  return db.transaction(async (tx) => {
    await tx.update(users).set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now }).where(eq(users.id, user.id));
    const session = await createSession(tx, user.id, { ip: input.ip, userAgent: input.userAgent }, policy, now);
    await recordAudit(tx, actor, { action: 'auth.login', entityType: 'user', entityId: user.id });
    return { ...session, userId: user.id };
  });
}
