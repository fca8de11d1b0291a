/**
 * Issue 17 §2: never reject what a layout cannot carry. A sample whose file has no column, or an
 * empty cell, for the link (环节), the sampling date or the accompanying officer is imported,
 * flagged with the reason, and its owner bureau gets one work item per sample and flag — the same
 * in every layout (national export, national notice, provincial, template). The owner bureau
 * supplies the fact, which completes the item; the disposal waits for the link to be guided by a
 * division. Fixtures are written here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { writeNationalCsv } from '../helpers/national-csv.js';
import { exportItem, exportSample, writeExportXlsx } from '../helpers/national-export.js';
import { assistRequests, auditLog, disposals, samples, workItems } from '../../src/db/schema/index.js';
import { TEMPLATE_COLUMNS } from '../../src/modules/imports/parse/template.js';
import { LINK_UNKNOWN, SAMPLING_DATE_UNKNOWN } from '../../src/modules/sampling/review-flags.js';
import { OFFICER_MISSING } from '../../src/modules/sampling/accompanying-officer.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-import-flags-'));
const WUHOU = unitIdForRegion('510107');
/** A sampled party whose name says nothing of its link. */
const PARTY = '成都市武侯区张某某';

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
});
afterAll(() => t.close());

const sampleOf = async (sampleNo: string) => (await t.database.db.select().from(samples).where(eq(samples.sampleNo, sampleNo)))[0];
const itemsOf = (sampleId: string) => t.database.db.select().from(workItems).where(and(eq(workItems.subjectType, 'sample'), eq(workItems.subjectId, sampleId)));
const kindsOf = async (sampleId: string) => (await itemsOf(sampleId)).map((i) => `${i.kind}:${i.status}`).sort();

/** National notice: no 抽样日期 and no 环节 column; a 食用农产品 sample, unqualified. */
async function notice() {
  const path = join(dir, 'notice.csv');
  writeNationalCsv(path, 1, { prefix: 'FLN', partyName: () => PARTY });
  return path;
}

/** Provincial 不合格 table: no 环节, 抽样日期 or officer column (任务来源 blank: 四川省市场监督管理局 would read as 流通). */
async function provincial() {
  const path = join(dir, 'provincial.xlsx');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('不合格产品信息');
  ws.addRow(['食品安全监督抽检不合格产品信息']);
  ws.addRow(['序号', '标称生产企业名称', '标称生产企业地址', '被抽样单位名称', '被抽样单位地址', '食品名称', '规格型号', '商标', '生产日期/批号', '不合格项目║检验结果║标准值', '分类', '任务来源', '检验机构', '备注']);
  ws.addRow([1, '/', '/', `${PARTY}乙`, '四川省成都市武侯区某某路2号', '韭菜', '/', '/', '2025-04-08', '腐霉利║1.3mg/kg║≤0.2mg/kg', '食用农产品', '', '四川省食品检验研究院', '']);
  await wb.xlsx.writeFile(path);
  return path;
}

/** Our template: the 环节 and 陪同执法人员 cells left blank. */
async function template() {
  const path = join(dir, 'template.xlsx');
  const values: Record<string, string> = {
    sampleNo: 'FLT001', samplingDate: '2025-04-12', samplingType: '监督抽检', sampledPartyName: `${PARTY}丙`, sampledPartyAddress: '四川省成都市武侯区某某路3号',
    regionCode: '510107', foodName: '芹菜', samplers: '张某、李某', importedColdChain: '否', itemName: '毒死蜱', resultText: '0.01', unit: 'mg/kg', limitText: '≤0.05', judgement: '合格',
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('抽样数据');
  ws.addRow(TEMPLATE_COLUMNS.map((c) => c.header));
  ws.addRow(TEMPLATE_COLUMNS.map((c) => values[c.field] ?? null));
  await wb.xlsx.writeFile(path);
  return path;
}

/** National export: no 环节 column, a blank 抽样日期; and a sample taken in Chongqing of a Sichuan producer. */
async function nationalExport() {
  const path = join(dir, '普通食品国抽数据.xlsx');
  const celery = exportSample('FLX001', { 被抽样单位名称: `${PARTY}丁`, 抽样日期: '', 任务来源: '/' });
  const biscuit = exportSample('FLX002', {
    食品大类: '饼干', 食品亚类: '饼干', 食品次亚类: '饼干', 食品细类: '饼干', 样品名称: '苏打饼干', 报告分类: '一般不合格报告',
    标识生产企业名称: '四川某某食品有限公司', 标识生产企业地址: '四川省眉山市东坡区某某园区',
    被抽样单位省: '重庆市', 被抽样单位市: '重庆市', 被抽样单位县: '渝中区', 被抽样单位名称: '重庆另一超市',
  });
  await writeExportXlsx(path, [exportItem(celery, '毒死蜱', '0.01', '合格', { 标准值: '≤0.05', 结果单位: 'mg/kg' }), exportItem(biscuit, '铅(以Pb计)', '0.8', '不合格', { 标准值: '≤0.5', 结果单位: 'mg/kg' })]);
  return path;
}

describe('a link, a sampling date or an officer the file does not carry', () => {
  it('is imported and flagged in the national notice layout, with one work item per flag for the owner bureau', async () => {
    const { job } = await t.importFile(sampling, await notice());
    expect(job.summary).toMatchObject({ layout: 'national', imported: 1, rejected: 0, linkItemsOpened: 1, samplingDateItemsOpened: 1, officerItemsOpened: 1, disposalsOpened: 1 });
    const s = await sampleOf('FLN00000000');
    expect(s).toMatchObject({ link: null, needsReview: true, ownerUnitId: WUHOU });
    expect(s.reviewReasons).toEqual(expect.arrayContaining([LINK_UNKNOWN, SAMPLING_DATE_UNKNOWN, OFFICER_MISSING]));
    expect(await kindsOf(s.id)).toEqual(['accompaniment_record:open', 'link_record:open', 'sampling_date_record:open']);
    expect((await itemsOf(s.id)).every((i) => i.ownerUnitId === WUHOU)).toBe(true);
    // The disposal is routed to the owner bureau at once; the division of the link waits for it.
    const [d] = await t.database.db.select().from(disposals).where(eq(disposals.sampleId, s.id));
    expect(d).toMatchObject({ ownerUnitId: WUHOU, link: null, guidingUnitId: null });
    const detail = (await wuhou.get(`/api/samples/${s.id}`)).json();
    expect(detail.actions).toEqual(expect.arrayContaining(['recordLink', 'recordSamplingDate', 'recordOfficer']));

    // Importing the file again opens nothing twice.
    const again = (await t.importFile(sampling, await notice())).job;
    expect(again.summary).toMatchObject({ linkItemsOpened: 0, officerItemsOpened: 0 });
    expect((await itemsOf(s.id)).filter((i) => i.kind === 'link_record')).toHaveLength(1);
  });

  it('is imported and flagged in the provincial layout', async () => {
    const { job } = await t.importFile(sampling, await provincial());
    expect(job.summary).toMatchObject({ layout: 'provincial', imported: 1, rejected: 0, linkItemsOpened: 1, samplingDateItemsOpened: 1 });
    const [s] = await t.database.db.select().from(samples).where(eq(samples.sampledPartyName, `${PARTY}乙`));
    expect(s).toMatchObject({ link: null, ownerUnitId: WUHOU });
    expect(await kindsOf(s.id)).toEqual(['accompaniment_record:open', 'link_record:open', 'sampling_date_record:open']);
  });

  it('is imported and flagged in our template, a blank 陪同执法人员 cell being the same as an absent column', async () => {
    const { job } = await t.importFile(sampling, await template());
    expect(job.summary).toMatchObject({ layout: 'template', imported: 1, rejected: 0, linkItemsOpened: 1, officerItemsOpened: 1, samplingDateItemsOpened: 0 });
    expect(job.summary.errors).toEqual([]);
    const s = await sampleOf('FLT001');
    expect(s).toMatchObject({ link: null, accompanyingOfficer: null, samplingDate: '2025-04-12' });
    expect(await kindsOf(s.id)).toEqual(['accompaniment_record:open', 'link_record:open']);
  });

  it('is imported and flagged in the national export layout', async () => {
    const { job } = await t.importFile(sampling, await nationalExport());
    expect(job.summary).toMatchObject({ layout: 'nationalExport', imported: 2, rejected: 0, samplingDateItemsOpened: 1 });
    const s = await sampleOf('FLX001');
    expect(s).toMatchObject({ link: null, ownerUnitId: WUHOU });
    expect(await kindsOf(s.id)).toEqual(['accompaniment_record:open', 'link_record:open', 'sampling_date_record:open']);
  });

  // Entry by hand still requires the officer: test/api/samples.test.ts.
});

describe('supplying what the file lacked', () => {
  it('determines the link: the item is completed, the disposal takes the link and its guiding division, audited; a later file without it keeps it', async () => {
    const s = await sampleOf('FLN00000000');
    const bad = await wuhou.post(`/api/samples/${s.id}/link`, { version: s.version, link: 'somewhere' });
    expect(bad.statusCode).toBe(400);
    expect((await (await t.login('county-510104')).post(`/api/samples/${s.id}/link`, { version: s.version, link: 'distribution' })).statusCode).toBe(404);
    const res = await wuhou.post(`/api/samples/${s.id}/link`, { version: s.version, link: 'distribution' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await sampleOf('FLN00000000');
    expect(after).toMatchObject({ link: 'distribution', version: s.version + 1 });
    expect(after.reviewReasons).not.toContain(LINK_UNKNOWN);
    expect(await kindsOf(s.id)).toEqual(['accompaniment_record:open', 'link_record:done', 'sampling_date_record:open']);
    const [d] = await t.database.db.select().from(disposals).where(eq(disposals.sampleId, s.id));
    expect(d).toMatchObject({ link: 'distribution', guidingUnitId: unitIdForSlug('distribution') });
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, s.id), eq(auditLog.action, 'sample.recordLink')));
    expect(audit).toMatchObject([{ before: { link: null }, after: { link: 'distribution' } }]);

    // A corrected file (another result) that still has no link keeps the one determined.
    const path = join(dir, 'notice-corrected.csv');
    writeNationalCsv(path, 1, { prefix: 'FLN', partyName: () => PARTY, value: '0.2' });
    const { job } = await t.importFile(sampling, path);
    expect(job.summary).toMatchObject({ updated: 1, linkItemsOpened: 0 });
    const corrected = await sampleOf('FLN00000000');
    expect(corrected.link).toBe('distribution');
    expect(corrected.reviewReasons).not.toContain(LINK_UNKNOWN);
    expect((await itemsOf(s.id)).filter((i) => i.kind === 'link_record').map((i) => i.status)).toEqual(['done']);
  });

  it('records the sampling date: the item is completed and the reason dropped; a future date is refused', async () => {
    const s = await sampleOf('FLX001');
    const future = await wuhou.post(`/api/samples/${s.id}/sampling-date`, { version: s.version, samplingDate: '2099-01-01' });
    expect(future.statusCode).toBe(400);
    const res = await wuhou.post(`/api/samples/${s.id}/sampling-date`, { version: s.version, samplingDate: '2025-04-15' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await sampleOf('FLX001');
    expect(after).toMatchObject({ samplingDate: '2025-04-15' });
    expect(after.reviewReasons).not.toContain(SAMPLING_DATE_UNKNOWN);
    expect((await itemsOf(s.id)).find((i) => i.kind === 'sampling_date_record')).toMatchObject({ status: 'done' });
  });
});

describe('a sample taken in another province, kept for its Sichuan producer', () => {
  it('is owned, with its disposal, by the producer\'s bureau, which asks no 协查 of itself; the disposal notes the sampling elsewhere', async () => {
    const DONGPO = unitIdForRegion('511402');
    const s = await sampleOf('FLX002');
    expect(s).toMatchObject({ regionCode: null, ownerUnitId: DONGPO, conclusion: 'unqualified' });
    const [d] = await t.database.db.select().from(disposals).where(eq(disposals.sampleId, s.id));
    expect(d).toMatchObject({ ownerUnitId: DONGPO });
    expect(await t.database.db.select().from(assistRequests).where(eq(assistRequests.disposalId, d.id))).toEqual([]);
    const [notice] = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, d.id), inArray(workItems.kind, ['disposal_notice'])));
    expect(notice).toMatchObject({ ownerUnitId: DONGPO, title: expect.stringMatching(/^省外抽样，送达检验结果通知书/) });
    // The producer's bureau sees it; the Chengdu county does not.
    const dongpo = await t.login('county-511402');
    expect((await dongpo.get(`/api/samples/${s.id}`)).statusCode).toBe(200);
    expect((await wuhou.get(`/api/samples/${s.id}`)).statusCode).toBe(404);
  });
});
