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
 * Counts one wrong password and locks the account on the MAX_FAILED_LOGINS-th, in one UPDATE.
 * Reading the count first and writing the result afterwards let parallel attempts in flight
 * overwrite a lock with `locked_until = NULL`; here the row lock makes each attempt see the
 * previous one, and an account that is already locked stays locked (its count is left alone).
 */
export async function countFailedPassword(tx: Executor, userId: string, now: Date): Promise<FailedPasswordOutcome> {
  const nowSql = sql`${now.toISOString()}::timestamptz`;
  const lockEnd = new Date(now.getTime() + LOCKOUT_MINUTES * 60_000);
  const lockedSql = sql`(${users.lockedUntil} IS NOT NULL AND ${users.lockedUntil} > ${nowSql})`;
  const reachesLimit = sql`${users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS}`;
  const [row] = await tx
    .update(users)
    .set({
      failedLogins: sql`CASE WHEN ${lockedSql} THEN ${users.failedLogins} WHEN ${reachesLimit} THEN 0 ELSE ${users.failedLogins} + 1 END`,
      lockedUntil: sql`CASE WHEN ${lockedSql} THEN ${users.lockedUntil} WHEN ${reachesLimit} THEN ${lockEnd.toISOString()}::timestamptz ELSE NULL END`,
    })
    .where(eq(users.id, userId))
    .returning({ failedLogins: users.failedLogins, lockedUntil: users.lockedUntil });
  return { ...row, lockedNow: row.lockedUntil?.getTime() === lockEnd.getTime() };
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
