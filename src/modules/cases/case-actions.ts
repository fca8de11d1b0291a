import { can } from '../../domain/permissions.js';
import { caseAllows, nextStages, type CaseStage, type PenaltyFacts } from '../../domain/case.js';
import type { LegalReview } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { LEGAL_REVIEW_BUSINESS, type CaseRow } from './case-scope.js';

/** The proposal put to 法制审核: the schema's LegalReview plus the rest of the proposed penalty. */
export interface CaseLegalReview extends LegalReview {
  /** Illegal gains proposed for confiscation (yuan). */
  proposedConfiscation: number;
  /** none | suspend | revoke */
  proposedLicenceAction: string;
  /** When 法规处 is due to finish (legalReview.complete), as on its work item. */
  dueAt: string;
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

export type CaseActionName = 'recordStage' | 'attach' | 'requestLegalReview' | 'decideLegalReview' | 'transfer' | 'recordReceipt';

/** What the user may do now: the web shows exactly these buttons, and the use cases enforce the same. */
export function caseActions(user: SessionUser, c: CaseRow, owns: boolean): CaseActionName[] {
  const actions: CaseActionName[] = [];
  const review = reviewOf(c);
  if (owns && can(user.roles, 'case.work')) {
    if (caseAllows('recordStage', c.stage) && nextStages(caseState(c)).length > 0) actions.push('recordStage');
    if (caseAllows('attach', c.stage)) actions.push('attach');
    if (caseAllows('requestLegalReview', c.stage) && review?.status !== 'pending') actions.push('requestLegalReview');
    if (caseAllows('transfer', c.stage) && !c.judicialTransfer) actions.push('transfer');
    if (caseAllows('recordReceipt', c.stage) && c.judicialTransfer && !c.judicialTransfer.receiptOn) actions.push('recordReceipt');
  }
  if (user.unit.businesses.includes(LEGAL_REVIEW_BUSINESS) && can(user.roles, 'case.legalReview') && review?.status === 'pending' && caseAllows('decideLegalReview', c.stage)) {
    actions.push('decideLegalReview');
  }
  return actions;
}
