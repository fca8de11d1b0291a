/**
 * Art. 23 of the seed rule: 食用农产品 and imported cold-chain food are sampled with an enforcement
 * officer present. An import that cannot name the officer keeps the sample, flags it, and sends
 * the owner bureau a work item to record one; recording it completes the item (issue 9, C).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { writeNationalCsv } from '../helpers/national-csv.js';
import { auditLog, samples, workItems } from '../../src/db/schema/index.js';
import { TEMPLATE_COLUMNS } from '../../src/modules/imports/parse/template.js';
import { samplePendingReview } from '../../src/modules/assessment/computations/sample-pending-review.js';
import { periodBounds } from '../../src/domain/assessment/periods.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
const dir = mkdtempSync(join(tmpdir(), 'jjld-import-officer-'));
const REASON = '未记录陪同执法人员（食用农产品、进口冷链食品须陪同抽样）';

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
});
afterAll(() => t.close());

const sampleOf = async (sampleNo: string) => (await t.database.db.select().from(samples).where(eq(samples.sampleNo, sampleNo)))[0];
/** The samples behind the owner bureau's 抽检数据待复核 figure of 2025 (the assessment counts the flag). */
const pendingReviewOf = async (sampleId: string) => {
  const ctx = { db: t.database.db, period: periodBounds(2025, 'year'), params: {}, now: new Date() };
  const records = await samplePendingReview.records(ctx, wuhou.me.unit.id);
  return records.find((r) => r.id === sampleId)?.note ?? null;
};
const officerItems = (sampleId: string) =>
  t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, sampleId), eq(workItems.kind, 'accompaniment_record')));

/** A template-style file (our columns) without the 陪同执法人员 column. */
async function templateWithoutOfficer(path: string, sampleNo: string) {
  const columns = TEMPLATE_COLUMNS.filter((c) => c.field !== 'accompanyingOfficer');
  const values: Record<string, string> = {
    sampleNo, samplingDate: '2025-04-12', samplingType: '监督抽检', link: '流通', sampledPartyName: '成都市武侯区某某生鲜超市',
    sampledPartyAddress: '四川省成都市武侯区某某路1号', regionCode: '510107', foodName: '芹菜', samplers: '张某、李某', importedColdChain: '否',
    itemName: '毒死蜱', resultText: '0.01', unit: 'mg/kg', limitText: '≤0.05', judgement: '合格',
  };
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('抽样数据');
  ws.addRow(columns.map((c) => c.header));
  ws.addRow(columns.map((c) => values[c.field] ?? null));
  await wb.xlsx.writeFile(path);
}

describe('an import without the accompanying officer', () => {
  it('keeps a 食用农产品 sample of a file with no officer column, flags it and sends its county bureau a work item', async () => {
    const path = join(dir, 'national.csv');
    writeNationalCsv(path, 2, { prefix: 'ACC' });
    const { job } = await t.importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ imported: 2, rejected: 0, officerItemsOpened: 2 });

    const sample = await sampleOf('ACC00000000');
    expect(sample).toMatchObject({ accompanyingOfficer: null, needsReview: true, regionCode: '510107' });
    expect(sample.reviewReasons).toContain(REASON);
    const [item] = await officerItems(sample.id);
    expect(item).toMatchObject({ status: 'open', ownerUnitId: wuhou.me.unit.id, subjectType: 'sample', title: expect.stringContaining('补录陪同执法人员') });
    expect(item.links).toEqual([{ label: '抽样详情', href: `/samples/${sample.id}` }]);
    const created = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'workItem.create'), eq(auditLog.entityId, item.id)));
    expect(created).toHaveLength(1);

    // In the owner bureau's inbox, and the detail offers to record the officer.
    const inbox = (await wuhou.get('/api/work-items?scope=unit&kind=accompaniment_record')).json();
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(item.id);
    expect((await wuhou.get(`/api/samples/${sample.id}`)).json().actions).toContain('recordOfficer');
    // Counted in the assessment: the bureau's 抽检数据待复核 lists the sample for the missing officer.
    expect(await pendingReviewOf(sample.id)).toContain('未记录陪同执法人员');

    // Importing the file again opens nothing twice.
    const again = await t.importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(again.job.summary).toMatchObject({ unchanged: 2, officerItemsOpened: 0 });
    expect(await officerItems(sample.id)).toHaveLength(1);
  });

  it('imports a template-style file that lacks the officer column instead of rejecting its rows', async () => {
    const path = join(dir, 'template-no-officer.xlsx');
    await templateWithoutOfficer(path, 'ACCTPL001');
    const { job } = await t.importFile(sampling, path);
    expect(job.summary).toMatchObject({ layout: 'template', imported: 1, rejected: 0, officerItemsOpened: 1 });
    const sample = await sampleOf('ACCTPL001');
    expect(await officerItems(sample.id)).toMatchObject([{ status: 'open' }]);
  });

  it('imports our own template\'s row whose 陪同执法人员 cell is blank, flagged like an absent column (issue 17 §2)', async () => {
    const { job } = await t.importFile(sampling, 'test/fixtures/imports/template.xlsx');
    expect(job.summary.errors.filter((e: { column: string }) => e.column === '陪同执法人员')).toEqual([]);
    const path = join(dir, 'template-blank-officer.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile('test/fixtures/imports/template.xlsx');
    const officerColumn = TEMPLATE_COLUMNS.findIndex((c) => c.field === 'accompanyingOfficer') + 1;
    wb.worksheets[0].getRow(2).getCell(officerColumn).value = null;
    // The fixture's row 2 also carries a bad credit code (a contradiction, rightly rejected): cleared here.
    wb.worksheets[0].getRow(2).getCell(TEMPLATE_COLUMNS.findIndex((c) => c.field === 'sampledPartyCreditCode') + 1).value = null;
    wb.worksheets[0].getCell('A2').value = 'ACCTPL002';
    wb.worksheets[0].getCell('A3').value = 'ACCTPL002';
    await wb.xlsx.writeFile(path);
    const blank = await t.importFile(sampling, path);
    expect(blank.job.summary.errors.filter((e: { column: string }) => e.column === '陪同执法人员')).toEqual([]);
    const sample = await sampleOf('ACCTPL002');
    expect(sample).toMatchObject({ accompanyingOfficer: null, needsReview: true });
    expect(sample.reviewReasons).toContain(REASON);
    expect(await officerItems(sample.id)).toMatchObject([{ status: 'open' }]);
  });
});

describe('recording the officer', () => {
  it('fills the officer, drops the review reason and completes the work item, audited; a later file keeps it', async () => {
    const sample = await sampleOf('ACC00000000');
    const [item] = await officerItems(sample.id);
    const stale = await wuhou.post(`/api/samples/${sample.id}/accompanying-officer`, { version: sample.version + 5, accompanyingOfficer: '王某某' });
    expect(stale.statusCode, stale.body).toBe(409);
    const empty = await wuhou.post(`/api/samples/${sample.id}/accompanying-officer`, { version: sample.version, accompanyingOfficer: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.details.accompanyingOfficer).toBe('请填写陪同执法人员');
    const other = await t.login('county-510104');
    expect((await other.post(`/api/samples/${sample.id}/accompanying-officer`, { version: sample.version, accompanyingOfficer: '王某某' })).statusCode).toBe(404);

    const res = await wuhou.post(`/api/samples/${sample.id}/accompanying-officer`, { version: sample.version, accompanyingOfficer: '王某某' });
    expect(res.statusCode).toBe(200);
    const after = await sampleOf('ACC00000000');
    expect(after).toMatchObject({ accompanyingOfficer: '王某某', version: sample.version + 1 });
    expect(after.reviewReasons).not.toContain(REASON);
    expect((await officerItems(sample.id))[0]).toMatchObject({ id: item.id, status: 'done' });
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, sample.id), eq(auditLog.action, 'sample.recordOfficer')));
    expect(audit).toMatchObject([{ actorUsername: 'county-510107', before: { accompanyingOfficer: null }, after: { accompanyingOfficer: '王某某' } }]);
    expect((await wuhou.get(`/api/samples/${sample.id}`)).json().actions).not.toContain('recordOfficer');
    expect(await pendingReviewOf(sample.id) ?? '').not.toContain('未记录陪同执法人员');

    // A corrected file (another result) without an officer column updates the sample but keeps
    // the officer recorded by hand, and asks for nothing again.
    const path = join(dir, 'national.csv');
    writeNationalCsv(path, 2, { prefix: 'ACC', value: '0.02' });
    const { job } = await t.importFile(sampling, path, { defaultSamplingDate: '2025-05-01' });
    expect(job.summary).toMatchObject({ updated: 2, officerItemsOpened: 0 });
    const corrected = await sampleOf('ACC00000000');
    expect(corrected.accompanyingOfficer).toBe('王某某');
    expect(corrected.reviewReasons).not.toContain(REASON);
    expect((await officerItems(sample.id)).map((i) => i.status)).toEqual(['done']);
  });
});
