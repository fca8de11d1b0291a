import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, samples, workItems } from '../../src/db/schema/index.js';
import { buildCalendar, daysBetween } from '../../src/domain/deadlines/calendar.js';
import { chineseDaysCalendarData } from '../../src/domain/deadlines/chinese-days-data.js';
import { computeDeadline } from '../../src/domain/deadlines/compute-deadline.js';
import { localDateTime, toLocalDate } from '../../src/domain/time.js';
import { NATIONAL_HEADER } from '../fixtures/make-fixtures.js';
import { cakeCategoryId, postUnqualifiedCake } from '../helpers/samples.js';

let t: TestApp;
let sampling: TestClient;
let wuhou: TestClient;
let categoryId: string;

const calendar = buildCalendar(chineseDaysCalendarData());
const due = (amount: number, unit: 'calendarDay' | 'workingDay', from: string) => computeDeadline({ id: 'test', amount, unit }, localDateTime(from), calendar).due.toISOString();
const today = () => toLocalDate(new Date());

/** An unqualified cake sample of a shop in 武侯区, entered by hand; its disposal opens with it. */
async function newSample(sampleNo: string, extra: Record<string, unknown> = {}) {
  const sample = await postUnqualifiedCake(sampling, categoryId, sampleNo, {
    sampledParty: { name: `成都市武侯区${sampleNo}食品店`, address: '四川省成都市武侯区某某路5号' },
    samplingDate: '2026-10-20',
    ...extra,
  });
  return sample as { id: string };
}
const disposalOf = async (sampleNo: string) => {
  const [item] = (await wuhou.get(`/api/disposals?sampleNo=${sampleNo}`)).json().items;
  return (await wuhou.get(`/api/disposals/${item.id}`)).json();
};
const noticeItem = async (disposalId: string) =>
  (await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, disposalId), eq(workItems.kind, 'disposal_notice'))))[0];

beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
  wuhou = await t.login('county-510107');
  categoryId = await cakeCategoryId(t);
});
afterAll(() => t.close());

describe('disposal periods count from the day the conclusion was received (issue 9, B2)', () => {
  it('entered with the sample: the disposal and the notice count from it, and the detail says how much later the record came', async () => {
    await newSample('TRG-MANUAL', { conclusionReceivedOn: '2026-11-02' });
    const d = await disposalOf('TRG-MANUAL');
    expect(d.openedAt).toBe(localDateTime('2026-11-02').toISOString());
    expect(d.dueAt).toBe(due(90, 'calendarDay', '2026-11-02'));
    expect(d.originalDueAt).toBe(d.dueAt);
    expect(d.clockStart).toMatchObject({ from: 'conclusionReceived', conclusionReceivedOn: '2026-11-02', lagDays: daysBetween('2026-11-02', today()) });
    expect((await noticeItem(d.id)).dueAt!.toISOString()).toBe(due(5, 'workingDay', '2026-11-02'));
  });

  it('without it, counts from when the record was created, and says so', async () => {
    await newSample('TRG-NONE');
    const d = await disposalOf('TRG-NONE');
    expect(d.clockStart).toMatchObject({ from: 'recordCreated', conclusionReceivedOn: null, lagDays: 0 });
    expect(d.openedAt).toBe(d.createdAt);
    expect(d.actions).toContain('setConclusionReceived');
  });

  it('recorded later on the disposal: every open period counts again from it, with audit', async () => {
    const before = await disposalOf('TRG-NONE');
    const res = await wuhou.post(`/api/disposals/${before.id}/conclusion-received`, { version: before.version, conclusionReceivedOn: '2026-11-03' });
    expect(res.statusCode, res.body).toBe(200);
    const after = res.json();
    expect(after).toMatchObject({ openedAt: localDateTime('2026-11-03').toISOString(), dueAt: due(90, 'calendarDay', '2026-11-03'), version: before.version + 1 });
    expect(after.clockStart).toMatchObject({ from: 'conclusionReceived', conclusionReceivedOn: '2026-11-03' });
    expect((await noticeItem(after.id)).dueAt!.toISOString()).toBe(due(5, 'workingDay', '2026-11-03'));
    const [sample] = await t.database.db.select().from(samples).where(eq(samples.sampleNo, 'TRG-NONE'));
    expect(sample.conclusionReceivedOn).toBe('2026-11-03');
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, after.id), eq(auditLog.action, 'disposal.setConclusionReceived')));
    expect(audit).toMatchObject({ actorUsername: 'county-510107', before: { conclusionReceivedOn: null }, after: { conclusionReceivedOn: '2026-11-03' } });
  });

  it('refuses a date before sampling, in the future or outside the calendar, and a stale version', async () => {
    const d = await disposalOf('TRG-NONE');
    const post = (body: object) => wuhou.post(`/api/disposals/${d.id}/conclusion-received`, { version: d.version, ...body });
    expect((await post({ conclusionReceivedOn: '2026-10-19' })).json().error.details.conclusionReceivedOn).toBe('收到检验结论的日期不能早于抽样日期（2026-10-20）');
    expect((await post({ conclusionReceivedOn: '2100-01-01' })).json().error.details.conclusionReceivedOn).toBe('收到检验结论的日期不能晚于今天');
    expect((await post({ conclusionReceivedOn: '0001-01-01' })).statusCode).toBe(400);
    expect((await post({ version: d.version - 1, conclusionReceivedOn: '2026-11-04' })).statusCode).toBe(409);
    const mianyang = await t.login('city-510700');
    expect((await mianyang.post(`/api/disposals/${d.id}/conclusion-received`, { version: d.version, conclusionReceivedOn: '2026-11-04' })).statusCode).toBe(404);
  });

  it('a sample entered with an impossible date is refused with the field', async () => {
    const res = await sampling.post('/api/samples', {
      sampleNo: 'TRG-BAD', samplingType: 'supervisory', foodName: '蛋黄酥', categoryId, link: 'distribution',
      sampledParty: { name: '成都市武侯区某某店', address: '四川省成都市武侯区某某路5号' }, samplingDate: '2026-10-20', samplers: ['张三', '李四'],
      conclusionReceivedOn: '2026-10-01',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.conclusionReceivedOn).toContain('不能早于抽样日期');
  });

  it('read from an import column (检验结论收到日期), and kept when a later file lacks the column', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jjld-trigger-'));
    const row = (received: string | null) => [
      1, '四川某某农业科技有限公司', '四川省成都市彭州市某某镇', '成都市武侯区某某超市有限公司', '四川省成都市武侯区某某路1号', '四川', '芹菜', '/', '/',
      '2026-10-12', '/', '毒死蜱', '0.12mg/kg', '≤0.02mg/kg', '/', '', '四川省食品检验研究院', '芹菜', 'TRG-IMPORT-1', ...(received === null ? [] : [received]),
    ];
    const withColumn = join(dir, 'with.csv');
    writeFileSync(withColumn, [[...NATIONAL_HEADER, '检验结论收到日期'].join(','), row('2026-11-05').join(',')].join('\r\n') + '\r\n');
    const first = await t.importFile(sampling, withColumn, { defaultSamplingDate: '2026-10-25' });
    expect(first.job.summary.disposalsOpened, JSON.stringify(first.job)).toBe(1);
    const d = await disposalOf('TRG-IMPORT-1');
    expect(d).toMatchObject({ openedAt: localDateTime('2026-11-05').toISOString(), dueAt: due(90, 'calendarDay', '2026-11-05') });
    expect(d.clockStart).toMatchObject({ from: 'conclusionReceived', lagDays: daysBetween('2026-11-05', today()) });

    const withoutColumn = join(dir, 'without.csv');
    writeFileSync(withoutColumn, [NATIONAL_HEADER.join(','), row(null).map((c) => (c === '0.12mg/kg' ? '0.13mg/kg' : c)).join(',')].join('\r\n') + '\r\n');
    await t.importFile(sampling, withoutColumn, { defaultSamplingDate: '2026-10-25' });
    const [sample] = await t.database.db.select().from(samples).where(eq(samples.sampleNo, 'TRG-IMPORT-1'));
    expect(sample.conclusionReceivedOn).toBe('2026-11-05');

    const badDate = join(dir, 'bad.csv');
    writeFileSync(badDate, [[...NATIONAL_HEADER, '结果送达日期'].join(','), row('2026-10-01').map((c) => (c === 'TRG-IMPORT-1' ? 'TRG-IMPORT-2' : c)).join(',')].join('\r\n') + '\r\n');
    const bad = await t.importFile(sampling, badDate, { defaultSamplingDate: '2026-10-25' });
    expect(JSON.stringify(bad.job)).toContain('收到检验结论的日期不能早于抽样日期');
  });
});

describe('an extension ends on a working day (issue 9, B2)', () => {
  it('moves a last day that falls on a holiday to the next working day', async () => {
    // 2026-11-03 + 90 days = 2027-02-01 (Monday); + 7 days = 2027-02-08, 春节 初三 → 2027-02-09.
    await newSample('TRG-EXTEND', { conclusionReceivedOn: '2026-11-03' });
    const d = await disposalOf('TRG-EXTEND');
    expect(toLocalDate(new Date(d.dueAt))).toBe('2027-02-01');
    const admin = await t.login('admin');
    const units = (await admin.get('/api/org-units')).json() as { id: string; regionCode: string }[];
    const created = await admin.post('/api/users', { username: 'wh.leader', displayName: '武侯区局局长', unitId: units.find((u) => u.regionCode === '510107')!.id, roles: ['leader'] });
    const leader = await t.login('wh.leader', created.json().initialPassword);
    await leader.post('/api/auth/change-password', { currentPassword: created.json().initialPassword, newPassword: 'Leader#2026' });
    const res = await leader.post(`/api/disposals/${d.id}/extension`, { version: d.version, days: 7, reason: '需跨省协查', approvedBy: '王局长' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ dueAt: localDateTime('2027-02-09', '23:59:59.999').toISOString(), provisional: true });
    expect(toLocalDate(new Date(res.json().originalDueAt))).toBe('2027-02-01');
  });
});

describe('a recall is complete by a period counted from its announcement (issue 9, B8)', () => {
  it('records by when a level-1 recall must be complete: 10 working days after the announcement', async () => {
    await newSample('TRG-RECALL', { conclusionReceivedOn: '2026-11-20' });
    let d = await disposalOf('TRG-RECALL');
    const step = (kind: string, details: object) => wuhou.post(`/api/disposals/${d.id}/steps`, { kind, version: d.version, doneOn: '2026-11-27', text: '已办理', details });
    expect((await step('notice', { deliveredTo: '某某食品店', method: '直接送达' })).statusCode).toBe(200);
    d = await disposalOf('TRG-RECALL');
    const res = await step('riskControl', { measures: ['召回'], recallLevel: '一级', recallAnnouncedOn: '2026-11-26' });
    expect(res.statusCode, res.body).toBe(200);
    // 11-27, 11-30, 12-01 … 12-04, 12-07 … 12-10: the 10th working day.
    expect(res.json().step.details).toMatchObject({ recallAnnouncedOn: '2026-11-26', recallCompleteBy: '2026-12-10', recallCompleteProvisional: false });
    d = await disposalOf('TRG-RECALL');
    const noRecall = await step('riskControl', { measures: ['下架'], recallAnnouncedOn: '2026-11-26' });
    expect(noRecall.json().error.details['details.recallAnnouncedOn']).toBe('未实施召回的，不填写召回公告发布日期');
  });
});

