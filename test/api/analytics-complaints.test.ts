/**
 * Complaint counts in the analytics explorer (issue 14 §1): GET /api/analytics/complaints by food
 * category, city, county, enterprise and month; each count equals GET /api/complaints with the
 * filters its link carries, and the total equals the list of the year; scoped like the list (a
 * county its own, a link division its link, the province all).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';

let t: TestApp;
let center: TestClient;
let leader: TestClient;
let wuhou: TestClient;
let chengdu: TestClient;
let catering: TestClient;
let news: TestClient;
let institute: TestClient;
const year = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 4));
const BYS = ['category', 'city', 'county', 'enterprise', 'month'] as const;

type Item = { key: string | null; label: string; total: number; complaints: number; reports: number; transfers12345: number; href: string | null; complaintsHref: string | null; reportsHref: string | null; transfersHref: string | null };
type Counts = { by: string; year: number; items: Item[]; total: Item };

const counts = async (client: TestClient, query: string): Promise<Counts> => {
  const res = await client.get(`/api/analytics/complaints?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};
/** The list's total behind a web link (/complaints?…). */
const listTotal = async (client: TestClient, href: string) => {
  const res = await client.get(`/api/${href.slice(1)}&pageSize=10`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().total as number;
};

/** Every count of every row equals the list it opens; the rows add up to the total (but the top-N enterprises). */
async function expectCountsEqualLists(client: TestClient, query: string) {
  const c = await counts(client, query);
  for (const item of [...c.items, c.total]) {
    if (!item.href) continue;
    expect(await listTotal(client, item.href), `${c.by} ${item.label}`).toBe(item.total);
    expect(await listTotal(client, item.complaintsHref!)).toBe(item.complaints);
    expect(await listTotal(client, item.reportsHref!)).toBe(item.reports);
    expect(await listTotal(client, item.transfersHref!)).toBe(item.transfers12345);
  }
  if (c.by !== 'enterprise') expect(c.items.reduce((n, i) => n + i.total, 0)).toBe(c.total.total);
  return c;
}

beforeAll(async () => {
  t = await createTestApp();
  [center, leader, wuhou, chengdu, catering, news, institute] = await Promise.all(
    ['div-complaints', 'leader', 'county-510107', 'city-510100', 'div-catering', 'div-news', 'div-institute'].map((u) => t.login(u)),
  );
  const post = async (body: Record<string, unknown>) => {
    const res = await center.post('/api/complaints', { kind: 'complaint', channel: 'phone', anonymous: true, description: '反映食品问题', ...body });
    expect(res.statusCode, res.body).toBe(201);
  };
  await post({ channel: 'hotline', hotlineNo: 'AN-12345-1', address: '四川省成都市武侯区科华北路1号', enterpriseName: '统计武侯糕点店', foodName: '月饼' });
  await post({ address: '四川省成都市武侯区科华北路2号', enterpriseName: '统计武侯糕点店', foodName: '蛋黄酥', kind: 'report', link: 'catering' });
  await post({ channel: 'hotline', hotlineNo: 'AN-12345-2', address: '四川省成都市锦江区春熙路2号', enterpriseName: '统计锦江酒行', foodName: '白酒', kind: 'report' });
  await post({ address: '四川省绵阳市涪城区临园路3号', enterpriseName: '统计涪城超市', foodName: '月饼', link: 'catering' });
  await post({ address: '市中区人民路18号', enterpriseName: '统计无地区店', foodName: '无法识别的东西' });
}, 120_000);
afterAll(() => t.close());

describe('GET /api/analytics/complaints', () => {
  it.each(BYS)('by %s, for the province: every count equals the complaint list it links to', async (by) => {
    const c = await expectCountsEqualLists(leader, `by=${by}&year=${year}`);
    expect(c.total.total).toBe(await listTotal(leader, `/complaints?from=${year}-01-01&to=${year}-12-31`));
    expect(c.total.total).toBeGreaterThanOrEqual(5);
  });

  it('names regions, months, categories and enterprises; a region or food it cannot place is counted without a link', async () => {
    const city = await counts(leader, `by=city&year=${year}`);
    expect(city.items.find((i) => i.key === '510100')).toMatchObject({ label: '成都市' });
    expect(city.items.at(-1)).toMatchObject({ key: null, href: null });
    expect(city.items.at(-1)!.total).toBeGreaterThanOrEqual(1);
    const month = await counts(leader, `by=month&year=${year}`);
    expect(month.items.every((i) => /^\d{4}年\d{1,2}月$/.test(i.label))).toBe(true);
    const enterprise = await counts(leader, `by=enterprise&year=${year}`);
    expect(enterprise.items.find((i) => i.key === '统计武侯糕点店')).toMatchObject({ total: 2, complaints: 1, reports: 1, transfers12345: 1 });
    const category = await counts(leader, `by=category&year=${year}`);
    const unread = category.items.find((i) => i.key === null);
    expect(unread).toMatchObject({ label: '未能识别食品分类', href: null });
    // 月饼 reads as 糕点 (Wuhou's and Mianyang's), 白酒 as 酒类.
    expect(category.items.find((i) => i.label === '糕点')?.total).toBeGreaterThanOrEqual(2);
    expect(category.items.find((i) => i.label === '酒类')?.reports).toBeGreaterThanOrEqual(1);
  });

  it('within a city: the counties of 成都, each equal to its list', async () => {
    const c = await expectCountsEqualLists(leader, `by=county&year=${year}&regionCode=510100`);
    expect(c.items.map((i) => i.key)).toEqual(expect.arrayContaining(['510107', '510104']));
    expect(c.items.every((i) => i.key?.startsWith('5101'))).toBe(true);
  });

  it('gives a county only its own, equal to its own list; a city bureau its city; a link division its link', async () => {
    for (const by of BYS) await expectCountsEqualLists(wuhou, `by=${by}&year=${year}`);
    expect((await counts(wuhou, `by=county&year=${year}`)).items.map((i) => i.key)).toEqual(['510107']);
    expect((await counts(wuhou, `by=city&year=${year}`)).items.map((i) => i.key)).toEqual(['510100']);
    expect((await counts(wuhou, `by=enterprise&year=${year}`)).items.map((i) => i.key)).not.toContain('统计涪城超市');
    const city = await expectCountsEqualLists(chengdu, `by=county&year=${year}`);
    expect(city.items.every((i) => i.key?.startsWith('5101'))).toBe(true);
    const link = await expectCountsEqualLists(catering, `by=enterprise&year=${year}`);
    expect(link.items.map((i) => i.key)).toEqual(expect.arrayContaining(['统计武侯糕点店', '统计涪城超市']));
    expect(link.items.map((i) => i.key)).not.toContain('统计锦江酒行');
  });

  it('counts nothing for a unit that reads no complaint (新闻宣传处); is refused without the permission (the institute) and with a bad dimension or year', async () => {
    expect((await counts(news, `by=city&year=${year}`)).total.total).toBe(0);
    expect((await institute.get(`/api/analytics/complaints?by=city&year=${year}`)).statusCode).toBe(403);
    const bad = await leader.get('/api/analytics/complaints?by=lab&year=1999');
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.details)).toEqual(expect.arrayContaining(['by', 'year']));
  });

  it('exports the view as xlsx', async () => {
    const res = await leader.get(`/api/analytics/complaints.xlsx?by=city&year=${year}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
