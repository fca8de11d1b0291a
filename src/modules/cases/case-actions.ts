import { reviewingUnit, type CaseStage, type PenaltyFacts } from '../../domain/case.js';
import type { LegalReview } from '../../db/schema/index.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import type { CaseRow } from './case-scope.js';

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
