/**
 * Opinion events name complaints (issue 14 §2): the keepers link them in the event's form by
 * tracking or 12345 number; the bureau of the area adds the complaints it may cite; a number
 * outside the user's scope refuses the change (400, naming it) and stores nothing; the event shows
 * its complaints without the complainant, and the complaint's detail shows its events.
 */
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, opinionEventComplaints, opinionEvents } from '../../src/db/schema/index.js';
import { toLocalDate } from '../../src/domain/time.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';

let t: TestApp;
let publicity: TestClient;
let center: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let wuhou: TestClient;
let leader: TestClient;

const today = toLocalDate(new Date());
const event = (overrides: Record<string, unknown> = {}) => ({
  title: '12345集中反映某品牌月饼过期',
  source: 'hotline',
  firstSeenAt: today,
  summary: '近三日12345热线集中接到某品牌月饼过期仍在销售的反映。',
  level: 'general',
  regionUnitId: unitIdForRegion('510100'),
  ...overrides,
});
const complaint = (extra: Record<string, unknown>) => ({
  channel: 'hotline',
  kind: 'complaint',
  complainantName: '李秀英',
  complainantPhone: '13812340000',
  foodName: '月饼',
  description: '月饼过期仍在销售',
  ...extra,
});

/** Chengdu's two 12345 transfers and a Mianyang complaint. */
let wuhouTransfer: { id: string; trackingNo: string };
let jinjiangTransfer: { id: string; trackingNo: string };
let mianyangComplaint: { id: string; trackingNo: string };

const linksOf = async (eventId: string) => (await t.database.db.select({ n: count() }).from(opinionEventComplaints).where(eq(opinionEventComplaints.eventId, eventId)))[0].n;
const auditsOf = async (eventId: string) =>
  t.database.db
    .select({ action: auditLog.action, after: auditLog.after })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'opinionEvent'), eq(auditLog.entityId, eventId)))
    .orderBy(auditLog.seq);

beforeAll(async () => {
  t = await createTestApp();
  [publicity, center, chengdu, mianyang, wuhou, leader] = await Promise.all(['div-publicity-archives', 'div-complaints', 'city-510100', 'city-510700', 'county-510107', 'leader'].map((u) => t.login(u)));
  const post = async (body: Record<string, unknown>) => {
    const res = await center.post('/api/complaints', complaint(body));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: string; trackingNo: string };
  };
  wuhouTransfer = await post({ hotlineNo: 'SC12345-OP-01', address: '四川省成都市武侯区科华北路1号', enterpriseName: '武侯月饼店', complainantPhone: '13812340001' });
  jinjiangTransfer = await post({ hotlineNo: 'SC12345-OP-02', address: '四川省成都市锦江区春熙路2号', enterpriseName: '锦江月饼店', complainantPhone: '13812340002' });
  mianyangComplaint = await post({ channel: 'phone', address: '四川省绵阳市涪城区临园路3号', enterpriseName: '涪城月饼店', complainantPhone: '13812340003' });
}, 120_000);
afterAll(() => t.close());

describe('the demo', () => {
  it('shows the 成都 media event with the complaint 成都市局 added to it', async () => {
    const events = (await publicity.get('/api/opinion-events?pageSize=100')).json().items as { id: string; title: string }[];
    const local = events.find((e) => e.title === '媒体报道成都某农贸市场蔬菜农药残留问题')!;
    const detail = (await publicity.get(`/api/opinion-events/${local.id}`)).json();
    expect(detail.complaints).toHaveLength(1);
    expect(detail.complaints[0].regionCode).toMatch(/^5101/);
  });
});

describe('the keepers link complaints in the event form', () => {
  let id: string;

  it('refuses an unknown number, naming it, and stores no event', async () => {
    const before = (await t.database.db.select({ n: count() }).from(opinionEvents))[0].n;
    const res = await publicity.post('/api/opinion-events', event({ complaintNos: [wuhouTransfer.trackingNo, 'TS20990101XXXXXXXX'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('OPINION_LINKS_UNKNOWN');
    expect(res.json().error.details.complaintNos).toContain('TS20990101XXXXXXXX');
    expect(res.json().error.details.complaintNos).not.toContain(wuhouTransfer.trackingNo);
    expect((await t.database.db.select({ n: count() }).from(opinionEvents))[0].n).toBe(before);
  });

  it('records a 12345 surge with its transfers, by tracking number or by 12345 number, with the links in the audit row', async () => {
    const res = await publicity.post('/api/opinion-events', event({ complaintNos: [wuhouTransfer.trackingNo.toLowerCase(), 'SC12345-OP-02'] }));
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const [audit] = await auditsOf(id);
    expect(audit.action).toBe('opinionEvent.record');
    expect((audit.after as { complaintIds: string[] }).complaintIds.sort()).toEqual([wuhouTransfer.id, jinjiangTransfer.id].sort());
  });

  it('shows the linked complaints with number, kind, status and region, never the complainant', async () => {
    const res = await publicity.get(`/api/opinion-events/${id}`);
    expect(res.statusCode).toBe(200);
    const detail = res.json();
    expect(detail.complaints.map((c: { trackingNo: string }) => c.trackingNo).sort()).toEqual([wuhouTransfer.trackingNo, jinjiangTransfer.trackingNo].sort());
    expect(detail.complaints.find((c: { id: string }) => c.id === wuhouTransfer.id)).toMatchObject({
      hotlineNo: 'SC12345-OP-01',
      kindName: '投诉',
      channelName: '12345热线转办',
      statusName: '待受理',
      regionCode: '510107',
      regionName: '武侯区',
      // The keepers read no complaint: no link to its page.
      href: null,
    });
    expect(detail.otherComplaintCount).toBe(0);
    expect(res.body).not.toMatch(/李|1381234|complainant/);
  });

  it('the complaint\'s detail lists the event for a unit that reads both, not for one that reads no event', async () => {
    const own = (await chengdu.get(`/api/complaints/${wuhouTransfer.id}`)).json();
    expect(own.opinionEvents).toEqual([expect.objectContaining({ id, title: event().title, levelName: '一般', statusName: '处置中', href: `/opinion/${id}` })]);
    // 投诉举报中心 reads the complaint but not the register; 武侯区 the complaint, not an event of 成都市.
    expect((await center.get(`/api/complaints/${wuhouTransfer.id}`)).json().opinionEvents).toEqual([]);
    expect((await wuhou.get(`/api/complaints/${wuhouTransfer.id}`)).json().opinionEvents).toEqual([]);
  });

  it('replaces the links in an edit: an empty list removes them', async () => {
    const v = (await publicity.get(`/api/opinion-events/${id}`)).json().version;
    const res = await publicity.patch(`/api/opinion-events/${id}`, { version: v, complaintNos: [] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().complaints).toEqual([]);
    expect(await linksOf(id)).toBe(0);
  });
});

describe('the bureau of the area adds the complaints it may cite', () => {
  let id: string;

  beforeAll(async () => {
    id = (await publicity.post('/api/opinion-events', event({ title: '成都月饼舆情', complaintNos: [mianyangComplaint.trackingNo] }))).json().id;
  });

  it('refuses another city\'s complaint, naming it: nothing stored, no audit row, the version unchanged', async () => {
    const before = (await chengdu.get(`/api/opinion-events/${id}`)).json();
    expect(before.actions).toEqual(['linkComplaints']);
    const res = await chengdu.post(`/api/opinion-events/${id}/complaints`, { version: before.version, complaintNos: [wuhouTransfer.trackingNo, mianyangComplaint.trackingNo] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('OPINION_LINKS_UNKNOWN');
    expect(res.json().error.details.complaintNos).toContain(mianyangComplaint.trackingNo);
    expect(res.json().error.details.complaintNos).not.toContain(wuhouTransfer.trackingNo);
    expect(await linksOf(id)).toBe(1);
    expect((await auditsOf(id)).map((a) => a.action)).toEqual(['opinionEvent.record']);
    expect((await chengdu.get(`/api/opinion-events/${id}`)).json().version).toBe(before.version);
  });

  it('adds its own, keeping the keepers\' links; it sees those outside its scope only as a count', async () => {
    const before = (await chengdu.get(`/api/opinion-events/${id}`)).json();
    expect(before).toMatchObject({ complaints: [], otherComplaintCount: 1 });
    const res = await chengdu.post(`/api/opinion-events/${id}/complaints`, { version: before.version, complaintNos: [wuhouTransfer.trackingNo, 'SC12345-OP-02'] });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().complaints.map((c: { id: string; href: string | null }) => [c.id, c.href]).sort()).toEqual(
      [
        [wuhouTransfer.id, `/complaints/${wuhouTransfer.id}`],
        [jinjiangTransfer.id, `/complaints/${jinjiangTransfer.id}`],
      ].sort(),
    );
    expect(res.json().otherComplaintCount).toBe(1);
    expect(await linksOf(id)).toBe(3);
    const audits = await auditsOf(id);
    expect(audits.map((a) => a.action)).toEqual(['opinionEvent.record', 'opinionEvent.linkComplaints']);
    expect((audits[1].after as { addedComplaintIds: string[] }).addedComplaintIds.sort()).toEqual([wuhouTransfer.id, jinjiangTransfer.id].sort());
    // The keepers see all three.
    expect((await publicity.get(`/api/opinion-events/${id}`)).json().complaints).toHaveLength(3);
  });

  it('a unit that does not read the event gets 404; one without complaint work (the leader) 403; a closed event 409', async () => {
    const v = (await publicity.get(`/api/opinion-events/${id}`)).json().version;
    expect((await mianyang.post(`/api/opinion-events/${id}/complaints`, { version: v, complaintNos: [mianyangComplaint.trackingNo] })).statusCode).toBe(404);
    expect((await leader.post(`/api/opinion-events/${id}/complaints`, { version: v, complaintNos: [wuhouTransfer.trackingNo] })).statusCode).toBe(403);
    const closed = await publicity.post(`/api/opinion-events/${id}/close`, { version: v, closingSummary: '已核实并回应' });
    expect(closed.statusCode, closed.body).toBe(200);
    const res = await chengdu.post(`/api/opinion-events/${id}/complaints`, { version: closed.json().version, complaintNos: [wuhouTransfer.trackingNo] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('OPINION_EVENT_CLOSED');
  });
});
