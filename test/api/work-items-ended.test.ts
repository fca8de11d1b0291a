import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, inArray } from 'drizzle-orm';
import { createTestDatabase } from '../helpers/test-database.js';
import { randomUUID } from 'node:crypto';
import { assistRequests, auditLog, disposals, escalations, reconciliationChecks, reconciliations, samples, workItems } from '../../src/db/schema/index.js';
import { systemActor } from '../../src/modules/access/actor.js';
import { demoOfficer } from '../../src/modules/demo/demo-officer.js';
import { superviseEscalation } from '../../src/modules/escalations/supervise-escalation.js';
import { requestInspection } from '../../src/modules/escalations/request-inspection.js';
import { syncDisposals } from '../../src/modules/disposals/sync-disposals.js';
import { createWorkItems } from '../../src/modules/work-items/create-work-item.js';
import { openItemsOfEndedSubjects, subjectEnded, SUBJECTS_WITHOUT_END } from '../../src/modules/work-items/ended-subjects.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cancelOrphanWorkItems } from '../../src/modules/work-items/cancel-orphan-work-items.js';

let database: Awaited<ReturnType<typeof createTestDatabase>>;
beforeAll(async () => {
  database = await createTestDatabase({ demo: true });
});
afterAll(() => database.dispose());

describe('work items end with their subject', () => {
  it('leaves no open work item whose subject is closed, voided, answered or decided, over the demo data', async () => {
    const orphans = await openItemsOfEndedSubjects(database.db);
    expect(orphans.map((o) => `${o.subjectType}/${o.kind}: ${o.title}`)).toEqual([]);
  });

  // The check above covers only the subject types the table names: a type added later and left out
  // would never be checked. Every type a work item is given (in the code and in the demo data) is
  // either in the table or declared to have no end of its own, with the reason.
  it('states the end of every subject type a work item is given, or why it has none', async () => {
    const known = new Set([...Object.keys(subjectEnded), ...Object.keys(SUBJECTS_WITHOUT_END)]);
    const inDemo = (await database.db.selectDistinct({ type: workItems.subjectType }).from(workItems)).map((r) => r.type);
    const files = readdirSync('src/modules', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    const inCode = files.flatMap((f) =>
      [...readFileSync(join('src/modules', f), 'utf8').matchAll(/subjectType: '(\w+)'|_SUBJECT = '(\w+)'/g)].map((m) => m[1] ?? m[2]),
    );
    expect(inCode.length).toBeGreaterThan(10);
    expect([...new Set([...inDemo, ...inCode])].filter((type) => !known.has(type)).sort()).toEqual([]);
  });

  // Which demo disposals carry 协查 and which end closed depends on generated ids, so the demo
  // may hold none of both: the check is that no closed disposal has an unsettled one.
  it('the demo closes no disposal whose 协查 is neither answered nor closed with a reason', async () => {
    const settled = await database.db
      .select({ status: assistRequests.status })
      .from(assistRequests)
      .innerJoin(disposals, eq(disposals.id, assistRequests.disposalId))
      .where(eq(disposals.status, 'closed'));
    expect(settled.every((a) => a.status === 'replied' || a.status === 'closed')).toBe(true);
  });

  it('withdrawing an escalation ends the flight inspection it requested', async () => {
    const [open] = await database.db.select().from(escalations).where(eq(escalations.status, 'open')).limit(1);
    expect(open, 'the demo has an open escalation').toBeDefined();
    const requester = await demoOfficer(database.db, open.ownerUnitId, ['division_officer']);
    const inspection = await requestInspection(database.db, requester, open.id, { kind: 'flight', reason: '同一年内多批次抽检不合格，检查原料进货查验' }, null);
    const [escalation] = await database.db.select().from(escalations).where(eq(escalations.id, open.id));
    const row = { escalation, inspectionId: inspection.id };
    const division = await demoOfficer(database.db, row.escalation.ownerUnitId, ['division_officer']);
    await superviseEscalation(database.db, division, row.escalation.id, { version: row.escalation.version, decision: 'withdraw', note: '复检推翻，已不满足督办条件' }, null);
    const items = await database.db.select().from(workItems).where(eq(workItems.subjectId, row.inspectionId));
    expect(items.map((w) => w.status)).toEqual(['cancelled']);
    expect(await openItemsOfEndedSubjects(database.db)).toEqual([]);
  });

  it('voiding a disposal ends the rectification a reconciliation gave it', async () => {
    const [d] = await database.db.select().from(disposals).where(eq(disposals.status, 'in_progress')).limit(1);
    const reconciliationId = randomUUID();
    const checkId = randomUUID();
    await database.db.insert(reconciliations).values({ id: reconciliationId, unitId: d.ownerUnitId, periodFrom: '2026-01-01', periodTo: '2026-12-31', mode: 'all', status: 'finished', createdByUnitId: d.ownerUnitId });
    await database.db.insert(reconciliationChecks).values({ id: checkId, reconciliationId, disposalId: d.id, items: { riskControl: false }, checkedAt: new Date() });
    await database.db.transaction((tx) =>
      createWorkItems(tx, systemActor, [{ kind: 'rectification', title: `对账检查整改：${d.sampleNo}`, subjectType: 'reconciliationCheck', subjectId: checkId, ownerUnitId: d.ownerUnitId, dueAt: new Date() }]),
    );
    await database.db.transaction(async (tx) => {
      await tx.update(samples).set({ conclusion: 'qualified' }).where(eq(samples.id, d.sampleId));
      await syncDisposals(tx, systemActor, [d.sampleId], '复检推翻原检验结论', new Date());
    });
    const items = await database.db.select().from(workItems).where(eq(workItems.subjectId, checkId));
    expect(items.map((w) => w.status)).toEqual(['cancelled']);
    expect(await openItemsOfEndedSubjects(database.db)).toEqual([]);
  });

  it('the repair sweep cancels items a database kept from before, with audit, once', async () => {
    // A disposal closed the old way, over an unanswered 协查 (as databases from before the rule hold).
    const [assist] = await database.db
      .select({ id: assistRequests.id, disposalId: assistRequests.disposalId })
      .from(assistRequests)
      .innerJoin(disposals, eq(disposals.id, assistRequests.disposalId))
      .where(and(eq(assistRequests.status, 'requested'), inArray(disposals.status, ['open', 'in_progress'])))
      .limit(1);
    expect(assist).toBeDefined();
    await database.db.update(disposals).set({ status: 'closed', closedAt: new Date() }).where(eq(disposals.id, assist.disposalId));
    const orphans = await openItemsOfEndedSubjects(database.db);
    expect(orphans.length).toBeGreaterThan(0);
    expect(orphans.map((o) => o.subjectId)).toContain(assist.id);

    expect(await cancelOrphanWorkItems(database.db)).toBe(orphans.length);
    const items = await database.db.select().from(workItems).where(eq(workItems.subjectId, assist.id));
    expect(items.every((w) => w.status === 'cancelled')).toBe(true);
    const audit = await database.db.select().from(auditLog).where(and(eq(auditLog.action, 'workItem.cancel'), eq(auditLog.entityId, items[0].id)));
    expect(audit).toHaveLength(1);
    expect(audit[0].actorUsername).toBe('system');
    expect(await openItemsOfEndedSubjects(database.db)).toEqual([]);
    expect(await cancelOrphanWorkItems(database.db)).toBe(0);
  });
});
