import { describe, expect, it } from 'vitest';
import {
  caseAllows,
  caseClock,
  closingAllowed,
  coveredByReview,
  decisionReviewRefusal,
  formatYuan,
  isNoPenalty,
  legalReviewReasons,
  legalReviewRequired,
  nextStages,
  penaltyTotalFen,
  stageRefusal,
  type CaseStage,
  type CaseState,
  type PenaltyFacts,
} from './case.js';

const state = (stage: CaseStage, extra: Partial<CaseState> = {}): CaseState => ({ stage, decision: null, transferReceived: false, ...extra });
const fine = (fineAmount: number, more: Partial<PenaltyFacts> = {}): PenaltyFacts => ({ fineAmount, confiscatedIllegalGains: 0, confiscatedGoods: null, licenceAction: 'none', ...more });
const none = fine(0);

describe('the stages of a case follow the legal order', () => {
  it.each<[CaseStage, Partial<CaseState>, CaseStage[]]>([
    ['filing', {}, ['investigation']],
    ['investigation', {}, ['notice']],
    // 听证 only when the party asks for it: the decision may follow the 告知 directly.
    ['notice', {}, ['hearing', 'decision']],
    ['hearing', {}, ['decision']],
    ['decision', { decision: fine(5000) }, ['execution']],
    // A decision of no penalty has nothing to carry out.
    ['decision', { decision: none }, ['execution', 'closed']],
    ['execution', { decision: fine(5000) }, ['closed']],
    // A transfer with its receipt may close the case at any stage.
    ['investigation', { transferReceived: true }, ['notice', 'closed']],
    ['closed', { transferReceived: true }, []],
  ])('after %s (%o) the next stages are %o', (stage, extra, expected) => {
    expect(nextStages(state(stage, extra))).toEqual(expected);
  });

  it.each<[CaseStage, CaseStage, string | null]>([
    ['filing', 'investigation', null],
    ['filing', 'notice', '请先登记“调查取证”'],
    ['investigation', 'decision', '请先登记“处罚告知”或“听证”'],
    ['notice', 'notice', '“处罚告知”已登记'],
    ['decision', 'hearing', '听证须在处罚告知之后、作出处罚决定之前举行'],
    ['hearing', 'hearing', '“听证”已登记'],
    ['investigation', 'hearing', '请先登记“处罚告知”'],
    ['filing', 'filing', '立案已在创建案件时登记'],
    ['notice', 'closed', '结案前须登记执行情况；作出不予行政处罚决定的，或已移送司法机关并收到回执的，可直接结案'],
    ['closed', 'execution', '案件已结案，不能再登记'],
  ])('at %s, recording %s: %s', (stage, next, refusal) => {
    expect(stageRefusal(state(stage, { decision: stage === 'decision' ? fine(100) : null }), next)).toBe(refusal);
  });

  it('closes after execution, a no-penalty decision, or a transfer with its receipt — never twice', () => {
    expect(closingAllowed(state('execution'))).toBe(true);
    expect(closingAllowed(state('decision', { decision: fine(1) }))).toBe(false);
    expect(closingAllowed(state('decision', { decision: fine(0, { confiscatedGoods: '涉案蛋黄酥20盒' }) }))).toBe(false);
    expect(closingAllowed(state('decision', { decision: none }))).toBe(true);
    expect(closingAllowed(state('filing', { transferReceived: true }))).toBe(true);
    expect(closingAllowed(state('filing'))).toBe(false);
    expect(closingAllowed(state('closed', { transferReceived: true }))).toBe(false);
  });

  it('allows each action only in its stages', () => {
    expect(caseAllows('requestLegalReview', 'filing')).toBe(false);
    expect(caseAllows('requestLegalReview', 'investigation')).toBe(true);
    expect(caseAllows('requestLegalReview', 'hearing')).toBe(true);
    expect(caseAllows('requestLegalReview', 'decision')).toBe(false);
    expect(caseAllows('transfer', 'closed')).toBe(false);
    expect(caseAllows('recordReceipt', 'closed')).toBe(true);
    expect(caseAllows('recordStage', 'closed')).toBe(false);
  });
});

describe('legal review (法制审核) before a major decision', () => {
  const threshold = 100_000;

  it('is required for a major case, from the threshold on (exactly the threshold counts), and for a revocation', () => {
    expect(legalReviewReasons({ ...fine(1000), major: true }, threshold)).toEqual(['重大案件']);
    expect(legalReviewRequired({ ...fine(99_999.99), major: false }, threshold)).toBe(false);
    expect(legalReviewReasons({ ...fine(100_000), major: false }, threshold)).toEqual(['罚没金额达到10万元']);
    // 罚没金额 is the fine plus the illegal gains confiscated.
    expect(legalReviewRequired({ ...fine(60_000, { confiscatedIllegalGains: 40_000 }), major: false }, threshold)).toBe(true);
    expect(legalReviewRequired({ ...fine(60_000, { confiscatedIllegalGains: 39_999.99 }), major: false }, threshold)).toBe(false);
    expect(legalReviewReasons({ ...fine(0, { licenceAction: 'revoke' }), major: false }, threshold)).toEqual(['吊销许可证件']);
    expect(legalReviewRequired({ ...fine(0, { licenceAction: 'suspend' }), major: false }, threshold)).toBe(false);
  });

  it('follows the threshold it is given (the rule table, read at the time)', () => {
    expect(legalReviewRequired({ ...fine(50_000), major: false }, 100_000)).toBe(false);
    expect(legalReviewRequired({ ...fine(50_000), major: false }, 50_000)).toBe(true);
  });

  it('adds money in fen, so decimals do not drift', () => {
    expect(penaltyTotalFen({ fineAmount: 0.1, confiscatedIllegalGains: 0.2 })).toBe(30);
    expect(legalReviewRequired({ ...fine(0.1, { confiscatedIllegalGains: 0.2 }), major: false }, 0.3)).toBe(true);
  });

  it('refuses the decision until the review is approved, and beyond what was approved', () => {
    const approved = { status: 'approved', proposedFine: 100_000, proposedConfiscation: 20_000, proposedLicenceAction: 'suspend' };
    expect(decisionReviewRefusal(fine(120_000), false, threshold, null)).toBe('本案须经法制审核（罚没金额达到10万元），审核通过后方可作出处罚决定');
    expect(decisionReviewRefusal(fine(120_000), false, threshold, { ...approved, status: 'returned' })).toContain('须经法制审核');
    expect(decisionReviewRefusal(fine(1000), false, threshold, { ...approved, status: 'pending' })).toBe('法制审核尚未完成，请待法规处审核通过后再作出处罚决定');
    expect(decisionReviewRefusal(fine(100_000, { confiscatedIllegalGains: 20_000, licenceAction: 'suspend' }), false, threshold, approved)).toBeNull();
    expect(decisionReviewRefusal(fine(100_000, { confiscatedIllegalGains: 20_000.01 }), false, threshold, approved)).toBe('处罚决定超出法制审核通过的处罚建议，请重新提交法制审核');
    expect(decisionReviewRefusal(fine(100_000, { licenceAction: 'revoke' }), false, threshold, approved)).toContain('超出');
    // Below the threshold and not major: no review needed, a returned one does not block.
    expect(decisionReviewRefusal(fine(5000), false, threshold, { ...approved, status: 'returned' })).toBeNull();
    expect(decisionReviewRefusal(fine(5000), false, threshold, null)).toBeNull();
  });

  it('compares licence actions by severity', () => {
    expect(coveredByReview(fine(0, { licenceAction: 'none' }), fine(0, { licenceAction: 'revoke' }))).toBe(true);
    expect(coveredByReview(fine(0, { licenceAction: 'revoke' }), fine(0, { licenceAction: 'suspend' }))).toBe(false);
  });
});

describe('small helpers', () => {
  it('knows a no-penalty decision', () => {
    expect(isNoPenalty(none)).toBe(true);
    expect(isNoPenalty(fine(0, { licenceAction: 'suspend' }))).toBe(false);
  });

  it('formats yuan the way officials write it', () => {
    expect(formatYuan(100_000)).toBe('10万元');
    expect(formatYuan(2500.5)).toBe('2500.5元');
  });

  it('runs the decision clock until a decision or closing', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const dueAt = new Date('2026-05-01T00:00:00Z');
    expect(caseClock({ stage: 'notice', decision: null, dueAt }, now).overdue).toBe(true);
    expect(caseClock({ stage: 'decision', decision: {}, dueAt }, now)).toEqual({ overdue: false, remainingMs: null });
    expect(caseClock({ stage: 'closed', decision: null, dueAt }, now).overdue).toBe(false);
  });
});
