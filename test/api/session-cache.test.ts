import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { sessions, userRoles } from '../../src/db/schema/index.js';
import { resolveSession } from '../../src/modules/auth/sessions.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const policy = { idleMinutes: 30, absoluteHours: 12 };
const tokenOf = (cookie: string) => cookie.match(/jjld_session=([^;]+)/)![1];

describe('the per-process session cache', () => {
  it('answers a repeated lookup without reading the database again', async () => {
    const client = await t.login('city-510100');
    const token = tokenOf(client.cookie);
    const first = await resolveSession(t.database.db, token, policy);
    // Behind the server's back (as another process would): the cached entry stays until its lifetime ends.
    await t.database.db.delete(userRoles).where(eq(userRoles.userId, client.me.id));
    const second = await resolveSession(t.database.db, token, policy);
    expect(second).toBe(first);
    const later = await resolveSession(t.database.db, token, policy, new Date(Date.now() + 10_000));
    expect(later.roles).toEqual([]);
  });

  it('still enforces the idle timeout on a cached session', async () => {
    const client = await t.login('city-510400');
    const token = tokenOf(client.cookie);
    await resolveSession(t.database.db, token, policy);
    await expect(resolveSession(t.database.db, token, policy, new Date(Date.now() + 31 * 60_000))).rejects.toMatchObject({ code: 'SESSION_EXPIRED' });
  });

  it('ends a session at once on logout in this process', async () => {
    const client = await t.login('county-510107');
    expect((await client.get('/api/me')).statusCode).toBe(200);
    expect((await client.post('/api/auth/logout', {})).statusCode).toBeLessThan(300);
    expect((await client.get('/api/me')).statusCode).toBe(401);
  });

  it('drops a user’s rights at once when an administrator changes the roles', async () => {
    const admin = await t.login('admin');
    const officer = await t.login('county-510104');
    expect((await officer.get('/api/samples')).statusCode).toBe(200);
    const row = (await admin.get(`/api/users?q=county-510104`)).json().items[0];
    const res = await admin.patch(`/api/users/${row.id}`, { roles: ['bureau_officer'], version: row.version });
    expect(res.statusCode).toBe(200);
    expect((await officer.get('/api/me')).statusCode).toBe(401);
    const [session] = await t.database.db.select().from(sessions).where(eq(sessions.userId, row.id));
    expect(session.revokedAt).not.toBeNull();
  });
});
