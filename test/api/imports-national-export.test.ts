/**
 * Issue 17: the file officials actually download from the national sampling system (国抽数据,
 * sheet data_1, one row per test item). Recognised by its headers; rows grouped by 抽样编号
 * wherever they stand; a sample whose rows disagree is rejected naming them; the conclusion is
 * 报告分类's, cross-checked with the items; samples taken outside Sichuan are skipped unless the
 * producer is in Sichuan; qualified samples are imported too; unknown columns never fail.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { exportItem, exportSample, writeExportXlsx, type ExportRow } from '../helpers/national-export.js';
import { auditLog, enterprises, resultItems, samples, workItems } from '../../src/db/schema/index.js';

let t: TestApp;
let sampling: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-import-export-'));
const OFFICER = '未记录陪同执法人员（食用农产品、进口冷链食品须陪同抽样）';

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
});
afterAll(() => t.close());

const sampleOf = async (sampleNo: string) => (await t.database.db.select().from(samples).where(eq(samples.sampleNo, sampleNo)))[0];
const biscuit = (no: string, overrides: ExportRow = {}) =>
  exportSample(no, { 食品大类: '饼干', 食品亚类: '饼干', 食品次亚类: '饼干', 食品细类: '饼干', 样品名称: '苏打饼干', 标识生产企业名称: '四川某某食品有限公司', 标识生产企业地址: '四川省眉山市东坡区某某园区', ...overrides });
const lead = (result: string, judgement: string) => ['铅(以Pb计)', result, judgement, { 标准值: '≤0.5', 结果单位: 'mg/kg' }] as const;

const celery = exportSample('EXP101', { 报告分类: '一般不合格报告' });
const entrusted = biscuit('EXP102', { 标识生产企业名称: '', 标识生产企业地址: '', 委托企业名称: '四川委托食品有限公司', 委托企业地址: '四川省眉山市东坡区某某园区2号' });
const elsewhere = biscuit('EXP103', { 被抽样单位省: '重庆市', 被抽样单位市: '重庆市', 被抽样单位县: '渝中区', 被抽样单位名称: '重庆某某超市', 标识生产企业名称: '河北某某食品有限公司', 标识生产企业地址: '河北省石家庄市某某路' });
const elsewhereSichuanProducer = biscuit('EXP104', { 被抽样单位省: '重庆市', 被抽样单位市: '重庆市', 被抽样单位县: '渝中区', 被抽样单位名称: '重庆另一超市', 报告分类: '一般不合格报告' });
const conflicting = biscuit('EXP105');
const reportSaysQualified = biscuit('EXP106');
const limitSaysOtherwise = biscuit('EXP107');

/** Rows 2 … 11; EXP101's rows and EXP105's rows are not adjacent. */
const ROWS: ExportRow[] = [
  exportItem(celery, '毒死蜱', '0.12', '不合格'),
  exportItem(entrusted, ...lead('0.05', '合格')),
  exportItem(elsewhere, ...lead('0.05', '合格')),
  exportItem(conflicting, ...lead('0.05', '合格')),
  exportItem(celery, '克百威', '未检出', '合格'),
  exportItem(elsewhereSichuanProducer, ...lead('0.8', '不合格')),
  exportItem({ ...conflicting, 样品名称: '夹心饼干' }, ...lead('0.06', '合格')),
  exportItem(reportSaysQualified, ...lead('0.8', '不合格')),
  exportItem(limitSaysOtherwise, ...lead('0.8', '合格')),
  exportItem(entrusted, '苯甲酸及其钠盐(以苯甲酸计)', '未检出', '合格', { 标准值: '不得使用', 结果单位: 'g/kg' }),
];

describe('importing the national export (国抽数据)', () => {
  let path: string;
  let job: any;

  beforeAll(async () => {
    path = join(dir, '普通食品国抽数据.xlsx');
    await writeExportXlsx(path, ROWS);
    job = (await t.importFile(sampling, path)).job;
  }, 120_000);

  it('recognises the layout and reports imported, skipped with reasons, rejected rows and unmapped columns', () => {
    expect(job.status).toBe('done');
    expect(job.summary).toMatchObject({
      layout: 'nationalExport', sheetName: 'data_1', rows: 10, imported: 5, updated: 0, unchanged: 0, rejected: 1, skipped: 1,
      skippedReasons: { '被抽样单位在重庆市，标称生产企业不在四川：不计入本省抽检记录': 1 },
      skips: [{ row: 4, sampleNo: 'EXP103', reason: '被抽样单位在重庆市，标称生产企业不在四川：不计入本省抽检记录' }],
      unmapped: ['抽样单位名称', '样品条码'],
      officerItemsOpened: 1,
    });
    expect(job.summary.errors).toEqual([
      { row: 8, column: '样品名称', message: expect.stringMatching(/^抽样编号 EXP105 的第 5 行与第 8 行“样品名称”不一致（苏打饼干 \/ 夹心饼干）/) },
    ]);
  });

  it('lists the job with its counts, without the skipped samples themselves', async () => {
    const list = (await sampling.get('/api/imports')).json();
    const listed = list.items.find((j: { id: string }) => j.id === job.id);
    expect(listed.summary).toMatchObject({ layout: 'nationalExport', skipped: 1, rejected: 1 });
    expect(listed.summary).not.toHaveProperty('skips');
    expect(listed.summary).not.toHaveProperty('errors');
  });

  it('joins non-adjacent rows into one sample, with the report\'s conclusion, and flags the missing officer instead of refusing', async () => {
    const s = await sampleOf('EXP101');
    expect(s).toMatchObject({ conclusion: 'unqualified', regionCode: '510107', samplingDate: '2025-04-15', labName: '四川省食品检验研究院' });
    expect(s.reviewReasons).toContain(OFFICER);
    const items = await t.database.db.select().from(resultItems).where(eq(resultItems.sampleId, s.id));
    expect(items.map((i) => [i.itemName, i.judgement]).sort()).toEqual([['克百威', 'qualified'], ['毒死蜱', 'unqualified']]);
    const work = await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, s.id), eq(workItems.kind, 'accompaniment_record')));
    expect(work).toHaveLength(1);
  });

  it('imports qualified samples too, taking the producer from 委托企业 when 标识生产企业 is empty', async () => {
    const s = await sampleOf('EXP102');
    expect(s).toMatchObject({ conclusion: 'qualified', nominalProducerName: '四川委托食品有限公司', needsReview: false });
    expect(s.inferred).toMatchObject({ 标称生产企业来源: '标识生产企业名称为空，按委托企业记录' });
    expect(await t.database.db.select().from(resultItems).where(eq(resultItems.sampleId, s.id))).toHaveLength(2);
  });

  it('skips a sample taken elsewhere, but keeps one whose producer is in Sichuan for the producer\'s history', async () => {
    expect(await sampleOf('EXP103')).toBeUndefined();
    const kept = await sampleOf('EXP104');
    expect(kept).toMatchObject({ conclusion: 'unqualified', regionCode: null });
    expect(kept.inferred).toMatchObject({ 省外抽样: '被抽样单位在重庆市，标称生产企业在四川：计入生产企业的抽检记录，由生产企业所在地市场监管部门核查处置' });
    const [producer] = await t.database.db.select().from(enterprises).where(eq(enterprises.id, kept.nominalProducerId!));
    // The escalation rules count a producer's batches wherever sampled when it is in the province (regionCode 51…).
    expect(producer.regionCode).toMatch(/^51/);
  });

  it('rejects the sample whose rows disagree: nothing of it is written', async () => {
    expect(await sampleOf('EXP105')).toBeUndefined();
  });

  it('keeps 报告分类\'s conclusion where the items say otherwise, flagged with the reason', async () => {
    const s = await sampleOf('EXP106');
    expect(s.conclusion).toBe('qualified');
    expect(s.needsReview).toBe(true);
    expect(s.reviewReasons).toContain('报告分类为“合格报告”，检验项目判定为不合格：按报告分类记录，请核实');
    const other = await sampleOf('EXP107');
    expect(other.conclusion).toBe('qualified');
    expect(other.reviewReasons.join('\n')).toMatch(/按限量判定为不合格，与文件中的判定不一致/);
  });

  it('audits every written sample with the job', async () => {
    const ids = (await t.database.db.select({ id: samples.id }).from(samples).where(inArray(samples.sampleNo, ['EXP101', 'EXP102', 'EXP104', 'EXP106', 'EXP107']))).map((r) => r.id);
    const rows = await t.database.db.select().from(auditLog).where(and(inArray(auditLog.entityId, ids), eq(auditLog.action, 'sample.import')));
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => (r.after as { importJobId: string }).importJobId === job.id)).toBe(true);
  });

  it('importing the same file again changes nothing; a changed result updates its sample', async () => {
    const again = (await t.importFile(sampling, path)).job;
    expect(again.summary).toMatchObject({ imported: 0, updated: 0, unchanged: 5, rejected: 1, skipped: 1 });
    const changed = join(dir, 'changed.xlsx');
    await writeExportXlsx(changed, ROWS.map((r) => (r.抽样编号 === 'EXP102' && r.检验项目 === '铅(以Pb计)' ? { ...r, 检验结果: '0.06' } : r)));
    const update = (await t.importFile(sampling, changed)).job;
    expect(update.summary).toMatchObject({ imported: 0, updated: 1, unchanged: 4 });
    const count = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(samples).where(sql`${samples.sampleNo} LIKE 'EXP1%'`);
    expect(count[0].n).toBe(5);
  }, 120_000);
});

describe('choosing the layout', () => {
  it('reads the file the way the user chose, and says so in the summary', async () => {
    const path = join(dir, 'override.xlsx');
    await writeExportXlsx(path, [exportItem(biscuit('EXP201'), ...lead('0.05', '合格'))]);
    const auto = (await t.importFile(sampling, path, { dryRun: 'true' })).job;
    expect(auto.summary).toMatchObject({ layout: 'nationalExport', dryRun: true, imported: 1 });
    const chosen = (await t.importFile(sampling, path, { dryRun: 'true', format: 'template' })).job;
    expect(chosen.summary.layout).toBe('template');
    // The template has no 报告分类: the column is listed as not used.
    expect(chosen.summary.unmapped).toContain('报告分类');
  });

  it('refuses a layout the header cannot carry, and an unknown one', async () => {
    const path = join(dir, 'override-bad.xlsx');
    await writeExportXlsx(path, [exportItem(biscuit('EXP202'), ...lead('0.05', '合格'))]);
    const wrong = (await t.importFile(sampling, path, { format: 'publication' })).job;
    expect(wrong.status).toBe('failed');
    expect(wrong.error).toBe('所选格式“合格/不合格公示表”与文件表头不符：缺少“公告号”或“公告日期”列（表头更像“国抽数据（国家抽检系统导出）”）');
    const { res } = await t.importFile(sampling, path, { format: 'excel' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details).toHaveProperty('format');
  });
});

