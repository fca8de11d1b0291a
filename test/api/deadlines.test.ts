import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { auditLog, deadlineRules } from '../../src/db/schema/index.js';
import { seedDeadlineRules } from '../../src/modules/deadlines/seed-deadline-rules.js';

let t: TestApp;
let wuhou: TestClient;

beforeAll(async () => {
  t = await createTestApp();
  wuhou = await t.login('county-510107');
});
afterAll(() => t.close());

/** A request that does not answer within `ms` fails the test instead of hanging the suite. */
async function within<T>(ms: number, request: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([request, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('dates at the edge are bounded (issue 9, B2.1)', () => {
  it('answers a far date on the deadline calculator with 400 at once, and the server stays up', async () => {
    const res = await within(15_000, wuhou.get('/api/deadlines?rule=retest.apply&from=9999-12-31'));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', details: { from: '日期应在2000-01-01至2100-12-31之间' } });
    const time = await within(15_000, wuhou.get('/api/deadlines?rule=retest.apply&from=9999-12-31T00:00:00%2B08:00'));
    expect(time.statusCode).toBe(400);
    const health = await within(15_000, t.app.inject({ method: 'GET', url: '/api/health' }));
    expect(health.statusCode).toBe(200);
    // And the calculator still counts ordinary dates.
    expect((await wuhou.get('/api/deadlines?rule=retest.apply&from=2026-09-30')).json()).toMatchObject({ dueDate: '2026-10-15' });
  });

  it('refuses malformed start times with a Chinese field message', async () => {
    for (const from of ['2026-02-30', 'tomorrow', '2026-09-30T10:00:00']) {
      const res = await wuhou.get(`/api/deadlines?rule=retest.apply&from=${encodeURIComponent(from)}`);
      expect(res.statusCode, from).toBe(400);
      expect(res.json().error.details.from).toMatch(/[\u4e00-\u9fa5]/);
    }
  });

  it('answers 400, not 500, for dates PostgreSQL or the calendar cannot hold, on every kind of route', async () => {
    const enforcement = await t.login('div-enforcement');
    const admin = await t.login('admin');
    const queries = [
      [wuhou, '/api/ledger?periodFrom=0001-01-01', 'periodFrom'],
      [wuhou, '/api/ledger?periodTo=9999-12-31', 'periodTo'],
      [wuhou, '/api/samples?dateFrom=1900-01-01', 'dateFrom'],
      [wuhou, '/api/disposals?openedFrom=2200-01-01', 'openedFrom'],
    ] as const;
    for (const [client, url, field] of queries) {
      const res = await client.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.details[field], url).toBe('日期应在2000-01-01至2100-12-31之间');
    }
    const calendar = await t.app.inject({
      method: 'PUT',
      url: '/api/calendar-years/2099',
      headers: { cookie: admin.cookie },
      payload: { holidays: [{ date: '9999-01-01', name: '元旦' }], workdays: [] },
    });
    expect(calendar.statusCode).toBe(400);
    const reconciliation = await enforcement.post('/api/reconciliations', { unitId: enforcement.me.unit.id, periodFrom: '0001-01-01', periodTo: '2026-12-31', mode: 'all' });
    expect(reconciliation.statusCode).toBe(400);
    expect(reconciliation.json().error.details.periodFrom).toBe('日期应在2000-01-01至2100-12-31之间');
  });
});

describe('the rule table cites its sources (issue 9, B8, B9)', () => {
  type Rule = { id: string; level: string; legalBasis: string; trigger: string; unverified: boolean };
  const rules = async () => new Map(((await wuhou.get('/api/deadline-rules')).json().rules as Rule[]).map((r) => [r.id, r]));

  it('holds the levels and primary sources found', async () => {
    const byId = await rules();
    expect(byId.get('retest.apply')).toMatchObject({ level: 'V', legalBasis: expect.stringContaining('《中华人民共和国食品安全法》第八十八条第一款') });
    expect(byId.get('retest.rapid')).toMatchObject({ level: 'V', legalBasis: expect.stringContaining('第八十八条第二款') });
    expect(byId.get('case.decide')).toMatchObject({ level: 'V', legalBasis: expect.stringContaining('《中华人民共和国行政处罚法》第六十条') });
    expect(byId.get('legalReview.complete')).toMatchObject({ level: 'S', unverified: false, legalBasis: expect.stringContaining('第五十八条') });
    expect(byId.get('sampling.toLab')?.legalBasis).toContain('第二十条');
    expect(byId.get('lab.report')?.legalBasis).toContain('第二十四条');
    for (const level of [1, 2, 3]) expect(byId.get(`recall.level${level}.complete`)?.trigger).toBe('发布召回公告');
  });

  it('corrects a database seeded with the old defaults at the next start, but never an administrator\'s edit', async () => {
    const admin = await t.login('admin');
    const db = t.database.db;
    // As an older release left them: no source, 待核实, recall counted from its start.
    await db.update(deadlineRules).set({ level: 'U', legalBasis: '《食品安全法》第八十八条' }).where(eq(deadlineRules.id, 'retest.apply'));
    await db.update(deadlineRules).set({ trigger: '启动召回' }).where(inArray(deadlineRules.id, ['recall.level1.complete', 'recall.level2.complete']));
    // An administrator had set case.decide to 60 days with a source of their own.
    const [caseDecide] = await db.select().from(deadlineRules).where(eq(deadlineRules.id, 'case.decide'));
    const edited = await admin.patch('/api/deadline-rules/case.decide', { version: caseDecide.version, amount: 60, legalBasis: '本省规定', level: 'S' });
    expect(edited.statusCode).toBe(200);
    await db.update(deadlineRules).set({ name: '旧名称' }).where(eq(deadlineRules.id, 'case.decide'));

    expect(await seedDeadlineRules(db)).toBe(0);
    const byId = await rules();
    expect(byId.get('retest.apply')).toMatchObject({ level: 'V', legalBasis: expect.stringContaining('第八十八条第一款') });
    expect(byId.get('recall.level1.complete')?.trigger).toBe('发布召回公告');
    const [after] = await db.select().from(deadlineRules).where(eq(deadlineRules.id, 'case.decide'));
    expect(after).toMatchObject({ amount: 60, legalBasis: '本省规定', level: 'S', name: '作出行政处罚决定', updatedByUserId: admin.me.id });
    const refreshed = await db.select().from(auditLog).where(and(eq(auditLog.action, 'deadlineRule.refresh'), eq(auditLog.entityId, 'retest.apply')));
    expect(refreshed).toHaveLength(1);
    expect(refreshed[0]).toMatchObject({ actorUsername: 'system', before: { level: 'U' }, after: { level: 'V' } });

    // A second start changes nothing.
    const count = async () => (await db.select().from(auditLog).where(eq(auditLog.action, 'deadlineRule.refresh'))).length;
    const n = await count();
    await seedDeadlineRules(db);
    expect(await count()).toBe(n);
  });
});
