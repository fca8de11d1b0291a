import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';

let t: TestApp;
let chengdu: TestClient;
let mianyang: TestClient;
let wuhou: TestClient;
let leader: TestClient;
let units: { id: string; regionCode: string | null; parentId: string | null }[];

type Item = { id: string; ownerUnitId: string; version: number };

beforeAll(async () => {
  t = await createTestApp();
  chengdu = await t.login('city-510100');
  mianyang = await t.login('city-510700');
  wuhou = await t.login('county-510107');
  leader = await t.login('leader');
  units = (await leader.get('/api/org-units')).json();
});
afterAll(() => t.close());

const unitId = (code: string) => units.find((u) => u.regionCode === code)!.id;
const subtreeOf = (rootId: string) => {
  const ids = new Set([rootId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of units) if (u.parentId && ids.has(u.parentId) && !ids.has(u.id)) (ids.add(u.id), (grew = true));
  }
  return ids;
};
const allItems = async (client: TestClient): Promise<Item[]> => (await client.get('/api/work-items?scope=unit&pageSize=200')).json().items;

describe('data scope (本级及下级) on work items', () => {
  it('a city officer lists only work items of their city and its counties', async () => {
    const items = await allItems(chengdu);
    const allowed = subtreeOf(unitId('510100'));
    expect(items.length).toBeGreaterThan(10);
    expect(items.every((i) => allowed.has(i.ownerUnitId))).toBe(true);
    expect(items.some((i) => i.ownerUnitId === unitId('510107'))).toBe(true);
  });

  it('a city officer cannot read another city\'s work item (404, as if it did not exist)', async () => {
    const other = (await allItems(mianyang))[0];
    const res = await chengdu.get(`/api/work-items/${other.id}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
    expect((await chengdu.get(`/api/work-items?subjectId=${other.ownerUnitId}&scope=unit`)).json().total).toBe(0);
  });

  it('a city officer cannot complete another city\'s work item, and it stays open', async () => {
    const other = (await allItems(mianyang))[0];
    const res = await chengdu.post(`/api/work-items/${other.id}/complete`, { version: other.version });
    expect(res.statusCode).toBe(404);
    expect((await mianyang.get(`/api/work-items/${other.id}`)).json().status).toBe('open');
  });

  it('a county officer does not see the city above or a sibling county', async () => {
    const items = await allItems(wuhou);
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.ownerUnitId === unitId('510107'))).toBe(true);
    const cityItem = (await allItems(chengdu)).find((i) => i.ownerUnitId === unitId('510100'))!;
    expect((await wuhou.get(`/api/work-items/${cityItem.id}`)).statusCode).toBe(404);
  });

  it('the province sees every unit\'s work items', async () => {
    const res = (await leader.get('/api/work-items?scope=unit&pageSize=1')).json();
    const cityTotal = (await chengdu.get('/api/work-items?scope=unit&pageSize=1')).json().total;
    expect(res.total).toBeGreaterThan(cityTotal);
  });

  it('a city administrator-less officer lists no users; a city leader lists only their own subtree', async () => {
    expect((await chengdu.get('/api/users')).statusCode).toBe(403);
    const admin = await t.login('admin');
    const created = await admin.post('/api/users', { username: 'cd.leader', displayName: '成都局领导', unitId: unitId('510100'), roles: ['leader'] });
    const cityLeader = await t.login('cd.leader', created.json().initialPassword);
    await cityLeader.post('/api/auth/change-password', { currentPassword: created.json().initialPassword, newPassword: 'Leader#2026' });
    const listed = (await cityLeader.get('/api/users?pageSize=200')).json();
    const allowed = subtreeOf(unitId('510100'));
    expect(listed.total).toBeGreaterThan(5);
    expect(listed.items.every((u: { unitId: string }) => allowed.has(u.unitId))).toBe(true);
    const mianyangUser = (await admin.get('/api/users?q=city-510700')).json().items[0];
    expect((await cityLeader.get(`/api/users/${mianyangUser.id}`)).statusCode).toBe(404);
  });
});

describe('the inbox', () => {
  it('lists overdue items first, with counts', async () => {
    const body = (await chengdu.get('/api/work-items?scope=unit&pageSize=200')).json();
    expect(body.counts.overdue).toBeGreaterThan(0);
    const flags = body.items.map((i: { overdue: boolean }) => i.overdue);
    expect(flags.indexOf(false)).toBeGreaterThan(flags.lastIndexOf(true));
    expect(body.counts.open).toBe(body.total);
    // Counts per kind carry their Chinese names; the 321 period item of the city bureau is among them.
    expect(body.counts.byKind).toContainEqual(expect.objectContaining({ kind: 'risk_meeting', kindName: '召开风险研判会' }));
  });

  it('"mine" holds my unit\'s unassigned items, not my counties\'', async () => {
    const mine = (await chengdu.get('/api/work-items?scope=mine&pageSize=200')).json().items as Item[];
    expect(mine.length).toBeGreaterThan(0);
    expect(mine.every((i) => i.ownerUnitId === unitId('510100'))).toBe(true);
  });

  it('filters overdue only', async () => {
    const body = (await chengdu.get('/api/work-items?scope=unit&overdue=true&pageSize=200')).json();
    expect(body.total).toBe(body.counts.overdue);
    expect(body.items.every((i: { overdue: boolean }) => i.overdue)).toBe(true);
  });

  it('completes an item once; a stale version is a conflict, not a lost update', async () => {
    // A meeting's follow-up (completed by hand): a 321 meeting item itself completes only by recording the meeting.
    const item = (await wuhou.get('/api/work-items?scope=mine&kind=risk_action')).json().items[0] as Item;
    const first = await wuhou.post(`/api/work-items/${item.id}/complete`, { version: item.version, note: '已于11月28日召开' });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'done', version: item.version + 1, actions: [] });
    const again = await wuhou.post(`/api/work-items/${item.id}/complete`, { version: item.version });
    expect(again.statusCode).toBe(409);
    const done = (await wuhou.get('/api/work-items?scope=mine&status=done')).json();
    expect(done.items.map((i: Item) => i.id)).toContain(item.id);
  });

  it('two officers completing the same item at once: exactly one wins', async () => {
    const item = (await chengdu.get('/api/work-items?scope=mine&kind=risk_action')).json().items[0] as Item;
    const other = await t.login('city-510100');
    const results = await Promise.all([
      chengdu.post(`/api/work-items/${item.id}/complete`, { version: item.version }),
      other.post(`/api/work-items/${item.id}/complete`, { version: item.version }),
    ]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
  });
});

describe('business work items', () => {
  it('cannot be completed from the inbox: they complete with their business action', async () => {
    const { createWorkItems } = await import('../../src/modules/work-items/create-work-item.js');
    const { systemActor } = await import('../../src/modules/access/actor.js');
    const [item] = await t.database.db.transaction((tx) =>
      createWorkItems(tx, systemActor, [
        { kind: 'disposal_notice', title: '送达检验结果通知书（测试）', subjectType: 'disposal', subjectId: 'x', ownerUnitId: chengdu.me.unit.id },
      ]),
    );
    const listed = (await chengdu.get(`/api/work-items/${item.id}`)).json();
    expect(listed.actions).toEqual([]);
    const res = await chengdu.post(`/api/work-items/${item.id}/complete`, { version: item.version });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.message).toContain('自动办结');
  });
});
