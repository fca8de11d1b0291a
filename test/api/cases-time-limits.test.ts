/**
 * Issue 9, B4: the time limits of a case — 立案 within 15 working days of the lead (程序规定
 * art. 18), the decision within 90 days of 立案 (行政处罚法 art. 60), extensions by the head or
 * the heads' collective decision, and time not counted (testing, hearing, notice, suspension).
 * Dates are relative to today, so the "overdue" assertions hold whenever the suite runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { auditLog } from '../../src/db/schema/index.js';
import { limitDeadline } from '../../src/domain/case-time-limits.js';
import { addDays, buildCalendar } from '../../src/domain/deadlines/calendar.js';
import { chineseDaysCalendarData } from '../../src/domain/deadlines/chinese-days-data.js';
import { toLocalDate } from '../../src/domain/time.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';

let t: TestApp;
let wuhou: TestClient;
let mianyang: TestClient;

type Case = { id: string; version: number; [key: string]: any };

const calendar = buildCalendar(chineseDaysCalendarData());
const today = toLocalDate(new Date());
const days = (n: number) => addDays(today, n);
/** The engine's own answer for a period, to compare the API with (the counting is unit-tested). */
const expected = (rule: { amount: number; unit: 'calendarDay' | 'workingDay' }, start: string, extra = 0, pauses: { from: string; to: string }[] = []) =>
  limitDeadline(rule, start, extra, pauses, calendar, today).dueDate;
const decide = { amount: 90, unit: 'calendarDay' as const };
const file = { amount: 15, unit: 'workingDay' as const };

const body = (over: Record<string, unknown> = {}) => ({
  source: 'manual',
  partyName: '成都市武侯区某某食品店',
  title: '办案期限测试案件',
  facts: '日常检查发现当事人经营标签不符合规定的预包装食品。',
  filedOn: days(-120),
  discoveredOn: days(-125),
  filingApprovedBy: '张局长',
  ...over,
});

async function open(over: Record<string, unknown> = {}): Promise<Case> {
  const res = await wuhou.post('/api/cases', body(over));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const localDue = (c: Case) => toLocalDate(new Date(c.dueAt));
const auditOf = (id: string, action: string) => t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, action))).orderBy(asc(auditLog.seq));

beforeAll(async () => {
  t = await createTestApp();
  wuhou = await t.login('county-510107');
  mianyang = await t.login('city-510700');
});
afterAll(() => t?.close());

describe('立案 within 15 working days of the lead (程序规定 art. 18)', () => {
  it('needs the date the lead was discovered, not after 立案', async () => {
    const { discoveredOn: _omit, ...without } = body();
    expect((await wuhou.post('/api/cases', without)).json().error.details.discoveredOn).toBe('请选择发现线索（收到材料）的日期');
    const after = await wuhou.post('/api/cases', body({ discoveredOn: days(-100) }));
    expect(after.json().error.details.discoveredOn).toBe('发现线索日期不能晚于立案日期');
  });

  it('records the lead, the head who approved, the 立案 deadline, and whether 立案 was late', async () => {
    const c = await open();
    expect(c.timeLimits).toMatchObject({ discoveredOn: days(-125), filingDueOn: expected(file, days(-125)), filedLate: false, filingApproval: { approvedOn: days(-120), approver: '张局长' } });
    const late = await open({ discoveredOn: days(-160), title: '立案超期的案件' });
    expect(late.timeLimits).toMatchObject({ filingDueOn: expected(file, days(-160)), filedLate: true });
    const [audit] = await auditOf(late.id, 'case.file');
    expect(audit.after).toMatchObject({ discoveredOn: days(-160), filedLate: true });
    expect((await wuhou.get('/api/cases?pageSize=200')).json().items.find((i: { id: string }) => i.id === late.id)).toMatchObject({ filedLate: true });
  });

  it('adds 15 working days with the head’s approval given in time, and does not count testing before 立案', async () => {
    const lead = days(-160);
    const base = expected(file, lead);
    const extended = await open({ discoveredOn: lead, filedOn: days(-130), filingExtension: { approvedOn: base, approver: '张局长', reason: '需调取外省进货凭证' } });
    expect(extended.timeLimits).toMatchObject({ filingDueOn: expected(file, lead, 15), filingExtension: { approver: '张局长' } });
    const tooLate = await wuhou.post('/api/cases', body({ discoveredOn: lead, filedOn: days(-130), filingExtension: { approvedOn: addDays(base, 1), approver: '张局长', reason: '需调取外省进货凭证' } }));
    expect(tooLate.json().error.details['filingExtension.approvedOn']).toBe(`延长立案期限应在原期限届满（${base}）前批准`);
    const testing = { kind: 'testing', from: addDays(lead, 2), to: addDays(lead, 12), reason: '样品送检' };
    const tested = await open({ discoveredOn: lead, filedOn: days(-130), filingPauses: [testing] });
    expect(tested.timeLimits.filingDueOn).toBe(expected(file, lead, 0, [testing]));
    expect(tested.timeLimits.pauses).toEqual([expect.objectContaining({ phase: 'filing', kind: 'testing', kindName: '检测、检验、检疫、鉴定' })]);
    const hearingBefore = await wuhou.post('/api/cases', body({ filingPauses: [{ ...testing, kind: 'hearing' }] }));
    expect(hearingBefore.json().error.details['filingPauses.0.kind']).toContain('检测');
  });
});

describe('the decision within 90 days of 立案 (行政处罚法 art. 60; 程序规定 art. 64)', () => {
  it('shows a case past its 90 days overdue, and not once the testing time is left out', async () => {
    let c = await open({ title: '检测时间不计入的案件' });
    expect(localDue(c)).toBe(expected(decide, days(-120)));
    expect(c.overdue).toBe(true);
    const testing = { kind: 'testing', from: days(-100), to: days(-61), reason: '样品委托检验' };
    const res = await wuhou.post(`/api/cases/${c.id}/pauses`, { version: c.version, ...testing });
    expect(res.statusCode, res.body).toBe(200);
    c = res.json();
    expect(localDue(c)).toBe(expected(decide, days(-120), 0, [testing]));
    expect(c).toMatchObject({ overdue: false, timeLimits: { excludedDays: 40, clockSuspended: false } });
    const [audit] = await auditOf(c.id, 'case.pauseDecision');
    expect(audit.after).toMatchObject({ pause: { kind: 'testing', from: days(-100), to: days(-61) } });
    expect((await wuhou.get('/api/cases?overdue=true&pageSize=200')).json().items.map((i: { id: string }) => i.id)).not.toContain(c.id);
  });

  it('stops the clock while a pause is open, and runs it again from its end', async () => {
    let c = await open({ title: '中止的案件' });
    c = (await wuhou.post(`/api/cases/${c.id}/pauses`, { version: c.version, kind: 'suspension', from: days(-40), reason: '当事人下落不明，案件中止' })).json();
    expect(c).toMatchObject({ overdue: false, remainingMs: null, clockSuspended: true });
    expect(c.actions).toContain('endPause');
    expect((await wuhou.post(`/api/cases/${c.id}/pauses`, { version: c.version, kind: 'notice', from: days(-5), reason: '公告送达' })).json().error.message).toContain('请先登记其结束日期');
    const pause = c.timeLimits.pauses.find((p: { to: string | null }) => p.to === null);
    const ended = await wuhou.post(`/api/cases/${c.id}/pauses/${pause.id}/end`, { version: c.version, to: days(-1) });
    expect(ended.statusCode, ended.body).toBe(200);
    c = ended.json();
    expect(c.clockSuspended).toBe(false);
    expect(localDue(c)).toBe(expected(decide, days(-120), 0, [{ from: days(-40), to: days(-1) }]));
    expect(await auditOf(c.id, 'case.endPause')).toHaveLength(1);
  });

  it('extends by 30 days with the head’s approval (once), then only by the heads’ collective decision', async () => {
    let c = await open({ filedOn: days(-80), discoveredOn: days(-82), title: '延长办案期限的案件' });
    const head = { approver: '张局长', reason: '案情复杂，需补充调查', approvedOn: days(-1) };
    expect((await wuhou.post(`/api/cases/${c.id}/decision-extensions`, { version: c.version, kind: 'collective', ...head, days: 20 })).json().error.details.kind).toContain('须先经负责人批准');
    c = (await wuhou.post(`/api/cases/${c.id}/decision-extensions`, { version: c.version, kind: 'head', ...head })).json();
    expect(localDue(c)).toBe(expected(decide, days(-80), 30));
    expect(c.timeLimits.decisionExtensions).toEqual([expect.objectContaining({ kind: 'head', kindName: '经负责人批准延长', days: 30, approver: '张局长' })]);
    expect((await wuhou.post(`/api/cases/${c.id}/decision-extensions`, { version: c.version, kind: 'head', ...head })).json().error.details.kind).toContain('只能一次');
    const collective = await wuhou.post(`/api/cases/${c.id}/decision-extensions`, { version: c.version, kind: 'collective', ...head, approver: '局务会', days: 45 });
    expect(collective.statusCode, collective.body).toBe(200);
    c = collective.json();
    expect(localDue(c)).toBe(expected(decide, days(-80), 75));
    expect((await auditOf(c.id, 'case.extendDecision')).map((a) => (a.after as { extension: { kind: string } }).extension.kind)).toEqual(['head', 'collective']);
    // Another city neither reads nor extends it.
    expect((await mianyang.post(`/api/cases/${c.id}/decision-extensions`, { version: c.version, kind: 'collective', ...head, days: 5 })).statusCode).toBe(404);
  });

  it('refuses an extension approved after the period ran out', async () => {
    const c = await open({ title: '期限届满后才批准延长的案件' });
    const res = await wuhou.post(`/api/cases/${c.id}/decision-extensions`, { version: c.version, kind: 'head', approver: '张局长', reason: '补充调查', approvedOn: days(-1) });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.approvedOn).toContain('届满');
  });

  it('does not count a recorded hearing (from the request to the hearing)', async () => {
    let c = await open({ filedOn: days(-60), discoveredOn: days(-61), title: '听证时间不计入的案件' });
    const stage = async (s: string, doneOn: string, more: Record<string, unknown> = {}) => {
      const res = await wuhou.post(`/api/cases/${c.id}/stages`, { version: c.version, stage: s, doneOn, text: `${s}情况`, ...more });
      expect(res.statusCode, res.body).toBe(200);
      c = res.json();
    };
    await stage('investigation', days(-40));
    await stage('notice', days(-30), { documentNo: '武侯市监罚告〔2026〕90号' });
    await stage('hearing', days(-10), { details: { requestedOn: days(-25) } });
    expect(localDue(c)).toBe(expected(decide, days(-60), 0, [{ from: days(-25), to: days(-10) }]));
    expect(c.timeLimits.excludedDays).toBe(16);
  });
});
