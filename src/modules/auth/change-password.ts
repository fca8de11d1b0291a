import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { isPasswordStrong } from '../../domain/password-policy.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { hashPassword, verifyPassword } from './password-hash.js';
import { and, ne } from 'drizzle-orm';
import { sessions } from '../../db/schema/index.js';

/** Changes the signed-in user's password; other sessions of the user end (the current one stays). */
export async function changePassword(
  db: Db,
  user: SessionUser,
  input: { currentPassword: string; newPassword: string },
  ip: string | null,
) {
  const [row] = await db.select().from(users).where(eq(users.id, user.id)).limit(1);
  if (!row) throw new DomainError('UNAUTHENTICATED');
  if (!(await verifyPassword(row.passwordHash, input.currentPassword))) {
    throw new DomainError('WRONG_PASSWORD', { currentPassword: '当前密码不正确' });
  }
  if (!isPasswordStrong(input.newPassword)) {
    throw new DomainError('PASSWORD_TOO_WEAK', { newPassword: '密码至少8位，且包含大写字母、小写字母、数字、符号中的至少3类' });
  }
  if (input.newPassword === input.currentPassword) {
    throw new DomainError('PASSWORD_REUSED', { newPassword: '新密码不能与当前密码相同' });
  }
  const passwordHash = await hashPassword(input.newPassword);
  const now = new Date();
  await db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, mustChangePassword: false, passwordChangedAt: now, updatedAt: now, version: row.version + 1 })
      .where(eq(users.id, user.id));
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
}
