/**
 * What officials read is words, not codes: audit actions and record kinds in Chinese, who acted
 * by name (系统 for jobs, the unit for demo data), on the audit page and on every record's history.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A code rather than words: dotted or prefixed (`case.decide`, `demo:…`), `system`, or missing. */
const looksLikeCode = (s: unknown) => typeof s !== 'string' || s === '' || /^[a-z][A-Za-z]*[.:]/.test(s) || s === 'system';

describe('the audit page', () => {
  it('names every action, record kind and actor, keeping the codes beside them', async () => {
    const admin = await t.login('admin');
    const page = (await admin.get('/api/audit-logs?pageSize=100')).json();
    expect(page.items.length).toBeGreaterThan(10);
    for (const row of page.items) {
      expect(looksLikeCode(row.actionName), row.action).toBe(false);
      expect(looksLikeCode(row.entityTypeName), row.entityType).toBe(false);
      expect(looksLikeCode(row.actorName), String(row.actorUsername)).toBe(false);
    }
    const login = page.items.find((r: { action: string }) => r.action === 'auth.login');
    expect(login).toMatchObject({ actionName: '登录', entityTypeName: '用户', actorUsername: 'admin', actorName: '系统管理员' });
    const demo = (await admin.get('/api/audit-logs?action=urgentReport.raise&pageSize=1')).json().items[0];
    expect(demo.actorUsername).toMatch(/^demo:/);
    expect(demo.actorName).toMatch(/（演示数据）$/);
    expect(demo.actionName).toBe('发起24小时限时报告');
    const opened = (await admin.get('/api/audit-logs?action=disposal.open&pageSize=1')).json().items[0];
    expect(opened).toMatchObject({ actorUsername: 'system', actorName: '系统', actionName: '开启核查处置', entityTypeName: '核查处置' });
  });
});

describe('a record’s history', () => {
  it('says what happened and who did it in words on a disposal and its sample', async () => {
    const county = await t.login('county-510107');
    const disposal = (await county.get('/api/disposals?pageSize=1')).json().items[0];
    const detail = (await county.get(`/api/disposals/${disposal.id}`)).json();
    expect(detail.history.length).toBeGreaterThan(0);
    for (const h of detail.history) {
      expect(looksLikeCode(h.actionName), h.action).toBe(false);
      expect(looksLikeCode(h.actorName), String(h.actorUsername)).toBe(false);
    }
    const sample = (await county.get(`/api/samples/${detail.sampleId}`)).json();
    for (const h of sample.history) expect(looksLikeCode(h.actorName), String(h.actorUsername)).toBe(false);
  });
});
