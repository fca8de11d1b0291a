import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../helpers/test-app.js';
import { auditLog } from '../../src/db/schema/index.js';
import { verifyAuditChain } from '../../src/modules/audit/verify-audit-chain.js';
import { recordAudit } from '../../src/modules/audit/record-audit.js';
import { systemActor } from '../../src/modules/access/actor.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the audit log', () => {
  it('keeps one unbroken chain when many transactions append at once (on PostgreSQL, truly in parallel)', async () => {
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.database.db.transaction((tx) =>
          recordAudit(tx, systemActor, ...Array.from({ length: 1 + (i % 3) }, (_, j) => ({ action: 'workItem.create' as const, entityType: 'test', after: { i, j } }))),
        ),
      ),
    );
    const after = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(after[0].n - before[0].n).toBe(24);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, firstBreak: null });
  });

  it('chains several audited changes in one transaction, beside other transactions, with one reservation while spares last', async () => {
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    const reservations: number[] = [];
    // Each transaction audits four times (the per-result hook audits three): 1, 2, 9 and 1 rows —
    // the third call needs more numbers than the first reservation's spares leave.
    await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        t.database.db.transaction(async (tx) => {
          let calls = 0;
          // Every statement of the transaction, named (named-statement.ts) or not, is prepared by its session.
          const session = tx._.session;
          const prepareQuery = session.prepareQuery.bind(session);
          session.prepareQuery = ((...args: Parameters<typeof prepareQuery>) => {
            if (args[0].sql.includes('audit_chain_reserve')) calls++;
            return prepareQuery(...args);
          }) as typeof session.prepareQuery;
          for (const [k, n] of [1, 2, 9, 1].entries()) {
            await recordAudit(tx, systemActor, ...Array.from({ length: n }, (_, j) => ({ action: 'workItem.create' as const, entityType: 'test', after: { i, k, j } })));
          }
          reservations.push(calls);
        }),
      ),
    );
    const after = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(after[0].n - before[0].n).toBe(6 * 13);
    // 1 + 2 fit the first reservation's spares; 9 does not and reserves again; the last 1 fits.
    expect(reservations).toEqual([2, 2, 2, 2, 2, 2]);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ ok: true, firstBreak: null });
  });

  it('records a change with who, unit, before and after, in the change\'s transaction', async () => {
    // A work item a person completes in the inbox: the demo 武侯区 meeting's follow-up (落实风险研判措施).
    const client = await t.login('county-510107');
    const item = (await client.get('/api/work-items?scope=mine&pageSize=100')).json().items.find((i: { kind: string }) => i.kind === 'risk_action');
    await client.post(`/api/work-items/${item.id}/complete`, { version: item.version });
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, item.id));
    const complete = rows.find((r) => r.action === 'workItem.complete')!;
    expect(complete).toMatchObject({ actorUsername: 'county-510107', actorUnitId: client.me.unit.id, entityType: 'workItem' });
    expect((complete.before as { status: string }).status).toBe('open');
    expect((complete.after as { status: string }).status).toBe('done');
  });

  it('writes nothing when the change fails', async () => {
    const client = await t.login('county-510104');
    const before = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    const item = (await client.get('/api/work-items?scope=mine&status=done')).json().items[0];
    expect((await client.post(`/api/work-items/${item.id}/complete`, { version: item.version })).statusCode).toBe(409);
    const after = await t.database.db.select({ n: sql<number>`count(*)::int` }).from(auditLog);
    expect(after[0].n).toBe(before[0].n);
  });

  it('is append-only: the database refuses UPDATE and DELETE', async () => {
    const refusal = (query: Promise<unknown>) =>
      query.then(
        () => 'accepted',
        (error: Error & { cause?: Error }) => (error.cause ?? error).message,
      );
    expect(await refusal(t.database.db.execute(sql`UPDATE audit_log SET action = 'x' WHERE seq = 1`))).toMatch(/append-only/);
    expect(await refusal(t.database.db.execute(sql`DELETE FROM audit_log WHERE seq = 1`))).toMatch(/append-only/);
  });

  it('the chain verifies, through the API for an auditor', async () => {
    const admin = await t.login('admin');
    const res = await admin.post('/api/audit/verify');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, firstBreak: null });
    expect(res.json().checked).toBeGreaterThan(5);
    const list = (await admin.get('/api/audit-logs?action=workItem.complete')).json();
    expect(list.total).toBeGreaterThan(0);
  });

  it('detects a row tampered with behind the application\'s back, and names it', async () => {
    const rows = await t.database.db.select().from(auditLog).orderBy(auditLog.seq);
    const victim = rows[Math.floor(rows.length / 2)];
    // A DBA with superuser rights can switch the trigger off; the hash chain still tells.
    await t.database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await t.database.db.execute(sql`UPDATE audit_log SET after = '{"status":"forged"}'::jsonb WHERE seq = ${victim.seq}`);
    await t.database.db.execute(sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    const report = await verifyAuditChain(t.database.db);
    expect(report.ok).toBe(false);
    expect(report.firstBreak).toEqual({ seq: victim.seq, reason: 'hash_mismatch' });
    expect(report.checked).toBe(rows.findIndex((r) => r.seq === victim.seq));
  });
});
