import { can } from '../../domain/permissions.js';
import { caseAllows, nextStages, reviewingUnit, type CaseActionName, type CaseStage, type PenaltyFacts } from '../../domain/case.js';
import type { LegalReview } from '../../db/schema/index.js';
import type { PlainErrorCode } from '../../domain/errors.js';
import type { SessionUser } from '../access/actor.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { LEGAL_REVIEW_BUSINESS, type CaseRow } from './case-scope.js';

/** The proposal put to 法制审核: the schema's LegalReview plus the rest of the proposed penalty. */
export interface CaseLegalReview extends LegalReview {
  /** Illegal gains proposed for confiscation (yuan). */
  proposedConfiscation: number;
  /** none | suspend | revoke */
  proposedLicenceAction: string;
  /** When the review is due (legalReview.complete), as on its work item. */
  dueAt: string;
  /** The unit whose legal staff review it (the owner bureau, or 法规处 for the province); absent on reviews requested before it was recorded. */
  reviewerUnitId?: string;
}

export const reviewOf = (c: Pick<CaseRow, 'legalReview'>) => (c.legalReview as CaseLegalReview | null) ?? null;

/** The rule state of a case (src/domain/case.ts). */
export function caseState(c: Pick<CaseRow, 'stage' | 'decision' | 'judicialTransfer'>) {
  return {
    stage: c.stage as CaseStage,
    decision: (c.decision as PenaltyFacts | null) ?? null,
    transferReceived: Boolean(c.judicialTransfer?.receiptOn),
  };
}

/** The unit whose legal staff review a case's decision (reviewingUnit in src/domain/case.ts). */
export function reviewerOf(c: Pick<CaseRow, 'ownerUnitId' | 'legalReview'>, ownerKind: string): string {
  return reviewOf(c)?.reviewerUnitId ?? reviewingUnit({ id: c.ownerUnitId, kind: ownerKind }, unitIdForSlug('legal')).unitId;
}

/**
 * Why the user may not decide the case's legal review, or null: only the reviewing unit's legal
 * staff (`case.legalReview`; in the province bureau, 法规处), and never the officer who put the
 * proposal — the review is a check by someone other than the investigators (行政处罚法 art. 58).
 */
export function reviewRefusal(user: SessionUser, c: Pick<CaseRow, 'ownerUnitId' | 'legalReview'>, ownerKind: string): PlainErrorCode | null {
  const reviewer = reviewerOf(c, ownerKind);
  const legalDivision = reviewer === unitIdForSlug('legal');
  const inUnit = legalDivision ? user.unit.businesses.includes(LEGAL_REVIEW_BUSINESS) : user.unit.id === reviewer;
  if (!inUnit || !can(user.roles, 'case.legalReview')) return legalDivision ? 'LEGAL_REVIEW_BY_LEGAL_DIVISION' : 'LEGAL_REVIEW_BY_BUREAU_STAFF';
  if (reviewOf(c)?.requestedByUserId === user.id) return 'LEGAL_REVIEW_OWN_PROPOSAL';
  return null;
}

/** Facts about the case the actions depend on, read by the caller. */
export interface ActionContext {
  /** The user's unit is on the owner unit's line. */
  owns: boolean;
  /** The owner unit's kind (city_bureau, county_bureau, division …). */
  ownerKind: string;
}

const ENFORCEMENT_BUSINESS = 'enforcement';

/** What the user may do now: the web shows exactly these buttons, and the use cases enforce the same. */
export function caseActions(user: SessionUser, c: CaseRow, ctx: ActionContext): CaseActionName[] {
  const actions: CaseActionName[] = [];
  const review = reviewOf(c);
  const limits = c.timeLimits ?? {};
  if (ctx.owns && can(user.roles, 'case.work')) {
    if (caseAllows('recordStage', c.stage) && nextStages(caseState(c)).length > 0) actions.push('recordStage');
    if (caseAllows('attach', c.stage)) actions.push('attach');
    if (caseAllows('requestLegalReview', c.stage) && review?.status !== 'pending') actions.push('requestLegalReview');
    if (caseAllows('setReviewGrounds', c.stage)) actions.push('setReviewGrounds');
    if (caseAllows('transfer', c.stage) && !c.judicialTransfer) actions.push('transfer');
    if (caseAllows('recordReceipt', c.stage) && c.judicialTransfer && !c.judicialTransfer.receiptOn) actions.push('recordReceipt');
    if (caseAllows('extendDecision', c.stage) && !c.decision) actions.push('extendDecision');
    const open = (limits.pauses ?? []).some((p) => p.phase === 'decision' && p.to === null);
    if (caseAllows('pause', c.stage) && !c.decision) actions.push(open ? 'endPause' : 'pause');
  }
  if (review?.status === 'pending' && caseAllows('decideLegalReview', c.stage) && reviewRefusal(user, c, ctx.ownerKind) === null) actions.push('decideLegalReview');
  // 稽查局 takes over a bureau's case (seed art. 12), not one it already handles, nor during a review.
  if (
    user.unit.businesses.includes(ENFORCEMENT_BUSINESS) &&
    can(user.roles, 'case.takeOver') &&
    ['city_bureau', 'county_bureau'].includes(ctx.ownerKind) &&
    caseAllows('takeOver', c.stage) &&
    review?.status !== 'pending'
  ) {
    actions.push('takeOver');
  }
  return actions;
}
