/**
 * 稽查案件 (enforcement case) as data: its stages in legal order, which stage may follow which,
 * which actions each stage allows, when a decision needs 法制审核 (legal review), and when a case
 * may be closed. Pure, so the rules are tested as tables (case.test.ts) and the API's `actions`
 * and `nextStages` come from the same functions the use cases enforce.
 */

import type { Refusal } from './errors.js';

/** 立案 → 调查取证 → 处罚告知 → (听证) → 决定 → 执行 → 结案. */
export const caseStages = ['filing', 'investigation', 'notice', 'hearing', 'decision', 'execution', 'closed'] as const;
export type CaseStage = (typeof caseStages)[number];

export const caseStageNames: Record<CaseStage, string> = {
  filing: '立案',
  investigation: '调查取证',
  notice: '处罚告知',
  hearing: '听证',
  decision: '处罚决定',
  execution: '执行',
  closed: '结案',
};

export const caseSources = ['disposal', 'escalation', 'complaint', 'manual'] as const;
export type CaseSource = (typeof caseSources)[number];
export const caseSourceNames: Record<CaseSource, string> = {
  disposal: '核查处置',
  escalation: '督办',
  complaint: '投诉举报',
  manual: '其他线索',
};

/** What the decision does to the party's licence (许可证件). */
export const licenceActions = ['none', 'suspend', 'revoke'] as const;
export type LicenceAction = (typeof licenceActions)[number];
export const licenceActionNames: Record<LicenceAction, string> = { none: '不涉及许可证件', suspend: '暂扣许可证件', revoke: '吊销许可证件' };
const licenceSeverity: Record<LicenceAction, number> = { none: 0, suspend: 1, revoke: 2 };

/**
 * The stages after which each stage may be recorded. 听证 is optional: it is held only when the
 * party asked for one after the 告知, so the decision may follow either. Closing has further
 * ways in (closingAllowed).
 */
export const stagePredecessors: Record<Exclude<CaseStage, 'filing'>, readonly CaseStage[]> = {
  investigation: ['filing'],
  notice: ['investigation'],
  hearing: ['notice'],
  decision: ['notice', 'hearing'],
  execution: ['decision'],
  closed: ['execution'],
};

/** Stages that must carry a document number: the 告知书 and the 决定书 are numbered documents served on the party. */
export const numberedStages: readonly CaseStage[] = ['notice', 'decision'];

/** The facts of a decision the rules look at. Amounts in yuan. */
export interface PenaltyFacts {
  fineAmount: number;
  confiscatedIllegalGains: number;
  confiscatedGoods?: string | null;
  licenceAction: string;
  /** 警告 (行政处罚法 art. 9(1)). */
  warning?: boolean;
}

/** 罚没金额: the fine plus the illegal gains confiscated, in whole fen so that 0.1 + 0.2 adds up. */
export function penaltyTotalFen(p: Pick<PenaltyFacts, 'fineAmount' | 'confiscatedIllegalGains'>): number {
  return Math.round(p.fineAmount * 100) + Math.round(p.confiscatedIllegalGains * 100);
}

/** Nothing to carry out: no money, no goods, nothing done to the licence (a warning at most). */
export function nothingToExecute(p: PenaltyFacts): boolean {
  return penaltyTotalFen(p) === 0 && !p.confiscatedGoods?.trim() && p.licenceAction === 'none';
}

/** A decision of no penalty (不予行政处罚): not even a warning. */
export function isNoPenalty(p: PenaltyFacts): boolean {
  return nothingToExecute(p) && !p.warning;
}

/**
 * Whether the decision is published as 行政处罚信息: 《市场监督管理行政处罚信息公示规定》 art. 2
 * (level V) — "仅受到警告行政处罚的不予公示", and a decision of no penalty is no penalty at all.
 */
export function publishedAsPenalty(p: PenaltyFacts): boolean {
  return !nothingToExecute(p);
}

/**
 * The grounds on which a decision needs 法制审核 (行政处罚法 art. 58 ¶1, level V): "未经法制审核
 * 或者审核未通过的，不得作出决定". The hearing ground is automatic (a recorded 听证 stage); the
 * others are stated by the case officer, who knows the case.
 */
export interface ReviewGrounds {
  /** (一) 涉及重大公共利益 */
  publicInterest: boolean;
  /** (二) 直接关系当事人或者第三人重大权益，经过听证程序 — a hearing was held. */
  hearingHeld: boolean;
  /** (三) 案件情况疑难复杂、涉及多个法律关系 */
  complex: boolean;
  /** (四) 法律、法规规定应当进行法制审核的其他情形: the law or regulation that requires it, or null. */
  requiredBy: string | null;
}

export const noGrounds: ReviewGrounds = { publicInterest: false, hearingHeld: false, complex: false, requiredBy: null };

/**
 * Why a decision needs 法制审核, in Chinese; empty when it does not. Besides the grounds of art.
 * 58, a local rule may add an amount (`case.legalReview.fineThreshold`, 0 = none): the 罚没金额 of
 * the penalty (fine plus illegal gains confiscated; exactly the amount counts).
 */
export function legalReviewReasons(grounds: ReviewGrounds, penalty: Pick<PenaltyFacts, 'fineAmount' | 'confiscatedIllegalGains'> | null, localThresholdYuan: number): string[] {
  const reasons: string[] = [];
  if (grounds.publicInterest) reasons.push('涉及重大公共利益');
  if (grounds.hearingHeld) reasons.push('直接关系当事人重大权益并经过听证程序');
  if (grounds.complex) reasons.push('案件情况疑难复杂、涉及多个法律关系');
  if (grounds.requiredBy?.trim()) reasons.push(`${grounds.requiredBy.trim()}规定应当进行法制审核`);
  if (localThresholdYuan > 0 && penalty && penaltyTotalFen(penalty) >= Math.round(localThresholdYuan * 100)) reasons.push(`罚没金额达到本地规定的${formatYuan(localThresholdYuan)}`);
  return reasons;
}

export function legalReviewRequired(grounds: ReviewGrounds, penalty: Pick<PenaltyFacts, 'fineAmount' | 'confiscatedIllegalGains'> | null, localThresholdYuan: number): boolean {
  return legalReviewReasons(grounds, penalty, localThresholdYuan).length > 0;
}

/** Whether the reviewed proposal covers the decision: no more money and no harsher licence action than was approved. */
export function coveredByReview(decision: PenaltyFacts, proposal: Pick<PenaltyFacts, 'fineAmount' | 'confiscatedIllegalGains' | 'licenceAction'>): boolean {
  return (
    penaltyTotalFen(decision) <= penaltyTotalFen(proposal) &&
    (licenceSeverity[decision.licenceAction as LicenceAction] ?? 2) <= (licenceSeverity[proposal.licenceAction as LicenceAction] ?? 0)
  );
}

/** 100000 → 10万元, 2500.5 → 2500.5元. */
export function formatYuan(yuan: number): string {
  return yuan >= 10_000 && yuan % 10_000 === 0 ? `${yuan / 10_000}万元` : `${yuan}元`;
}

/** The proposal put to 法制审核 and where the review stands. */
export interface ReviewFacts {
  /** pending | approved | returned */
  status: string;
  proposedFine: number;
  proposedConfiscation: number;
  proposedLicenceAction: string;
}

/**
 * Why the decision cannot be made yet on account of 法制审核, as a refusal, or null:
 * a review under way must end first; a decision that requires one needs it approved, and the
 * approved proposal must cover the decision (a heavier penalty goes back to review).
 */
export function decisionReviewRefusal(decision: PenaltyFacts, grounds: ReviewGrounds, localThresholdYuan: number, review: ReviewFacts | null): Refusal | null {
  if (review?.status === 'pending') return { code: 'LEGAL_REVIEW_PENDING_BEFORE_DECISION' };
  const reasons = legalReviewReasons(grounds, decision, localThresholdYuan);
  if (reasons.length === 0) return null;
  if (review?.status !== 'approved') return { code: 'LEGAL_REVIEW_REQUIRED', params: { reasons: reasons.join('、') } };
  const proposal = { fineAmount: review.proposedFine, confiscatedIllegalGains: review.proposedConfiscation, licenceAction: review.proposedLicenceAction };
  if (!coveredByReview(decision, proposal)) return { code: 'DECISION_EXCEEDS_REVIEW' };
  return null;
}

/** Units that decide cases in their own name; a provincial unit's case is decided by the province bureau. */
const DECIDING_BUREAUS = ['city_bureau', 'county_bureau'];

/**
 * Who reviews a case's decision: the deciding authority's own legal staff (行政处罚法 art. 58:
 * 行政机关中从事行政处罚决定法制审核的人员). A city or county bureau's case is reviewed in that
 * bureau by its legal staff (role `legal_reviewer`); a case of the province bureau (handled by
 * 稽查局 or another provincial unit) by 法规处 (seed art. 17).
 */
export function reviewingUnit(owner: { id: string; kind: string }, legalDivisionId: string): { unitId: string; byBureau: boolean } {
  return DECIDING_BUREAUS.includes(owner.kind) ? { unitId: owner.id, byBureau: true } : { unitId: legalDivisionId, byBureau: false };
}

/** What the stage rules need to know about a case. */
export interface CaseState {
  stage: CaseStage;
  /** The decision recorded, if any. */
  decision: PenaltyFacts | null;
  /** Transferred to a judicial organ and its receipt (回执) recorded. */
  transferReceived: boolean;
}

/**
 * 结案 requires the decision carried out (执行 recorded). Two other endings are final too: a
 * decision of no penalty (nothing to carry out), and a transfer to the judicial organs whose
 * receipt is recorded (the matter now lies with them; 食品安全法 art. 121).
 */
export function closingAllowed(state: CaseState): boolean {
  if (state.stage === 'closed') return false;
  if (state.stage === 'execution') return true;
  if (state.stage === 'decision' && state.decision && nothingToExecute(state.decision)) return true;
  return state.transferReceived;
}

/** The stages that may be recorded next, in order (the web offers exactly these). */
export function nextStages(state: CaseState): CaseStage[] {
  if (state.stage === 'closed') return [];
  return caseStages.filter((s) => (s === 'closed' ? closingAllowed(state) : s !== 'filing' && stagePredecessors[s].includes(state.stage)));
}

/** Why `stage` cannot be recorded now, as a refusal, or null when it can. */
export function stageRefusal(state: CaseState, stage: CaseStage): Refusal | null {
  if (state.stage === 'closed') return { code: 'CASE_CLOSED' };
  if (stage === 'filing') return { code: 'CASE_FILING_RECORDED' };
  if (nextStages(state).includes(stage)) return null;
  if (stage === 'closed') return { code: 'CASE_CLOSING_TOO_EARLY' };
  const at = caseStages.indexOf(state.stage);
  if (stage === 'hearing' && at > caseStages.indexOf('hearing')) return { code: 'CASE_HEARING_OUT_OF_ORDER' };
  if (caseStages.indexOf(stage) <= at) return { code: 'CASE_STAGE_RECORDED', params: { stage: caseStageNames[stage] } };
  return { code: 'CASE_STAGE_PREREQUISITE', params: { stages: stagePredecessors[stage].map((s) => caseStageNames[s]).join('”或“') } };
}

/**
 * Which action each stage allows (state machine as data):
 * - a stage is recorded, a transfer made, until the case is closed;
 * - 法制审核 is requested once the investigation is over and before the decision;
 * - a transfer's receipt arrives when it arrives, even after closing;
 * - the review grounds, 稽查局's take-over, the decision period's extensions and pauses only
 *   until the decision;
 * - evidence may be added to a recorded stage at any time (the file is append-only).
 */
export const caseTransitions = {
  recordStage: ['filing', 'investigation', 'notice', 'hearing', 'decision', 'execution'],
  requestLegalReview: ['investigation', 'notice', 'hearing'],
  decideLegalReview: ['filing', 'investigation', 'notice', 'hearing', 'decision', 'execution'],
  transfer: ['filing', 'investigation', 'notice', 'hearing', 'decision', 'execution'],
  setReviewGrounds: ['filing', 'investigation', 'notice', 'hearing'],
  takeOver: ['filing', 'investigation', 'notice', 'hearing'],
  extendDecision: ['filing', 'investigation', 'notice', 'hearing'],
  pause: ['filing', 'investigation', 'notice', 'hearing'],
  recordReceipt: caseStages,
  attach: caseStages,
} as const satisfies Record<string, readonly CaseStage[]>;

export type CaseAction = keyof typeof caseTransitions;

/**
 * What a user may do on a case now — the API's `actions`, which the web shows as buttons:
 * every action above plus endPause, the pause button's other face while a pause is open.
 */
export type CaseActionName = CaseAction | 'endPause';

export function caseAllows(action: CaseAction, stage: string): boolean {
  return (caseTransitions[action] as readonly string[]).includes(stage);
}

/**
 * The decision deadline (case.decide: 90 days from filing, extended and with excluded time, see
 * case-time-limits.ts) runs until a decision is made; a closed case (e.g. after a transfer) has
 * no clock, and neither has a case whose clock is stopped (an open pause: testing, a hearing …).
 */
export function caseClock(c: { stage: string; decision: unknown; dueAt: Date; clockSuspended?: boolean }, now: Date) {
  const running = c.decision === null && c.stage !== 'closed' && !c.clockSuspended;
  return { overdue: running && c.dueAt.getTime() < now.getTime(), remainingMs: running ? c.dueAt.getTime() - now.getTime() : null };
}
