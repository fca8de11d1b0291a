import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { deadlineRules } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';

export interface RuleChanges {
  version: number;
  amount?: number;
  unit?: 'hour' | 'calendarDay' | 'workingDay';
  legalBasis?: string;
  /** Confirming a 待核实 rule against the primary text sets it to V. */
  level?: 'V' | 'S' | 'U';
}

/**
 * Corrects a rule without a release. Deadlines already computed keep their value (they were
 * right by the rule of their time); new ones use the corrected rule. Audited with before/after.
 */
export async function editDeadlineRule(db: Db, user: SessionUser, id: string, changes: RuleChanges, ip: string | null) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(deadlineRules).where(eq(deadlineRules.id, id)).limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'deadlineRule', id });
    const [after] = await tx
      .update(deadlineRules)
      .set({
        amount: changes.amount ?? before.amount,
        unit: changes.unit ?? before.unit,
        legalBasis: changes.legalBasis ?? before.legalBasis,
        level: changes.level ?? before.level,
        version: before.version + 1,
        updatedAt: new Date(),
        updatedByUserId: user.id,
      })
      .where(and(eq(deadlineRules.id, id), eq(deadlineRules.version, changes.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: changes.version, actual: before.version });
    await recordAudit(tx, actorOf(user, ip), { action: 'deadlineRule.update', entityType: 'deadlineRule', entityId: id, before, after });
    return after;
  });
}
