import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { sessions, users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { isLocked, isPasswordStrong } from '../../domain/password-policy.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { forgetCachedSessions } from './sessions.js';
import { clearFailedPasswords, countFailedPassword } from '../users/count-failed-password.js';

const locked = (until: Date | null) => new DomainError('ACCOUNT_LOCKED', { lockedUntil: until?.toISOString() ?? null });

/**
 * Changes the signed-in user's password; other sessions of the user end (the current one stays).
 * A wrong current password counts toward the lockout like a failed sign-in, so a stolen session
 * cannot be used to guess the password; while the account is locked the change is refused.
 */
export async function changePassword(
  db: Db,
  user: SessionUser,
  input: { currentPassword: string; newPassword: string },
  ip: string | null,
) {
  const now = new Date();
  const [row] = await db.select().from(users).where(eq(users.id, user.id)).limit(1);
  if (!row) throw new DomainError('UNAUTHENTICATED');
  if (isLocked(row.lockedUntil, now)) throw locked(row.lockedUntil);
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    const outcome = await db.transaction(async (tx) => {
      const outcome = await countFailedPassword(tx, user.id, now);
      await recordAudit(tx, actorOf(user, ip), {
        action: outcome.lockedNow ? 'auth.locked' : 'auth.passwordChangeFailed',
        entityType: 'user',
        entityId: user.id,
        after: { failedLogins: outcome.failedLogins, lockedUntil: outcome.lockedUntil },
      });
      return outcome;
    });
    if (isLocked(outcome.lockedUntil, now)) throw locked(outcome.lockedUntil);
    throw new DomainError('WRONG_PASSWORD', { currentPassword: '当前密码不正确' });
  }
  if (!isPasswordStrong(input.newPassword)) {
    throw new DomainError('PASSWORD_TOO_WEAK', { newPassword: '密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('PASSWORD_REUSED', { newPassword: '新密码不能与当前密码相同' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    // The guard in the UPDATE refuses the change if a parallel wrong attempt locked the account.
    const changed = await clearFailedPasswords(tx, user.id, now, {
      passwordHash,
      mustChangePassword: false,
      passwordChangedAt: now,
      updatedAt: now,
      version: row.version + 1,
    });
    if (!changed) throw locked(null);
    await tx
      .update(sessions)
      .set({ revokedAt: now })
      .where(and(eq(sessions.userId, user.id), ne(sessions.id, user.sessionId)));
    await recordAudit(tx, actorOf(user, ip), {
      action: 'auth.passwordChanged',
      entityType: 'user',
      entityId: user.id,
      before: { mustChangePassword: row.mustChangePassword },
      after: { mustChangePassword: false },
    });
  });
  // After the commit: the cached session still says the password must change.
  forgetCachedSessions();
}
