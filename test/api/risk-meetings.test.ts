import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, like, sql } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, orgUnits, riskMeetings, samplingSuggestions, workItems } from '../../src/db/schema/index.js';
import { openMeetingPeriods } from '../../src/modules/risk-meetings/open-periods.js';
import { unitIdForRegion, unitIdForSlug } from '../../src/modules/org/seed-organisation.js';
import { toLocalDate } from '../../src/domain/time.js';

let t: TestApp;
let wuhou: TestClient;
let jinjiang: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let coordination: TestClient;
let sampling: TestClient;
let leader: TestClient;

const put = (client: TestClient, url: string, payload: unknown) =>
  t.app.inject({ method: 'PUT', url, headers: { cookie: client.cookie, 'x-csrf-token': client.csrfToken }, payload: payload as object });

beforeAll(async () => {
  t = await createTestApp();
  [wuhou, jinjiang, chengdu, mianyang, coordination, sampling, leader] = await Promise.all(
    ['county-510107', 'county-510104', 'city-510100', 'city-510700', 'div-coordination', 'div-sampling', 'leader'].map((u) => t.login(u)),
  );
});
afterAll(async () => t?.close());

describe('recording a meeting', () => {
  it('records for the own unit (201 { id }) and refuses another unit (403), storing nothing', async () => {
    const res = await wuhou.post('/api/risk-meetings', { heldOn: '2025-03-10', form: 'meeting', summary: '研判本月抽检情况' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ id: expect.any(String) });
    const before = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(riskMeetings))[0].n;
    const other = await jinjiang.post('/api/risk-meetings', { unitId: unitIdForRegion('510107'), heldOn: '2025-03-12', form: 'meeting', summary: '代登记' });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.code).toBe('RISK_MEETING_OWN_UNIT_ONLY');
    expect((await chengdu.post('/api/risk-meetings', { unitId: unitIdForRegion('510107'), heldOn: '2025-03-12', form: 'meeting', summary: '上级代登记' })).statusCode).toBe(403);
    expect((await t.database.db.select({ n: sql<number>`count(*)::int` }).from(riskMeetings))[0].n).toBe(before);
  });

  it('refuses a date in the future or before the rhythm applied, and bad fields', async () => {
    const tomorrow = toLocalDate(new Date(Date.now() + 86_400_000));
    const future = await wuhou.post('/api/risk-meetings', { heldOn: tomorrow, form: 'meeting', summary: 'x' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe('RISK_MEETING_IN_FUTURE');
    const early = await wuhou.post('/api/risk-meetings', { heldOn: '2019-05-01', form: 'meeting', summary: 'x' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('RISK_MEETING_BEFORE_UNIT');
    const bad = await wuhou.post('/api/risk-meetings', { heldOn: '2025-03-10', form: 'party', summary: '' });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.details)).toEqual(expect.arrayContaining(['form', 'summary']));
    const badOwner = await wuhou.post('/api/risk-meetings', {
      heldOn: '2025-03-10',
      form: 'meeting',
      summary: 'x',
      followUps: [{ kind: 'task', description: '措施', ownerUnitId: '00000000-0000-4000-8000-000000000000', dueOn: '2025-03-01' }],
    });
    expect(badOwner.statusCode).toBe(400);
    expect(badOwner.json().error.details).toMatchObject({ 'followUps.0.ownerUnitId': expect.any(String), 'followUps.0.dueOn': expect.any(String) });
  });

  it('turns follow-ups into work items and a tracking-sampling proposal into a plan suggestion', async () => {
    const res = await wuhou.post('/api/risk-meetings', {
      heldOn: '2025-05-20',
      form: 'discussion',
      summary: '农贸市场蔬菜农残问题突出',
      sources: ['sampling', 'complaints'],
      participants: { unitIds: [unitIdForRegion('510100')], people: ['张三'] },
      risks: [{ description: '韭菜腐霉利超标', level: 'high', regionCode: '510107', link: 'distribution' }],
      conclusions: '开展跟踪抽检',
      followUps: [
        { kind: 'tracking_sampling', description: '对辖区韭菜开展跟踪抽检', ownerUnitId: unitIdForSlug('sampling'), dueOn: '2025-06-30', regionCode: '510107', items: ['腐霉利'] },
        { kind: 'task', description: '加密快检', ownerUnitId: unitIdForRegion('510107'), dueOn: '2025-06-15' },
        { kind: 'notice', description: '通报市局', ownerUnitId: unitIdForRegion('510107'), dueOn: '2025-06-01' },
      ],
    });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const detail = (await wuhou.get(`/api/risk-meetings/${id}`)).json();
    expect(detail).toMatchObject({ periodStart: '2025-05-01', periodEnd: '2025-05-31', late: false, formName: '座谈讨论', actions: ['downloadMinutes', 'attach'], attachments: [] });
    expect((await chengdu.get(`/api/risk-meetings/${id}`)).json().actions).toEqual(['downloadMinutes']);
    expect(detail.followUps.map((f: { kind: string; workItemStatus: string | null }) => [f.kind, f.workItemStatus])).toEqual([
      ['tracking_sampling', null],
      ['task', 'open'],
      ['notice', 'open'],
    ]);
    const suggestionId = detail.followUps[0].suggestionId;
    const [suggestion] = await t.database.db.select().from(samplingSuggestions).where(eq(samplingSuggestions.id, suggestionId));
    expect(suggestion).toMatchObject({ fromUnitId: unitIdForRegion('510107'), regionCode: '510107', status: 'pending' });
    expect(suggestion.content).toContain('腐霉利');
    const suggestions = (await sampling.get('/api/sampling-suggestions?pageSize=200')).json();
    if (suggestions.items) expect(suggestions.items.map((s: { id: string }) => s.id)).toContain(suggestionId);
    const audit = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'riskMeeting.record'), eq(auditLog.entityId, id)));
    expect(audit).toHaveLength(1);
    const docx = await wuhou.get(`/api/risk-meetings/${id}/minutes.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.headers['content-type']).toContain('wordprocessingml');
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('completes the unit\'s open risk_meeting work item of that period; the item is no longer completed by hand', async () => {
    const today = toLocalDate(new Date());
    const compliance = (await chengdu.get(`/api/risk-meetings/compliance?level=county&date=${today}`)).json();
    const open = compliance.items.find((i: { status: string }) => i.status === 'open');
    expect(open).toBeTruthy();
    const county = await t.login(`county-${open.regionCode}`);
    const item = (await county.get('/api/work-items?scope=mine&kind=risk_meeting&pageSize=200')).json().items.find((i: { dueAt: string }) => toLocalDate(new Date(i.dueAt)) === compliance.periodEnd);
    expect(item).toBeTruthy();
    const manual = await county.post(`/api/work-items/${item.id}/complete`, { version: item.version });
    expect(manual.statusCode).toBe(409);
    expect((await county.post('/api/risk-meetings', { heldOn: today, form: 'video', summary: '本月研判' })).statusCode).toBe(201);
    const after = (await county.get(`/api/work-items/${item.id}`)).json();
    expect(after.status).toBe('done');
    const again = (await chengdu.get(`/api/risk-meetings/compliance?level=county&date=${today}`)).json();
    expect(again.items.find((i: { unitId: string }) => i.unitId === open.unitId).status).toBe('held');
  });
});

describe('completeness', () => {
  it('statuses at the period edges: held on the last day, late for the previous period, missing, scoped to the city', async () => {
    // January 2025 lies before the demo's year: only what this test records is there.
    expect((await wuhou.post('/api/risk-meetings', { heldOn: '2025-01-31', form: 'meeting', summary: '月末召开' })).statusCode).toBe(201);
    expect((await jinjiang.post('/api/risk-meetings', { heldOn: '2025-02-01', forPreviousPeriod: true, form: 'written', summary: '补开1月' })).statusCode).toBe(201);
    const edge = (await chengdu.get('/api/risk-meetings/compliance?level=county&date=2025-01-01')).json();
    expect(edge).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-01-31' });
    const status = (code: string) => edge.items.find((i: { regionCode: string }) => i.regionCode === code)?.status;
    expect(status('510107')).toBe('held');
    expect(status('510104')).toBe('late');
    expect(status('510105')).toBe('missing');
    // Chengdu sees its own counties only; the province sees all 183.
    expect(edge.items.every((i: { regionCode: string }) => i.regionCode.startsWith('5101'))).toBe(true);
    expect(edge.items.some((i: { regionCode: string }) => i.regionCode === '510703')).toBe(false);
    const all = (await leader.get('/api/risk-meetings/compliance?level=county&date=2025-01-15')).json();
    expect(all.items.length).toBeGreaterThan(150);
    expect(all.byCity.find((c: { regionCode: string }) => c.regionCode === '510100')).toMatchObject({ held: 1, late: 1 });
    // The first day of February is another period.
    const feb = (await chengdu.get('/api/risk-meetings/compliance?level=county&date=2025-02-01')).json();
    expect(feb.items.find((i: { regionCode: string }) => i.regionCode === '510104').status).toBe('missing');
    // City level: bimonths; province level: quarters.
    expect((await leader.get('/api/risk-meetings/compliance?level=city&date=2025-02-28')).json()).toMatchObject({ periodStart: '2025-01-01', periodEnd: '2025-02-28' });
    const province = (await leader.get('/api/risk-meetings/compliance?level=province&date=2025-12-31')).json();
    expect(province).toMatchObject({ periodStart: '2025-10-01', periodEnd: '2025-12-31' });
    expect(province.items.map((i: { unitId: string }) => i.unitId)).toContain(unitIdForSlug('province'));
  });

  it('a city cannot read another city\'s meetings (404) or its counties\' completeness', async () => {
    const list = (await wuhou.get('/api/risk-meetings?pageSize=5')).json();
    const id = list.items[0].id;
    expect((await chengdu.get(`/api/risk-meetings/${id}`)).statusCode).toBe(200);
    expect((await mianyang.get(`/api/risk-meetings/${id}`)).statusCode).toBe(404);
    expect((await jinjiang.get(`/api/risk-meetings/${id}`)).statusCode).toBe(404);
    expect((await coordination.get(`/api/risk-meetings/${id}`)).statusCode).toBe(200);
    const mine = (await mianyang.get('/api/risk-meetings?pageSize=200')).json();
    expect(mine.items.every((m: { unitName: string }) => !m.unitName.includes('武侯'))).toBe(true);
    const compliance = (await mianyang.get('/api/risk-meetings/compliance?level=county&date=2025-01-10')).json();
    expect(compliance.items.every((i: { regionCode: string }) => i.regionCode.startsWith('5107'))).toBe(true);
  });

  it('a units × periods matrix for a year, and its xlsx', async () => {
    const matrix = (await leader.get('/api/risk-meetings/matrix?level=county&year=2025')).json();
    expect(matrix.periods).toHaveLength(12);
    expect(matrix.rows.length).toBeGreaterThan(150);
    const wuhouRow = matrix.rows.find((r: { regionCode: string }) => r.regionCode === '510107');
    expect(wuhouRow.cells[0]).toBe('held');
    const city = (await chengdu.get('/api/risk-meetings/matrix?level=county&year=2025')).json();
    expect(city.rows.every((r: { regionCode: string }) => r.regionCode.startsWith('5101'))).toBe(true);
    const xlsx = await chengdu.get('/api/risk-meetings/matrix.xlsx?level=county&year=2025');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

describe('the scheduler', () => {
  it('opens a period once per obliged unit, even run twice and in parallel', async () => {
    const at = new Date('2027-01-01T00:30:00+08:00');
    const counties = (await t.database.db.select({ n: sql<number>`count(*)::int` }).from(orgUnits).where(eq(orgUnits.kind, 'county_bureau')))[0].n;
    const results = await Promise.all([openMeetingPeriods(t.database.db, at), openMeetingPeriods(t.database.db, at)]);
    expect(await openMeetingPeriods(t.database.db, at)).toBe(0);
    const items = await t.database.db.select({ ownerUnitId: workItems.ownerUnitId, dueAt: workItems.dueAt }).from(workItems).where(and(eq(workItems.kind, 'risk_meeting'), like(workItems.subjectId, '%:2027-01-01')));
    expect(results[0] + results[1]).toBe(items.length);
    expect(new Set(items.map((i) => i.ownerUnitId)).size).toBe(items.length);
    expect(items.length).toBeGreaterThan(counties);
    const wuhouItem = items.find((i) => i.ownerUnitId === unitIdForRegion('510107'))!;
    expect(toLocalDate(wuhouItem.dueAt!)).toBe('2027-01-31');
    const cityItem = items.find((i) => i.ownerUnitId === unitIdForRegion('510100'))!;
    expect(toLocalDate(cityItem.dueAt!)).toBe('2027-02-28');
  });
});

describe('rules and the leading group', () => {
  it('协调处 edits the rhythm with audit; other divisions and bureaus cannot', async () => {
    const rules = (await coordination.get('/api/risk-meetings/rules')).json();
    expect(rules.editable).toBe(true);
    expect(rules.rules.map((r: { level: string; periodMonths: number }) => [r.level, r.periodMonths])).toEqual([
      ['province', 3],
      ['city', 2],
      ['county', 1],
    ]);
    expect((await sampling.get('/api/risk-meetings/rules')).json().editable).toBe(false);
    const city = rules.rules[1];
    expect((await put(sampling, '/api/risk-meetings/rules/city', { version: city.version, basis: '改' })).statusCode).toBe(403);
    expect((await put(chengdu, '/api/risk-meetings/rules/city', { version: city.version, basis: '改' })).statusCode).toBe(403);
    expect((await put(coordination, '/api/risk-meetings/rules/city', { version: city.version, periodMonths: 5 })).statusCode).toBe(400);
    const ok = await put(coordination, '/api/risk-meetings/rules/city', { version: city.version, basis: `${city.basis}（经核）` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ edited: true, version: city.version + 1 });
    expect((await put(coordination, '/api/risk-meetings/rules/city', { version: city.version, basis: '旧版本' })).statusCode).toBe(409);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'riskMeetingRule.update'));
    expect(audit).toHaveLength(1);
  });

  it('the leading group is seeded from arts. 19–20 and edited by 协调处; its meetings are province meetings', async () => {
    const group = (await leader.get('/api/risk-meetings/leading-group')).json();
    expect(group.members.filter((m: { role: string }) => m.role === 'leader')).toHaveLength(1);
    expect(group.members.some((m: { unitName: string }) => m.unitName.includes('抽检监测'))).toBe(true);
    expect(group.editable).toBe(false);
    const members = group.members.map((m: { role: string; unitId: string; position: string }) => ({ role: m.role, unitId: m.unitId, position: m.position }));
    members[0] = { ...members[0], personName: '某某' };
    expect((await put(leader, '/api/risk-meetings/leading-group', { members })).statusCode).toBe(403);
    const ok = await put(coordination, '/api/risk-meetings/leading-group', { members });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().members[0].personName).toBe('某某');
    const meeting = await coordination.post('/api/risk-meetings', {
      leadingGroup: true,
      heldOn: '2025-06-20',
      form: 'meeting',
      summary: '领导小组会议',
      followUps: [{ kind: 'task', description: '督查逾期处置', ownerUnitId: unitIdForSlug('enforcement'), dueOn: '2025-07-31' }],
    });
    expect(meeting.statusCode).toBe(201);
    const detail = (await leader.get(`/api/risk-meetings/${meeting.json().id}`)).json();
    expect(detail).toMatchObject({ unitId: unitIdForSlug('province'), leadingGroup: true, level: 'province', periodStart: '2025-04-01' });
    const listed = (await leader.get('/api/risk-meetings?leadingGroup=true&pageSize=50')).json();
    expect(listed.items.map((m: { id: string }) => m.id)).toContain(meeting.json().id);
    expect((await wuhou.post('/api/risk-meetings', { leadingGroup: true, heldOn: '2025-06-20', form: 'meeting', summary: 'x' })).statusCode).toBe(403);
  });
});

describe('files of a meeting (纪要和附件)', () => {
  const pdf = () => Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

  it('the holding unit attaches (type by content, audited); readers in scope list and download; others 403 or 404', async () => {
    const res = await wuhou.post('/api/risk-meetings', { heldOn: '2025-06-10', form: 'meeting', summary: '研判本月抽检情况，附签到表' });
    expect(res.statusCode).toBe(201);
    const { id } = res.json();
    const up = await t.upload(wuhou, `/api/risk-meetings/${id}/attachments`, { name: '签到表.pdf', bytes: pdf() });
    expect(up.statusCode, up.body).toBe(201);
    const file = up.json();
    expect(file).toMatchObject({ fileName: '签到表.pdf', mimeType: 'application/pdf', href: `/api/risk-meetings/${id}/attachments/${file.id}` });
    const [audit] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.action, 'riskMeeting.attach'), eq(auditLog.entityId, id)));
    expect(audit).toBeDefined();

    // A file whose content is not what its name says is refused, and nothing is stored.
    const fake = await t.upload(wuhou, `/api/risk-meetings/${id}/attachments`, { name: '纪要.pdf', bytes: Buffer.from('MZ\x90\x00 not a pdf') });
    expect(fake.statusCode).toBe(400);

    // The city above reads and downloads but may not attach; another city and a sibling county see nothing.
    expect((await t.upload(chengdu, `/api/risk-meetings/${id}/attachments`, { name: 'x.pdf', bytes: pdf() })).statusCode).toBe(403);
    expect((await t.upload(mianyang, `/api/risk-meetings/${id}/attachments`, { name: 'x.pdf', bytes: pdf() })).statusCode).toBe(404);
    expect((await t.upload(jinjiang, `/api/risk-meetings/${id}/attachments`, { name: 'x.pdf', bytes: pdf() })).statusCode).toBe(404);
    const download = await chengdu.get(file.href);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.rawPayload.equals(pdf())).toBe(true);
    expect((await mianyang.get(file.href)).statusCode).toBe(404);
    expect((await jinjiang.get(file.href)).statusCode).toBe(404);

    const detail = (await chengdu.get(`/api/risk-meetings/${id}`)).json();
    expect(detail.attachments.map((a: { fileName: string }) => a.fileName)).toEqual(['签到表.pdf']);
    // A file is read only through its own meeting.
    const other = (await wuhou.post('/api/risk-meetings', { heldOn: '2025-07-10', form: 'meeting', summary: '另一次研判' })).json();
    expect((await wuhou.get(`/api/risk-meetings/${other.id}/attachments/${file.id}`)).statusCode).toBe(404);
  });
});
