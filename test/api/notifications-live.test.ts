import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import type pg from 'pg';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { createTestApp, type TestApp, type TestClient } from '../helpers/test-app.js';
import { DEMO_PASSWORD } from '../helpers/test-database.js';
import { openStream } from '../helpers/sse-stream.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { buildApp } from '../../src/server/app.js';
import { users } from '../../src/db/schema/index.js';
import { unitIdForRegion } from '../../src/modules/org/seed-organisation.js';
import { systemActor } from '../../src/modules/access/actor.js';
import { setUserEmail } from '../../src/modules/users/user-email.js';
import { sendDigests } from '../../src/modules/notifications/send-digests.js';
import { smtpSettingsFromEnv } from '../../src/modules/notifications/smtp-settings.js';

const CHENGDU = unitIdForRegion('510100');
const MIANYANG = unitIdForRegion('510700');
const onPostgres = Boolean(process.env.DATABASE_URL);

let t: TestApp;
let sampling: TestClient;
beforeAll(async () => {
  t = await createTestApp();
  sampling = await t.login('div-sampling');
});
afterAll(() => t.close());

async function loginCookie(app: TestApp['app'], username: string) {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  return res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
}

describe('live unread count by server-sent events', () => {
  it('one instance: a notice sent pushes the recipient’s new count (PGlite listen / PostgreSQL LISTEN)', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const stream = await openStream(address, await loginCookie(t.app, 'city-510100'));
    try {
      await stream.until((c) => c.length >= 1);
      const before = stream.counts[0];
      const res = await sampling.post('/api/notices', { kind: 'work_update', title: '工作动态：抽检进度', body: '全省抽检已完成80%。', recipientUnitIds: [CHENGDU] });
      expect(res.statusCode).toBe(201);
      await stream.until((c) => c.some((n) => n > before));
    } finally {
      stream.close();
    }
  });

  it.skipIf(!onPostgres)('two instances on one PostgreSQL database: an event written through A reaches an SSE client of B', async () => {
    const url = (t.database as Database & { pool: pg.Pool }).pool.options.connectionString!;
    const databaseB = await openDatabase({ databaseUrl: url, migrate: false, poolSize: 2 });
    const appB = await buildApp(databaseB, t.config, { logger: false });
    try {
      const address = await appB.listen({ port: 0, host: '127.0.0.1' });
      const stream = await openStream(address, await loginCookie(appB, 'city-510700'));
      try {
        await stream.until((c) => c.length >= 1);
        const before = stream.counts[0];
        // Written through instance A (t.app): only B's LISTEN connection can tell B's client.
        const res = await sampling.post('/api/notices', { kind: 'risk_warning', title: '风险预警：跨实例', body: '测试', recipientUnitIds: [MIANYANG] });
        expect(res.statusCode).toBe(201);
        await stream.until((c) => c.some((n) => n > before));
      } finally {
        stream.close();
      }
    } finally {
      await appB.close();
      await databaseB.close();
    }
  });
});

describe('the e-mail digest, through a real SMTP listener', () => {
  it('is off without JJLD_SMTP_HOST', () => {
    expect(smtpSettingsFromEnv({})).toBeNull();
  });

  it('mails each user with an address the unread notifications once per period', async () => {
    const mails: { to: string[]; body: string }[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (c: Buffer) => chunks.push(c));
        stream.on('end', () => {
          mails.push({ to: session.envelope.rcptTo.map((r) => r.address), body: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    try {
      const port = (smtp.server.address() as AddressInfo).port;
      // The user sets the address; a malformed one is refused.
      const chengdu = await t.login('city-510100');
      const bad = await t.app.inject({ method: 'PUT', url: '/api/me/email', headers: { cookie: chengdu.cookie }, payload: { email: 'not-an-address' } });
      expect(bad.statusCode).toBe(400);
      const set = await t.app.inject({ method: 'PUT', url: '/api/me/email', headers: { cookie: chengdu.cookie }, payload: { email: 'chengdu@example.org' } });
      expect(set.statusCode).toBe(200);
      const [row] = await t.database.db.select({ email: users.email }).from(users).where(eq(users.username, 'city-510100'));
      expect(row.email).toBe('chengdu@example.org');
      // An address set by an administrator's tooling goes through the same function.
      const [other] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'city-510700'));
      await setUserEmail(t.database.db, systemActor, other.id, null);
      const res = await sampling.post('/api/notices', { kind: 'supervision_tip', title: '监管提示：节前食品安全', body: '请加强节前监管。', recipientUnitIds: [CHENGDU] });
      expect(res.statusCode).toBe(201);
      const settings = smtpSettingsFromEnv({ JJLD_SMTP_HOST: '127.0.0.1', JJLD_SMTP_PORT: String(port), JJLD_SMTP_FROM: 'jjld@example.org' })!;
      expect(await sendDigests(t.database.db, settings)).toBe(1);
      expect(mails).toHaveLength(1);
      expect(mails[0].to).toEqual(['chengdu@example.org']);
      // Within the period: no second mail.
      expect(await sendDigests(t.database.db, settings)).toBe(0);
      expect(mails).toHaveLength(1);
    } finally {
      await new Promise<void>((resolve) => smtp.close(resolve));
    }
  });
});
