import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { isLocked } from '../../domain/password-policy.js';
import { clearFailedPasswords, countFailedPassword } from '../users/count-failed-password.js';
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
    const outcome = await db.transaction(async (tx) => {
      const outcome = await countFailedPassword(tx, user.id, now);
      await recordAudit(tx, actor, {
        action: outcome.lockedNow ? 'auth.locked' : 'auth.loginFailed',
        entityType: 'user',
        entityId: user.id,
        after: { failedLogins: outcome.failedLogins, lockedUntil: outcome.lockedUntil },
      });
      return outcome;
    });
    if (isLocked(outcome.lockedUntil, now)) throw new DomainError('ACCOUNT_LOCKED', { lockedUntil: outcome.lockedUntil!.toISOString() });
    throw new DomainError('INVALID_CREDENTIALS');
  }
  if (!user.active) throw new DomainError('ACCOUNT_DISABLED');

  return db.transaction(async (tx) => {
    // A parallel wrong attempt may have locked the account since it was read above.
    if (!(await clearFailedPasswords(tx, user.id, now, { lastLoginAt: now }))) {
      const [locked] = await tx.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, user.id));
      throw new DomainError('ACCOUNT_LOCKED', { lockedUntil: locked.lockedUntil?.toISOString() ?? null });
    }
    const session = await createSession(tx, user.id, { ip: input.ip, userAgent: input.userAgent }, policy, now);
    await recordAudit(tx, actor, { action: 'auth.login', entityType: 'user', entityId: user.id });
    return { ...session, userId: user.id };
  });
}
