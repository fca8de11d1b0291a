import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { creditExportBatches, creditPublications } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { assertCreditDivision } from './credit-access.js';

export interface ExportDecision {
  version: number;
  approve: boolean;
  /** Required when returning. */
  reason?: string;
}

/**
 * 信用处 approves a batch 抽检监测处 prepared and sends it (`sent`: its records stay claimed, sent
 * now), or returns it with the reason (`returned`: its claims are released, so the records are
 * due again and 抽检监测处 can prepare them anew). The review work item completes either way.
 */
export async function approveExportBatch(db: Db, user: SessionUser, batchId: string, input: ExportDecision, ip: string | null, now = new Date()) {
  assertCreditDivision(user);
  const reason = input.reason?.trim() || null;
  if (!input.approve && !reason) throw new DomainError('VALIDATION_FAILED', { reason: '退回时请填写理由' });
  return db.transaction(async (tx) => {
    const [batch] = await tx.select().from(creditExportBatches).where(eq(creditExportBatches.id, batchId)).for('update').limit(1);
    if (!batch) throw new DomainError('NOT_FOUND', { entity: 'creditExportBatch', id: batchId });
    if (batch.status !== 'prepared') throw new DomainError('CREDIT_BATCH_NOT_PENDING', { status: batch.status });
    if (batch.version !== input.version) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: batch.version });
    if (input.approve) {
      await tx.update(creditPublications).set({ sentAt: now }).where(eq(creditPublications.batchId, batchId));
    } else {
      await tx.delete(creditPublications).where(eq(creditPublications.batchId, batchId));
    }
    const [after] = await tx
      .update(creditExportBatches)
      .set({ status: input.approve ? 'sent' : 'returned', approvedByUserId: user.id, approvedAt: now, returnReason: reason, version: batch.version + 1 })
      .where(and(eq(creditExportBatches.id, batchId), eq(creditExportBatches.version, batch.version)))
      .returning();
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: input.approve ? 'credit.approveExport' : 'credit.returnExport',
      entityType: 'creditExportBatch',
      entityId: batchId,
      before: { status: batch.status, version: batch.version },
      after: { status: after.status, returnReason: after.returnReason, version: after.version },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'creditExportBatch', subjectId: batchId, kind: 'credit_export_approval' }, 'done');
    return after;
  });
}
