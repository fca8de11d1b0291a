import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dishonestEntries } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { assertCreditDivision } from './credit-access.js';
import { dishonestQuery, presentDishonest } from './dishonest-list.js';

export interface DishonestRemoval {
  version: number;
  removedOn: string;
  removalReason: string;
}

/**
 * Removes an enterprise from the list (移出), with the date and the reason (Credit Division only).
 * Removal before the review date is allowed: a listing also ends when its decision is revoked,
 * at any time; the reason records why. The entry stays in the list as 已移出 — history is kept.
 */
export async function removeDishonestEntry(db: Db, user: SessionUser, id: string, input: DishonestRemoval, ip: string | null, now = new Date()) {
  assertCreditDivision(user);
  const today = toLocalDate(now);
  return db.transaction(async (tx) => {
    const [entry] = await tx.select().from(dishonestEntries).where(eq(dishonestEntries.id, id)).limit(1);
    if (!entry) throw new DomainError('NOT_FOUND', { entity: 'dishonestEntry', id });
    if (entry.status !== 'listed') throw new DomainError('INVALID_STATE', { status: entry.status, action: 'remove' }, '该企业已移出严重违法失信名单');
    if (entry.version !== input.version) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: entry.version });
    if (input.removedOn < entry.listedOn) throw new DomainError('VALIDATION_FAILED', { removedOn: `移出日期不能早于列入日期（${entry.listedOn}）` });
    if (input.removedOn > today) throw new DomainError('VALIDATION_FAILED', { removedOn: '移出日期不能晚于今天' });
    const [after] = await tx
      .update(dishonestEntries)
      .set({ status: 'removed', removedOn: input.removedOn, removalReason: input.removalReason, version: entry.version + 1 })
      .where(and(eq(dishonestEntries.id, id), eq(dishonestEntries.version, entry.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'dishonest.remove',
      entityType: 'dishonestEntry',
      entityId: id,
      before: { status: entry.status, version: entry.version },
      after: { status: after.status, removedOn: after.removedOn, removalReason: after.removalReason, version: after.version },
    });
    const [full] = await dishonestQuery(tx, eq(dishonestEntries.id, id));
    return presentDishonest(full, true, today);
  });
}
