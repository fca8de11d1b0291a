import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { createUnqualifiedSample } from '../helpers/samples.js';
import { auditLog, disposals, ruleSettings, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';

/** Stages in legal order, 法制审核 on the grounds of 行政处罚法 art. 58, and the decision flowing back to the disposal. */
let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
/** 法规处: the province bureau's legal unit. */
let legal: TestClient;
/** The legal staff of 武侯区局 (role legal_reviewer): they review 武侯's decisions. */
let wuhouLegal: TestClient;
let enforcement: TestClient;
const WUHOU = unitIdForRegion('510107');

type Case = { id: string; version: number; caseNo: string; [key: string]: any };

const THRESHOLD = 'case.legalReview.fineThreshold';
const setThreshold = (value: number) => t.database.db.update(ruleSettings).set({ value }).where(eq(ruleSettings.id, THRESHOLD));
const auditOf = (entityId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.seq));
const reviewItems = (caseId: string) =>
  t.database.db.select().from(workItems).where(and(eq(workItems.subjectType, 'case'), eq(workItems.subjectId, caseId), eq(workItems.kind, 'legal_review'))).orderBy(asc(workItems.createdAt));

async function open(over: Record<string, unknown> = {}, client = wuhou): Promise<Case> {
  const res = await client.post('/api/cases', {
    source: 'manual',
    partyName: '成都市武侯区某某食品店',
    title: '经营超范围使用食品添加剂的食品',
    facts: '监督抽检蛋黄酥脱氢乙酸及其钠盐项目不合格。',
    filedOn: '2026-11-10',
    discoveredOn: '2026-11-03',
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** Records a stage with the version held; returns the raw reply. */
function post(c: Case, stage: string, body: Record<string, unknown> = {}, client = wuhou) {
  return client.post(`/api/cases/${c.id}/stages`, { version: c.version, stage, doneOn: '2026-11-20', text: `${stage}情况说明`, ...body });
}

async function record(c: Case, stage: string, body: Record<string, unknown> = {}, client = wuhou): Promise<Case> {
  const res = await post(c, stage, body, client);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** 调查取证 and 处罚告知, ready for a decision. */
async function toNotice(c: Case, client = wuhou) {
  c = await record(c, 'investigation', { doneOn: '2026-11-15', text: '调查终结，事实清楚' }, client);
  return record(c, 'notice', { doneOn: '2026-11-18', documentNo: '武侯市监罚告〔2026〕7号' }, client);
}

const decision = (fineAmount: number, more: Record<string, unknown> = {}) => ({
  doneOn: '2026-11-25',
  documentNo: '武侯市监罚〔2026〕21号',
  text: '没收违法所得，并处罚款',
  decision: { fineAmount, confiscatedIllegalGains: 0, licenceAction: 'none', ...more },
});

async function review(c: Case, proposedFine: number, more: Record<string, unknown> = {}): Promise<Case> {
  const res = await wuhou.post(`/api/cases/${c.id}/legal-review`, { version: c.version, proposedFine, licenceAction: 'none', proposal: `拟罚款${proposedFine}元`, ...more });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function decide(c: Case, approve: boolean, opinion?: string, client = wuhouLegal): Promise<Case> {
  const res = await client.post(`/api/cases/${c.id}/legal-review/decision`, { version: c.version, approve, opinion });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  legal = await t.login('div-legal');
  wuhouLegal = await t.login('legal-510107');
  enforcement = await t.login('div-enforcement');
  for (const no of ['DEC-0001', 'DEC-0002']) await createUnqualifiedSample(t, sampling, no, '武侯区');
});
afterAll(() => t.close());

describe('stages in legal order', () => {
  let c: Case;
  beforeAll(async () => {
    c = await open();
  });

  it('refuses a stage out of order, with the stage to record first', async () => {
    const res = await post(c, 'notice', { documentNo: '武侯市监罚告〔2026〕1号' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CASE_STAGE_PREREQUISITE', message: '请先登记“调查取证”' });
    expect((await post(c, 'closed')).json().error.message).toContain('结案前须登记执行情况');
    expect((await post(c, 'filing')).statusCode).toBe(400);
  });

  it('dates each stage no earlier than the one before and not in the future', async () => {
    expect((await post(c, 'investigation', { doneOn: '2026-11-09' })).json().error.details.doneOn).toBe('不能早于“立案”的日期（2026-11-10）');
    expect((await post(c, 'investigation', { doneOn: '2099-12-31' })).json().error.details.doneOn).toBe('日期不能晚于今天');
    expect((await post(c, 'investigation', { version: c.version + 1 })).json().error.code).toBe('VERSION_CONFLICT');
    c = await record(c, 'investigation', { doneOn: '2026-11-10' });
    expect(c).toMatchObject({ stage: 'investigation', stageName: '调查取证', version: 2 });
    expect(c.nextStages.map((s: { stage: string }) => s.stage)).toEqual(['notice']);
  });

  it('needs the 告知书 number, and takes 听证 only after the 告知 and when the party asked for it', async () => {
    expect((await post(c, 'notice')).json().error.details.documentNo).toBe('请填写行政处罚告知书文号');
    expect((await post(c, 'hearing', { details: { requestedOn: '2026-11-12' } })).json().error.message).toBe('请先登记“处罚告知”');
    c = await record(c, 'notice', { doneOn: '2026-11-12', documentNo: '武侯市监罚告〔2026〕3号' });
    expect(c.nextStages.map((s: { stage: string }) => s.stage)).toEqual(['hearing', 'decision']);
    expect((await post(c, 'hearing', { doneOn: '2026-11-20' })).json().error.details['details.requestedOn']).toBe('请填写当事人申请听证的日期');
    expect((await post(c, 'hearing', { doneOn: '2026-11-20', details: { requestedOn: '2026-11-11' } })).json().error.details['details.requestedOn']).toBe('申请听证的日期不能早于处罚告知日期（2026-11-12）');
    expect((await post(c, 'hearing', { doneOn: '2026-11-20', details: { requestedOn: '2026-11-21' } })).json().error.details['details.requestedOn']).toBe('申请听证的日期不能晚于听证日期');
    c = await record(c, 'hearing', { doneOn: '2026-11-20', documentNo: '武侯市监听通〔2026〕1号', details: { requestedOn: '2026-11-14' } });
    expect(c.stages.map((s: { stage: string }) => s.stage)).toEqual(['filing', 'investigation', 'notice', 'hearing']);
    expect(c.stages[3]).toMatchObject({ name: '听证', details: { requestedOn: '2026-11-14' } });
    expect((await post(c, 'hearing', { details: { requestedOn: '2026-11-14' } })).json().error.message).toBe('“听证”已登记');
  });

  it('decides after the review the hearing calls for, carries out and closes; a closed case takes nothing more', async () => {
    expect((await post(c, 'decision', { documentNo: '武侯市监罚〔2026〕5号' })).json().error.details.decision).toContain('请填写处罚决定的内容');
    // Heard: 法制审核 first (行政处罚法 art. 58 ¶1 (2)).
    expect((await post(c, 'decision', decision(3000))).json().error.message).toContain('经过听证程序');
    c = await decide(await review(c, 3000, { proposedConfiscation: 420 }), true, '同意');
    c = await record(c, 'decision', decision(3000, { confiscatedIllegalGains: 420, confiscatedGoods: '蛋黄酥12盒' }));
    expect(c.decision).toEqual({
      decisionNo: '武侯市监罚〔2026〕21号',
      decidedOn: '2026-11-25',
      fineAmount: 3000,
      confiscatedIllegalGains: 420,
      confiscatedGoods: '蛋黄酥12盒',
      licenceAction: 'none',
      warning: false,
      content: '没收违法所得，并处罚款',
    });
    expect(Number(c.fineAmount)).toBe(3000);
    // The decision stops the decision clock.
    expect(c).toMatchObject({ overdue: false, remainingMs: null });
    expect((await post(c, 'closed', { doneOn: '2026-11-26' })).json().error.message).toContain('结案前须登记执行情况');
    expect((await post(c, 'execution', { doneOn: '2026-11-26' })).json().error.details['details.fulfilment']).toBe('请选择执行方式');
    c = await record(c, 'execution', { doneOn: '2026-11-26', details: { fulfilment: '自动履行', paidAmount: 3420 } });
    c = await record(c, 'closed', { doneOn: '2026-11-27', documentNo: '武侯市监结〔2026〕2号' });
    expect(c).toMatchObject({ stage: 'closed', stageName: '结案', closedOn: '2026-11-27', nextStages: [] });
    expect(c.actions).not.toContain('recordStage');
    expect((await post(c, 'investigation')).json().error.message).toBe('案件已结案，不能再登记');
    const recorded = (await auditOf(c.id)).filter((a) => a.action === 'case.recordStage').map((a) => (a.after as { stage: string }).stage);
    expect(recorded).toEqual(['investigation', 'notice', 'hearing', 'decision', 'execution', 'closed']);
    // The hearing (requested 14 Nov, held 20 Nov) is not counted in the decision period.
    expect(c.timeLimits.pauses).toEqual([expect.objectContaining({ kind: 'hearing', kindName: '听证', from: '2026-11-14', to: '2026-11-20', derived: true })]);
  });

  it('closes after a warning alone without execution', async () => {
    let w = await toNotice(await open({ title: '警告案件' }));
    w = await record(w, 'decision', { ...decision(0, { warning: true }), text: '给予警告' });
    expect(w.decision.warning).toBe(true);
    expect(w.nextStages.map((s: { stage: string }) => s.stage)).toEqual(['execution', 'closed']);
  });

  it('closes after a decision of no penalty without execution', async () => {
    let n = await toNotice(await open({ title: '不予处罚案件' }));
    n = await record(n, 'decision', { ...decision(0), text: '违法行为轻微并及时改正，没有造成危害后果，不予行政处罚' });
    expect(n.nextStages.map((s: { stage: string }) => s.stage)).toEqual(['execution', 'closed']);
    n = await record(n, 'closed', { doneOn: '2026-11-26' });
    expect(n.stage).toBe('closed');
  });
});

describe('法制审核 on the grounds of 行政处罚法 art. 58, by the deciding authority\'s own legal staff', () => {
  afterAll(() => setThreshold(0));

  it('is not needed for a large fine or a revocation without a ground: an amount is no ground of art. 58', async () => {
    const c = await record(await toNotice(await open()), 'decision', decision(200_000, { licenceAction: 'revoke' }));
    expect(c).toMatchObject({ stage: 'decision', legalReviewRequired: false, legalReviewReasons: [] });
  });

  it('is needed after a hearing: refused until 武侯\'s own legal staff approve, then decided within the proposal', async () => {
    let c = await toNotice(await open({ title: '经过听证的案件' }));
    c = await record(c, 'hearing', { doneOn: '2026-11-21', details: { requestedOn: '2026-11-19' } });
    expect(c).toMatchObject({ legalReviewRequired: true, legalReviewGrounds: { hearingHeld: true }, reviewerUnitId: WUHOU, reviewerUnitName: '成都市武侯区市场监督管理局' });
    const refused = await post(c, 'decision', decision(100_000));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'LEGAL_REVIEW_REQUIRED', message: '本案须经法制审核（直接关系当事人重大权益并经过听证程序），审核通过后方可作出处罚决定' });

    c = await review(c, 100_000);
    expect(c.legalReview).toMatchObject({ status: 'pending', proposedFine: 100_000, proposedConfiscation: 0, proposedLicenceAction: 'none', proposal: '拟罚款100000元', reviewerUnitId: WUHOU });
    expect(c.actions).not.toContain('requestLegalReview');
    const [item] = await reviewItems(c.id);
    expect(item).toMatchObject({ kind: 'legal_review', ownerUnitId: WUHOU, status: 'open', title: `法制审核：${c.caseNo}（成都市武侯区某某食品店）` });
    expect(item.dueAt!.toISOString()).toBe(c.legalReview.dueAt);
    expect((await wuhou.post(`/api/cases/${c.id}/legal-review`, { version: c.version, proposedFine: 1, licenceAction: 'none', proposal: '再次提交' })).json().error.message).toBe('法制审核正在进行，不能重复提交');
    expect((await post(c, 'decision', decision(100_000))).json().error.message).toBe('法制审核尚未完成，请待审核通过后再作出处罚决定');

    // Only the bureau's legal staff decide: not its case officers (no permission), not 法规处 (a county case is not the province's).
    expect((await wuhou.post(`/api/cases/${c.id}/legal-review/decision`, { version: c.version, approve: true })).statusCode).toBe(403);
    const notOurs = await legal.post(`/api/cases/${c.id}/legal-review/decision`, { version: c.version, approve: true });
    expect(notOurs.statusCode).toBe(403);
    expect(notOurs.json().error.message).toBe('本案的法制审核由承办机关的法制审核人员办理');
    expect((await legal.get(`/api/cases/${c.id}`)).json().actions).toEqual([]);
    expect((await wuhouLegal.get(`/api/cases/${c.id}`)).json().actions).toEqual(['decideLegalReview']);

    c = await decide(c, true, '事实清楚，证据确凿，同意');
    expect(c.legalReview).toMatchObject({ status: 'approved', opinion: '事实清楚，证据确凿，同意', reviewedByUserId: wuhouLegal.me.id });
    expect((await reviewItems(c.id))[0].status).toBe('done');
    c = (await wuhou.get(`/api/cases/${c.id}`)).json();
    expect((await post(c, 'decision', decision(100_000.01))).json().error.message).toBe('处罚决定超出法制审核通过的处罚建议，请重新提交法制审核');
    c = await record(c, 'decision', decision(100_000));
    expect(c.decision.fineAmount).toBe(100_000);
    const actions = (await auditOf(c.id)).map((a) => a.action);
    expect(actions).toEqual(['case.file', 'case.recordStage', 'case.recordStage', 'case.recordStage', 'case.requestLegalReview', 'case.approveLegalReview', 'case.recordStage']);
    const approval = (await auditOf(c.id)).find((a) => a.action === 'case.approveLegalReview')!;
    expect(approval).toMatchObject({ actorUsername: 'legal-510107' });
  });

  it('is needed on the grounds the officer states (public interest, complexity, another law); a return needs an opinion', async () => {
    let c = await toNotice(await open({ title: '涉及重大公共利益的案件', publicInterest: true }));
    expect(c.legalReviewReasons).toEqual(['涉及重大公共利益']);
    const grounds = await wuhou.post(`/api/cases/${c.id}/review-grounds`, { version: c.version, publicInterest: true, complex: true, requiredBy: '《某某条例》' });
    expect(grounds.statusCode, grounds.body).toBe(200);
    c = grounds.json();
    expect(c.legalReviewReasons).toEqual(['涉及重大公共利益', '案件情况疑难复杂、涉及多个法律关系', '《某某条例》规定应当进行法制审核']);
    const [audit] = (await auditOf(c.id)).filter((a) => a.action === 'case.setReviewGrounds');
    expect(audit).toMatchObject({ before: { publicInterest: true, complex: false, reviewRequiredBy: null }, after: expect.objectContaining({ complex: true, reviewRequiredBy: '《某某条例》' }) });
    expect((await post(c, 'decision', decision(500))).json().error.message).toContain('涉及重大公共利益');

    c = await review(c, 0, { licenceAction: 'suspend' });
    const noOpinion = await wuhouLegal.post(`/api/cases/${c.id}/legal-review/decision`, { version: c.version, approve: false });
    expect(noOpinion.json().error.details.opinion).toBe('退回时请填写审核意见');
    c = await decide(c, false, '暂扣许可证件依据不足，请补充调查');
    expect(c.legalReview).toMatchObject({ status: 'returned', opinion: '暂扣许可证件依据不足，请补充调查' });
    c = (await wuhou.get(`/api/cases/${c.id}`)).json();
    expect(c.actions).toContain('requestLegalReview');
    expect((await post(c, 'decision', decision(0, { licenceAction: 'suspend' }))).json().error.message).toContain('须经法制审核');
    c = await decide(await review(c, 0, { licenceAction: 'suspend' }), true);
    expect((await reviewItems(c.id)).map((i) => i.status)).toEqual(['done', 'done']);
    c = (await wuhou.get(`/api/cases/${c.id}`)).json();
    expect((await record(c, 'decision', decision(0, { licenceAction: 'suspend' }))).decision.licenceAction).toBe('suspend');
    // Once decided, the grounds are history.
    const late = await wuhou.post(`/api/cases/${c.id}/review-grounds`, { version: c.version + 1, publicInterest: false, complex: false, requiredBy: null });
    expect(late.statusCode).toBe(409);
  });

  it('adds a local amount only when an administrator sets one (0 = none, the default)', async () => {
    let c = await toNotice(await open({ title: '本地规定数额的案件' }));
    await setThreshold(50_000);
    const refused = await post(c, 'decision', decision(60_000));
    expect(refused.json().error.message).toBe('本案须经法制审核（罚没金额达到本地规定的5万元），审核通过后方可作出处罚决定');
    expect(refused.json().error.details).toMatchObject({ state: { threshold: 50_000 } });
    await setThreshold(0);
    c = await record(c, 'decision', decision(60_000));
    expect(c.stage).toBe('decision');
  });

  it('of a case of the province bureau (稽查局) is done by 法规处, not by a bureau\'s legal staff', async () => {
    let c = await toNotice(await open({ title: '省局查办的疑难复杂案件', complex: true }, enforcement), enforcement);
    expect(c).toMatchObject({ ownerUnitId: unitIdForSlug('enforcement'), reviewerUnitId: unitIdForSlug('legal'), reviewerUnitName: '法规处' });
    const res = await enforcement.post(`/api/cases/${c.id}/legal-review`, { version: c.version, proposedFine: 5000, licenceAction: 'none', proposal: '拟罚款5000元' });
    expect(res.statusCode, res.body).toBe(200);
    c = res.json();
    expect((await reviewItems(c.id))[0].ownerUnitId).toBe(unitIdForSlug('legal'));
    expect((await wuhouLegal.post(`/api/cases/${c.id}/legal-review/decision`, { version: c.version, approve: true })).statusCode).toBe(404);
    c = await decide(c, true, '同意', legal);
    expect(c.legalReview.status).toBe('approved');
  });

  it('is submitted only after the investigation and before the decision', async () => {
    const filed = await open({ title: '尚在立案阶段' });
    const early = await wuhou.post(`/api/cases/${filed.id}/legal-review`, { version: filed.version, proposedFine: 1000, licenceAction: 'none', proposal: '拟罚款1000元' });
    expect(early.json().error.message).toBe('法制审核须在调查取证终结后、作出处罚决定前提交');
  });
});

describe('the decision flows back to the disposal\'s penalty step', () => {
  it('sets the step done with the case number and the amount, in the same transaction', async () => {
    const d = (await wuhou.get('/api/disposals?sampleNo=DEC-0001')).json().items[0];
    let c = await open({ source: 'disposal', disposalId: d.id });
    c = await record(await toNotice(c), 'decision', decision(8000, { confiscatedIllegalGains: 500 }));
    const after = (await wuhou.get(`/api/disposals/${d.id}`)).json();
    const penalty = after.steps.find((s: { kind: string }) => s.kind === 'penalty');
    expect(penalty).toMatchObject({ status: 'done', doneOn: '2026-11-25', details: { caseNo: c.caseNo, amount: 8500 }, text: '武侯市监罚〔2026〕21号：没收违法所得，并处罚款' });
    expect(after.status).toBe('in_progress');
    const step = (await auditOf(d.id)).filter((a) => a.action === 'disposal.recordStep').at(-1)!;
    expect(step).toMatchObject({ entityType: 'disposal', actorUsername: 'county-510107', after: expect.objectContaining({ kind: 'penalty', caseId: c.id }) });
  });

  it('leaves a closed disposal as it ended and records the decision on the case only', async () => {
    const d = (await wuhou.get('/api/disposals?sampleNo=DEC-0002')).json().items[0];
    let c = await toNotice(await open({ source: 'disposal', disposalId: d.id }));
    await t.database.db.update(disposals).set({ status: 'closed', closedAt: new Date() }).where(eq(disposals.id, d.id));
    c = await record(c, 'decision', decision(2000));
    expect(c.decision.fineAmount).toBe(2000);
    const penalty = (await wuhou.get(`/api/disposals/${d.id}`)).json().steps.find((s: { kind: string }) => s.kind === 'penalty');
    expect(penalty).toMatchObject({ status: 'pending', details: { caseNo: c.caseNo } });
    // Its case closed, the disposal may have another one.
    c = await record(c, 'execution', { doneOn: '2026-11-26', details: { fulfilment: '自动履行' } });
    await record(c, 'closed', { doneOn: '2026-11-27' });
    expect((await wuhou.post('/api/cases', { source: 'disposal', disposalId: d.id, partyName: '某某食品店', title: '再次立案', facts: '发现新的违法事实', filedOn: '2026-11-28', discoveredOn: '2026-11-27' })).statusCode).toBe(201);
  });
});
