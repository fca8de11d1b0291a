import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { disposalSteps, reconciliationChecks } from '../../db/schema/index.js';
import { fiveInPlace } from '../../domain/disposal.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { checkState, type CheckItems } from './get-reconciliation.js';
import { loadForEdit } from './reconciliation-scope.js';

export interface CheckInput {
  reconciliationId: string;
  checkId: string;
  items: Record<(typeof fiveInPlace)[number], boolean>;
  findings?: string;
}

/**
 * Records the checker's finding on one disposal: per item of the five in place, in place or
 * not; an item not in place needs the findings written down. The audit row keeps the platform's
 * record of the five at that moment next to the finding, so the comparison can be shown later.
 */
export async function recordCheck(db: Db, user: SessionUser, input: CheckInput, ip: string | null) {
  const findings = input.findings?.trim() || null;
  if (fiveInPlace.some((k) => input.items[k] === false) && !findings) {
    throw new DomainError('VALIDATION_FAILED', { findings: '有未到位的项目时，请填写检查发现的问题' });
  }
  return db.transaction(async (tx) => {
    const { bump } = await loadForEdit(tx, user, input.reconciliationId, 'check');
    const [check] = await tx
      .select()
      .from(reconciliationChecks)
      .where(and(eq(reconciliationChecks.id, input.checkId), eq(reconciliationChecks.reconciliationId, input.reconciliationId)))
      .limit(1);
    if (!check) throw new DomainError('NOT_FOUND', { entity: 'reconciliationCheck', id: input.checkId });
    const reconciliation = await bump();
    const items = Object.fromEntries(fiveInPlace.map((k) => [k, input.items[k]])) as CheckItems;
    const [after] = await tx
      .update(reconciliationChecks)
      .set({ items, findings, checkedAt: new Date(), checkedByUserId: user.id })
      .where(eq(reconciliationChecks.id, check.id))
      .returning();
    const steps = await tx.select({ kind: disposalSteps.kind, status: disposalSteps.status, doneOn: disposalSteps.doneOn }).from(disposalSteps).where(eq(disposalSteps.disposalId, check.disposalId));
    const platform = Object.fromEntries(fiveInPlace.map((k) => [k, steps.find((s) => s.kind === k) ?? null]));
    await recordAudit(tx, actorOf(user, ip), {
      action: 'reconciliation.check',
      entityType: 'reconciliation',
      entityId: input.reconciliationId,
      before: { checkId: check.id, items: check.items, findings: check.findings },
      after: { checkId: check.id, disposalId: check.disposalId, items, findings, platform },
    });
    return { id: after.id, disposalId: after.disposalId, ...checkState(after), findings: after.findings, checkedAt: after.checkedAt, version: reconciliation.version };
  });
}
