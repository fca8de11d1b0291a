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
  noGrounds,
  publishedAsPenalty,
  reviewingUnit,
  penaltyTotalFen,
  stageRefusal,
  type CaseStage,
  type CaseState,
  type PenaltyFacts,
  type ReviewGrounds,
} from './case.js';
import { DomainError, type Refusal } from './errors.js';

/** The message an official reads for a refusal. */
const said = (refusal: Refusal | null) => (refusal ? DomainError.of(refusal).message : null);

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
    ['notice', 'closed', '结案前须登记执行情况；作出不予行政处罚或者仅予警告决定的，或已移送司法机关并收到回执的，可直接结案'],
    ['closed', 'execution', '案件已结案，不能再登记'],
  ])('at %s, recording %s: %s', (stage, next, refusal) => {
    expect(said(stageRefusal(state(stage, { decision: stage === 'decision' ? fine(100) : null }), next))).toBe(refusal);
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

describe('legal review (法制审核) on the grounds of 行政处罚法 art. 58', () => {
  const g = (over: Partial<ReviewGrounds> = {}): ReviewGrounds => ({ ...noGrounds, ...over });

  it('is required for major public interest, after a hearing, for a complex case, or where another law says so — not for an amount', () => {
    expect(legalReviewReasons(g({ publicInterest: true }), null, 0)).toEqual(['涉及重大公共利益']);
    expect(legalReviewReasons(g({ hearingHeld: true }), null, 0)).toEqual(['直接关系当事人重大权益并经过听证程序']);
    expect(legalReviewReasons(g({ complex: true }), null, 0)).toEqual(['案件情况疑难复杂、涉及多个法律关系']);
    expect(legalReviewReasons(g({ requiredBy: '《四川省某某条例》' }), null, 0)).toEqual(['《四川省某某条例》规定应当进行法制审核']);
    // A fine of 10万元, a revocation: neither is a ground of art. 58 by itself.
    expect(legalReviewRequired(g(), fine(100_000), 0)).toBe(false);
    expect(legalReviewRequired(g({ requiredBy: '  ' }), fine(0, { licenceAction: 'revoke' }), 0)).toBe(false);
  });

  it('adds an amount only where a local rule sets one (exactly the amount counts, in fen)', () => {
    expect(legalReviewReasons(g(), fine(100_000), 100_000)).toEqual(['罚没金额达到本地规定的10万元']);
    expect(legalReviewRequired(g(), fine(99_999.99), 100_000)).toBe(false);
    expect(legalReviewRequired(g(), fine(60_000, { confiscatedIllegalGains: 40_000 }), 100_000)).toBe(true);
    expect(legalReviewRequired(g(), fine(0.1, { confiscatedIllegalGains: 0.2 }), 0.3)).toBe(true);
    expect(legalReviewRequired(g(), null, 100_000)).toBe(false);
  });

  it('adds money in fen, so decimals do not drift', () => {
    expect(penaltyTotalFen({ fineAmount: 0.1, confiscatedIllegalGains: 0.2 })).toBe(30);
  });

  it('refuses the decision until the review is approved, and beyond what was approved', () => {
    const approved = { status: 'approved', proposedFine: 100_000, proposedConfiscation: 20_000, proposedLicenceAction: 'suspend' };
    const heard = g({ hearingHeld: true });
    expect(said(decisionReviewRefusal(fine(120_000), heard, 0, null))).toBe('本案须经法制审核（直接关系当事人重大权益并经过听证程序），审核通过后方可作出处罚决定');
    expect(said(decisionReviewRefusal(fine(120_000), heard, 0, { ...approved, status: 'returned' }))).toContain('须经法制审核');
    expect(said(decisionReviewRefusal(fine(1000), g(), 0, { ...approved, status: 'pending' }))).toBe('法制审核尚未完成，请待审核通过后再作出处罚决定');
    expect(said(decisionReviewRefusal(fine(100_000, { confiscatedIllegalGains: 20_000, licenceAction: 'suspend' }), heard, 0, approved))).toBeNull();
    expect(said(decisionReviewRefusal(fine(100_000, { confiscatedIllegalGains: 20_000.01 }), heard, 0, approved))).toBe('处罚决定超出法制审核通过的处罚建议，请重新提交法制审核');
    expect(said(decisionReviewRefusal(fine(100_000, { licenceAction: 'revoke' }), heard, 0, approved))).toContain('超出');
    // No ground and no local amount: a fine of 20万元 needs no review, and a returned one does not block.
    expect(said(decisionReviewRefusal(fine(200_000), g(), 0, null))).toBeNull();
    expect(said(decisionReviewRefusal(fine(5000), g(), 0, { ...approved, status: 'returned' }))).toBeNull();
  });

  it("is done by the deciding authority's own legal staff: the bureau for its case, 法规处 for the province's", () => {
    expect(reviewingUnit({ id: 'county', kind: 'county_bureau' }, 'legal')).toEqual({ unitId: 'county', byBureau: true });
    expect(reviewingUnit({ id: 'city', kind: 'city_bureau' }, 'legal')).toEqual({ unitId: 'city', byBureau: true });
    expect(reviewingUnit({ id: 'enforcement', kind: 'division' }, 'legal')).toEqual({ unitId: 'legal', byBureau: false });
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
    expect(isNoPenalty(fine(0, { warning: true }))).toBe(false);
  });

  it('publishes neither a warning alone nor a decision of no penalty as 行政处罚信息 (公示规定 art. 2)', () => {
    expect(publishedAsPenalty(none)).toBe(false);
    expect(publishedAsPenalty(fine(0, { warning: true }))).toBe(false);
    expect(publishedAsPenalty(fine(500, { warning: true }))).toBe(true);
    expect(publishedAsPenalty(fine(0, { confiscatedGoods: '涉案蛋黄酥20盒' }))).toBe(true);
    expect(publishedAsPenalty(fine(0, { licenceAction: 'suspend' }))).toBe(true);
  });

  it('closes a warning-only decision directly: nothing to carry out', () => {
    expect(closingAllowed(state('decision', { decision: fine(0, { warning: true }) }))).toBe(true);
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
    // A pause (testing, a hearing …) stops the clock: not overdue while it lasts.
    expect(caseClock({ stage: 'investigation', decision: null, dueAt, clockSuspended: true }, now)).toEqual({ overdue: false, remainingMs: null });
  });
});
