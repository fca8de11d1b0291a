/**
 * The province view's provider indicators (issue 11 §3) and the briefing pack's notices section
 * (§1): 321 完成率 equals the risk-meetings compliance API for the same region and period; 未反馈通报
 * equals the notices' own receipts; the briefing's 收到的通报 equals the unit's inbox.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { notices } from '../../src/db/schema/index.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';
import { periodContaining, previousPeriod } from '../../src/domain/risk-meetings/periods.js';
import { toLocalDate } from '../../src/domain/time.js';

let t: TestApp;
let leader: TestClient;
let sampling: TestClient;
let chengdu: TestClient;
let mianyang: TestClient;
let wuhou: TestClient;

const today = toLocalDate(new Date());
// The latest ended periods: county bureaus meet monthly, city bureaus every two months (seed rules).
const countyPeriod = previousPeriod(periodContaining(today, 1), 1);
const cityPeriod = previousPeriod(periodContaining(today, 2), 2);

interface Indicator {
  key: string;
  note: string | null;
  values: { regionCode: string; value: number; href: string | null }[];
}
const indicatorOf = async (client: TestClient, regionCode: string, key: string) => {
  const res = await client.get(`/api/dashboard?regionCode=${regionCode}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().indicators as Indicator[]).find((i) => i.key === key)!;
};
const valueOf = (indicator: Indicator, regionCode: string) => indicator.values.find((v) => v.regionCode === regionCode)?.value;

/** 321 completeness of the units in a region, from GET /api/risk-meetings/compliance for both levels' latest ended periods. */
async function complianceRate(client: TestClient, inRegion: (code: string) => boolean) {
  const statuses: string[] = [];
  for (const [level, period] of [['city', cityPeriod], ['county', countyPeriod]] as const) {
    const res = await client.get(`/api/risk-meetings/compliance?level=${level}&date=${period.start}`);
    expect(res.statusCode, res.body).toBe(200);
    for (const item of res.json().items as { regionCode: string | null; status: string }[]) if (item.regionCode && inRegion(item.regionCode)) statuses.push(item.status);
  }
  const done = statuses.filter((s) => s === 'held' || s === 'late').length;
  return Math.round((done / statuses.length) * 10000) / 100;
}

beforeAll(async () => {
  t = await createTestApp();
  [leader, sampling, chengdu, mianyang, wuhou] = await Promise.all(['leader', 'div-sampling', 'city-510100', 'city-510700', 'county-510107'].map((u) => t.login(u)));
});
afterAll(() => t.close());

describe('321 完成率 on the map', () => {
  it('after 武侯区 records its meeting, 成都 and 武侯区 equal the compliance API for the latest ended periods', async () => {
    const heldOn = countyPeriod.start.slice(0, 8) + '10';
    const res = await wuhou.post('/api/risk-meetings', { heldOn, form: 'meeting', summary: '研判上月抽检情况' });
    expect(res.statusCode, res.body).toBe(201);

    const province = await indicatorOf(leader, '510000', 'meetingCompleteness');
    expect(province.note).toContain('县局');
    const chengduRate = await complianceRate(leader, (code) => code.startsWith('5101'));
    expect(chengduRate).toBeGreaterThan(0);
    expect(valueOf(province, '510100')).toBe(chengduRate);
    expect(valueOf(province, '510700')).toBe(await complianceRate(leader, (code) => code.startsWith('5107')));
    expect(province.values.find((v) => v.regionCode === '510100')!.href).toBe('/risk-meetings?tab=compliance&level=county&regionCode=510100');

    const city = await indicatorOf(leader, '510100', 'meetingCompleteness');
    expect(valueOf(city, '510107')).toBe(100);
    expect(valueOf(city, '510104')).toBe(await complianceRate(leader, (code) => code === '510104'));
    // The city's own bureau sees the same figure for its city (scoped like the rest of the dashboard).
    expect(valueOf(await indicatorOf(chengdu, '510000', 'meetingCompleteness'), '510100')).toBe(await complianceRate(chengdu, (code) => code.startsWith('5101')));
  });

  it('the matrix behind the link keeps the units of the region', async () => {
    const res = await leader.get(`/api/risk-meetings/matrix?level=county&year=${countyPeriod.start.slice(0, 4)}&regionCode=510100`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = res.json().rows as { regionCode: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.regionCode.startsWith('5101'))).toBe(true);
  });
});

describe('未反馈通报 and the briefing pack’s notices section', () => {
  let id: string;
  beforeAll(async () => {
    const res = await sampling.post('/api/notices', {
      kind: 'risk_warning',
      title: '关于散装白酒甲醇风险的预警提示',
      body: '请各地加强监管并反馈。',
      recipientUnitIds: [unitIdForRegion('510100'), unitIdForRegion('510700'), unitIdForRegion('510107')],
      replyDueOn: '2099-12-31',
    });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    await chengdu.get(`/api/notices/${id}`);
    expect((await chengdu.post(`/api/notices/${id}/replies`, { body: '已部署。' })).statusCode).toBe(201);
    await t.database.db.update(notices).set({ replyDueOn: '2020-01-01' }).where(eq(notices.id, id));
  });

  it('counts overdue receipts per recipient area, as the notice’s own receipts say', async () => {
    const receipts = (await sampling.get(`/api/notices/${id}`)).json().receipts as { unitId: string; state: string }[];
    const overdue = (code: string) => (receipts.find((r) => r.unitId === unitIdForRegion(code))!.state === 'overdue' ? 1 : 0);
    const province = await indicatorOf(sampling, '510000', 'unansweredNotices');
    expect(valueOf(province, '510100')).toBe(overdue('510100') + overdue('510107'));
    expect(valueOf(province, '510100')).toBe(1);
    expect(valueOf(province, '510700')).toBe(overdue('510700'));
    expect(valueOf(province, '510300')).toBe(0);
    const city = await indicatorOf(sampling, '510100', 'unansweredNotices');
    expect(valueOf(city, '510107')).toBe(1);
    expect(valueOf(city, '510104')).toBe(0);
  });

  it('the briefing pack lists the notices the unit received in the period, with read, replied and overdue', async () => {
    const month = today.slice(0, 7);
    const section = async (client: TestClient) => {
      const res = await client.get(`/api/briefing?from=${month}&to=${month}`);
      expect(res.statusCode, res.body).toBe(200);
      const s = (res.json().sections as { key: string; available: boolean; rows: { label: string; value: number; href: string | null }[] }[]).find((x) => x.key === 'noticesReceived')!;
      expect(s.available).toBe(true);
      return new Map(s.rows.map((r) => [r.label, r.value]));
    };
    const sentThisMonth = (n: { sentAt: string }) => toLocalDate(new Date(n.sentAt)).startsWith(month);
    const inbox = ((await chengdu.get('/api/notices?box=inbox&pageSize=100')).json().items as { ownState: string; sentAt: string }[]).filter(sentThisMonth);
    const c = await section(chengdu);
    expect(c.get('收到通报')).toBe(inbox.length);
    expect(c.get('其中风险预警提示')).toBeGreaterThanOrEqual(1);
    expect(c.get('已阅读')).toBe(inbox.filter((n) => n.ownState !== 'unread').length);
    expect(c.get('已反馈')).toBe(inbox.filter((n) => n.ownState === 'replied').length);
    expect(c.get('逾期未反馈')).toBe(inbox.filter((n) => n.ownState === 'overdue').length);
    const m = await section(mianyang);
    const mInbox = ((await mianyang.get('/api/notices?box=inbox&pageSize=100')).json().items as { ownState: string; sentAt: string }[]).filter(sentThisMonth);
    expect(m.get('收到通报')).toBe(mInbox.length);
    expect(m.get('逾期未反馈')).toBe(mInbox.filter((n) => n.ownState === 'overdue').length);
    expect(m.get('逾期未反馈')).toBeGreaterThanOrEqual(1);
    // The .docx carries the section's figures too.
    const docx = await mianyang.get(`/api/briefing.docx?from=${month}&to=${month}`);
    expect(docx.statusCode).toBe(200);
  });
});
