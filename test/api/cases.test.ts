import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { createUnqualifiedSample } from '../helpers/samples.js';
import { attachments, auditLog, cases, disposals, escalationRules, escalations, samples, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { deadlineFor } from '../../src/modules/deadlines/deadline-service.js';
import { localDateTime } from '../../src/domain/time.js';

let t: TestApp;
let dataDir: string;
let sampling: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let enforcement: TestClient;
let legal: TestClient;

const WUHOU = unitIdForRegion('510107');
const CHENGDU = unitIdForRegion('510100');
const ENFORCEMENT = unitIdForSlug('enforcement');

type Case = { id: string; version: number; caseNo: string; [key: string]: any };

const manual = (over: Record<string, unknown> = {}) => ({
  source: 'manual',
  partyName: '成都市某某食品有限公司',
  title: '涉嫌经营超范围使用食品添加剂的食品',
  facts: '执法人员日常检查发现当事人经营的蛋黄酥标签标示含脱氢乙酸钠，涉嫌超范围使用食品添加剂。',
  filedOn: '2026-11-20',
  discoveredOn: '2026-11-13',
  ...over,
});

async function open(client: TestClient, body: Record<string, unknown>): Promise<Case> {
  const res = await client.post('/api/cases', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function disposalOf(sampleNo: string) {
  return (await wuhou.get(`/api/disposals?sampleNo=${sampleNo}`)).json().items[0];
}

const auditOf = (entityId: string) => t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId)).orderBy(asc(auditLog.seq));
const caseItems = (caseId: string) => t.database.db.select().from(workItems).where(and(eq(workItems.subjectType, 'case'), eq(workItems.subjectId, caseId)));
const tinyPdf = () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'jjld-cases-'));
  t = await createTestApp({ dataDir, uploadDir: join(dataDir, 'uploads') });
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  chengdu = await t.login('city-510100');
  mianyang = await t.login('city-510700');
  enforcement = await t.login('div-enforcement');
  legal = await t.login('div-legal');
  for (const no of ['CASE-0001', 'CASE-0002', 'CASE-0003']) await createUnqualifiedSample(t, sampling, no, '武侯区');
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('opening a case from a disposal (核查处置)', () => {
  let c: Case;
  let disposalId: string;

  beforeAll(async () => {
    disposalId = (await disposalOf('CASE-0001')).id;
    c = await open(wuhou, { ...manual(), source: 'disposal', disposalId, partyName: '成都市武侯区某某食品店' });
  });

  it('numbers it from the owner bureau, files it as the first stage, and sets the decision deadline', async () => {
    expect(c.caseNo).toMatch(/^武侯市监立〔2026〕\d+号$/);
    expect(c).toMatchObject({ source: 'disposal', sourceName: '核查处置', disposalId, ownerUnitId: WUHOU, filedByUnitId: WUHOU, ownerUnitName: '成都市武侯区市场监督管理局', stage: 'filing', stageName: '立案', version: 1, overdue: false });
    expect(c.stages).toEqual([expect.objectContaining({ stage: 'filing', name: '立案', doneOn: '2026-11-20', documentNo: c.caseNo, attachments: [] })]);
    expect(c.nextStages).toEqual([{ stage: 'investigation', name: '调查取证' }]);
    expect(c.actions).toEqual(expect.arrayContaining(['recordStage', 'attach', 'transfer']));
    // 90 calendar days from filing (case.decide), on the statutory calendar.
    const due = await deadlineFor(t.database.db, 'case.decide', localDateTime('2026-11-20'));
    expect(new Date(c.dueAt).toISOString()).toBe(due.due.toISOString());
    // The party is the sample's sampled party, as an enterprise record.
    const [d] = await t.database.db.select().from(disposals).where(eq(disposals.id, disposalId));
    const [sample] = await t.database.db.select().from(samples).where(eq(samples.id, d.sampleId));
    expect(c.enterpriseId).toBe(sample.sampledPartyId);
    expect(c.enterprise).toMatchObject({ id: sample.sampledPartyId, name: sample.sampledPartyName });
    expect(c.disposal).toMatchObject({ id: disposalId, sampleNo: 'CASE-0001' });
  });

  it('lets 法规处, who reviews the case, read the disposal behind it', async () => {
    expect((await legal.get(`/api/disposals/${disposalId}`)).statusCode).toBe(200);
  });

  it('links the disposal\'s 行政处罚 step to the case number, with an audit row', async () => {
    const d = (await wuhou.get(`/api/disposals/${disposalId}`)).json();
    const penalty = d.steps.find((s: { kind: string }) => s.kind === 'penalty');
    expect(penalty).toMatchObject({ status: 'pending', details: { caseNo: c.caseNo } });
    expect(d.version).toBe(2);
    // The detail lists the cases opened from it that the reader may open, so the page links them without reading permissions.
    expect(d.cases).toEqual([{ id: c.id, caseNo: c.caseNo, stage: 'filing' }]);
    for (const reader of [sampling, legal, chengdu]) {
      const detail = await reader.get(`/api/disposals/${disposalId}`);
      if (detail.statusCode !== 200) continue;
      const readsCase = (await reader.get(`/api/cases/${c.id}`)).statusCode === 200;
      expect({ user: reader.me.id, cases: detail.json().cases.map((x: { id: string }) => x.id) }).toEqual({ user: reader.me.id, cases: readsCase ? [c.id] : [] });
    }
    const link = (await auditOf(disposalId)).find((a) => a.action === 'disposal.linkCase');
    expect(link).toMatchObject({ entityType: 'disposal', actorUsername: 'county-510107', after: expect.objectContaining({ caseId: c.id, details: { caseNo: c.caseNo } }) });
    const filed = (await auditOf(c.id)).find((a) => a.action === 'case.file');
    expect(filed).toMatchObject({ entityType: 'case', after: expect.objectContaining({ caseNo: c.caseNo, ownerUnitId: WUHOU }) });
  });

  it('refuses a second open case for the same disposal (409)', async () => {
    const res = await wuhou.post('/api/cases', { ...manual(), source: 'disposal', disposalId });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CASE_ALREADY_OPEN_FOR_DISPOSAL', message: '该核查处置已有未结案的稽查案件，不能重复立案' });
  });

  it('reopens a penalty step recorded as 不予立案, because the penalty now waits for the case', async () => {
    const d = await disposalOf('CASE-0002');
    const step = (body: Record<string, unknown>) => wuhou.post(`/api/disposals/${d.id}/steps`, body);
    expect((await step({ kind: 'notice', version: d.version, doneOn: '2026-11-21', text: '已送达', details: { deliveredTo: '某某食品店', method: '直接送达' } })).statusCode).toBe(200);
    expect((await step({ kind: 'penalty', version: d.version + 1, doneOn: '2026-11-22', text: '情节轻微', details: { noCaseReason: '初次违法且危害后果轻微' } })).statusCode).toBe(200);
    const second = await open(wuhou, { ...manual(), source: 'disposal', disposalId: d.id });
    const penalty = (await wuhou.get(`/api/disposals/${d.id}`)).json().steps.find((s: { kind: string }) => s.kind === 'penalty');
    expect(penalty).toMatchObject({ status: 'pending', doneOn: null, details: { caseNo: second.caseNo } });
  });

  it('refuses a disposal out of the user\'s scope as not found, and a source without its record', async () => {
    expect((await mianyang.post('/api/cases', { ...manual(), source: 'disposal', disposalId })).statusCode).toBe(404);
    const missing = await wuhou.post('/api/cases', { ...manual(), source: 'disposal' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.disposalId).toBe('请选择核查处置');
    const mixed = await wuhou.post('/api/cases', { ...manual(), complaintRef: '12345-2026-0001' });
    expect(mixed.json().error.details.complaintRef).toBe('与所选案件来源不符');
    const future = await wuhou.post('/api/cases', manual({ filedOn: '2099-01-01' }));
    expect(future.json().error.details.filedOn).toBe('立案日期不能晚于今天');
  });
});

describe('other sources and the owner unit', () => {
  it('opens a case from an escalation (督办), its enterprise as the party', async () => {
    const [sample] = await t.database.db.select().from(samples).where(eq(samples.sampleNo, 'CASE-0003'));
    const [rule] = await t.database.db.select().from(escalationRules).limit(1);
    const escalationId = randomUUID();
    await t.database.db.insert(escalations).values({
      id: escalationId,
      ruleId: rule.id,
      year: 2026,
      enterpriseId: sample.sampledPartyId!,
      ownerUnitId: unitIdForSlug('distribution'),
      assignedUnitId: CHENGDU,
      countAtFiring: 3,
      currentCount: 3,
      threshold: 3,
      firedAt: new Date('2026-11-21T02:00:00Z'),
      dueAt: new Date('2026-12-21T15:59:59.999Z'),
    });
    const c = await open(chengdu, { ...manual(), source: 'escalation', escalationId });
    expect(c).toMatchObject({ source: 'escalation', escalationId, enterpriseId: sample.sampledPartyId, ownerUnitId: CHENGDU, escalation: { id: escalationId } });
    expect(c.caseNo).toMatch(/^成都市监立〔2026〕\d+号$/);
    expect((await mianyang.post('/api/cases', { ...manual(), source: 'escalation', escalationId })).statusCode).toBe(404);
    const wrongParty = await chengdu.post('/api/cases', { ...manual(), source: 'escalation', escalationId, enterpriseId: randomUUID() });
    expect(wrongParty.json().error.details.enterpriseId).toBe('当事人应为案件来源记录中的生产经营者');
  });

  it('opens a complaint case and a case by hand for the filing bureau', async () => {
    const complaint = await open(chengdu, manual({ source: 'complaint', complaintRef: '12345-2026-0042' }));
    expect(complaint).toMatchObject({ source: 'complaint', sourceName: '投诉举报', complaintRef: '12345-2026-0042', ownerUnitId: CHENGDU, enterpriseId: null });
    const byHand = await open(chengdu, manual());
    // One sequence per owner unit and year: consecutive numbers.
    const n = (no: string) => Number(/〔2026〕(\d+)号/.exec(no)![1]);
    expect(n(byHand.caseNo)).toBe(n(complaint.caseNo) + 1);
  });

  it('keeps a local major case with its bureau (seed art. 12(3): 稽查局 guides it), and gives a cross-region case to 稽查局', async () => {
    const major = await open(chengdu, manual({ major: true, title: '涉嫌生产经营添加非食用物质的食品（重大案件）' }));
    expect(major).toMatchObject({ ownerUnitId: CHENGDU, filedByUnitId: CHENGDU, major: true, takeOver: null });
    expect(major.caseNo).toMatch(/^成都市监立〔2026〕\d+号$/);
    expect(major.actions).toContain('recordStage');
    // 稽查局 reads it and may take it over; it does not work on it meanwhile.
    expect((await enforcement.get(`/api/cases/${major.id}`)).json().actions).toEqual(['takeOver']);
    const cross = await open(wuhou, manual({ crossRegion: true }));
    expect(cross).toMatchObject({ ownerUnitId: ENFORCEMENT, ownerUnitName: '综合执法稽查局', actions: [] });
    expect(cross.caseNo).toMatch(/^川市监稽立〔2026〕\d+号$/);
    // The filing bureau reads the cross-region case, 稽查局 works on it, another city does not see it.
    expect((await wuhou.get(`/api/cases/${cross.id}`)).statusCode).toBe(200);
    const refused = await wuhou.post(`/api/cases/${cross.id}/stages`, { version: 1, stage: 'investigation', doneOn: '2026-11-21', text: '调查终结' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('案件由承办单位办理，本单位只能查看');
    expect((await enforcement.get(`/api/cases/${cross.id}`)).json().actions).toContain('recordStage');
    expect((await mianyang.get(`/api/cases/${cross.id}`)).statusCode).toBe(404);
  });

  it('lets 稽查局 take over a bureau\'s case with a reason (audited); the bureau keeps reading it', async () => {
    let c = await open(chengdu, manual({ major: true, title: '稽查局接管的重大案件' }));
    // Nobody else takes a case over: not the bureau, not another division.
    expect((await chengdu.post(`/api/cases/${c.id}/take-over`, { version: c.version, reason: '申请接管' })).statusCode).toBe(403);
    expect((await legal.post(`/api/cases/${c.id}/take-over`, { version: c.version, reason: '申请接管' })).statusCode).toBe(403);
    const res = await enforcement.post(`/api/cases/${c.id}/take-over`, { version: c.version, reason: '涉案产品销往多个市（州），由省局直接查办' });
    expect(res.statusCode, res.body).toBe(200);
    c = res.json();
    expect(c).toMatchObject({ ownerUnitId: ENFORCEMENT, filedByUnitId: CHENGDU, takeOver: { fromUnitId: CHENGDU, reason: '涉案产品销往多个市（州），由省局直接查办' }, takeOverFromUnitName: '成都市市场监督管理局', caseNo: expect.stringMatching(/^成都市监立/) });
    expect(c.actions).toContain('recordStage');
    expect(c.actions).not.toContain('takeOver');
    const [audit] = (await auditOf(c.id)).filter((a) => a.action === 'case.takeOver');
    expect(audit).toMatchObject({ actorUsername: 'div-enforcement', before: { ownerUnitId: CHENGDU }, after: expect.objectContaining({ ownerUnitId: ENFORCEMENT }) });
    const city = (await chengdu.get(`/api/cases/${c.id}`)).json();
    expect(city.actions).toEqual([]);
    // Once taken, not again.
    expect((await enforcement.post(`/api/cases/${c.id}/take-over`, { version: c.version, reason: '再次接管' })).statusCode).toBe(403);
  });
});

describe('the link division cooperates (配合, seed arts. 8(3), 9(3), 10(3))', () => {
  it('reads the cases of its link and is named on them; another link division does not', async () => {
    // The case filed on the disposal of a sample taken in a shop (distribution link: 经营处 guides it).
    const d = await disposalOf('CASE-0002');
    const [listed] = (await wuhou.get(`/api/cases?disposalId=${d.id}`)).json().items;
    const c = (await wuhou.get(`/api/cases/${listed.id}`)).json();
    expect(c).toMatchObject({ linkUnitId: unitIdForSlug('distribution'), linkUnitName: '食品经营安全监督管理处' });
    const distribution = await t.login('div-distribution');
    const read = await distribution.get(`/api/cases/${c.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().actions).toEqual([]);
    expect((await distribution.get('/api/cases?pageSize=200')).json().items.map((i: { id: string }) => i.id)).toContain(c.id);
    // Reading is not working: it cannot record a stage.
    expect((await distribution.post(`/api/cases/${c.id}/stages`, { version: c.version, stage: 'investigation', doneOn: '2026-11-21', text: '调查终结' })).statusCode).toBe(403);
    expect((await (await t.login('div-catering')).get(`/api/cases/${c.id}`)).statusCode).toBe(404);
  });
});

describe('scope: a city never sees another city\'s case', () => {
  let c: Case;
  beforeAll(async () => {
    c = await open(wuhou, manual({ title: '武侯区范围内的案件' }));
  });

  it('answers 404 to reads and to every change from 绵阳', async () => {
    expect((await mianyang.get(`/api/cases/${c.id}`)).statusCode).toBe(404);
    const list = (await mianyang.get('/api/cases?pageSize=200')).json();
    expect(list.items.map((i: { id: string }) => i.id)).not.toContain(c.id);
    const changes = [
      mianyang.post(`/api/cases/${c.id}/stages`, { version: c.version, stage: 'investigation', doneOn: '2026-11-21', text: '调查终结' }),
      mianyang.post(`/api/cases/${c.id}/legal-review`, { version: c.version, proposedFine: 1000, licenceAction: 'none', proposal: '拟罚款1000元' }),
      mianyang.post(`/api/cases/${c.id}/judicial-transfer`, { version: c.version, transferredOn: '2026-11-21', organ: '绵阳市公安局', documentNo: '绵市监移〔2026〕1号', reason: '涉嫌生产销售有毒有害食品罪' }),
      mianyang.post(`/api/cases/${c.id}/judicial-transfer/receipt`, { version: c.version, receiptOn: '2026-11-22', receiptNo: 'HZ-1' }),
      t.upload(mianyang, `/api/cases/${c.id}/stages/filing/attachments`, { name: '立案审批表.pdf', bytes: tinyPdf() }),
    ];
    for (const res of await Promise.all(changes)) expect(res.statusCode, res.body).toBe(404);
    expect((await t.database.db.select().from(cases).where(eq(cases.id, c.id)))[0].version).toBe(1);
  });

  it('lets the city above, 稽查局, 法规处 and 协调处 read it', async () => {
    for (const client of [chengdu, enforcement, legal, await t.login('div-coordination')]) {
      expect((await client.get(`/api/cases/${c.id}`)).statusCode).toBe(200);
    }
    // A division whose link the case is not (生产处; a case by hand has no link) does not read it.
    expect((await (await t.login('div-production')).get(`/api/cases/${c.id}`)).statusCode).toBe(404);
  });
});

describe('evidence of a stage', () => {
  let c: Case;
  beforeAll(async () => {
    c = await open(wuhou, manual({ title: '附件测试案件' }));
  });

  it('stores a file of a recorded stage, lists it on the stage, and serves it only to readers of the case', async () => {
    const res = await t.upload(wuhou, `/api/cases/${c.id}/stages/filing/attachments`, { name: '立案审批表.pdf', bytes: tinyPdf() });
    expect(res.statusCode, res.body).toBe(201);
    const file = res.json();
    expect(file).toMatchObject({ fileName: '立案审批表.pdf', mimeType: 'application/pdf', stage: 'filing', entityType: 'caseStage', href: `/api/attachments/${file.id}` });
    const [row] = await t.database.db.select().from(attachments).where(eq(attachments.id, file.id));
    expect(row.storagePath).toBe(`cases/${c.id}/${c.stages[0].id}/${file.id}.pdf`);
    expect(readFileSync(join(dirname(t.config.uploadDir), 'attachments', row.storagePath)).equals(tinyPdf())).toBe(true);
    const detail = (await wuhou.get(`/api/cases/${c.id}`)).json();
    expect(detail.stages[0].attachments.map((a: { id: string }) => a.id)).toEqual([file.id]);
    expect((await chengdu.get(file.href)).statusCode).toBe(200);
    expect((await mianyang.get(file.href)).statusCode).toBe(404);
    expect((await auditOf(c.id)).map((a) => a.action)).toContain('case.attach');
  });

  it('refuses a file for a stage not yet recorded', async () => {
    const res = await t.upload(wuhou, `/api/cases/${c.id}/stages/notice/attachments`, { name: '告知书.pdf', bytes: tinyPdf() });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.stage).toBe('“处罚告知”尚未登记，请先登记再上传材料');
  });
});

describe('移送司法机关 (judicial transfer)', () => {
  let c: Case;
  beforeAll(async () => {
    c = await open(wuhou, manual({ title: '涉嫌生产销售有毒有害食品' }));
  });

  it('records the transfer and gives the owner unit a receipt work item; once only', async () => {
    const body = { transferredOn: '2026-11-23', organ: '成都市公安局武侯区分局', documentNo: '武侯市监移〔2026〕3号', reason: '抽检检出非食用物质，涉嫌生产、销售有毒、有害食品罪' };
    const early = await wuhou.post(`/api/cases/${c.id}/judicial-transfer`, { ...body, version: c.version, transferredOn: '2026-11-19' });
    expect(early.json().error.details.transferredOn).toBe('移送日期不能早于立案日期（2026-11-20）');
    const res = await wuhou.post(`/api/cases/${c.id}/judicial-transfer`, { ...body, version: c.version });
    expect(res.statusCode, res.body).toBe(200);
    c = res.json();
    expect(c.judicialTransfer).toEqual({ ...body, receiptOn: null, receiptNo: null });
    expect(c.actions).toEqual(expect.arrayContaining(['recordReceipt']));
    expect(c.actions).not.toContain('transfer');
    const [item] = await caseItems(c.id);
    expect(item).toMatchObject({ kind: 'judicial_receipt', ownerUnitId: WUHOU, status: 'open', links: [{ label: '稽查案件', href: `/cases/${c.id}` }] });
    const again = await wuhou.post(`/api/cases/${c.id}/judicial-transfer`, { ...body, version: c.version });
    expect(again.json().error).toMatchObject({ code: 'CASE_ALREADY_TRANSFERRED', message: '本案已移送司法机关' });
  });

  it('records the receipt, which completes the work item, and lets the case close', async () => {
    const before = await wuhou.post(`/api/cases/${c.id}/judicial-transfer/receipt`, { version: c.version, receiptOn: '2026-11-22', receiptNo: 'WH-2026-88' });
    expect(before.json().error.details.receiptOn).toBe('回执日期不能早于移送日期（2026-11-23）');
    const res = await wuhou.post(`/api/cases/${c.id}/judicial-transfer/receipt`, { version: c.version, receiptOn: '2026-11-24', receiptNo: 'WH-2026-88' });
    expect(res.statusCode, res.body).toBe(200);
    c = res.json();
    expect(c.judicialTransfer).toMatchObject({ receiptOn: '2026-11-24', receiptNo: 'WH-2026-88' });
    const [item] = await caseItems(c.id);
    expect(item).toMatchObject({ kind: 'judicial_receipt', status: 'done' });
    // Transferred with a receipt: the case may close straight from filing, not before the receipt.
    expect(c.nextStages.map((s: { stage: string }) => s.stage)).toEqual(['investigation', 'closed']);
    const early = await wuhou.post(`/api/cases/${c.id}/stages`, { version: c.version, stage: 'closed', doneOn: '2026-11-23', text: '已移送公安机关，结案' });
    expect(early.json().error.details.doneOn).toBe('不能早于移送回执日期（2026-11-24）');
    const closed = await wuhou.post(`/api/cases/${c.id}/stages`, { version: c.version, stage: 'closed', doneOn: '2026-11-25', text: '已移送公安机关，结案' });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toMatchObject({ stage: 'closed', closedOn: '2026-11-25', nextStages: [], actions: ['attach'] });
    expect((await auditOf(c.id)).map((a) => a.action)).toEqual(['case.file', 'case.transfer', 'case.transferReceipt', 'case.recordStage']);
  });
});

describe('the case list', () => {
  it('filters by stage, source, search, disposal and overdue, overdue first', async () => {
    const all = (await wuhou.get('/api/cases?pageSize=200')).json();
    expect(all.total).toBeGreaterThanOrEqual(5);
    expect(all.actions).toEqual(['create']);
    const late = all.items.find((i: { title: string }) => i.title === '附件测试案件');
    await t.database.db.update(cases).set({ dueAt: new Date('2026-01-01T00:00:00Z') }).where(eq(cases.id, late.id));
    const overdue = (await wuhou.get('/api/cases?overdue=true')).json();
    expect(overdue.items.map((i: { id: string }) => i.id)).toEqual([late.id]);
    expect(overdue.items[0]).toMatchObject({ overdue: true, stageName: '立案' });
    expect((await wuhou.get('/api/cases?pageSize=200')).json().items[0].id).toBe(late.id);
    expect((await wuhou.get('/api/cases?stage=closed')).json().items.every((i: { stage: string }) => i.stage === 'closed')).toBe(true);
    const fromDisposal = (await wuhou.get('/api/cases?source=disposal')).json();
    expect(fromDisposal.total).toBe(2);
    const d = await disposalOf('CASE-0001');
    expect((await wuhou.get(`/api/cases?disposalId=${d.id}`)).json().total).toBe(1);
    expect((await wuhou.get(`/api/cases?q=${encodeURIComponent('有毒有害')}`)).json().items.map((i: { title: string }) => i.title)).toEqual(['涉嫌生产销售有毒有害食品']);
    // A search text with LIKE wildcards matches them literally.
    expect((await wuhou.get('/api/cases?q=%25')).json().total).toBe(0);
    const bad = await wuhou.get('/api/cases?stage=unknown');
    expect(bad.statusCode).toBe(400);
  });
});
