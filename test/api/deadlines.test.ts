import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';

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
