import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { sessions, auditLog } from '../../src/db/schema/index.js';
import { forgetCachedSessions } from '../../src/modules/auth/sessions.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const loginAs = (username: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, headers });

describe('login and sessions', () => {
  it('sets an HttpOnly, SameSite session cookie and answers the user with menu and permissions', async () => {
    const res = await loginAs('admin', 'Demo#2026');
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'jjld_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
    const body = res.json();
    expect(body.user.menu).toEqual(['workbench', 'province', 'briefing', 'samples', 'deadlines', 'enterprises', 'plans', 'catalogue', 'org', 'users', 'roles', 'intakeKeys', 'audit']);
    expect(body.user.unit.regionCode).toBe('510000');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: `jjld_session=${cookie.value}` } });
    expect(me.json().username).toBe('admin');
  });

  it('shows a county officer only the menu their roles allow', async () => {
    const client = await t.login('county-510107');
    expect(client.me.roles).toEqual(['bureau_officer', 'enforcement_officer']);
    expect((await client.get('/api/me')).json().menu).toEqual(['workbench', 'province', 'briefing', 'analytics', 'samples', 'imports', 'disposals', 'urgent', 'notices', 'ledger', 'reconciliations', 'escalations', 'cases', 'complaints', 'riskMeetings', 'assessment', 'signals', 'credit', 'publications', 'explainers', 'opinion', 'deadlines', 'enterprises', 'plans', 'catalogue', 'org']);
    expect((await client.get('/api/users')).statusCode).toBe(403);
    expect((await client.get('/api/audit-logs')).statusCode).toBe(403);
  });

  it('answers a wrong password and an unknown user alike', async () => {
    const wrong = await loginAs('city-510100', 'Wrong#2026');
    const unknown = await loginAs('nobody', 'Wrong#2026');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().error).toEqual(unknown.json().error);
    expect(wrong.json().error.message).toBe('用户名或密码错误');
  });

  it('locks an account for 15 minutes after 5 failures, even for the right password, until unlocked', async () => {
    for (let i = 0; i < 4; i++) expect((await loginAs('city-510300', 'Wrong#0000')).statusCode).toBe(401);
    const fifth = await loginAs('city-510300', 'Wrong#0000');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.code).toBe('ACCOUNT_LOCKED');
    const lockedUntil = new Date(fifth.json().error.details.lockedUntil).getTime();
    expect(lockedUntil - Date.now()).toBeGreaterThan(14 * 60_000);
    expect(lockedUntil - Date.now()).toBeLessThanOrEqual(15 * 60_000);
    expect((await loginAs('city-510300', 'Demo#2026')).statusCode).toBe(423);

    const admin = await t.login('admin');
    const user = (await admin.get('/api/users?q=city-510300')).json().items[0];
    expect(user.locked).toBe(true);
    expect((await admin.post(`/api/users/${user.id}/unlock`)).statusCode).toBe(200);
    expect((await loginAs('city-510300', 'Demo#2026')).statusCode).toBe(200);
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, user.id));
    expect(rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.loginFailed', 'auth.locked', 'user.unlock', 'auth.login']));
  });

  it('keeps the account locked when eight wrong passwords arrive in parallel', async () => {
    const { users } = await import('../../src/db/schema/index.js');
    const replies = await Promise.all(Array.from({ length: 8 }, () => loginAs('city-510700', 'Wrong#0000')));
    expect(replies.map((r) => r.statusCode).sort()).toEqual(expect.arrayContaining([423]));
    expect(replies.every((r) => r.statusCode === 401 || r.statusCode === 423)).toBe(true);
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'city-510700'));
    expect(row.lockedUntil).not.toBeNull();
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect((await loginAs('city-510700', 'Demo#2026')).statusCode).toBe(423);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audit.filter((r) => r.action === 'auth.locked')).toHaveLength(1);
  });

  it('counts wrong current passwords on change-password toward the lockout', async () => {
    const { users } = await import('../../src/db/schema/index.js');
    const client = await t.login('city-510800');
    const body = { currentPassword: 'Wrong#0000', newPassword: 'Strong#2027' };
    const codes = [];
    for (let i = 0; i < 5; i++) codes.push((await client.post('/api/auth/change-password', body)).statusCode);
    expect(codes).toEqual([400, 400, 400, 400, 423]);
    // While locked, even the right current password is refused, and so is a new sign-in.
    const locked = await client.post('/api/auth/change-password', { currentPassword: 'Demo#2026', newPassword: 'Strong#2027' });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    expect((await loginAs('city-510800', 'Demo#2026')).statusCode).toBe(423);
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'city-510800'));
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(audit.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.passwordChangeFailed', 'auth.locked']));
  });

  it('ends a session after 30 idle minutes', async () => {
    const client = await t.login('city-510400');
    expect((await client.get('/api/me')).statusCode).toBe(200);
    await t.database.db
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - 31 * 60_000) })
      .where(eq(sessions.userId, client.me.id));
    // A write behind the server's back, as by another process: the session cache is told.
    forgetCachedSessions();
    const res = await client.get('/api/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('SESSION_EXPIRED');
    expect((await client.get('/api/me')).json().error.code).toBe('UNAUTHENTICATED');
  });

  it('logs out one session, or every session of the user', async () => {
    const a = await t.login('city-510500');
    const b = await t.login('city-510500');
    const c = await t.login('city-510500');
    expect((await a.post('/api/auth/logout')).statusCode).toBe(204);
    expect((await a.get('/api/me')).statusCode).toBe(401);
    expect((await b.get('/api/me')).statusCode).toBe(200);
    expect((await b.post('/api/auth/logout-all')).statusCode).toBe(204);
    expect((await b.get('/api/me')).statusCode).toBe(401);
    expect((await c.get('/api/me')).statusCode).toBe(401);
  });

  it('rate-limits login attempts per address and username', async () => {
    const strict = await createTestApp({ loginRateLimitPerMinute: 3 });
    try {
      const codes = [];
      for (let i = 0; i < 4; i++) {
        codes.push((await strict.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'ghost', password: 'x' } })).statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429]);
      const other = await strict.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: 'Demo#2026' } });
      expect(other.statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe('CSRF protection for browser requests', () => {
  it('refuses a browser request from another origin', async () => {
    const client = await t.login('city-510600');
    const res = await client.post('/api/auth/logout', {}, { origin: 'https://evil.example', 'x-csrf-token': client.csrfToken });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_REJECTED');
  });

  it('refuses a same-origin browser request without the session token', async () => {
    const client = await t.login('city-510600');
    const res = await client.post('/api/auth/logout', {}, { origin: 'http://localhost:80', host: 'localhost:80', 'sec-fetch-site': 'same-origin' });
    expect(res.statusCode).toBe(403);
  });

  it('accepts a same-origin browser request with the token, and a non-browser client with the cookie only', async () => {
    const client = await t.login('city-510600');
    const browser = await client.post('/api/auth/logout', {}, {
      origin: 'http://localhost:80',
      host: 'localhost:80',
      'sec-fetch-site': 'same-origin',
      'x-csrf-token': client.csrfToken,
    });
    expect(browser.body).toBe('');
    expect(browser.statusCode).toBe(204);
    const curl = await t.login('city-510600');
    expect((await curl.post('/api/auth/logout')).statusCode).toBe(204);
  });
});

describe('the Origin check', () => {
  it('applies to a percent-encoded API path: no cookie is set for a foreign origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/%61pi/auth/login',
      payload: { username: 'city-510900', password: 'Demo#2026' },
      headers: { origin: 'https://evil.example', host: 'localhost' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('CSRF_REJECTED');
    expect(res.cookies.find((c) => c.name === 'jjld_session')).toBeUndefined();
  });

  it('compares the scheme as well as the host', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'city-510900', password: 'Demo#2026' },
      headers: { origin: 'https://localhost', host: 'localhost' },
    });
    expect(res.statusCode).toBe(403);
    const same = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'city-510900', password: 'Demo#2026' },
      headers: { origin: 'http://localhost', host: 'localhost' },
    });
    expect(same.statusCode).toBe(200);
  });

  it('expects https when the site is served over TLS (COOKIE_SECURE), even behind an untrusted proxy', async () => {
    const secure = await createTestApp({ cookieSecure: true });
    try {
      const login = (origin: string) =>
        secure.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'city-510900', password: 'Demo#2026' }, headers: { origin, host: 'jjld.example.gov.cn' } });
      expect((await login('http://jjld.example.gov.cn')).statusCode).toBe(403);
      expect((await login('https://jjld.example.gov.cn')).statusCode).toBe(200);
    } finally {
      await secure.close();
    }
  });
});

describe('passwords', () => {
  it('forces a new account to change its initial password before anything else', async () => {
    const admin = await t.login('admin');
    const units = (await admin.get('/api/org-units')).json() as { id: string; regionCode: string | null }[];
    const created = await admin.post('/api/users', {
      username: 'zhang.san',
      displayName: '张三',
      unitId: units.find((u) => u.regionCode === '510107')!.id,
      roles: ['bureau_officer'],
    });
    expect(created.statusCode).toBe(201);
    const { initialPassword } = created.json();
    expect(initialPassword).toHaveLength(12);

    const user = await t.login('zhang.san', initialPassword);
    expect(user.me).toMatchObject({ mustChangePassword: true });
    const blocked = await user.get('/api/work-items');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const weak = await user.post('/api/auth/change-password', { currentPassword: initialPassword, newPassword: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error).toMatchObject({ code: 'PASSWORD_TOO_WEAK', details: { newPassword: expect.any(String) } });
    const wrong = await user.post('/api/auth/change-password', { currentPassword: 'nope', newPassword: 'Strong#2027' });
    expect(wrong.json().error.code).toBe('WRONG_PASSWORD');

    expect((await user.post('/api/auth/change-password', { currentPassword: initialPassword, newPassword: 'Strong#2027' })).statusCode).toBe(204);
    expect((await user.get('/api/work-items')).statusCode).toBe(200);
    await expect(t.login('zhang.san', initialPassword)).rejects.toThrow(/401/);
    await t.login('zhang.san', 'Strong#2027');
  });

  it('stores argon2id hashes, never the password', async () => {
    const { users } = await import('../../src/db/schema/index.js');
    const [row] = await t.database.db.select().from(users).where(eq(users.username, 'admin'));
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it('rejects a duplicate username with a field message', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/users', { username: 'admin', displayName: 'x', unitId: admin.me.unit.id, roles: ['leader'] });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details).toEqual({ username: '用户名已被使用' });
  });
});
