import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { notices, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';

/** A 321 meeting's "send a notice" follow-up and the notices module as one flow (H7). */
let t: TestApp;
let chengdu: TestClient;
let wuhou: TestClient;
let mianyang: TestClient;
let meetingId: string;
let cityAction: string;
let countyAction: string;

const noticeCount = async () => (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(notices))[0].n;
const itemOf = async (actionId: string) =>
  (await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, `${meetingId}/${actionId}`), eq(workItems.kind, 'risk_notice'))))[0];

beforeAll(async () => {
  t = await createTestApp();
  [chengdu, wuhou, mianyang] = await Promise.all(['city-510100', 'county-510107', 'city-510700'].map((u) => t.login(u)));
  const res = await chengdu.post('/api/risk-meetings', {
    heldOn: '2025-05-20',
    form: 'meeting',
    summary: '研判本季度抽检和投诉情况',
    participants: { unitIds: [unitIdForRegion('510107')] },
    risks: [{ description: '韭菜腐霉利超标', level: 'high', regionCode: '510107' }],
    conclusions: '对韭菜开展跟踪抽检并向辖区通报',
    followUps: [
      { kind: 'notice', description: '向武侯区局通报韭菜风险', ownerUnitId: unitIdForRegion('510100'), dueOn: '2025-06-01', regionCode: '510107' },
      { kind: 'notice', description: '向市局报告辖区处置情况', ownerUnitId: unitIdForRegion('510107'), dueOn: '2025-06-10' },
    ],
  });
  expect(res.statusCode).toBe(201);
  meetingId = res.json().id;
  const detail = (await chengdu.get(`/api/risk-meetings/${meetingId}`)).json();
  [cityAction, countyAction] = detail.followUps.map((f: { id: string }) => f.id);
});
afterAll(async () => t?.close());

describe('a notice follow-up of a risk meeting', () => {
  it("links its work item to the compose form and drafts the notice from the meeting", async () => {
    const item = await itemOf(cityAction);
    expect(item.status).toBe('open');
    expect(item.links).toContainEqual({ label: '起草通报', href: `/notices?compose=1&meetingId=${meetingId}&actionId=${cityAction}` });
    const res = await chengdu.get(`/api/risk-meetings/${meetingId}/notice-draft?actionId=${cityAction}`);
    expect(res.statusCode).toBe(200);
    const draft = res.json();
    expect(draft).toMatchObject({ relatedMeetingId: meetingId, relatedMeetingActionId: cityAction, kind: 'risk_warning' });
    expect(draft.title).toBe('关于韭菜腐霉利超标的风险预警提示');
    expect(draft.body).toContain('向武侯区局通报韭菜风险');
    expect(draft.body).toContain('韭菜腐霉利超标');
    expect(draft.body).toContain('对韭菜开展跟踪抽检并向辖区通报');
    expect(draft.recipientUnitIds).toEqual([unitIdForRegion('510107')]);
    const meeting = (await chengdu.get(`/api/risk-meetings/${meetingId}`)).json();
    expect(meeting.followUps.map((f: { composeNotice: boolean }) => f.composeNotice)).toEqual([true, false]);
  });

  it('refuses another unit: a draft of a follow-up it does not own, a meeting out of its scope (nothing stored)', async () => {
    const notOwn = await wuhou.get(`/api/risk-meetings/${meetingId}/notice-draft?actionId=${cityAction}`);
    expect(notOwn.statusCode).toBe(403);
    expect(notOwn.json().error.code).toBe('NOTICE_FOLLOW_UP_NOT_OWN');
    expect((await mianyang.get(`/api/risk-meetings/${meetingId}/notice-draft`)).statusCode).toBe(404);
    expect((await mianyang.get(`/api/risk-meetings/${meetingId}`)).statusCode).toBe(404);
    const before = await noticeCount();
    const outOfScope = await mianyang.post('/api/notices', { kind: 'circular', title: '通报', body: '正文', recipientUnitIds: [unitIdForRegion('510100')], relatedMeetingId: meetingId });
    expect(outOfScope.statusCode).toBe(403);
    expect(outOfScope.json().error.code).toBe('NOTICE_MEETING_OUT_OF_SCOPE');
    const wrongUnit = await wuhou.post('/api/notices', {
      kind: 'circular',
      title: '通报',
      body: '正文',
      recipientUnitIds: [unitIdForRegion('510100')],
      relatedMeetingId: meetingId,
      relatedMeetingActionId: cityAction,
    });
    expect(wrongUnit.statusCode).toBe(403);
    expect(wrongUnit.json().error.code).toBe('NOTICE_FOLLOW_UP_NOT_OWN');
    expect(await noticeCount()).toBe(before);
    expect((await itemOf(cityAction)).status).toBe('open');
  });

  it('sending the drafted notice completes the work item, and the meeting lists the notice', async () => {
    const draft = (await chengdu.get(`/api/risk-meetings/${meetingId}/notice-draft?actionId=${cityAction}`)).json();
    const sent = await chengdu.post('/api/notices', {
      kind: draft.kind,
      title: draft.title,
      body: draft.body,
      recipientUnitIds: draft.recipientUnitIds,
      relatedMeetingId: meetingId,
      relatedMeetingActionId: cityAction,
    });
    expect(sent.statusCode).toBe(201);
    const noticeId = sent.json().id;
    expect((await itemOf(cityAction)).status).toBe('done');
    expect((await itemOf(countyAction)).status).toBe('open');
    const meeting = (await chengdu.get(`/api/risk-meetings/${meetingId}`)).json();
    expect(meeting.followUps.find((f: { id: string }) => f.id === cityAction)).toMatchObject({ workItemStatus: 'done', composeNotice: false });
    expect(meeting.notices).toEqual([expect.objectContaining({ id: noticeId, kind: 'risk_warning', kindName: '风险预警提示', status: 'sent' })]);
    expect((await chengdu.get(`/api/notices/${noticeId}`)).json().relatedMeetingId).toBe(meetingId);
  });

  it("lets the county owner send its follow-up's notice although it does not read the city's meetings", async () => {
    const draft = await wuhou.get(`/api/risk-meetings/${meetingId}/notice-draft?actionId=${countyAction}`);
    expect(draft.statusCode).toBe(200);
    const sent = await wuhou.post('/api/notices', {
      kind: 'work_update',
      title: '辖区处置情况',
      body: draft.json().body,
      recipientUnitIds: [unitIdForRegion('510100')],
      relatedMeetingId: meetingId,
      relatedMeetingActionId: countyAction,
    });
    expect(sent.statusCode).toBe(201);
    expect((await itemOf(countyAction)).status).toBe('done');
  });

  it('completes on approval when the kind needs its head, and by hand only with a note', async () => {
    const cityHead = await t.login('leader-510100');
    const recorded = await chengdu.post('/api/risk-meetings', {
      heldOn: '2025-07-10',
      form: 'discussion',
      summary: '研判夏季餐饮风险',
      risks: [{ description: '凉菜微生物超标', level: 'medium' }],
      followUps: [
        { kind: 'notice', description: '通报凉菜风险', ownerUnitId: unitIdForRegion('510100'), dueOn: '2025-07-20' },
        { kind: 'notice', description: '视情况通报', ownerUnitId: unitIdForRegion('510100'), dueOn: '2025-07-20' },
      ],
    });
    const second = recorded.json().id as string;
    const [first, other] = (await chengdu.get(`/api/risk-meetings/${second}`)).json().followUps.map((f: { id: string }) => f.id);
    const item = async (actionId: string) =>
      (await t.database.db.select().from(workItems).where(and(eq(workItems.subjectId, `${second}/${actionId}`), eq(workItems.kind, 'risk_notice'))))[0];
    const draft = (await chengdu.get(`/api/risk-meetings/${second}/notice-draft?actionId=${first}`)).json();
    expect(draft.kind).toBe('circular');

    // By hand: only with the reason no notice is needed.
    const manual = await item(other);
    const bare = await chengdu.post(`/api/work-items/${manual.id}/complete`, { version: manual.version });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.details).toHaveProperty('note');
    const noted = await chengdu.post(`/api/work-items/${manual.id}/complete`, { version: manual.version, note: '已在全市会议部署，无需另发通报' });
    expect(noted.statusCode).toBe(200);

    const setting = await t.app.inject({
      method: 'PUT',
      url: '/api/notices/approval-settings',
      headers: { cookie: cityHead.cookie, 'x-csrf-token': cityHead.csrfToken },
      payload: { kind: 'circular', required: true },
    });
    expect(setting.statusCode).toBe(200);
    const sent = await chengdu.post('/api/notices', { ...draft, recipientUnitIds: [unitIdForRegion('510107')], relatedMeetingActionId: first });
    expect(sent.json().status).toBe('pending_approval');
    expect((await item(first)).status).toBe('open');
    expect((await cityHead.post(`/api/notices/${sent.json().id}/approve`)).statusCode).toBe(200);
    expect((await item(first)).status).toBe('done');
  });
});
