import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { createUnqualifiedSample } from '../helpers/samples.js';
import { auditLog, disposals, ruleSettings, workItems } from '../../src/db/schema/index.js';
import { unitIdForSlug } from '../../src/modules/org/seed-organisation.js';

/** Stages in legal order, 法制审核 before a major decision, and the decision flowing back to the disposal. */
let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
let legal: TestClient;
let enforcement: TestClient;

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

async function decide(c: Case, approve: boolean, opinion?: string, client = legal): Promise<Case> {
  const res = await client.post(`/api/cases/${c.id}/legal-review/decision`, { version: c.version, approve, opinion });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  legal = await t.login('div-legal');
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
    expect(res.json().error).toMatchObject({ code: 'INVALID_STATE', message: '请先登记“调查取证”' });
    expect((await post(c, 'closed')).json().error.message).toContain('结案前须登记执行情况');
    expect((await post(c, 'filing')).statusCode).toBe(400);
  });

  it('dates each stage no earlier than the one before and not in the future', async () => {
    expect((await post(c, 'investigation', { doneOn: '2026-11-09' })).json().error.details.doneOn).toBe('不能早于“立案”的日期（2026-11-10）');
    expect((await post(c, 'investigation', { doneOn: '2999-12-31' })).json().error.details.doneOn).toBe('日期不能晚于今天');
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

  it('decides, carries out and closes; a closed case takes nothing more', async () => {
    expect((await post(c, 'decision', { documentNo: '武侯市监罚〔2026〕5号' })).json().error.details.decision).toContain('请填写处罚决定的内容');
    c = await record(c, 'decision', decision(3000, { confiscatedIllegalGains: 420, confiscatedGoods: '蛋黄酥12盒' }));
    expect(c.decision).toEqual({
      decisionNo: '武侯市监罚〔2026〕21号',
      decidedOn: '2026-11-25',
      fineAmount: 3000,
      confiscatedIllegalGains: 420,
      confiscatedGoods: '蛋黄酥12盒',
      licenceAction: 'none',
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
  });

  it('closes after a decision of no penalty without execution', async () => {
    let n = await toNotice(await open({ title: '不予处罚案件' }));
    n = await record(n, 'decision', { ...decision(0), text: '违法行为轻微并及时改正，没有造成危害后果，不予行政处罚' });
    expect(n.nextStages.map((s: { stage: string }) => s.stage)).toEqual(['execution', 'closed']);
    n = await record(n, 'closed', { doneOn: '2026-11-26' });
    expect(n.stage).toBe('closed');
  });
});

describe('法制审核 before a major decision', () => {
  afterAll(() => setThreshold(100_000));

  it('is not needed below the threshold', async () => {
    const c = await record(await toNotice(await open()), 'decision', decision(99_999.99));
    expect(c.stage).toBe('decision');
  });

  it('is needed at exactly the threshold: refused until 法规处 approves, then decided within the proposal', async () => {
    let c = await toNotice(await open({ title: '罚没金额达到阈值的案件' }));
    const refused = await post(c, 'decision', decision(100_000));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'INVALID_STATE', message: '本案须经法制审核（罚没金额达到10万元），审核通过后方可作出处罚决定' });
    // 罚没金额 adds the confiscated gains to the fine.
    expect((await post(c, 'decision', decision(60_000, { confiscatedIllegalGains: 40_000 }))).json().error.code).toBe('INVALID_STATE');

    c = await review(c, 100_000);
    expect(c.legalReview).toMatchObject({ status: 'pending', proposedFine: 100_000, proposedConfiscation: 0, proposedLicenceAction: 'none', proposal: '拟罚款100000元' });
    expect(c.legalReviewReasons).toEqual(['罚没金额达到10万元']);
    expect(c.actions).not.toContain('requestLegalReview');
    const [item] = await reviewItems(c.id);
    expect(item).toMatchObject({ kind: 'legal_review', ownerUnitId: unitIdForSlug('legal'), status: 'open', title: `法制审核：${c.caseNo}（成都市武侯区某某食品店）` });
    expect(item.dueAt!.toISOString()).toBe(c.legalReview.dueAt);
    expect((await wuhou.post(`/api/cases/${c.id}/legal-review`, { version: c.version, proposedFine: 1, licenceAction: 'none', proposal: '再次提交' })).json().error.message).toBe('法制审核正在进行，不能重复提交');
    expect((await post(c, 'decision', decision(100_000))).json().error.message).toBe('法制审核尚未完成，请待法规处审核通过后再作出处罚决定');

    // Only 法规处 decides: not the bureau (no permission), not 稽查局 (not the unit).
    expect((await wuhou.post(`/api/cases/${c.id}/legal-review/decision`, { version: c.version, approve: true })).statusCode).toBe(403);
    const notLegal = await enforcement.post(`/api/cases/${c.id}/legal-review/decision`, { version: c.version, approve: true });
    expect(notLegal.statusCode).toBe(403);
    expect(notLegal.json().error.message).toBe('法制审核由法规处办理');
    expect((await legal.get(`/api/cases/${c.id}`)).json().actions).toEqual(['decideLegalReview']);

    c = await decide(c, true, '事实清楚，证据确凿，同意');
    expect(c.legalReview).toMatchObject({ status: 'approved', opinion: '事实清楚，证据确凿，同意' });
    expect((await reviewItems(c.id))[0].status).toBe('done');
    c = (await wuhou.get(`/api/cases/${c.id}`)).json();
    expect((await post(c, 'decision', decision(100_000.01))).json().error.message).toBe('处罚决定超出法制审核通过的处罚建议，请重新提交法制审核');
    c = await record(c, 'decision', decision(100_000));
    expect(c.decision.fineAmount).toBe(100_000);
    const actions = (await auditOf(c.id)).map((a) => a.action);
    expect(actions).toEqual(['case.file', 'case.recordStage', 'case.recordStage', 'case.requestLegalReview', 'case.approveLegalReview', 'case.recordStage']);
  });

  it('is needed for any decision of a major case and for a revocation; a return needs an opinion', async () => {
    let major = await toNotice(await open({ major: true, title: '重大案件' }, enforcement), enforcement);
    expect(major.legalReviewReasons).toEqual(['重大案件']);
    expect((await post(major, 'decision', decision(500), enforcement)).json().error.message).toBe('本案须经法制审核（重大案件），审核通过后方可作出处罚决定');

    let revoke = await toNotice(await open({ title: '吊销许可证案件' }));
    expect((await post(revoke, 'decision', decision(0, { licenceAction: 'revoke' }))).json().error.message).toBe('本案须经法制审核（吊销许可证件），审核通过后方可作出处罚决定');
    revoke = await review(revoke, 0, { licenceAction: 'suspend' });
    const noOpinion = await legal.post(`/api/cases/${revoke.id}/legal-review/decision`, { version: revoke.version, approve: false });
    expect(noOpinion.json().error.details.opinion).toBe('退回时请填写审核意见');
    revoke = await decide(revoke, false, '吊销许可证件依据不足，请补充调查');
    expect(revoke.legalReview).toMatchObject({ status: 'returned', opinion: '吊销许可证件依据不足，请补充调查' });
    expect((await auditOf(revoke.id)).map((a) => a.action)).toContain('case.returnLegalReview');
    revoke = (await wuhou.get(`/api/cases/${revoke.id}`)).json();
    expect(revoke.actions).toContain('requestLegalReview');
    expect((await post(revoke, 'decision', decision(0, { licenceAction: 'revoke' }))).json().error.message).toContain('须经法制审核');
    // Resubmitted and approved: a new work item, and the revocation may be decided.
    revoke = await decide(await review(revoke, 0, { licenceAction: 'revoke' }), true);
    expect((await reviewItems(revoke.id)).map((i) => i.status)).toEqual(['done', 'done']);
    revoke = (await wuhou.get(`/api/cases/${revoke.id}`)).json();
    expect((await record(revoke, 'decision', decision(0, { licenceAction: 'revoke' }))).decision.licenceAction).toBe('revoke');

    major = (await enforcement.get(`/api/cases/${major.id}`)).json();
    expect(major.ownerUnitId).toBe(unitIdForSlug('enforcement'));
  });

  it('reads the threshold from the rule table when deciding', async () => {
    let c = await toNotice(await open({ title: '阈值调整案件' }));
    await setThreshold(50_000);
    const refused = await post(c, 'decision', decision(60_000));
    expect(refused.json().error.message).toBe('本案须经法制审核（罚没金额达到5万元），审核通过后方可作出处罚决定');
    expect(refused.json().error.details).toMatchObject({ state: { threshold: 50_000 } });
    await setThreshold(100_000);
    c = await record(c, 'decision', decision(60_000));
    expect(c.stage).toBe('decision');
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
    expect((await wuhou.post('/api/cases', { source: 'disposal', disposalId: d.id, partyName: '某某食品店', title: '再次立案', facts: '发现新的违法事实', filedOn: '2026-11-28' })).statusCode).toBe(201);
  });
});
