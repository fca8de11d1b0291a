import { and, eq, isNotNull } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { recordAudit } from '../audit/record-audit.js';
import type { Actor } from '../access/actor.js';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Sets (or, with null, clears) the address a user's notification digest goes to. */
export async function setUserEmail(db: Db, actor: Actor, userId: string, email: string | null) {
  const value = email?.trim() || null;
  if (value && (!EMAIL.test(value) || value.length > 254)) throw new DomainError('VALIDATION_FAILED', { email: '邮箱地址格式不正确' });
  await db.transaction(async (tx) => {
    const [row] = await tx.update(users).set({ email: value, updatedAt: new Date() }).where(eq(users.id, userId)).returning({ id: users.id });
    if (!row) throw new DomainError('NOT_FOUND', { entity: 'user', id: userId });
    await recordAudit(tx, actor, { action: 'user.setEmail', entityType: 'user', entityId: userId, after: { email: value } });
  });
}

/** Active users with an address: the e-mail digest's readers. */
export async function usersWithEmail(db: Executor) {
  return db
    .select({ id: users.id, displayName: users.displayName, email: users.email, unitId: users.unitId })
    .from(users)
    .where(and(eq(users.active, true), isNotNull(users.email)));
}
