import { and, asc, eq } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.js';
import { explainers } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

export type ExplainerRow = typeof explainers.$inferSelect;

/** The library: reference data for the whole province (not scoped), read by announcements, warnings and the portal. */
export async function listExplainers(db: Executor): Promise<ExplainerRow[]> {
  return db.select().from(explainers).orderBy(asc(explainers.itemName));
}

/**
 * The explainer of a result item: the longest explainer name the item's name contains
 * ('苯甲酸及其钠盐(以苯甲酸计)' → 苯甲酸), since announcements name items with their qualifiers.
 */
export function explainerFor<T extends { itemName: string }>(library: readonly T[], itemName: string): T | undefined {
  return [...library].sort((a, b) => b.itemName.length - a.itemName.length).find((e) => itemName.includes(e.itemName));
}

export interface ExplainerChange {
  version: number;
  summary?: string;
  limitText?: string | null;
  standardClause?: string | null;
  healthMeaning?: string;
  commonCauses?: string;
  reviewStatus?: 'draft' | 'reviewed';
  reviewerNote?: string | null;
}

/** Edits an explainer (with optimistic locking), audited with the text before and after. */
export async function updateExplainer(db: Db, user: SessionUser, id: string, change: ExplainerChange, ip: string | null) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(explainers).where(eq(explainers.id, id)).limit(1).for('update');
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'explainer', id });
    if (before.version !== change.version) throw new DomainError('VERSION_CONFLICT', { expected: change.version, actual: before.version });
    const { version: _version, ...fields } = change;
    const [after] = await tx
      .update(explainers)
      .set({ ...fields, version: before.version + 1, updatedByUserId: user.id, updatedAt: new Date() })
      .where(and(eq(explainers.id, id), eq(explainers.version, before.version)))
      .returning();
    await recordAudit(tx, actorOf(user, ip), { action: 'explainer.update', entityType: 'explainer', entityId: id, before, after });
    return after;
  });
}
