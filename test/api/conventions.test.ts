import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('API conventions', () => {
  it('answers health without a session', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('refuses data without a session, in the error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/work-items' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: '请先登录', details: null } });
  });

  it('answers an unknown API path with 404 in the error shape, not the web page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('NOT_FOUND');
  });

  it('rejects a page size above 200 with a field-level Chinese message', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/work-items?pageSize=500');
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(body.error.details.pageSize).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('pages lists with total, default page size 20', async () => {
    const admin = await t.login('admin');
    const res = await admin.get('/api/work-items?scope=unit');
    const body = res.json();
    expect(body.items.length).toBe(20);
    expect(body.total).toBeGreaterThan(200);
    const page2 = (await admin.get('/api/work-items?scope=unit&page=2&pageSize=200')).json();
    expect(page2.items.length).toBe(body.total - 200);
  });

  it('answers malformed JSON with 400, never a stack trace', async () => {
    const admin = await t.login('admin');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie, 'content-type': 'application/json' },
      payload: '{"username": ',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('BAD_REQUEST');
    expect(res.body).not.toMatch(/at .*\.ts/);
  });

  it('limits request bodies (413)', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/users', { username: 'x'.repeat(2_000_000) });
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('publishes an OpenAPI document generated from the request schemas', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs' })).json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login', '/api/work-items', '/api/org-units']));
    const login = doc.paths['/api/auth/login'].post;
    expect(login.requestBody.content['application/json'].schema.required).toEqual(['username', 'password']);
    const pageSize = doc.paths['/api/work-items'].get.parameters.find((p: { name: string }) => p.name === 'pageSize');
    expect(pageSize.schema.maximum).toBe(200);
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBeDefined();
  });

  it('writes times as ISO 8601', async () => {
    const admin = await t.login('admin');
    const item = (await admin.get('/api/work-items?scope=unit')).json().items[0];
    expect(item.dueAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});
