import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { samples } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { OFFICER_ITEM_KIND, OFFICER_MISSING } from './accompanying-officer.js';
import { sampleWorkable } from './sample-scope.js';

/**
 * Records the enforcement officer who accompanied the sampling (art. 23), typically for an
 * imported sample whose file did not name one: the import's review reason is removed and the
 * owner bureau's 补录陪同执法人员 work item completed, in the same transaction. Optimistic
 * locking on `version`.
 */
export async function recordAccompanyingOfficer(
  db: Db,
  user: SessionUser,
  input: { sampleId: string; version: number; accompanyingOfficer: string },
  ip: string | null,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(samples).where(and(eq(samples.id, input.sampleId), sampleWorkable(user))).limit(1);
    if (!before) throw new DomainError('NOT_FOUND', { entity: 'sample', id: input.sampleId });
    const reviewReasons = before.reviewReasons.filter((r) => r !== OFFICER_MISSING);
    const [after] = await tx
      .update(samples)
      .set({
        accompanyingOfficer: input.accompanyingOfficer,
        reviewReasons,
        needsReview: reviewReasons.length > 0,
        version: before.version + 1,
        updatedAt: new Date(),
      })
      .where(and(eq(samples.id, input.sampleId), eq(samples.version, input.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: input.version, actual: before.version });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'sample.recordOfficer',
      entityType: 'sample',
      entityId: input.sampleId,
      before: { accompanyingOfficer: before.accompanyingOfficer, reviewReasons: before.reviewReasons },
      after: { accompanyingOfficer: after.accompanyingOfficer, reviewReasons: after.reviewReasons },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'sample', subjectId: input.sampleId, kind: OFFICER_ITEM_KIND }, 'done');
    return after;
  });
}
