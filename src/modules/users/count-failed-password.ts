import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { users } from '../../db/schema/index.js';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '../../domain/password-policy.js';

export interface FailedPasswordOutcome {
  failedLogins: number;
  lockedUntil: Date | null;
  /** This failure is the one that locked the account. */
  lockedNow: boolean;
}

/**
 * Counts one wrong password and locks the account on the MAX_FAILED_LOGINS-th. The row is read
 * FOR UPDATE first: parallel attempts queue on the row lock and each sees the one before, so
 * none overwrites a lock with `locked_until = NULL`, an account already locked stays locked (its
 * count left alone), and exactly one attempt is the one that locked it (two attempts in the same
 * millisecond cannot both claim it, as they could when that was told by comparing lock ends).
 */
export async function countFailedPassword(tx: Executor, userId: string, now: Date): Promise<FailedPasswordOutcome> {
  const [current] = await tx
    .select({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  if (current.lockedUntil && current.lockedUntil > now) return { ...current, lockedNow: false };
  const lockedNow = current.failedLogins + 1 >= MAX_FAILED_LOGINS;
  const next = lockedNow
    ? { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) }
    : { failedLogins: current.failedLogins + 1, lockedUntil: null };
  await tx.update(users).set(next).where(eq(users.id, userId));
  return { ...next, lockedNow };
}

/**
 * Clears the failure count after a right password, unless a parallel attempt locked the account
 * meanwhile: the guard is in the UPDATE, so a lock written after our read still wins.
 * Returns false when the account is locked.
 */
export async function clearFailedPasswords(tx: Executor, userId: string, now: Date, extra: Partial<typeof users.$inferInsert> = {}): Promise<boolean> {
  const updated = await tx
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, ...extra })
    .where(sql`${users.id} = ${userId} AND (${users.lockedUntil} IS NULL OR ${users.lockedUntil} <= ${now.toISOString()}::timestamptz)`)
    .returning({ id: users.id });
  return updated.length > 0;
}
