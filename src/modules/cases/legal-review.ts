import type { Db } from '../../db/client.js';
import { legalReviewReasons, type LicenceAction } from '../../domain/case.js';
import { DomainError } from '../../domain/errors.js';
import { actorOf, type SessionUser } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { reviewerOf, reviewOf, type CaseLegalReview } from './case-actions.js';
import { loadForAction } from '../workflow/load-for-action.js';
import { caseRecord } from './case-workflow.js';
import { getCase } from './get-case.js';
import { groundsOf } from './review-grounds.js';
import { legalReviewThreshold } from './review-threshold.js';
import { orgUnitKind } from './unit-kind.js';

export interface ReviewRequestInput {
  caseId: string;
  version: number;
  proposedFine: number;
  proposedConfiscation?: number;
  licenceAction: LicenceAction;
  /** 拟处罚意见: facts, grounds and the proposed penalty, as put to 法规处. */
  proposal: string;
}

/**
 * Submits the proposed penalty to 法制审核, once the investigation is over and before the
 * decision. The deciding authority's own legal staff review it (行政处罚法 art. 58): a city or
 * county bureau's case in that bureau, the province's cases in 法规处 (reviewingUnit). The review
 * is a work item of that unit, due per `legalReview.complete`. A returned or approved proposal
 * may be submitted again (a new proposal needs a new review); one under review may not. The
 * audit row says whether art. 58 requires the review for this case — an officer may also ask
 * for one that is not required.
 */
export async function requestLegalReview(db: Db, user: SessionUser, input: ReviewRequestInput, ip: string | null, now = new Date()) {
  return db.transaction(async (tx) => {
    // After the investigation, before the decision, not while one is under way (src/domain/workflow/case.ts).
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'requestLegalReview', input.version);
    const before = reviewOf(row);
    const due = await deadlineFor(tx, 'legalReview.complete', now);
    const reviewerUnitId = reviewerOf({ ownerUnitId: row.ownerUnitId, legalReview: null }, await orgUnitKind(tx, row.ownerUnitId));
    const review: CaseLegalReview = {
      status: 'pending',
      requestedAt: now.toISOString(),
      requestedByUserId: user.id,
      proposal: input.proposal,
      proposedFine: input.proposedFine,
      proposedConfiscation: input.proposedConfiscation ?? 0,
      proposedLicenceAction: input.licenceAction,
      opinion: null,
      reviewedAt: null,
      reviewedByUserId: null,
      dueAt: due.due.toISOString(),
      reviewerUnitId,
    };
    const after = await update({ legalReview: review });
    const threshold = await legalReviewThreshold(tx);
    const grounds = await groundsOf(tx, row);
    const reasons = legalReviewReasons(grounds, { fineAmount: review.proposedFine, confiscatedIllegalGains: review.proposedConfiscation }, threshold.value);
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: 'case.requestLegalReview',
      entityType: 'case',
      entityId: row.id,
      before: { legalReview: before },
      after: { legalReview: review, required: reasons.length > 0, reasons, threshold: threshold.value, version: after.version },
    });
    await createWorkItems(tx, actor, [
      {
        kind: 'legal_review',
        title: `法制审核：${row.caseNo}（${row.partyName}）`,
        subjectType: 'case',
        subjectId: row.id,
        ownerUnitId: reviewerUnitId,
        dueAt: due.due,
        links: [{ label: '稽查案件', href: `/cases/${row.id}` }],
      },
    ]);
    return getCase(tx, user, row.id, now);
  });
}

export interface ReviewDecisionInput {
  caseId: string;
  version: number;
  approve: boolean;
  opinion?: string;
}

/**
 * The reviewing unit's legal staff approve the proposal or return it with their opinion. Only
 * they decide (`case.legalReview`, in the reviewing unit; never the officer who proposed it);
 * the review's work item completes in the same transaction.
 */
export async function decideLegalReview(db: Db, user: SessionUser, input: ReviewDecisionInput, ip: string | null, now = new Date()) {
  const opinion = input.opinion?.trim() || null;
  if (!input.approve && !opinion) throw new DomainError('VALIDATION_FAILED', { opinion: '退回时请填写审核意见' });
  return db.transaction(async (tx) => {
    // The reviewing unit's legal staff, not the proposer, a review pending (src/domain/workflow/case.ts).
    const { row, update } = await loadForAction(tx, user, caseRecord, input.caseId, 'decideLegalReview', input.version);
    const before = reviewOf(row)!;
    const review: CaseLegalReview = { ...before, status: input.approve ? 'approved' : 'returned', opinion, reviewedAt: now.toISOString(), reviewedByUserId: user.id };
    const after = await update({ legalReview: review });
    const actor = actorOf(user, ip);
    await recordAudit(tx, actor, {
      action: input.approve ? 'case.approveLegalReview' : 'case.returnLegalReview',
      entityType: 'case',
      entityId: row.id,
      before: { legalReview: before },
      after: { legalReview: review, version: after.version },
    });
    await closeSubjectWorkItems(tx, actor, { subjectType: 'case', subjectId: row.id, kind: 'legal_review' }, 'done');
    return getCase(tx, user, row.id, now);
  });
}
