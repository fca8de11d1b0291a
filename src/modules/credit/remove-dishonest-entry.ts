import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { dishonestEntries } from '../../db/schema/index.js';
import { removalRefusal, type RemovalKind } from '../../domain/credit/credit-rules.js';
import { DomainError } from '../../domain/errors.js';
import { toLocalDate } from '../../domain/time.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { dishonestQuery, presentDishonest } from './dishonest-list.js';
import { dishonestRecord } from './dishonest-workflow.js';

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
    const { row, update } = await loadForAction(tx, user, dishonestRecord, id, 'remove', input.version);
    const entry = row.entry;
    const refusal = removalRefusal(entry, input.removalKind, input.removedOn, today);
    if (refusal) throw new DomainError('VALIDATION_FAILED', { [refusal.field]: refusal.message });
    const after = await update({ status: 'removed', removedOn: input.removedOn, removalKind: input.removalKind, removalReason: input.removalReason });
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
