import { caseTransitions, type CaseStage } from '../case.js';
import type { PlainErrorCode } from '../errors.js';
import type { Guard, WorkflowTable } from './workflow.js';

/**
 * 稽查案件 (case); its state is the stage. Sides: `owner` — the owner unit's line, the only one
 * that changes it; `reviewer` — the legal staff's unit that reviews its decision (the owner
 * bureau, or 法规处 for the province's cases); `enforcement` — 综合执法稽查局, which may take a
 * bureau's case over (seed art. 12).
 */
export type CaseSide = 'owner' | 'reviewer' | 'enforcement';

export interface CaseFacts {
  stage: string;
  /** Another stage may be recorded (nextStages in src/domain/case.ts). */
  hasNextStage: boolean;
  /** 法制审核: pending | approved | returned, or null before any. */
  reviewStatus: string | null;
  /** The user put the proposal under review. */
  proposedByUser: boolean;
  /** The reviewer is 法规处 (the province's cases). */
  reviewedByLegalDivision: boolean;
  decided: boolean;
  transferredOn: string | null;
  receiptOn: string | null;
  /** A period not counted (中止、检测 …) is still going on: the decision clock stands. */
  openPause: boolean;
  /** The owner is a city or county bureau (稽查局 takes only those over). */
  ownerIsBureau: boolean;
}

const stageDetails = (_: string, f: CaseFacts) => ({ state: { stage: f.stage } });
const reviewNotPending = (error: PlainErrorCode): Guard<CaseFacts> => ({ name: 'reviewNotPending', holds: (f) => f.reviewStatus !== 'pending', error, details: () => ({ state: { legalReview: 'pending' } }) });
const running: Guard<CaseFacts> = { name: 'notDecided', holds: (f) => !f.decided, error: 'CASE_TIME_LIMIT_AFTER_DECISION', details: (f) => ({ state: { stage: f.stage } }) };
const owner = { permission: 'case.work', sides: ['owner'], sideRefusal: 'CASE_OWNER_ONLY', stateDetails: stageDetails } as const;

/**
 * The stages each action allows are `caseTransitions` (src/domain/case.ts); the guards say the
 * rest: 法制审核 once at a time and by someone other than the proposer, one transfer and one
 * receipt, the decision period's extensions and pauses only while it runs, a take-over only of
 * a bureau's case and not during a review. The order is the order of the buttons.
 */
export const caseWorkflow = {
  recordStage: {
    ...owner,
    from: caseTransitions.recordStage,
    stateRefusal: 'CASE_CLOSED',
    guards: [{ name: 'hasNextStage', holds: (f) => f.hasNextStage, error: 'CASE_CLOSED', details: (f) => ({ state: { stage: f.stage } }) }],
  },
  attach: { ...owner, from: caseTransitions.attach },
  requestLegalReview: { ...owner, from: caseTransitions.requestLegalReview, stateRefusal: 'LEGAL_REVIEW_WRONG_STAGE', guards: [reviewNotPending('LEGAL_REVIEW_ALREADY_PENDING')] },
  setReviewGrounds: { ...owner, from: caseTransitions.setReviewGrounds, stateRefusal: 'REVIEW_GROUNDS_AFTER_DECISION' },
  transfer: {
    ...owner,
    from: caseTransitions.transfer,
    stateRefusal: 'CASE_TRANSFER_AFTER_CLOSING',
    guards: [{ name: 'notTransferred', holds: (f) => !f.transferredOn, error: 'CASE_ALREADY_TRANSFERRED', details: (f) => ({ state: { judicialTransfer: f.transferredOn } }) }],
  },
  recordReceipt: {
    ...owner,
    from: caseTransitions.recordReceipt,
    guards: [
      { name: 'transferred', holds: (f) => Boolean(f.transferredOn), error: 'CASE_NOT_TRANSFERRED', details: () => ({ state: { judicialTransfer: null } }) },
      { name: 'noReceipt', holds: (f) => !f.receiptOn, error: 'CASE_TRANSFER_RECEIPT_RECORDED', details: (f) => ({ state: { receiptOn: f.receiptOn } }) },
    ],
  },
  extendDecision: { ...owner, from: caseTransitions.extendDecision, stateRefusal: 'CASE_TIME_LIMIT_AFTER_DECISION', guards: [running] },
  /** Starts a period not counted: one open at a time. */
  pause: {
    ...owner,
    from: caseTransitions.pause,
    stateRefusal: 'CASE_TIME_LIMIT_AFTER_DECISION',
    guards: [running, { name: 'noOpenPause', holds: (f) => !f.openPause, error: 'CASE_PAUSE_OPEN', details: () => ({ state: { clockSuspended: true } }) }],
  },
  /** Records a period not counted that has already ended (its dates known): allowed beside an open one. */
  pauseRange: { ...owner, from: caseTransitions.pause, stateRefusal: 'CASE_TIME_LIMIT_AFTER_DECISION', guards: [running], hidden: true },
  /** Ends the open pause: the button that replaces `pause` while one is open. */
  endPause: {
    ...owner,
    from: caseTransitions.pause,
    stateRefusal: 'CASE_TIME_LIMIT_AFTER_DECISION',
    guards: [running, { name: 'openPause', holds: (f) => f.openPause, error: 'CASE_NO_OPEN_PAUSE', details: () => ({ state: { clockSuspended: false } }) }],
  },
  decideLegalReview: {
    from: caseTransitions.decideLegalReview,
    permission: 'case.legalReview',
    sides: ['reviewer'],
    sideRefusal: (f) => (f.reviewedByLegalDivision ? 'LEGAL_REVIEW_BY_LEGAL_DIVISION' : 'LEGAL_REVIEW_BY_BUREAU_STAFF'),
    stateRefusal: 'LEGAL_REVIEW_NONE_PENDING',
    stateDetails: (_, f) => ({ state: { legalReview: f.reviewStatus } }),
    guards: [
      // The review is a check by someone other than the investigators (行政处罚法 art. 58).
      { name: 'notProposer', holds: (f) => !f.proposedByUser, error: 'LEGAL_REVIEW_OWN_PROPOSAL' },
      { name: 'reviewPending', holds: (f) => f.reviewStatus === 'pending', error: 'LEGAL_REVIEW_NONE_PENDING', details: (f) => ({ state: { legalReview: f.reviewStatus } }) },
    ],
  },
  takeOver: {
    from: caseTransitions.takeOver,
    permission: 'case.takeOver',
    sides: ['enforcement'],
    sideRefusal: 'CASE_TAKE_OVER_ENFORCEMENT_ONLY',
    stateRefusal: 'CASE_TAKE_OVER_AFTER_DECISION',
    stateDetails: stageDetails,
    guards: [{ name: 'ownerIsBureau', holds: (f) => f.ownerIsBureau, error: 'CASE_HANDLED_BY_PROVINCE' }, reviewNotPending('LEGAL_REVIEW_PENDING_BEFORE_TAKE_OVER')],
  },
} as const satisfies WorkflowTable<string, CaseStage, CaseSide, CaseFacts>;

export type CaseWorkflowAction = keyof typeof caseWorkflow;
