import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dishonestEntries } from '../../db/schema/index.js';
import { removalRefusal, type RemovalKind } from '../../domain/credit/credit-rules.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { dishonestQuery, presentDishonest } from './dishonest-list.js';

export interface DishonestRemoval {
  version: number;
  removedOn: string;
  removalKind: RemovalKind;
  removalReason: string;
}

/**
 * Removes an enterprise from the list (移出), by the authority that listed it: when its period
 * has ended (期满, dishonest.listedMonths), early on the enterprise's application once the review
 * date has come (one year), or at any time when its penalty decision is revoked, changed or held
 * unlawful. The entry stays in the list as 已移出 — history is kept.
 */
export async function removeDishonestEntry(db: Db, user: SessionUser, id: string, input: DishonestRemoval, ip: string | null, now = new Date()) {
  const today = toLocalDate(now);
  return db.transaction(async (tx) => {
    const [row] = await dishonestQuery(tx, eq(dishonestEntries.id, id));
    if (!row) throw new DomainError('NOT_FOUND', { entity: 'dishonestEntry', id });
    const entry = row.entry;
    if (!presentDishonest(row, user, today).actions.includes('remove')) {
      if (entry.status !== 'listed') throw new DomainError(entry.status === 'removed' ? 'DISHONEST_ENTRY_REMOVED' : 'DISHONEST_ENTRY_NOT_LISTED', { status: entry.status, action: 'remove' });
      throw new DomainError('DISHONEST_REMOVAL_BY_LISTING_AUTHORITY', { record: { entity: 'dishonestEntry', id } });
    }
    if (entry.version !== input.version) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: entry.version });
    const refusal = removalRefusal(entry, input.removalKind, input.removedOn, today);
    if (refusal) throw new DomainError('VALIDATION_FAILED', { [refusal.field]: refusal.message });
    const [after] = await tx
      .update(dishonestEntries)
      .set({ status: 'removed', removedOn: input.removedOn, removalKind: input.removalKind, removalReason: input.removalReason, version: entry.version + 1 })
      .where(and(eq(dishonestEntries.id, id), eq(dishonestEntries.version, entry.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version });
    await recordAudit(tx, actorOf(user, ip), {
      action: 'dishonest.remove',
      entityType: 'dishonestEntry',
      entityId: id,
      before: { status: entry.status, version: entry.version },
      after: { status: after.status, removedOn: after.removedOn, removalKind: after.removalKind, removalReason: after.removalReason, version: after.version },
    });
    const [full] = await dishonestQuery(tx, eq(dishonestEntries.id, id));
    return presentDishonest(full, user, today);
  });
}
