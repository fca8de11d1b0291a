/**
 * The workbench's overview: a leader of the province bureau lands on figures of the province's
 * work, each counted through its own scope; a county sees its own; nobody gets a figure whose
 * page they cannot open. The 严重违法失信名单 and an enterprise's credit record link only what the
 * reader may open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('GET /api/overview', () => {
  it('gives the province bureau’s leader the province’s open work and this year’s unqualified results by city', async () => {
    const leader = await t.login('leader');
    const o = (await leader.get('/api/overview')).json();
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
    expect(o.year).toBe(year);
    expect(o.openDisposals).toBeGreaterThan(0);
    expect(o.overdueDisposals).toEqual(expect.any(Number));
    expect(o.openUrgentReports).toEqual(expect.any(Number));
    expect(o.openEscalations).toBeGreaterThan(0);
    const all = (await leader.get('/api/disposals?active=true&pageSize=1')).json().total;
    expect(o.openDisposals).toBe(all);
    expect(o.unqualifiedByCity.reduce((n: number, c: { count: number }) => n + c.count, 0)).toBeLessThanOrEqual(o.unqualifiedThisYear);
    for (const c of o.unqualifiedByCity) expect(c.name).toMatch(/(市|州)$/);
  });

  it('counts a county’s own work only, and gives an administrator no business figures', async () => {
    const county = await t.login('county-510107');
    const mine = (await county.get('/api/overview')).json();
    const leader = (await (await t.login('leader')).get('/api/overview')).json();
    expect(mine.openDisposals).toBe((await county.get('/api/disposals?active=true&pageSize=1')).json().total);
    expect(mine.openDisposals).toBeLessThan(leader.openDisposals);
    const admin = (await (await t.login('admin')).get('/api/overview')).json();
    expect(admin).toMatchObject({ openDisposals: null, overdueDisposals: null, openUrgentReports: null, openEscalations: null });
    const news = (await (await t.login('div-news')).get('/api/overview')).json();
    expect(news.openDisposals).toBeNull();
    expect(news.unqualifiedThisYear).toEqual(expect.any(Number));
  });
});

describe('the leader’s view of the units’ inbox', () => {
  it('shows a county’s meeting follow-up to the leader above without 办结, and leaves completing it to the county', async () => {
    const county = await t.login('county-510107');
    const meeting = (await county.get('/api/work-items?scope=mine&kind=risk_action')).json().items[0];
    expect(meeting.actions).toEqual(['complete']);
    const leader = await t.login('leader');
    const seen = (await leader.get(`/api/work-items/${meeting.id}`)).json();
    expect(seen.actions).toEqual([]);
    const refused = await leader.post(`/api/work-items/${meeting.id}/complete`, { version: meeting.version });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('该待办由承办单位办结，上级单位只能查看');
    expect((await county.post(`/api/work-items/${meeting.id}/complete`, { version: meeting.version })).statusCode).toBe(200);
  });
});

/** Opens an app link through the API the page would call; 200 when the user may open it. */
async function opens(client: TestClient, href: string): Promise<number> {
  const [path] = href.split('?');
  const [, segment, id] = path.split('/');
  const api: Record<string, string> = { samples: 'samples', disposals: 'disposals', cases: 'cases', escalations: 'escalations', urgent: 'urgent-reports', enterprises: 'enterprises' };
  if (!id) return 200;
  return (await client.get(`/api/${api[segment]}/${id}`)).statusCode;
}

describe('links on the credit pages', () => {
  it('links a dishonest-list enterprise only for readers who may open it', async () => {
    const credit = await t.login('div-credit');
    const [entry] = (await credit.get('/api/credit/dishonest')).json().items;
    expect(entry.enterpriseLink).toBe(`/enterprises/${entry.enterpriseId}`);
    for (const username of ['city-510100', 'city-510700', 'county-510107', 'county-513433']) {
      const reader = await t.login(username);
      const seen = (await reader.get('/api/credit/dishonest')).json().items.find((e: { id: string }) => e.id === entry.id);
      const status = (await reader.get(`/api/enterprises/${entry.enterpriseId}`)).statusCode;
      expect(seen.enterpriseLink === null, `${username} (${status})`).toBe(status === 404);
    }
  });

  it('keeps on a credit record only links the reader may open', async () => {
    const credit = await t.login('div-credit');
    const [entry] = (await credit.get('/api/credit/dishonest')).json().items;
    const record = (await credit.get(`/api/enterprises/${entry.enterpriseId}/credit-record`)).json();
    const ownerCity = await t.login(`city-${record.enterprise.regionCode.slice(0, 4)}00`);
    const seen = (await ownerCity.get(`/api/enterprises/${entry.enterpriseId}/credit-record`)).json();
    expect(seen.entries.length).toBeGreaterThan(0);
    for (const e of seen.entries as { link: string | null }[]) if (e.link) expect(await opens(ownerCity, e.link), e.link).toBe(200);
  });
});
