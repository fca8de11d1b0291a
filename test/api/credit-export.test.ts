import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog, creditPublications, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { acceptedObjection, creditCode, insertDecidedCase, recordSample, type Party } from '../helpers/credit.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
let credit: TestClient;

const MARCH = 'from=2019-03-01&to=2019-03-31';
const WUHOU_BUREAU = '成都市武侯区市场监督管理局';
const PROVINCE_BUREAU = '四川省市场监督管理局';

let code = 200;
const party = (label: string, withCode = true): Party => ({
  name: `成都市武侯区${label}食品店`,
  creditCode: withCode ? creditCode(code++) : null,
  address: `四川省成都市武侯区${label}路1号`,
});
const shopA = party('信用甲');
const producer: Party = { name: '四川信用乙食品有限公司', creditCode: creditCode(299, '510112'), address: '四川省成都市龙泉驿区某某工业园2号' };
const ids: Record<string, string> = {};
let shopAId: string;
let dishonestId: string;

type DueRow = { recordKind: string; recordId: string; kindName: string; enterpriseName: string; creditCode: string | null; decisionNo: string; date: string; content: string; authority: string; problem: string | null };
type Due = { items: DueRow[]; total: number; summary: { total: number; ready: number; blocked: number; byKind: Record<string, number> }; earlierUnsent: number };
const dueOf = async (client: TestClient, query = MARCH) => {
  const res = await client.get(`/api/credit/due?${query}&pageSize=200`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Due;
};
const kindOrder = ['unqualified', 'penalty', 'dishonest', 'dishonest_removal'];
/** Everything due, as the two divisions see it together (抽检监测处: results; 信用处: the rest), in the file's order. */
const due = async (query = MARCH): Promise<Due> => {
  const [a, b] = [await dueOf(sampling, query), await dueOf(credit, query)];
  const items = [...a.items, ...b.items].sort((x, y) => x.date.localeCompare(y.date) || kindOrder.indexOf(x.recordKind) - kindOrder.indexOf(y.recordKind));
  const byKind = Object.fromEntries(kindOrder.map((k) => [k, a.summary.byKind[k] + b.summary.byKind[k]]));
  return { items, total: a.total + b.total, summary: { total: a.summary.total + b.summary.total, ready: a.summary.ready + b.summary.ready, blocked: a.summary.blocked + b.summary.blocked, byKind }, earlierUnsent: a.earlierUnsent + b.earlierUnsent };
};
/** 抽检监测处 prepares the period's results; 信用处 approves that batch and sends its own kinds (seed art. 11(6)). */
const prepare = (from: string, to: string) => sampling.post('/api/credit/exports', { from, to });
const approve = async (batch: { id: string; version?: number }, approve = true, reason?: string) => {
  const res = await credit.post(`/api/credit/exports/${batch.id}/decision`, { version: batch.version ?? 1, approve, reason });
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
const exportPeriod = (from: string, to: string, client = credit) => client.post('/api/credit/exports', { from, to });
const publications = () => t.database.db.select().from(creditPublications).orderBy(asc(creditPublications.sentAt));
const keyOf = (r: { recordKind: string; recordId: string }) => `${r.recordKind}:${r.recordId}`;

async function sample(label: string, samplingDate: string, options: { samplingType?: string; passed?: boolean; withCode?: boolean; sampledParty?: Party } = {}) {
  const s = await recordSample(t, sampling, {
    sampleNo: `CE-${label}`,
    samplingDate,
    sampledParty: options.sampledParty ?? party(label, options.withCode ?? true),
    nominalProducer: producer,
    samplingType: options.samplingType,
    passed: options.passed,
    reportNo: `R-${label}`,
  });
  ids[label] = s.id;
  return s;
}

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  credit = await t.login('div-credit');

  shopAId = (await sample('A', '2019-03-05', { sampledParty: shopA })).sampledPartyId;
  await sample('B', '2019-03-06', { withCode: false });
  await sample('C', '2019-03-07', { samplingType: 'evaluative' });
  await sample('D', '2019-03-08');
  await sample('E', '2019-03-09');
  await sample('F', '2019-03-10', { passed: true });
  await sample('G', '2019-04-02');
  await sample('H', '2019-02-20');
  // D awaits the conclusion of its objection; E's objection overturned it.
  ids.objectionD = (await acceptedObjection(wuhou, ids.D, '2019-03-11', '2019-03-12')).id;
  const e = await acceptedObjection(wuhou, ids.E, '2019-03-11', '2019-03-12');
  expect((await wuhou.post(`/api/objections/${e.id}/conclusion`, { version: e.version, outcome: 'overturned', outcomeText: '抽样程序违法' })).statusCode).toBe(200);

  // Decided by the province bureau (稽查局): 信用处 lists its party at once.
  ids.penalty = (await insertDecidedCase(t, { enterpriseId: shopAId, partyName: shopA.name, ownerUnitId: unitIdForSlug('enforcement'), decision: { decisionNo: '武市监罚〔2019〕8号', decidedOn: '2019-03-15', fineAmount: 20000, content: '销售脱氢乙酸超标的蛋黄酥' } })).id;
  ids.aprilPenalty = (await insertDecidedCase(t, { enterpriseId: shopAId, partyName: shopA.name, ownerUnitId: unitIdForRegion('510107'), decision: { decisionNo: '武市监罚〔2019〕21号', decidedOn: '2019-04-10' } })).id;
  // A warning alone and a decision of no penalty are not published as 行政处罚信息 (公示规定 art. 2).
  ids.warning = (await insertDecidedCase(t, { enterpriseId: shopAId, partyName: shopA.name, ownerUnitId: unitIdForRegion('510107'), decision: { decisionNo: '武市监罚〔2019〕9号', decidedOn: '2019-03-16', fineAmount: 0, warning: true, content: '给予警告' } })).id;
  ids.noPenalty = (await insertDecidedCase(t, { enterpriseId: shopAId, partyName: shopA.name, ownerUnitId: unitIdForRegion('510107'), decision: { decisionNo: '武市监不罚〔2019〕1号', decidedOn: '2019-03-17', fineAmount: 0, content: '不予行政处罚' } })).id;
  const listed = await credit.post('/api/credit/dishonest', {
    caseId: ids.penalty,
    reason: '销售不符合食品安全标准的食品，情节严重',
    legalBasis: '《市场监督管理严重违法失信名单管理办法》第七条',
    decisionNo: '川市监信〔2019〕1号',
    listedOn: '2019-03-20',
  });
  expect(listed.statusCode, listed.body).toBe(201);
  dishonestId = listed.json().id;
});
afterAll(() => t.close());

describe('records due for the national credit publicity system (GET /api/credit/due)', () => {
  it('lists the period\'s standing supervisory results, penalty decisions and listings, by date', async () => {
    const body = await due();
    expect(body.items.map((r) => [r.recordKind, r.date, r.recordId])).toEqual([
      ['unqualified', '2019-03-05', ids.A],
      ['unqualified', '2019-03-06', ids.B],
      ['penalty', '2019-03-15', ids.penalty],
      ['dishonest', '2019-03-20', dishonestId],
    ]);
    expect(body.summary).toEqual({ total: 4, ready: 3, blocked: 1, byKind: { unqualified: 2, penalty: 1, dishonest: 1, dishonest_removal: 0 } });
  });

  it('gives each record the publication fields: enterprise, credit code, kind, number, date, content, authority', async () => {
    const [a, b, penalty, dishonest] = (await due()).items;
    expect(a).toMatchObject({
      enterpriseName: shopA.name,
      creditCode: shopA.creditCode,
      kindName: '抽查检查结果信息（监督抽检不合格）',
      decisionNo: 'R-A',
      authority: WUHOU_BUREAU,
      problem: null,
      content:
        '食品安全监督抽检不合格：蛋黄酥（500克/袋）；不合格项目：脱氢乙酸及其钠盐(以脱氢乙酸计) 0.9g/kg（≤0.5）；标称生产企业：四川信用乙食品有限公司；检验机构：四川省食品检验研究院',
    });
    expect(b).toMatchObject({ creditCode: null, problem: '被抽样单位无统一社会信用代码，请先在“生产经营者”中补正后报送' });
    expect(penalty).toMatchObject({ kindName: '行政处罚信息', decisionNo: '武市监罚〔2019〕8号', authority: PROVINCE_BUREAU, content: '销售脱氢乙酸超标的蛋黄酥；处罚内容：罚款20000元' });
    // Listed by the Credit Division: a division is not an organ of its own, the province bureau is.
    expect(dishonest).toMatchObject({ kindName: '列入严重违法失信名单', decisionNo: '川市监信〔2019〕1号', authority: PROVINCE_BUREAU });
  });

  it('leaves out results under objection, overturned, qualified, evaluative and outside the period', async () => {
    const listed = new Set((await due()).items.map((r) => r.recordId));
    for (const label of ['C', 'D', 'E', 'F', 'G', 'H']) expect(listed.has(ids[label]), label).toBe(false);
  });

  it('leaves out a warning alone and a decision of no penalty (《市场监督管理行政处罚信息公示规定》 art. 2)', async () => {
    const listed = new Set((await due()).items.map((r) => r.recordId));
    expect(listed.has(ids.warning)).toBe(false);
    expect(listed.has(ids.noPenalty)).toBe(false);
  });

  it('counts unsent records dated before the period, so late arrivals are not forgotten', async () => {
    expect((await due()).earlierUnsent).toBe(1);
  });

  it('pages the preview', async () => {
    const res = await credit.get(`/api/credit/due?${MARCH}&pageSize=1&page=2`);
    expect(res.json().items.map((r: DueRow) => r.recordKind)).toEqual(['dishonest']);
    expect(res.json().total).toBe(2);
  });

  it('shows 抽检监测处 the results it prepares and 信用处 the penalties and listings; nobody else', async () => {
    expect((await dueOf(sampling)).items.map((r) => r.recordKind)).toEqual(['unqualified', 'unqualified']);
    expect((await dueOf(credit)).items.map((r) => r.recordKind)).toEqual(['penalty', 'dishonest']);
    const byBureau = await wuhou.get(`/api/credit/due?${MARCH}`);
    expect(byBureau.statusCode).toBe(403);
    expect((await wuhou.post('/api/credit/exports', { from: '2019-03-01', to: '2019-03-31' })).statusCode).toBe(403);
  });

  it('checks the period', async () => {
    const reversed = await credit.get('/api/credit/due?from=2019-03-31&to=2019-03-01');
    expect(reversed.statusCode).toBe(400);
    expect(reversed.json().error.details.to).toBe('结束日期不能早于开始日期');
    const missing = await credit.get('/api/credit/due?from=2019-03-01');
    expect(missing.json().error.details.to).toMatch(/[\u4e00-\u9fa5]/);
  });
});

describe('collecting and sending (POST /api/credit/exports, /api/credit/exports/:id/decision)', () => {
  let resultsBatch: { id: string; version: number };
  let ownBatchId: string;

  it('抽检监测处 prepares the ready results as a batch for 信用处, which approves and sends it; 信用处 sends its own kinds at once', async () => {
    const res = await prepare('2019-03-01', '2019-03-31');
    expect(res.statusCode, res.body).toBe(201);
    resultsBatch = res.json();
    expect(resultsBatch).toMatchObject({ status: 'prepared', recordCount: 1, skipped: 1, byKind: { unqualified: 1 } });
    // Claimed while it waits: nobody prepares it twice.
    expect((await dueOf(sampling)).items.map((r) => r.recordId)).toEqual([ids.B]);
    const [item] = await t.database.db.select().from(workItems).where(eq(workItems.subjectId, resultsBatch.id));
    expect(item).toMatchObject({ kind: 'credit_export_approval', ownerUnitId: unitIdForSlug('credit'), status: 'open' });
    // Only 信用处 approves.
    expect((await sampling.post(`/api/credit/exports/${resultsBatch.id}/decision`, { version: 1, approve: true })).statusCode).toBe(403);
    const approved = await approve(resultsBatch);
    expect(approved).toMatchObject({ status: 'sent', version: 2 });
    const own = await exportPeriod('2019-03-01', '2019-03-31');
    expect(own.statusCode, own.body).toBe(201);
    ownBatchId = own.json().id;
    expect(own.json()).toMatchObject({ status: 'sent', recordCount: 2, byKind: { penalty: 1, dishonest: 1 } });
    const sent = await publications();
    expect(sent.map(keyOf).sort()).toEqual([`dishonest:${dishonestId}`, `penalty:${ids.penalty}`, `unqualified:${ids.A}`].sort());
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.entityType, 'creditExportBatch')).orderBy(asc(auditLog.seq));
    expect(audits.map((a) => [a.action, a.actorUsername])).toEqual([
      ['credit.prepareExport', 'div-sampling'],
      ['credit.approveExport', 'div-credit'],
      ['credit.export', 'div-credit'],
    ]);
    expect((audits[0].after as { records: DueRow[] }).records.map(keyOf)).toEqual([`unqualified:${ids.A}`]);
  });

  it('sends nothing the second time: the preview keeps only what could not be sent, and a second export is refused', async () => {
    expect((await due()).items.map((r) => r.recordId)).toEqual([ids.B]);
    const again = await prepare('2019-03-01', '2019-03-31');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.details.to).toBe('该期间的待报送记录均缺少统一社会信用代码，补正后再报送');
    expect((await exportPeriod('2019-03-01', '2019-03-31')).statusCode).toBe(409);
    expect(await publications()).toHaveLength(3);
  });

  it('returns a batch with a reason: its results are due again', async () => {
    const b = (await sampling.get(`/api/samples/${ids.B}`)).json();
    const enterprise = (await sampling.get(`/api/enterprises/${b.sampledPartyId}`)).json();
    expect((await sampling.patch(`/api/enterprises/${enterprise.id}`, { version: enterprise.version, creditCode: creditCode(298) })).statusCode).toBe(200);
    const prepared = (await prepare('2019-03-01', '2019-03-31')).json();
    expect(prepared.recordCount).toBe(1);
    const noReason = await credit.post(`/api/credit/exports/${prepared.id}/decision`, { version: 1, approve: false });
    expect(noReason.json().error.details.reason).toBe('退回时请填写理由');
    expect(await approve(prepared, false, '企业名称与登记信息不一致，请核实')).toMatchObject({ status: 'returned', returnReason: '企业名称与登记信息不一致，请核实' });
    expect((await dueOf(sampling)).items.map((r) => r.recordId)).toEqual([ids.B]);
  });

  it('sends a record that appears later in the next batch only', async () => {
    await sample('I', '2019-03-25');
    const concluded = await wuhou.post(`/api/objections/${ids.objectionD}/conclusion`, { version: 2, outcome: 'upheld', outcomeText: '异议不成立' });
    expect(concluded.statusCode, concluded.body).toBe(200);
    expect((await due()).items.map((r) => r.recordId)).toEqual([ids.B, ids.D, ids.I]);
    const res = await prepare('2019-03-01', '2019-03-31');
    expect(res.json()).toMatchObject({ recordCount: 3, skipped: 0 });
    await approve(res.json());
    expect(await publications()).toHaveLength(6);
    expect((await due()).total).toBe(0);
  });

  it('under two preparations at once, claims each record exactly once', async () => {
    await sample('J', '2019-03-26');
    await sample('K', '2019-03-27');
    const results = await Promise.all([prepare('2019-03-01', '2019-03-31'), prepare('2019-03-01', '2019-03-31')]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(results.find((r) => r.statusCode === 201)!.json().recordCount).toBe(2);
    const sent = await publications();
    expect(sent).toHaveLength(8);
    expect(new Set(sent.map(keyOf)).size).toBe(8);
  });

  it('refuses a period with nothing to send', async () => {
    const res = await exportPeriod('2018-01-01', '2018-01-31');
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.to).toBe('该期间没有待报送的记录（已报送的记录不会重复报送）');
  });

  it('publishes a removal from the dishonest list as its own record, in the period of the removal', async () => {
    const removed = await credit.post(`/api/credit/dishonest/${dishonestId}/remove`, { version: 1, removedOn: '2019-04-15', removalKind: 'decisionRevoked', removalReason: '处罚决定被依法撤销' });
    expect(removed.statusCode, removed.body).toBe(200);
    const april = await due('from=2019-04-01&to=2019-04-30');
    expect(april.items.map((r) => [r.recordKind, r.date])).toEqual([
      ['unqualified', '2019-04-02'],
      ['penalty', '2019-04-10'],
      ['dishonest_removal', '2019-04-15'],
    ]);
    expect(april.items[2]).toMatchObject({ recordId: dishonestId, kindName: '移出严重违法失信名单', content: '移出严重违法失信名单。移出事由：处罚决定被依法撤销' });
  });

  it('lists the batches newest first with where each stands, offering 信用处 the approval of prepared ones', async () => {
    const { items } = (await credit.get('/api/credit/exports')).json();
    expect(items.map((b: { status: string }) => b.status)).toEqual(['prepared', 'sent', 'returned', 'sent', 'sent']);
    expect(items[0].actions).toEqual(['approve']);
    expect(items.at(-1)).toMatchObject({ id: resultsBatch.id, statusName: '已报送', recordCount: 1, byKind: { unqualified: 1 }, createdByName: '抽检监测处工作人员' });
    expect((await sampling.get('/api/credit/exports')).json().items[0].actions).toEqual([]);
    expect((await wuhou.get('/api/credit/exports')).statusCode).toBe(403);
  });

  describe('the batch file', () => {
    it('downloads as csv with a UTF-8 byte-order mark, exactly as sent even after the enterprise is renamed', async () => {
      const enterprise = (await sampling.get(`/api/enterprises/${shopAId}`)).json();
      expect((await sampling.patch(`/api/enterprises/${shopAId}`, { version: enterprise.version, name: '成都市武侯区更名后食品店' })).statusCode).toBe(200);
      const res = await credit.get(`/api/credit/exports/${resultsBatch.id}/file?format=csv`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toContain(encodeURIComponent('信用信息报送_2019-03-01_2019-03-31'));
      const bytes = res.rawPayload;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.toString('utf8').slice(1).split('\r\n');
      expect(lines[0]).toBe('序号,企业名称,统一社会信用代码,信息类别,决定书文号（检验报告编号）,日期,内容,作出决定机关');
      expect(lines[1]).toBe(
        `1,${shopA.name},${shopA.creditCode},抽查检查结果信息（监督抽检不合格）,R-A,2019-03-05,食品安全监督抽检不合格：蛋黄酥（500克/袋）；不合格项目：脱氢乙酸及其钠盐(以脱氢乙酸计) 0.9g/kg（≤0.5）；标称生产企业：四川信用乙食品有限公司；检验机构：四川省食品检验研究院,${WUHOU_BUREAU}`,
      );
      expect(lines.slice(2)).toEqual(['']);
    });

    it('downloads as xlsx with the same rows', async () => {
      const res = await sampling.get(`/api/credit/exports/${ownBatchId}/file`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0];
      expect(sheet.getRow(1).getCell(1).value).toBe('信用信息归集报送（2019-03-01至2019-03-31）');
      expect(sheet.getRow(2).values).toEqual([undefined, '序号', '企业名称', '统一社会信用代码', '信息类别', '决定书文号（检验报告编号）', '日期', '内容', '作出决定机关']);
      const rows = [3, 4].map((n) => sheet.getRow(n).values as unknown[]);
      expect(rows.map((r) => [r[1], r[2], r[3], r[5], r[6], r[8]])).toEqual([
        [1, shopA.name, shopA.creditCode, '武市监罚〔2019〕8号', '2019-03-15', PROVINCE_BUREAU],
        [2, shopA.name, shopA.creditCode, '川市监信〔2019〕1号', '2019-03-20', PROVINCE_BUREAU],
      ]);
      expect(sheet.rowCount).toBe(4);
    });

    it('is for the two divisions only, and unknown batches are not found', async () => {
      expect((await wuhou.get(`/api/credit/exports/${ownBatchId}/file`)).statusCode).toBe(403);
      expect((await credit.get(`/api/credit/exports/${randomUUID()}/file`)).statusCode).toBe(404);
      expect((await credit.get(`/api/credit/exports/${ownBatchId}/file?format=pdf`)).statusCode).toBe(400);
    });
  });
});
