import { caseTransitions, type CaseStage } from '../case.js';
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
const ownerOnly = '案件由承办单位办理，本单位只能查看';
const reviewNotPending = (refusal: string): Guard<CaseFacts> => ({ name: 'reviewNotPending', holds: (f) => f.reviewStatus !== 'pending', refusal, details: () => ({ state: { legalReview: 'pending' } }) });
const undecided = '处罚决定作出后，办案期限不再计算';
const running: Guard<CaseFacts> = { name: 'notDecided', holds: (f) => !f.decided, refusal: undecided, details: (f) => ({ state: { stage: f.stage } }) };
const owner = { permission: 'case.work', sides: ['owner'], sideRefusal: ownerOnly, stateDetails: stageDetails } as const;

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
    stateRefusal: '案件已结案，不能再登记',
    guards: [{ name: 'hasNextStage', holds: (f) => f.hasNextStage, refusal: '案件已结案，不能再登记', details: (f) => ({ state: { stage: f.stage } }) }],
  },
  attach: { ...owner, from: caseTransitions.attach },
  requestLegalReview: { ...owner, from: caseTransitions.requestLegalReview, stateRefusal: '法制审核须在调查取证终结后、作出处罚决定前提交', guards: [reviewNotPending('法制审核正在进行，不能重复提交')] },
  setReviewGrounds: { ...owner, from: caseTransitions.setReviewGrounds, stateRefusal: '处罚决定作出后不能再更改法制审核情形' },
  transfer: {
    ...owner,
    from: caseTransitions.transfer,
    stateRefusal: '案件已结案，不能再移送',
    guards: [{ name: 'notTransferred', holds: (f) => !f.transferredOn, refusal: '本案已移送司法机关', details: (f) => ({ state: { judicialTransfer: f.transferredOn } }) }],
  },
  recordReceipt: {
    ...owner,
    from: caseTransitions.recordReceipt,
    guards: [
      { name: 'transferred', holds: (f) => Boolean(f.transferredOn), refusal: '本案尚未移送司法机关', details: () => ({ state: { judicialTransfer: null } }) },
      { name: 'noReceipt', holds: (f) => !f.receiptOn, refusal: '移送回执已登记', details: (f) => ({ state: { receiptOn: f.receiptOn } }) },
    ],
  },
  extendDecision: { ...owner, from: caseTransitions.extendDecision, stateRefusal: undecided, guards: [running] },
  /** Starts a period not counted: one open at a time. */
  pause: {
    ...owner,
    from: caseTransitions.pause,
    stateRefusal: undecided,
    guards: [running, { name: 'noOpenPause', holds: (f) => !f.openPause, refusal: '已有正在进行的不计入期限的事项，请先登记其结束日期', details: () => ({ state: { clockSuspended: true } }) }],
  },
  /** Records a period not counted that has already ended (its dates known): allowed beside an open one. */
  pauseRange: { ...owner, from: caseTransitions.pause, stateRefusal: undecided, guards: [running], hidden: true },
  /** Ends the open pause: the button that replaces `pause` while one is open. */
  endPause: {
    ...owner,
    from: caseTransitions.pause,
    stateRefusal: undecided,
    guards: [running, { name: 'openPause', holds: (f) => f.openPause, refusal: '没有正在进行的不计入期限的事项', details: () => ({ state: { clockSuspended: false } }) }],
  },
  decideLegalReview: {
    from: caseTransitions.decideLegalReview,
    permission: 'case.legalReview',
    sides: ['reviewer'],
    sideRefusal: (f) => (f.reviewedByLegalDivision ? '本案的法制审核由省局法规处办理' : '本案的法制审核由承办机关的法制审核人员办理'),
    stateRefusal: '本案没有待审核的处罚建议',
    stateDetails: (_, f) => ({ state: { legalReview: f.reviewStatus } }),
    guards: [
      // The review is a check by someone other than the investigators (行政处罚法 art. 58).
      { name: 'notProposer', code: 'FORBIDDEN', holds: (f) => !f.proposedByUser, refusal: '提交法制审核的人员不能审核本人提交的处罚建议' },
      { name: 'reviewPending', holds: (f) => f.reviewStatus === 'pending', refusal: '本案没有待审核的处罚建议', details: (f) => ({ state: { legalReview: f.reviewStatus } }) },
    ],
  },
  takeOver: {
    from: caseTransitions.takeOver,
    permission: 'case.takeOver',
    sides: ['enforcement'],
    sideRefusal: '只有综合执法稽查局可以接管案件',
    stateRefusal: '处罚决定作出后不能再接管案件',
    stateDetails: stageDetails,
    guards: [{ name: 'ownerIsBureau', code: 'FORBIDDEN', holds: (f) => f.ownerIsBureau, refusal: '本案已由省局办理' }, reviewNotPending('法制审核正在进行，请待审核结束后再接管')],
  },
} as const satisfies WorkflowTable<string, CaseStage, CaseSide, CaseFacts>;

export type CaseWorkflowAction = keyof typeof caseWorkflow;
