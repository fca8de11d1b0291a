/**
 * The assessment's computations at their edges (issue 15: "each computation at its edges — due
 * exactly on the deadline, extended disposals, voided ones, holidays"), for the seven that had no
 * edge test of their own (disposal, complaint, reconciliation and pending-review ones are in
 * assessment.test.ts, assessment-complaints.test.ts and assessment-forms.test.ts). Records are made
 * with exact instants through the real use cases (with their `now`), or written to the tables
 * where the use case cannot take a clock; the figures are read from the computation and, for a
 * few, through GET /api/assessment/scores and the drill-down. Everything happens in 2024 and early
 * 2025 (a statutory calendar the platform holds, years the demo data does not reach). Two edges
 * were wrong and are fixed with these tests: a returned 督办 report kept counting as reported in
 * time, and ending a sampling plan (结束计划) took its quotas out of the year's plan completion.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, isNotNull } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { enterprises, escalations, foodCategories, planQuotas, publications, publishedResults, riskMeetingPeriods, samples, samplingPlans, urgentReports } from '../../src/db/schema/index.js';
import { defaultSessionPolicy, resolveSession } from '../../src/modules/auth/sessions.js';
import { SESSION_COOKIE } from '../../src/http/session-cookie.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { periodBounds, type AssessmentPeriod } from '../../src/domain/assessment/periods.js';
import { toLocalDate } from '../../src/domain/time.js';
import type { Computation } from '../../src/modules/assessment/computations/computation.js';
import { urgentHandledInTime } from '../../src/modules/assessment/computations/urgent-handled.js';
import { urgentAcknowledgedInTime } from '../../src/modules/assessment/computations/urgent-acknowledged.js';
import { riskMeetingOnTime } from '../../src/modules/assessment/computations/risk-meeting-on-time.js';
import { noticeRepliedOnTime } from '../../src/modules/assessment/computations/notice-replied.js';
import { escalationOnTime } from '../../src/modules/assessment/computations/escalation-on-time.js';
import { publicationTimely } from '../../src/modules/assessment/computations/publication-timely.js';
import { planCompletion } from '../../src/modules/assessment/computations/plan-completion.js';
import { raiseUrgentReport } from '../../src/modules/urgent/raise-urgent-report.js';
import { fileHandlingReport } from '../../src/modules/urgent/file-handling-report.js';
import { returnUrgentReport } from '../../src/modules/urgent/return-urgent-report.js';
import { acknowledgeUrgentReport } from '../../src/modules/urgent/acknowledge-urgent-report.js';
import { recordMeeting } from '../../src/modules/risk-meetings/record-meeting.js';
import { sendNotice } from '../../src/modules/notices/send-notice.js';
import { replyToNotice } from '../../src/modules/notices/reply-notice.js';
import { withdrawNotice } from '../../src/modules/notices/withdraw-notice.js';
import { deadlineFor } from '../../src/modules/deadlines/deadline-service.js';
import { reportHandling } from '../../src/modules/escalations/report-handling.js';
import { superviseEscalation } from '../../src/modules/escalations/supervise-escalation.js';

let t: TestApp;
let coordination: TestClient;
const clients: Record<string, TestClient> = {};
const WUHOU = '510107';
const JINJIANG = '510104';
const CHENGDU = '510100';
const unit = (code: string) => unitIdForRegion(code);
const at = (iso: string) => new Date(iso);
const MS = 1;

/** The service-level user behind a login, for use cases that take a chosen clock. */
async function userOf(username: string) {
  clients[username] ??= await t.login(username);
  const token = clients[username].cookie.split('; ').find((c) => c.startsWith(`${SESSION_COOKIE}=`))!.slice(SESSION_COOKIE.length + 1);
  return resolveSession(t.database.db, token, defaultSessionPolicy);
}

const ctx = (year: number, period: AssessmentPeriod, params: Record<string, unknown> = {}, now = new Date()) => ({ db: t.database.db, period: periodBounds(year, period), params, now });
/** A unit's figure in a period; a unit with nothing due has none (the indicator is left out of its score). */
const figure = async (c: Computation, year: number, period: AssessmentPeriod, unitId: string, params: Record<string, unknown> = {}, now = new Date()) =>
  (await c.figures(ctx(year, period, params, now))).get(unitId) ?? null;
/** The drill-down's verdict per record id (one row per record of the unit). */
const verdicts = async (c: Computation, year: number, period: AssessmentPeriod, unitId: string, params: Record<string, unknown> = {}, now = new Date()) =>
  Object.fromEntries((await c.records(ctx(year, period, params, now), unitId)).map((r) => [r.id, r.ok]));

async function sample(region: string, fields: { samplingDate: string; planId?: string; categoryId?: string | null }) {
  const id = randomUUID();
  const sampleNo = `EDGE${randomUUID().slice(0, 10)}`;
  await t.database.db.insert(samples).values({
    id, sampleNo, samplingType: 'supervisory', foodName: '测试食品', sampledPartyName: '测试企业', ownerUnitId: unit(region), regionCode: region,
    samplingDate: fields.samplingDate, conclusion: 'qualified', planId: fields.planId ?? null, categoryId: fields.categoryId ?? null,
  });
  return { id, sampleNo };
}

beforeAll(async () => {
  t = await createTestApp();
  coordination = await t.login('div-coordination');
  // The indicator set of 2024, so the scores and the drill-down answer for it.
  const seeded = await t.app.inject({ method: 'POST', url: '/api/assessment/indicators/seed', headers: { cookie: coordination.cookie, 'x-csrf-token': coordination.csrfToken }, payload: { year: 2024 } });
  expect(seeded.statusCode).toBe(200);
});
afterAll(async () => t?.close());

describe('urgent.handledInTime and urgent.acknowledgedInTime (24小时限时报告)', () => {
  const byHand = { hazard: '检出沙门氏菌，可能导致群体性食物中毒', foodName: '卤牛肉', enterpriseName: '成都市武侯区某某卤菜店', link: 'catering', regionCode: WUHOU };
  const ids: Record<string, string> = {};
  const dueOf: Record<string, Date> = {};

  beforeAll(async () => {
    const lab = await userOf('div-institute');
    const wuhou = await userOf('county-510107');
    const sampling = await userOf('div-sampling');
    const raise = async (key: string, foundAt: string) => {
      const found = at(foundAt);
      const report = await raiseUrgentReport(t.database.db, lab, { ...byHand, title: `边界 ${key}`, foundAt: found }, null, new Date(found.getTime() + 60_000));
      ids[key] = report.id;
      dueOf[key] = report.dueAt;
      return report;
    };
    const file = (key: string, when: Date) => fileHandlingReport(t.database.db, wuhou, ids[key], { version: 1, report: '已封存同批次产品并开展核查', measures: ['封存'] }, null, when);
    const ack = (key: string, when: Date) => acknowledgeUrgentReport(t.database.db, wuhou, ids[key], null, when);

    // Due on the quarter's last instant, handled and acknowledged exactly then: on time, first quarter.
    await raise('onDeadline', '2024-03-30T23:59:59.999+08:00');
    await file('onDeadline', dueOf.onDeadline);
    await ack('onDeadline', dueOf.onDeadline);
    // A millisecond after the deadline: late.
    await raise('msLate', '2024-03-30T10:00:00+08:00');
    await file('msLate', new Date(dueOf.msLate.getTime() + MS));
    await ack('msLate', new Date(dueOf.msLate.getTime() + MS));
    // Due at the second quarter's first instant: the second quarter's, not the first's.
    await raise('nextQuarter', '2024-03-31T00:00:00+08:00');
    await file('nextQuarter', at('2024-03-31T09:00:00+08:00'));
    await ack('nextQuarter', at('2024-03-31T09:00:00+08:00'));
    // Handled in time, then returned (退回) by 抽检监测处: the clock is not reset, so until a new
    // handling report it is not handled in time; a new one after the deadline is late. Never acknowledged.
    const returned = await raise('returned', '2024-03-20T10:00:00+08:00');
    const handled = await file('returned', at('2024-03-20T12:00:00+08:00'));
    await returnUrgentReport(t.database.db, sampling, returned.id, { version: handled.version, comment: '未说明同批次产品去向' }, null);
    // Found the evening before National Day: 24 real hours, due during the holiday (in the fourth quarter).
    await raise('holiday', '2024-09-30T20:30:00+08:00');
    await file('holiday', dueOf.holiday);
    await ack('holiday', dueOf.holiday);
  });

  it('stores the deadline 24 real hours after the finding, holidays included', () => {
    expect(dueOf.onDeadline.toISOString()).toBe(at('2024-03-31T23:59:59.999+08:00').toISOString());
    expect(dueOf.nextQuarter.toISOString()).toBe(at('2024-04-01T00:00:00+08:00').toISOString());
    expect(dueOf.holiday.toISOString()).toBe(at('2024-10-01T20:30:00+08:00').toISOString());
  });

  it('handled: on the deadline is on time, a millisecond later is late, a returned report is not handled, a deadline at midnight is the next quarter\'s', async () => {
    expect(await figure(urgentHandledInTime, 2024, 'Q1', unit(WUHOU))).toEqual({ numerator: 1, denominator: 3 });
    // The city answers for its county (本级及下级).
    expect(await figure(urgentHandledInTime, 2024, 'Q1', unit(CHENGDU))).toEqual({ numerator: 1, denominator: 3 });
    expect(await verdicts(urgentHandledInTime, 2024, 'Q1', unit(WUHOU))).toEqual({ [ids.onDeadline]: true, [ids.msLate]: false, [ids.returned]: false });
    expect(await figure(urgentHandledInTime, 2024, 'Q2', unit(WUHOU))).toEqual({ numerator: 1, denominator: 1 });
    // Found in the third quarter, due (and counted) in the fourth.
    expect(await figure(urgentHandledInTime, 2024, 'Q3', unit(WUHOU))).toBeNull();
    expect(await figure(urgentHandledInTime, 2024, 'Q4', unit(WUHOU))).toEqual({ numerator: 1, denominator: 1 });
    expect(await figure(urgentHandledInTime, 2024, 'year', unit(WUHOU))).toEqual({ numerator: 3, denominator: 5 });

    // The returned report filed again after its deadline stays late.
    const wuhou = await userOf('county-510107');
    const [row] = await t.database.db.select().from(urgentReports).where(eq(urgentReports.id, ids.returned));
    await fileHandlingReport(t.database.db, wuhou, ids.returned, { version: row.version, report: '补充说明：同批次产品已全部下架封存', measures: ['下架'] }, null, new Date(dueOf.returned.getTime() + 3600_000));
    const records = await urgentHandledInTime.records(ctx(2024, 'Q1'), unit(WUHOU));
    expect(records.find((r) => r.id === ids.returned)).toMatchObject({ ok: false, note: '超时处置' });
    expect(records.find((r) => r.id === ids.onDeadline)).toMatchObject({ ok: true, note: '按时处置', dueAt: dueOf.onDeadline.toISOString(), doneAt: dueOf.onDeadline.toISOString(), href: `/urgent/${ids.onDeadline}` });
  });

  it('acknowledged: per recipient, on the deadline is on time, a millisecond later or never is not', async () => {
    expect(await figure(urgentAcknowledgedInTime, 2024, 'Q1', unit(WUHOU))).toEqual({ numerator: 1, denominator: 3 });
    expect(await verdicts(urgentAcknowledgedInTime, 2024, 'Q1', unit(WUHOU))).toEqual({ [ids.onDeadline]: true, [ids.msLate]: false, [ids.returned]: false });
    // 抽检监测处 received the same three and acknowledged none.
    expect(await figure(urgentAcknowledgedInTime, 2024, 'Q1', unitIdForSlug('sampling'))).toEqual({ numerator: 0, denominator: 3 });
    expect(await figure(urgentAcknowledgedInTime, 2024, 'Q2', unit(WUHOU))).toEqual({ numerator: 1, denominator: 1 });
    expect(await figure(urgentAcknowledgedInTime, 2024, 'Q4', unit(WUHOU))).toEqual({ numerator: 1, denominator: 1 });
    expect(await figure(urgentAcknowledgedInTime, 2024, 'Q3', unit(WUHOU))).toBeNull();
  });

  it('the scores and the drill-down say the same', async () => {
    const scores = await coordination.get('/api/assessment/scores?year=2024&level=county&period=Q1');
    expect(scores.statusCode).toBe(200);
    const row = scores.json().items.find((i: any) => i.unitId === unit(WUHOU));
    expect(row.indicators.find((i: any) => i.code === 'urgent.handledInTime')).toMatchObject({ value: expect.closeTo(1 / 3, 6) });
    const drill = await coordination.get(`/api/assessment/drill?year=2024&period=Q1&code=urgent.handledInTime&unitId=${unit(WUHOU)}&missed=true`);
    expect(drill.statusCode).toBe(200);
    expect(drill.json()).toMatchObject({ numerator: 1, denominator: 3 });
    expect(drill.json().records.map((r: any) => r.id).sort()).toEqual([ids.msLate, ids.returned].sort());
  });
});

describe('riskMeeting.onTime (“321”)', () => {
  // 武侯 (a county: monthly periods). The scheduler opens the periods; the meetings go through the use case.
  beforeAll(async () => {
    const periods = [
      ['2024-01-01', '2024-01-31'], ['2024-02-01', '2024-02-29'], ['2024-03-01', '2024-03-31'], ['2024-04-01', '2024-04-30'], ['2024-12-01', '2024-12-31'],
    ];
    await t.database.db.insert(riskMeetingPeriods).values(periods.map(([periodStart, periodEnd]) => ({ unitId: unit(WUHOU), periodStart, periodEnd, level: 'county' })));
    const wuhou = await userOf('county-510107');
    const record = (heldOn: string, forPreviousPeriod = false) =>
      recordMeeting(t.database.db, wuhou, { heldOn, forPreviousPeriod, form: 'meeting', summary: '研判本月抽检不合格情况及投诉举报线索', sources: ['sampling'] }, null, at(`${heldOn}T18:00:00+08:00`));
    await record('2024-01-31'); // on the period's last day: in time
    await record('2024-03-01', true); // February's, recorded in March: 逾期补开
    await record('2024-03-31'); // March's, on its last day
    // April: none. December's recorded on 2 January: late, and December's (the fourth quarter's), not January's.
    await record('2025-01-02', true);
  });

  it('a meeting on the period\'s last day is in time, 逾期补开 and none are not; a period counts in the quarter it ends in', async () => {
    const now = at('2025-06-01T00:00:00+08:00');
    expect(await figure(riskMeetingOnTime, 2024, 'Q1', unit(WUHOU), {}, now)).toEqual({ numerator: 2, denominator: 3 });
    expect(await figure(riskMeetingOnTime, 2024, 'Q1', unit(CHENGDU), {}, now)).toEqual({ numerator: 2, denominator: 3 });
    const records = await riskMeetingOnTime.records(ctx(2024, 'Q1', {}, now), unit(WUHOU));
    expect(records.map((r) => [r.dueAt, r.ok, r.note])).toEqual([
      ['2024-02-29', false, '逾期补开'],
      ['2024-01-31', true, '按时开展'],
      ['2024-03-31', true, '按时开展'],
    ]);
    expect(await figure(riskMeetingOnTime, 2024, 'Q2', unit(WUHOU), {}, now)).toEqual({ numerator: 0, denominator: 1 });
    expect((await riskMeetingOnTime.records(ctx(2024, 'Q2', {}, now), unit(WUHOU)))[0]).toMatchObject({ ok: false, note: '未开展', href: '/risk-meetings?tab=compliance' });
    expect(await figure(riskMeetingOnTime, 2024, 'Q4', unit(WUHOU), {}, now)).toEqual({ numerator: 0, denominator: 1 });
    expect(await figure(riskMeetingOnTime, 2025, 'Q1', unit(WUHOU), {}, now)).toBeNull();
  });

  it('a period ending today is not counted yet: it is from the next local midnight on', async () => {
    // 31 March 23:59:59.999 in Sichuan: March may still get its meeting.
    expect(await figure(riskMeetingOnTime, 2024, 'Q1', unit(WUHOU), {}, at('2024-03-31T23:59:59.999+08:00'))).toEqual({ numerator: 1, denominator: 2 });
    expect(await figure(riskMeetingOnTime, 2024, 'Q1', unit(WUHOU), {}, at('2024-04-01T00:00:00+08:00'))).toEqual({ numerator: 2, denominator: 3 });
  });
});

describe('notice.repliedOnTime (信息通报按期反馈)', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const chengdu = await userOf('city-510100');
    const wuhou = await userOf('county-510107');
    const jinjiang = await userOf('county-510104');
    const send = async (key: string, replyDueOn: string) => {
      const notice = await sendNotice(
        t.database.db, chengdu,
        { kind: 'circular', title: `边界通报 ${key}`, body: '请各县局核查辖区内同类产品并反馈。', recipientUnitIds: [unit(WUHOU), unit(JINJIANG)], replyDueOn },
        null, at('2024-03-01T09:00:00+08:00'),
      );
      ids[key] = notice.id;
    };
    const reply = (user: typeof wuhou, key: string, when: string) => replyToNotice(t.database.db, user, ids[key], { body: '已核查，未发现同类问题。' }, null, at(when));
    // Reply date the quarter's last day: 武侯 replies at its last instant (on time), 锦江 at the next midnight (late).
    await send('lastDay', '2024-03-31');
    await reply(wuhou, 'lastDay', '2024-03-31T23:59:59.999+08:00');
    await reply(jinjiang, 'lastDay', '2024-04-01T00:00:00+08:00');
    // Reply date the next quarter's first day: the second quarter's; nobody replies.
    await send('nextQuarter', '2024-04-01');
    // Withdrawn after sending: not counted, replied or not.
    await send('withdrawn', '2024-03-15');
    await reply(jinjiang, 'withdrawn', '2024-03-20T10:00:00+08:00');
    await withdrawNotice(t.database.db, chengdu, ids.withdrawn, null, at('2024-03-21T10:00:00+08:00'));
  });

  it('counts a reply on the reply date (local) as on time and the next midnight as late; withdrawn notices are left out', async () => {
    expect(await figure(noticeRepliedOnTime, 2024, 'Q1', unit(WUHOU))).toEqual({ numerator: 1, denominator: 1 });
    expect(await figure(noticeRepliedOnTime, 2024, 'Q1', unit(JINJIANG))).toEqual({ numerator: 0, denominator: 1 });
    expect(await figure(noticeRepliedOnTime, 2024, 'Q1', unit(CHENGDU))).toEqual({ numerator: 1, denominator: 2 });
    const jinjiang = await noticeRepliedOnTime.records(ctx(2024, 'Q1'), unit(JINJIANG));
    expect(jinjiang).toEqual([expect.objectContaining({ id: ids.lastDay, ok: false, note: '逾期反馈', dueAt: '2024-03-31', doneAt: at('2024-04-01T00:00:00+08:00').toISOString() })]);
    expect(await figure(noticeRepliedOnTime, 2024, 'Q2', unit(WUHOU))).toEqual({ numerator: 0, denominator: 1 });
    expect((await noticeRepliedOnTime.records(ctx(2024, 'Q2'), unit(WUHOU)))[0]).toMatchObject({ id: ids.nextQuarter, ok: false, note: '未反馈' });
  });
});

describe('escalation.onTime (督办事项按期办理)', () => {
  const ids: Record<string, string> = {};
  const due: Record<string, Date> = {};
  let n = 0;
  /** An escalation of a 武侯 enterprise (assigned to 成都市局), fired at `firedAt` with its deadline from the rule table. */
  async function escalation(key: string, firedAt: string, dueAt?: string) {
    const db = t.database.db;
    n += 1;
    const enterpriseId = randomUUID();
    await db.insert(enterprises).values({ id: enterpriseId, name: `边界测试商贸${n}`, normalizedName: `边界测试商贸${n}`, kind: 'distributor', regionCode: WUHOU, ownerUnitId: unit(WUHOU) });
    const deadline = dueAt ? { due: at(dueAt), provisional: false } : await deadlineFor(db, 'escalation.handle', at(firedAt));
    const id = randomUUID();
    await db.insert(escalations).values({
      id, ruleId: 'escalate.distributor.threeBatches', year: 2024, enterpriseId, ownerUnitId: unitIdForSlug('distribution'), assignedUnitId: unit(CHENGDU),
      status: 'open', countAtFiring: 3, currentCount: 3, threshold: 3, firedAt: at(firedAt), dueAt: deadline.due, provisional: deadline.provisional,
    });
    ids[key] = id;
    due[key] = deadline.due;
  }
  const version = async (id: string) => (await t.database.db.select({ v: escalations.version }).from(escalations).where(eq(escalations.id, id)))[0].v;
  const report = async (key: string, when: Date) =>
    reportHandling(t.database.db, await userOf('city-510100'), ids[key], { version: await version(ids[key]), report: '已开展调查核实和监督检查，责令整改并立案调查' }, null, when);
  const decide = async (key: string, decision: 'close' | 'return' | 'withdraw', when: Date) =>
    superviseEscalation(t.database.db, await userOf('div-distribution'), ids[key], { version: await version(ids[key]), decision, note: '处室审核意见' }, null, when);

  beforeAll(async () => {
    // 30 working days from 20 September 2024, over National Day (1–7 October off; 29 September
    // and 12 October worked): the statutory calendar puts the deadline on 6 November.
    await escalation('onDeadline', '2024-09-20T10:00:00+08:00');
    await report('onDeadline', due.onDeadline);
    await decide('onDeadline', 'close', at('2024-11-20T10:00:00+08:00')); // closed later: still reported in time
    await escalation('msLate', '2024-09-20T11:00:00+08:00');
    await report('msLate', new Date(due.msLate.getTime() + MS));
    // Reported in time, returned for more work and not reported again (yet).
    await escalation('returned', '2024-09-20T12:00:00+08:00');
    await report('returned', at('2024-10-20T10:00:00+08:00'));
    await decide('returned', 'return', at('2024-10-25T10:00:00+08:00'));
    // Withdrawn (the count fell below the threshold): out.
    await escalation('withdrawn', '2024-09-20T13:00:00+08:00');
    await decide('withdrawn', 'withdraw', at('2024-10-08T10:00:00+08:00'));
    // Due on the year's last instant, reported then: this year's, on time. Due on New Year's Day: next year's.
    await escalation('yearEnd', '2024-11-15T10:00:00+08:00', '2024-12-31T23:59:59.999+08:00');
    await report('yearEnd', due.yearEnd);
    await escalation('nextYear', '2024-11-15T11:00:00+08:00', '2025-01-01T00:00:00+08:00');
    await report('nextYear', at('2024-12-30T10:00:00+08:00'));
  });

  it('uses the deadline stored from the statutory calendar (after National Day), not a count of weekdays', () => {
    expect(toLocalDate(due.onDeadline)).toBe('2024-11-06');
    // Thirty weekdays from 20 September, holidays ignored, would end on 1 November.
    expect(due.onDeadline.getTime()).toBeGreaterThan(at('2024-11-01T23:59:59.999+08:00').getTime());
  });

  it('reported on the deadline is on time, a millisecond later is late, a returned one is not reported, a withdrawn one is left out', async () => {
    expect(await verdicts(escalationOnTime, 2024, 'year', unit(CHENGDU))).toEqual({
      [ids.onDeadline]: true, [ids.msLate]: false, [ids.returned]: false, [ids.yearEnd]: true,
    });
    expect(await figure(escalationOnTime, 2024, 'year', unit(CHENGDU))).toEqual({ numerator: 2, denominator: 4 });
    expect(await figure(escalationOnTime, 2025, 'year', unit(CHENGDU))).toEqual({ numerator: 1, denominator: 1 });
    // The returned one reported again after its deadline: late.
    await report('returned', new Date(due.returned.getTime() + 60_000));
    const records = await escalationOnTime.records(ctx(2024, 'year'), unit(CHENGDU));
    expect(records.find((r) => r.id === ids.returned)).toMatchObject({ ok: false, note: '逾期办理' });
    expect(records.find((r) => r.id === ids.onDeadline)).toMatchObject({ ok: true, note: '按期办理', dueAt: due.onDeadline.toISOString(), doneAt: due.onDeadline.toISOString(), href: `/escalations/${ids.onDeadline}` });
  });

  it('the scores and the drill-down say the same', async () => {
    const scores = (await coordination.get('/api/assessment/scores?year=2024&level=city')).json();
    const row = scores.items.find((i: any) => i.unitId === unit(CHENGDU));
    expect(row.indicators.find((i: any) => i.code === 'escalation.onTime')).toMatchObject({ value: 0.5 });
    const drill = (await coordination.get(`/api/assessment/drill?year=2024&code=escalation.onTime&unitId=${unit(CHENGDU)}&missed=true`)).json();
    expect(drill).toMatchObject({ numerator: 2, denominator: 4 });
    expect(drill.records.map((r: any) => r.id).sort()).toEqual([ids.msLate, ids.returned].sort());
  });
});

describe('publication.timely (抽检信息按时公布)', () => {
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const db = t.database.db;
    const publicationId = randomUUID();
    await db.insert(publications).values({ id: publicationId, kind: 'announcement', title: '边界测试公告', status: 'published', draftedByUnitId: unitIdForSlug('sampling'), publishedAt: at('2024-03-02T10:00:00+08:00') });
    const publish = async (key: string, samplingDate: string, publishedAt: string, status = 'current') => {
      const s = await sample(WUHOU, { samplingDate });
      await db.insert(publishedResults).values({ id: randomUUID(), publicationId, sampleId: s.id, sampleNo: s.sampleNo, publishedAt: at(publishedAt), status });
      ids[key] = s.id;
    };
    // Sampled 2 January 2024 (a leap year): the 60th day is 2 March.
    await publish('day60', '2024-01-02', '2024-03-02T23:59:59.999+08:00');
    await publish('day61', '2024-01-02', '2024-03-03T00:00:00+08:00');
    await publish('withdrawn', '2024-01-02', '2024-03-20T10:00:00+08:00', 'withdrawn');
    // Published on the year's last instant (60 days after sampling): this year's; at New Year's midnight: next year's.
    await publish('yearEnd', '2024-11-01', '2024-12-31T23:59:59.999+08:00');
    await publish('nextYear', '2024-12-01', '2025-01-01T00:00:00+08:00');
  });

  it('counts the 60th local day as on time and the 61st as late; withdrawn results are left out; the days are the indicator\'s parameter', async () => {
    expect(await verdicts(publicationTimely, 2024, 'year', unit(WUHOU))).toEqual({ [ids.day60]: true, [ids.day61]: false, [ids.yearEnd]: true });
    expect(await figure(publicationTimely, 2024, 'year', unit(WUHOU))).toEqual({ numerator: 2, denominator: 3 });
    expect(await figure(publicationTimely, 2024, 'year', unit(CHENGDU))).toEqual({ numerator: 2, denominator: 3 });
    expect(await figure(publicationTimely, 2025, 'year', unit(WUHOU))).toEqual({ numerator: 1, denominator: 1 });
    // With 59 days the 60th day is late.
    expect(await figure(publicationTimely, 2024, 'year', unit(WUHOU), { days: 59 })).toEqual({ numerator: 0, denominator: 3 });
    const late = (await publicationTimely.records(ctx(2024, 'year'), unit(WUHOU))).find((r) => r.id === ids.day61);
    expect(late).toMatchObject({ ok: false, note: '超过60天公布', href: `/samples/${ids.day61}` });
  });
});

describe('publication.timely: a sample in several announcements', () => {
  // 攀枝花 东区: no other publication in this file, so its figures are these samples' alone.
  const DONGQU = '510402';
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    const db = t.database.db;
    const announce = async (publishedAt: string) => {
      const id = randomUUID();
      await db.insert(publications).values({ id, kind: 'announcement', title: `重复公布测试 ${publishedAt}`, status: 'published', draftedByUnitId: unitIdForSlug('sampling'), publishedAt: at(publishedAt) });
      return id;
    };
    const [early, later, nextYear] = [await announce('2024-06-10T10:00:00+08:00'), await announce('2024-08-01T10:00:00+08:00'), await announce('2025-02-01T10:00:00+08:00')];
    const publish = async (publicationId: string, s: { id: string; sampleNo: string }, publishedAt: string) =>
      db.insert(publishedResults).values({ id: randomUUID(), publicationId, sampleId: s.id, sampleNo: s.sampleNo, publishedAt: at(publishedAt), status: 'current' });
    // Sampled 1 May: 40 days to its first announcement, 92 to the second.
    const twice = await sample(DONGQU, { samplingDate: '2024-05-01' });
    await publish(early, twice, '2024-06-10T10:00:00+08:00');
    await publish(later, twice, '2024-08-01T10:00:00+08:00');
    // Published in 2024 and repeated in 2025: a 2024 publication only.
    const repeated = await sample(DONGQU, { samplingDate: '2024-07-01' });
    await publish(later, repeated, '2024-08-01T10:00:00+08:00');
    await publish(nextYear, repeated, '2025-02-01T10:00:00+08:00');
    Object.assign(ids, { twice: twice.id, repeated: repeated.id });
  });

  it('counts each sample once, at its first publication, in the period of that publication', async () => {
    expect(await figure(publicationTimely, 2024, 'year', unit(DONGQU))).toEqual({ numerator: 2, denominator: 2 });
    expect(await verdicts(publicationTimely, 2024, 'year', unit(DONGQU))).toEqual({ [ids.twice]: true, [ids.repeated]: true });
    expect(await figure(publicationTimely, 2025, 'year', unit(DONGQU))).toBeNull();
    // The quarter of the second announcement holds no first publication of the sample published twice.
    expect(await verdicts(publicationTimely, 2024, 'Q3', unit(DONGQU))).toEqual({ [ids.repeated]: true });
  });
});

describe('plan.completion (抽检计划任务完成)', () => {
  beforeAll(async () => {
    const db = t.database.db;
    // A category with a subcategory: a quota for the parent counts the child's samples.
    const [child] = await db.select({ id: foodCategories.id, parentId: foodCategories.parentId }).from(foodCategories).where(isNotNull(foodCategories.parentId)).limit(1);
    const plan = async (year: number, status: string, quotas: { region: string; quota: number; categoryId?: string | null }[]) => {
      const id = randomUUID();
      await db.insert(samplingPlans).values({ id, year, name: `${year}年边界测试计划（${status}）`, samplingType: 'supervisory', planKind: 'routine', organiserUnitId: unitIdForSlug('sampling'), status });
      await db.insert(planQuotas).values(quotas.map((q) => ({ id: randomUUID(), planId: id, regionCode: q.region, quota: q.quota, categoryId: q.categoryId ?? null })));
      return id;
    };
    const active = await plan(2024, 'active', [{ region: WUHOU, quota: 2 }, { region: WUHOU, quota: 4, categoryId: child.parentId }, { region: JINJIANG, quota: 3 }]);
    // 武侯: two samples of no category and one of the subcategory — three against the quota of two (counted 2), one against the category's four.
    await sample(WUHOU, { samplingDate: '2024-03-01', planId: active });
    await sample(WUHOU, { samplingDate: '2024-06-01', planId: active });
    await sample(WUHOU, { samplingDate: '2024-12-31', planId: active, categoryId: child.id });
    // 锦江: five against three (overfulfilment does not make up for 武侯's shortfall).
    for (let i = 0; i < 5; i++) await sample(JINJIANG, { samplingDate: '2024-05-01', planId: active });
    // Another region's sample of the plan does not count for 成都.
    await sample('510703', { samplingDate: '2024-05-01', planId: active });
    // A plan of the year ended (结束计划) after its work: its quotas still count for the year.
    const ended = await plan(2024, 'closed', [{ region: WUHOU, quota: 2 }]);
    await sample(WUHOU, { samplingDate: '2024-09-01', planId: ended });
    // Next year's plan is next year's.
    await plan(2025, 'active', [{ region: WUHOU, quota: 5 }]);
  });

  it('caps each quota at its task, counts a city\'s counties, keeps an ended plan of the year, and leaves other years out', async () => {
    expect(await figure(planCompletion, 2024, 'year', unit(WUHOU))).toEqual({ numerator: 4, denominator: 8 });
    expect(await figure(planCompletion, 2024, 'year', unit(JINJIANG))).toEqual({ numerator: 3, denominator: 3 });
    expect(await figure(planCompletion, 2024, 'year', unit(CHENGDU))).toEqual({ numerator: 7, denominator: 11 });
    // Plans are yearly: a quarter counts the year's plans.
    expect(await figure(planCompletion, 2024, 'Q1', unit(WUHOU))).toEqual({ numerator: 4, denominator: 8 });
    expect(await figure(planCompletion, 2025, 'year', unit(WUHOU))).toEqual({ numerator: 0, denominator: 5 });
    const records = await planCompletion.records(ctx(2024, 'year'), unit(WUHOU));
    expect(records.map((r) => [r.ok, r.note]).sort()).toEqual([[false, '已抽样 1 / 任务 2'], [false, '已抽样 1 / 任务 4'], [true, '已抽样 3 / 任务 2']].sort());
  });
});
