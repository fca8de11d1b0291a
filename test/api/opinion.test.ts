/**
 * 舆情事件 (issue 14 §2): the register's workflow and validation, the notification of a 较大/重大
 * event to the leading group's units and 协调处, the opinion watch's completion rule, the scope
 * (a city bureau reads only the events of its area: 404 otherwise), and a rumour response that
 * reaches the portal only once co-reviewed and published.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, leadingGroupMembers, notifications } from '../../src/db/schema/index.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { toLocalDate } from '../../src/domain/time.js';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { createUnqualifiedSample } from '../helpers/samples.js';

let t: TestApp;
let publicity: TestClient;
let news: TestClient;
let sampling: TestClient;
let coordination: TestClient;
let leader: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let production: TestClient;

const today = toLocalDate(new Date());
const anonymous = (url: string) => t.app.inject({ method: 'GET', url });
const event = (overrides: Record<string, unknown> = {}) => ({
  title: '网传某品牌蛋黄酥致病',
  source: 'social',
  sourceNote: '微博',
  firstSeenAt: today,
  summary: '社交平台流传某品牌蛋黄酥“吃了住院”的帖子，转发量上升。',
  links: ['https://weibo.com/123456'],
  level: 'general',
  ...overrides,
});

beforeAll(async () => {
  t = await createTestApp();
  [publicity, news, sampling, coordination, leader, chengdu, mianyang, production] = await Promise.all(
    ['div-publicity-archives', 'div-news', 'div-sampling', 'div-coordination', 'leader', 'city-510100', 'city-510700', 'div-production'].map((u) => t.login(u)),
  );
});
afterAll(() => t.close());

describe('the register: workflow and validation', () => {
  let id: string;

  it('refuses bad input field by field: an unknown level, a link that is not a web address, no title', async () => {
    const res = await publicity.post('/api/opinion-events', event({ title: '', level: 'huge', links: ['javascript:alert(1)'] }));
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details;
    expect(Object.keys(details)).toEqual(expect.arrayContaining(['title', 'level', 'links.0']));
    expect(details['links.0']).toContain('http');
  });

  it('refuses units other than the two keepers (403), and an owner that is not one of them (400)', async () => {
    expect((await production.post('/api/opinion-events', event())).statusCode).toBe(403);
    expect((await chengdu.post('/api/opinion-events', event())).statusCode).toBe(403);
    const res = await publicity.post('/api/opinion-events', event({ ownerUnitId: unitIdForSlug('sampling') }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('OPINION_OWNER_UNIT');
  });

  it('refuses a link the user cannot reach, naming it', async () => {
    const res = await publicity.post('/api/opinion-events', event({ sampleNos: ['NO-SUCH-SAMPLE'] }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'OPINION_LINKS_UNKNOWN' });
    expect(res.json().error.details.sampleNos).toContain('NO-SUCH-SAMPLE');
  });

  it('records a 一般 event with its links and audit row, and notifies nobody', async () => {
    const res = await publicity.post('/api/opinion-events', event());
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    const detail = (await publicity.get(`/api/opinion-events/${id}`)).json();
    expect(detail).toMatchObject({ status: 'open', statusName: '处置中', levelName: '一般', sourceName: '社交平台', links: ['https://weibo.com/123456'], ownerUnit: { id: unitIdForSlug('publicity-archives') } });
    expect(detail.actions).toEqual(['edit', 'respond', 'close']);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'opinionEvent'), eq(auditLog.entityId, id)));
    expect(audit.map((a) => a.action)).toEqual(['opinionEvent.record']);
    const sent = await t.database.db.select().from(notifications).where(eq(notifications.href, `/opinion/${id}`));
    expect(sent).toEqual([]);
  });

  it('records a response with an explainer; a 标准解读 without one is refused', async () => {
    const bad = await publicity.post(`/api/opinion-events/${id}/responses`, { kind: 'explainer', title: '标准解读', actedOn: today });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('OPINION_EXPLAINER_REQUIRED');
    const explainer = (await publicity.get('/api/explainers')).json().items[0];
    const res = await publicity.post(`/api/opinion-events/${id}/responses`, { kind: 'explainer', title: `${explainer.itemName}标准解读`, actedOn: today, explainerId: explainer.id });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().responses).toMatchObject([{ kindName: '标准解读', explainer: { id: explainer.id } }]);
    const outcome = await publicity.post(`/api/opinion-events/${id}/responses/${res.json().responses[0].id}/outcome`, { outcome: '阅读量1.2万，评论趋于理性' });
    expect(outcome.json().responses[0].outcome).toBe('阅读量1.2万，评论趋于理性');
  });

  it('closes with a summary; a closed event takes no response (409) until reopened', async () => {
    const detail = (await publicity.get(`/api/opinion-events/${id}`)).json();
    expect((await publicity.post(`/api/opinion-events/${id}/close`, { version: detail.version })).statusCode).toBe(400);
    const closed = await publicity.post(`/api/opinion-events/${id}/close`, { version: detail.version, closingSummary: '经标准解读，舆情平息' });
    expect(closed.json()).toMatchObject({ status: 'closed', closingSummary: '经标准解读，舆情平息', actions: ['reopen'] });
    const refused = await publicity.post(`/api/opinion-events/${id}/responses`, { kind: 'statement', title: '声明', actedOn: today });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('OPINION_EVENT_CLOSED');
    const stale = await publicity.post(`/api/opinion-events/${id}/reopen`, { version: detail.version, reason: '再次发酵' });
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const reopened = await publicity.post(`/api/opinion-events/${id}/reopen`, { version: closed.json().version, reason: '再次发酵' });
    expect(reopened.json().status).toBe('open');
  });

  it('协调处 and the leader read the register but do not work on it (协调处 may only add complaints)', async () => {
    for (const [client, actions] of [[coordination, ['linkComplaints']], [leader, []]] as const) {
      const detail = await client.get(`/api/opinion-events/${id}`);
      expect(detail.statusCode).toBe(200);
      expect(detail.json().actions).toEqual(actions);
      expect((await client.get('/api/opinion-events?pageSize=100')).json().items.some((e: { id: string }) => e.id === id)).toBe(true);
    }
    const res = await coordination.post(`/api/opinion-events/${id}/responses`, { kind: 'statement', title: '声明', actedOn: today });
    expect(res.statusCode).toBe(403);
  });
});

describe('a 较大 or 重大 event tells the leading group and 协调处 at once', () => {
  it('notifies every leading-group unit and 协调处, once each, with a link to the event', async () => {
    const res = await news.post('/api/opinion-events', event({ title: '媒体报道某地米粉检出违禁物', source: 'media', level: 'significant' }));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id;
    const members = await t.database.db.selectDistinct({ unitId: leadingGroupMembers.unitId }).from(leadingGroupMembers);
    const expected = new Set([...members.map((m) => m.unitId), unitIdForSlug('coordination')]);
    const sent = await t.database.db.select().from(notifications).where(eq(notifications.href, `/opinion/${id}`));
    expect(new Set(sent.map((n) => n.unitId))).toEqual(expected);
    expect(sent).toHaveLength(expected.size);
    expect(sent.every((n) => n.kind === 'opinion' && n.title === '较大舆情事件：媒体报道某地米粉检出违禁物')).toBe(true);
    const bell = (await coordination.get('/api/notifications?unread=true')).json().items as { kindName: string; href: string }[];
    expect(bell.some((n) => n.href === `/opinion/${id}` && n.kindName === '舆情事件')).toBe(true);
    expect((await leader.get('/api/notifications?unread=true')).json().items.some((n: { href: string }) => n.href === `/opinion/${id}`)).toBe(true);
    // Not a unit outside the group.
    expect((await chengdu.get('/api/notifications?unread=true')).json().items.some((n: { href: string }) => n.href === `/opinion/${id}`)).toBe(false);
  });

  it('raising a 一般 event to 重大 tells them then', async () => {
    const id = (await publicity.post('/api/opinion-events', event({ title: '12345集中反映某校食堂' , source: 'hotline' }))).json().id;
    const before = await t.database.db.select().from(notifications).where(eq(notifications.href, `/opinion/${id}`));
    expect(before).toEqual([]);
    const detail = (await publicity.get(`/api/opinion-events/${id}`)).json();
    const res = await publicity.patch(`/api/opinion-events/${id}`, { version: detail.version, level: 'major' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await t.database.db.select().from(notifications).where(eq(notifications.href, `/opinion/${id}`));
    expect(after.length).toBeGreaterThan(1);
    expect(after.some((n) => n.unitId === unitIdForSlug('coordination') && n.title.startsWith('重大舆情事件'))).toBe(true);
  });
});

describe('scope: the register is provincial; a bureau reads the events of its area', () => {
  let chengduEvent: string;
  let provinceEvent: string;

  beforeAll(async () => {
    chengduEvent = (await publicity.post('/api/opinion-events', event({ title: '成都某火锅店舆情', regionUnitId: unitIdForRegion('510100') }))).json().id;
    provinceEvent = (await publicity.post('/api/opinion-events', event({ title: '全省性谣言' }))).json().id;
  });

  it('成都 reads its event (read only, but for adding its complaints) and not the province-wide one (404); 绵阳 reads neither', async () => {
    const own = await chengdu.get(`/api/opinion-events/${chengduEvent}`);
    expect(own.statusCode).toBe(200);
    expect(own.json().actions).toEqual(['linkComplaints']);
    expect((await chengdu.get(`/api/opinion-events/${provinceEvent}`)).statusCode).toBe(404);
    expect((await mianyang.get(`/api/opinion-events/${chengduEvent}`)).statusCode).toBe(404);
    const list = (await chengdu.get('/api/opinion-events?pageSize=200')).json().items.map((e: { id: string }) => e.id);
    expect(list).toContain(chengduEvent);
    expect(list).not.toContain(provinceEvent);
    expect((await mianyang.get('/api/opinion-events?pageSize=200')).json().items.map((e: { id: string }) => e.id)).not.toContain(chengduEvent);
  });

  it('a bureau changes no event, not even one of its own area (403: the register is the keepers\')', async () => {
    const v = (await chengdu.get(`/api/opinion-events/${chengduEvent}`)).json().version;
    expect((await chengdu.post(`/api/opinion-events/${chengduEvent}/close`, { version: v, closingSummary: 'x' })).statusCode).toBe(403);
    expect((await mianyang.patch(`/api/opinion-events/${chengduEvent}`, { version: v, title: 'x' })).statusCode).toBe(403);
  });

  it('a division outside the register (生产处) lists nothing and reads no event (404)', async () => {
    const list = await production.get('/api/opinion-events');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ items: [], total: 0 });
    expect((await production.get(`/api/opinion-events/${provinceEvent}`)).statusCode).toBe(404);
  });
});

describe('the opinion watch after a publication', () => {
  let publicationId: string;
  let watchId: string;

  beforeAll(async () => {
    const sample = await createUnqualifiedSample(t, sampling, 'OPN-0001', '武侯区');
    publicationId = (await sampling.post('/api/publications', { title: '舆情测试公告', sampleIds: [sample.id] })).json().id;
    await sampling.post(`/api/publications/${publicationId}/approve`, {});
    await news.post(`/api/publications/${publicationId}/approve`, {});
    expect((await sampling.post(`/api/publications/${publicationId}/publish`, { watchDays: 5 })).statusCode).toBe(200);
    const items = (await publicity.get('/api/work-items?kind=opinion_watch&pageSize=100')).json().items as { id: string; links: { href: string }[] }[];
    watchId = items.find((i) => i.links.some((l) => l.href === `/publications/${publicationId}`))!.id;
  });

  it('is no longer completed in the inbox by itself: the watch page does it', async () => {
    const item = (await publicity.get('/api/work-items?kind=opinion_watch&pageSize=100')).json().items.find((i: { id: string }) => i.id === watchId);
    expect(item.actions).toEqual([]);
    const res = await publicity.post(`/api/work-items/${watchId}/complete`, { version: item.version });
    expect(res.json().error.code).toBe('WORK_ITEM_CLOSES_WITH_BUSINESS');
  });

  it('refuses completion without an entry (409), a day outside the watch (400), a second entry for a day (409)', async () => {
    const watch = (await publicity.get(`/api/opinion-watches/${watchId}`)).json();
    expect(watch).toMatchObject({ status: 'open', days: [today], entries: [], publication: { id: publicationId } });
    expect(watch.actions).toEqual(['recordEntry', 'openEvent', 'complete']);
    const early = await publicity.post(`/api/opinion-watches/${watchId}/complete`, { version: watch.version });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('OPINION_WATCH_NO_ENTRY');
    const outside = await publicity.post(`/api/opinion-watches/${watchId}/entries`, { day: '2020-01-01', finding: 'none' });
    expect(outside.json().error.code).toBe('OPINION_WATCH_DAY_OUTSIDE');
    const observed = await publicity.post(`/api/opinion-watches/${watchId}/entries`, { day: today, finding: 'observed' });
    expect(observed.statusCode).toBe(400);
    expect(observed.json().error.details.note).toBeDefined();
    const ok = await publicity.post(`/api/opinion-watches/${watchId}/entries`, { day: today, finding: 'none' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().entries).toMatchObject([{ day: today, finding: 'none', findingName: '未发现舆情' }]);
    const twice = await publicity.post(`/api/opinion-watches/${watchId}/entries`, { day: today, finding: 'none' });
    expect(twice.json().error.code).toBe('OPINION_WATCH_DAY_RECORDED');
  });

  it('opens an event from the watch, linked to the publication; the day says so', async () => {
    const res = await publicity.post(`/api/opinion-watches/${watchId}/events`, { ...event({ title: '公告发布后网民质疑抽检结果', level: 'general' }), day: today });
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await publicity.get(`/api/opinion-events/${res.json().id}`)).json();
    expect(detail.publications.map((p: { id: string }) => p.id)).toEqual([publicationId]);
    expect(detail.fromWatchItemId).toBe(watchId);
    const watch = (await publicity.get(`/api/opinion-watches/${watchId}`)).json();
    expect(watch.entries).toMatchObject([{ finding: 'event', event: { id: res.json().id } }]);
  });

  it('other units may not record on the watch; the keeper completes it and the inbox item is done', async () => {
    const watch = (await publicity.get(`/api/opinion-watches/${watchId}`)).json();
    expect((await news.post(`/api/opinion-watches/${watchId}/entries`, { day: today, finding: 'none' })).statusCode).toBe(404);
    const done = await publicity.post(`/api/opinion-watches/${watchId}/complete`, { version: watch.version });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'done', actions: [] });
    const items = (await publicity.get('/api/work-items?kind=opinion_watch&status=done&pageSize=100')).json().items.map((i: { id: string }) => i.id);
    expect(items).toContain(watchId);
  });
});

describe('rumour responses (辟谣) reach the portal as consumer information, once published', () => {
  it('a rebuttal goes to co-review as a 消费提示 and shows on the portal only after publication', async () => {
    const id = (await publicity.post('/api/opinion-events', event({ title: '网传“小龙虾是虫子变的”', level: 'significant' }))).json().id;
    const withResponse = await publicity.post(`/api/opinion-events/${id}/responses`, {
      kind: 'rebuttal',
      title: '小龙虾并非虫子变的',
      detail: '小龙虾学名克氏原螯虾，属甲壳纲十足目，是常见的水产品。网传说法没有科学依据。',
      actedOn: today,
    });
    expect(withResponse.statusCode, withResponse.body).toBe(200);
    const response = withResponse.json().responses[0];
    expect(response.actions).toContain('publishRebuttal');
    const sent = await publicity.post(`/api/opinion-events/${id}/responses/${response.id}/publish`, {});
    expect(sent.statusCode, sent.body).toBe(200);
    const publication = sent.json().responses[0].publication;
    expect(publication).toMatchObject({ title: '辟谣：小龙虾并非虫子变的', status: 'review' });
    expect(sent.json().responses[0].actions).not.toContain('publishRebuttal');
    expect((await publicity.post(`/api/opinion-events/${id}/responses/${response.id}/publish`, {})).json().error.code).toBe('OPINION_REBUTTAL_SENT');

    // Unpublished: absent from the portal.
    expect((await anonymous('/public/warnings')).body).not.toContain('小龙虾并非虫子变的');
    expect((await anonymous(`/public/warnings/${publication.id}`)).statusCode).toBe(404);

    await sampling.post(`/api/publications/${publication.id}/approve`, {});
    expect((await publicity.post(`/api/publications/${publication.id}/publish`, {})).statusCode).toBe(409);
    await news.post(`/api/publications/${publication.id}/approve`, {});
    const published = await publicity.post(`/api/publications/${publication.id}/publish`, {});
    expect(published.statusCode, published.body).toBe(200);

    const list = await anonymous('/public/warnings');
    expect(list.body).toContain('辟谣：小龙虾并非虫子变的');
    const page = await anonymous(`/public/warnings/${publication.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('克氏原螯虾');
    // Internal fields of the event never reach the public page.
    expect(page.body).not.toContain('网传“小龙虾是虫子变的”');
    const detail = (await publicity.get(`/api/opinion-events/${id}`)).json();
    expect(detail.responses[0].publication).toMatchObject({ status: 'published', statusName: '已公布' });
  });

  it('only a 辟谣 response can be published (409)', async () => {
    const id = (await publicity.post('/api/opinion-events', event({ title: '另一事件' }))).json().id;
    const r = (await publicity.post(`/api/opinion-events/${id}/responses`, { kind: 'statement', title: '声明', actedOn: today })).json().responses[0];
    const res = await publicity.post(`/api/opinion-events/${id}/responses/${r.id}/publish`, {});
    expect(res.json().error.code).toBe('OPINION_RESPONSE_NOT_REBUTTAL');
  });
});
