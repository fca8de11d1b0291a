import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { noticeRecipients, notices, workItems } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { warnOverdueNotices } from '../../src/modules/notices/warn-overdue-notices.js';
import { warnOverdueWorkItems } from '../../src/modules/notifications/warn-overdue-work-items.js';

let t: TestApp;
let sampling: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let zigong: TestClient;
let wuhou: TestClient;
let leader: TestClient;
let chengduLeader: TestClient;

const CHENGDU = unitIdForRegion('510100');
const MIANYANG = unitIdForRegion('510700');
const ZIGONG = unitIdForRegion('510300');
const WUHOU = unitIdForRegion('510107');
const JINJIANG = unitIdForRegion('510104');

const warning = (recipientUnitIds: string[], extra: Record<string, unknown> = {}) => ({
  kind: 'risk_warning',
  title: '关于近期散装白酒甲醇超标风险的预警提示',
  body: '近期抽检发现散装白酒甲醇超标，请各地加强监管。',
  recipientUnitIds,
  ...extra,
});

async function send(client: TestClient, body: object) {
  const res = await client.post('/api/notices', body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
}

beforeAll(async () => {
  t = await createTestApp();
  [sampling, chengdu, mianyang, zigong, wuhou, leader, chengduLeader] = await Promise.all(
    ['div-sampling', 'city-510100', 'city-510700', 'city-510300', 'county-510107', 'leader', 'leader-510100'].map((u) => t.login(u)),
  );
});
afterAll(() => t.close());

describe('sending a notice', () => {
  it('sends at once (approval off by default): 201 { id }, a work item and a notification per recipient unit', async () => {
    const id = await send(sampling, warning([CHENGDU, MIANYANG], { replyDueOn: '2099-12-31' }));
    const [row] = await t.database.db.select().from(notices).where(eq(notices.id, id));
    expect(row.status).toBe('sent');
    const items = await t.database.db.select().from(workItems).where(and(eq(workItems.kind, 'notice'), eq(workItems.subjectId, `${id}/${CHENGDU}`)));
    expect(items).toHaveLength(1);
    expect(items[0].ownerUnitId).toBe(CHENGDU);
    const bell = (await chengdu.get('/api/notifications?unread=true')).json();
    expect(bell.items.some((n: { href: string }) => n.href === `/notices/${id}`)).toBe(true);
    expect((await chengdu.get('/api/notifications/unread-count')).json().unread).toBeGreaterThan(0);
  });

  it('expands recipient groups (all cities) and never includes the sender', async () => {
    const id = await send(sampling, { ...warning([]), recipientGroups: [{ group: 'allCities' }, { group: 'provincialDivisions' }] });
    const rows = await t.database.db.select().from(noticeRecipients).where(eq(noticeRecipients.noticeId, id));
    expect(rows.length).toBeGreaterThanOrEqual(21);
    expect(rows.map((r) => r.unitId)).not.toContain(unitIdForSlug('sampling'));
  });

  it('refuses recipients outside the reach: a county cannot notify another city bureau (403, nothing stored)', async () => {
    const before = await t.database.db.select().from(notices);
    const res = await wuhou.post('/api/notices', warning([CHENGDU, MIANYANG]));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('NOTICE_OUT_OF_REACH');
    expect(res.json().error.message).toContain('绵阳');
    expect(await t.database.db.select().from(notices)).toHaveLength(before.length);
    // Its own city bureau and a sibling county are in reach.
    await send(wuhou, warning([CHENGDU, JINJIANG]));
  });

  it('refuses a city notifying another city’s county, unknown units (400) and no recipients (400)', async () => {
    expect((await chengdu.post('/api/notices', warning([unitIdForRegion('510703')]))).statusCode).toBe(403);
    const unknown = await chengdu.post('/api/notices', warning(['00000000-0000-4000-8000-000000000000']));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('NOTICE_UNKNOWN_RECIPIENTS');
    expect((await chengdu.post('/api/notices', warning([]))).json().error.code).toBe('NOTICE_NO_RECIPIENTS');
    expect((await chengdu.post('/api/notices', warning([CHENGDU]))).statusCode).toBe(403);
    expect((await chengdu.post('/api/notices', { ...warning([MIANYANG]), kind: 'gossip' })).statusCode).toBe(400);
  });
});

describe('receipts, replies and scope', () => {
  let id: string;
  beforeAll(async () => {
    id = await send(sampling, warning([CHENGDU, MIANYANG], { replyDueOn: '2099-12-31' }));
  });

  it('a unit that is neither sender nor recipient gets 404 (detail, read, reply)', async () => {
    expect((await zigong.get(`/api/notices/${id}`)).statusCode).toBe(404);
    expect((await zigong.post(`/api/notices/${id}/read`)).statusCode).toBe(404);
    expect((await zigong.post(`/api/notices/${id}/replies`, { body: '收到' })).statusCode).toBe(404);
    // Not even the county below a recipient city: only the units named.
    expect((await wuhou.get(`/api/notices/${id}`)).statusCode).toBe(404);
    expect((await zigong.get('/api/notices?box=inbox&pageSize=200')).json().items.map((n: { id: string }) => n.id)).not.toContain(id);
  });

  it('records the first reader and time per recipient unit; the sender sees receipts', async () => {
    expect((await chengdu.post(`/api/notices/${id}/read`)).json()).toEqual({ firstRead: true });
    expect((await chengduLeader.post(`/api/notices/${id}/read`)).json()).toEqual({ firstRead: false });
    const detail = (await sampling.get(`/api/notices/${id}`)).json();
    const chengduReceipt = detail.receipts.find((r: { unitId: string }) => r.unitId === CHENGDU);
    expect(chengduReceipt.readAt).not.toBeNull();
    expect(chengduReceipt.readByName).toContain('工作人员');
    expect(chengduReceipt.state).toBe('read');
    expect(detail.receipts.find((r: { unitId: string }) => r.unitId === MIANYANG)).toMatchObject({ readAt: null, repliedAt: null, state: 'unread' });
    // A recipient does not see the other recipients' receipts.
    const own = (await chengdu.get(`/api/notices/${id}`)).json();
    expect(own.receipts).toBeUndefined();
    expect(own.actions).toEqual(expect.arrayContaining(['reply', 'acknowledge']));
  });

  it('opening the detail is a read receipt', async () => {
    await mianyang.get(`/api/notices/${id}`);
    const detail = (await sampling.get(`/api/notices/${id}`)).json();
    expect(detail.receipts.find((r: { unitId: string }) => r.unitId === MIANYANG).readAt).not.toBeNull();
  });

  it('a reply sets repliedAt, closes the unit’s work item and notifies the sender', async () => {
    const res = await chengdu.post(`/api/notices/${id}/replies`, { body: '已部署全市开展散装白酒专项检查。' });
    expect(res.statusCode).toBe(201);
    const detail = (await sampling.get(`/api/notices/${id}`)).json();
    expect(detail.receipts.find((r: { unitId: string }) => r.unitId === CHENGDU)).toMatchObject({ state: 'replied' });
    expect(detail.replies[0]).toMatchObject({ unitId: CHENGDU, body: '已部署全市开展散装白酒专项检查。' });
    const [item] = await t.database.db.select().from(workItems).where(and(eq(workItems.kind, 'notice'), eq(workItems.subjectId, `${id}/${CHENGDU}`)));
    expect(item.status).toBe('done');
    const bell = (await sampling.get('/api/notifications?unread=true')).json();
    expect(bell.items.some((n: { kind: string; href: string }) => n.kind === 'reply' && n.href === `/notices/${id}`)).toBe(true);
    // The sender cannot reply to its own notice.
    expect((await sampling.post(`/api/notices/${id}/replies`, { body: 'x' })).statusCode).toBe(403);
  });

  it('lists the inbox and the sent box with counts', async () => {
    const inbox = (await mianyang.get('/api/notices?box=inbox&pageSize=200')).json();
    expect(inbox.items.find((n: { id: string }) => n.id === id)).toMatchObject({ ownState: 'read', senderUnitName: expect.any(String) });
    const sent = (await sampling.get('/api/notices?box=sent&pageSize=200')).json();
    expect(sent.items.find((n: { id: string }) => n.id === id)).toMatchObject({ recipientCount: 2, readCount: 2, repliedCount: 1 });
    expect((await chengdu.get('/api/notices?box=sent&pageSize=200')).json().items.map((n: { id: string }) => n.id)).not.toContain(id);
  });
});

describe('overdue, reminders and withdrawal', () => {
  it('marks unreplied recipients overdue after the reply date; the sender reminds them (work item + notification)', async () => {
    const id = await send(sampling, warning([CHENGDU, MIANYANG], { replyDueOn: '2099-12-31' }));
    await chengdu.post(`/api/notices/${id}/replies`, { body: '收到' });
    // Nothing is overdue yet: the reminder is refused.
    expect((await sampling.post(`/api/notices/${id}/remind`)).json().error.code).toBe('NOTICE_NONE_OVERDUE');
    await t.database.db.update(notices).set({ replyDueOn: '2020-01-01' }).where(eq(notices.id, id));
    const detail = (await sampling.get(`/api/notices/${id}`)).json();
    expect(detail.receipts.find((r: { unitId: string }) => r.unitId === MIANYANG).state).toBe('overdue');
    expect(detail.receipts.find((r: { unitId: string }) => r.unitId === CHENGDU).state).toBe('replied');
    expect(detail.actions).toContain('remind');
    const res = await sampling.post(`/api/notices/${id}/remind`);
    expect(res.json()).toEqual({ remindedUnitIds: [MIANYANG] });
    const reminders = await t.database.db.select().from(workItems).where(and(eq(workItems.kind, 'notice_reminder'), eq(workItems.subjectId, `${id}/${MIANYANG}`)));
    expect(reminders).toHaveLength(1);
    expect((await mianyang.get('/api/notifications?unread=true')).json().items.some((n: { kind: string }) => n.kind === 'reminder')).toBe(true);
    // The overdue sweep warns once, however often it runs.
    const first = await warnOverdueNotices(t.database.db);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(await warnOverdueNotices(t.database.db)).toBe(0);
    // Only the sender reminds.
    expect((await mianyang.post(`/api/notices/${id}/remind`)).statusCode).toBe(403);
  });

  it('withdrawal by the sender: items cancelled, a later reply is 409 and stores nothing', async () => {
    const id = await send(sampling, warning([CHENGDU]));
    expect((await chengdu.post(`/api/notices/${id}/withdraw`)).statusCode).toBe(403);
    const res = await sampling.post(`/api/notices/${id}/withdraw`);
    expect(res.statusCode).toBe(200);
    expect(res.json().status).toBe('withdrawn');
    const reply = await chengdu.post(`/api/notices/${id}/replies`, { body: '收到' });
    expect(reply.statusCode).toBe(409);
    expect(reply.json().error.code).toBe('NOTICE_WITHDRAWN');
    const detail = (await sampling.get(`/api/notices/${id}`)).json();
    expect(detail.replies).toEqual([]);
    const [item] = await t.database.db.select().from(workItems).where(and(eq(workItems.kind, 'notice'), eq(workItems.subjectId, `${id}/${CHENGDU}`)));
    expect(item.status).toBe('cancelled');
  });
});

describe('approval by the sending unit’s head', () => {
  it('when turned on for a kind, a notice waits for the head; recipients see nothing until approved', async () => {
    const off = (await chengdu.get('/api/notices/approval-settings')).json();
    expect(off.items.every((s: { required: boolean }) => !s.required)).toBe(true);
    // Only the head (notice.approve) changes the setting.
    const denied = await t.app.inject({ method: 'PUT', url: '/api/notices/approval-settings', headers: { cookie: chengdu.cookie, 'x-csrf-token': chengdu.csrfToken }, payload: { kind: 'circular', required: true } });
    expect(denied.statusCode).toBe(403);
    const on = await t.app.inject({ method: 'PUT', url: '/api/notices/approval-settings', headers: { cookie: chengduLeader.cookie, 'x-csrf-token': chengduLeader.csrfToken }, payload: { kind: 'circular', required: true } });
    expect(on.statusCode).toBe(200);

    const res = await chengdu.post('/api/notices', { ...warning([WUHOU]), kind: 'circular' });
    expect(res.statusCode).toBe(201);
    expect(res.json().status).toBe('pending_approval');
    const id = res.json().id;
    // The approval item is a new work item of the unit: the bell says so.
    const bell = (await chengduLeader.get('/api/notifications?unread=true&pageSize=50')).json();
    expect(bell.items.some((n: { kind: string; title: string }) => n.kind === 'work_item' && n.title.includes('审批通报函'))).toBe(true);
    // A draft is the sender's alone until approved.
    expect((await wuhou.get(`/api/notices/${id}`)).statusCode).toBe(404);
    expect((await wuhou.get('/api/notices?box=inbox&pageSize=200')).json().items.map((n: { id: string }) => n.id)).not.toContain(id);
    expect((await chengdu.post(`/api/notices/${id}/approve`)).statusCode).toBe(403);
    const approved = await chengduLeader.post(`/api/notices/${id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json().status).toBe('sent');
    expect((await wuhou.get('/api/notices?box=inbox&pageSize=200')).json().items.map((n: { id: string }) => n.id)).toContain(id);

    // Other kinds still go at once.
    expect((await chengdu.post('/api/notices', warning([WUHOU]))).json().status).toBe('sent');
  });
});

describe('overdue warnings of work items', () => {
  it('one notification per unit and day, however often the sweep runs', async () => {
    const first = await warnOverdueWorkItems(t.database.db);
    expect(first).toBeGreaterThan(0);
    expect(await warnOverdueWorkItems(t.database.db)).toBe(0);
    const read = await chengdu.post('/api/notifications/read-all');
    expect(read.json()).toEqual({ unread: 0 });
    expect((await chengdu.get('/api/notifications/unread-count')).json()).toEqual({ unread: 0 });
    // Another user of the same unit still has them unread: read state is per user.
    expect((await chengduLeader.get('/api/notifications/unread-count')).json().unread).toBeGreaterThan(0);
  });
});

describe('attachments of notices and replies', () => {
  const pdf = () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

  it('the sender attaches to the notice, a recipient to its own reply; each file only where its record is seen', async () => {
    const id = await send(sampling, warning([CHENGDU, MIANYANG], { replyDueOn: '2099-12-31' }));
    const up = await t.upload(sampling, `/api/notices/${id}/attachments`, { name: '风险分析.pdf', bytes: pdf() });
    expect(up.statusCode, up.body).toBe(201);
    const file = up.json();
    expect(file).toMatchObject({ fileName: '风险分析.pdf', replyId: null });
    // A recipient may not attach to the notice itself, an outsider not at all.
    expect((await t.upload(chengdu, `/api/notices/${id}/attachments`, { name: 'x.pdf', bytes: pdf() })).statusCode).toBe(403);
    expect((await t.upload(zigong, `/api/notices/${id}/attachments`, { name: 'x.pdf', bytes: pdf() })).statusCode).toBe(404);

    expect((await chengdu.get(file.href)).statusCode).toBe(200);
    expect((await zigong.get(file.href)).statusCode).toBe(404);

    const replied = (await chengdu.post(`/api/notices/${id}/replies`, { body: '排查情况见附件' })).json();
    const replyId = replied.replies[0].id;
    const replyFile = await t.upload(chengdu, `/api/notices/${id}/attachments?replyId=${replyId}`, { name: '排查情况.pdf', bytes: pdf() });
    expect(replyFile.statusCode, replyFile.body).toBe(201);
    // Another recipient cannot attach to it, nor see it; the sender sees both files.
    expect((await t.upload(mianyang, `/api/notices/${id}/attachments?replyId=${replyId}`, { name: 'x.pdf', bytes: pdf() })).statusCode).toBe(403);
    expect((await mianyang.get(replyFile.json().href)).statusCode).toBe(404);
    expect((await mianyang.get(`/api/notices/${id}`)).json().attachments).toHaveLength(1);
    expect((await sampling.get(`/api/notices/${id}`)).json().attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['风险分析.pdf', '排查情况.pdf']);
  });
});
