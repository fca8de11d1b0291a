import { and, eq } from 'drizzle-orm';
import { cases } from '../../db/schema/index.js';
import { nextStages } from '../../domain/case.js';
import { DomainError } from '../../domain/errors.js';
import { caseWorkflow, type CaseFacts, type CaseSide, type CaseWorkflowAction } from '../../domain/workflow/case.js';
import type { RecordWorkflow } from '../workflow/load-for-action.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { caseState, reviewerOf, reviewOf } from './case-actions.js';
import { caseReadable, LEGAL_REVIEW_BUSINESS, ownsCase, type CaseRow } from './case-scope.js';
import { orgUnitKind } from './unit-kind.js';

const ENFORCEMENT_BUSINESS = 'enforcement';

/**
 * The case's workflow on the server: read through caseReadable (locked for a change); the user's
 * sides are the owner unit's line, the reviewing unit's legal staff (法规处 for the province's
 * cases: any unit with the legal-review business), and 稽查局.
 */
export const caseRecord: RecordWorkflow<CaseRow, CaseWorkflowAction, CaseSide, CaseFacts, Partial<typeof cases.$inferInsert>> = {
  entity: 'case',
  table: caseWorkflow,
  loadForUpdate: async (tx, user, id) => (await tx.select().from(cases).where(and(eq(cases.id, id), caseReadable(user))).limit(1).for('update'))[0],
  standing: async (db, user, c) => {
    const ownerKind = await orgUnitKind(db, c.ownerUnitId);
    const reviewer = reviewerOf(c, ownerKind);
    const legalDivision = reviewer === unitIdForSlug('legal');
    const sides: CaseSide[] = [];
    if (await ownsCase(db, user, c)) sides.push('owner');
    if (legalDivision ? user.unit.businesses.includes(LEGAL_REVIEW_BUSINESS) : user.unit.id === reviewer) sides.push('reviewer');
    if (user.unit.businesses.includes(ENFORCEMENT_BUSINESS)) sides.push('enforcement');
    const review = reviewOf(c);
    return {
      state: c.stage,
      sides,
      facts: {
        stage: c.stage,
        hasNextStage: nextStages(caseState(c)).length > 0,
        reviewStatus: review?.status ?? null,
        proposedByUser: review?.requestedByUserId === user.id,
        reviewedByLegalDivision: legalDivision,
        decided: Boolean(c.decision),
        transferredOn: c.judicialTransfer?.transferredOn ?? null,
        receiptOn: c.judicialTransfer?.receiptOn ?? null,
        openPause: (c.timeLimits?.pauses ?? []).some((p) => p.phase === 'decision' && p.to === null),
        ownerIsBureau: ['city_bureau', 'county_bureau'].includes(ownerKind),
      },
    };
  },
  version: (c) => c.version,
  update: async (tx, c, changes) => {
    const [after] = await tx
      .update(cases)
      .set({ ...changes, version: c.version + 1, updatedAt: new Date() })
      .where(and(eq(cases.id, c.id), eq(cases.version, c.version)))
      .returning();
    if (!after) throw new DomainError('VERSION_CONFLICT', { expected: c.version });
    return after;
  },
  forbiddenDetails: (c) => ({ record: { entity: 'case', id: c.id } }),
};
