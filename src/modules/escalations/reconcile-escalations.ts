import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { escalationSamples, escalations } from '../../db/schema/index.js';
import type { Assessment } from '../../domain/escalation/engine.js';
import { planEscalations, type EscalationUpdate, type ExistingEscalation } from '../../domain/escalation/plan.js';
import type { EscalationRule } from '../../domain/escalation/rule-defaults.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type AuditEntry } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { assignedBureauFor, ownerDivisionFor } from './escalation-units.js';
import { loadEnterprises, loadResults, loadRules, pgUuidArray, type EnterpriseRow } from './load-history.js';

export interface ReconcileResult {
  enterprises: number;
  created: number;
  updated: number;
}

const CHUNK = 1000;

/**
 * Brings escalations in line with the enterprises' results, inside the caller's transaction:
 * creates what newly holds (with the bureau's work item), and updates counts and samples of the
 * existing ones. `enterpriseIds` limits the work to the enterprises a change touched; 'all' is
 * the full recomputation. A fixed number of queries whatever the number of enterprises.
 */
export async function reconcileEscalations(tx: Tx, actor: Actor, enterpriseIds: string[] | 'all', now = new Date()): Promise<ReconcileResult> {
  if (enterpriseIds !== 'all' && enterpriseIds.length === 0) return { enterprises: 0, created: 0, updated: 0 };
  const rules = await loadRules(tx);
  const results = await loadResults(tx, enterpriseIds);
  const existing = await loadExisting(tx, enterpriseIds);
  const ids = enterpriseIds === 'all' ? [...new Set([...results.keys(), ...existing.keys()])] : enterpriseIds;
  const facts = await loadEnterprises(tx, ids);

  const toCreate: { enterprise: EnterpriseRow; firing: Assessment }[] = [];
  const toUpdate: EscalationUpdate[] = [];
  for (const id of ids) {
    const enterprise = facts.get(id);
    if (!enterprise) continue;
    const plan = planEscalations(rules, enterprise, results.get(id) ?? [], existing.get(id) ?? []);
    toCreate.push(...plan.create.map((firing) => ({ enterprise, firing })));
    toUpdate.push(...plan.update);
  }
  if (toCreate.length) await createEscalations(tx, actor, rules, toCreate, now);
  if (toUpdate.length) await applyUpdates(tx, actor, toUpdate, now);
  return { enterprises: ids.length, created: toCreate.length, updated: toUpdate.length };
}

async function loadExisting(tx: Tx, enterpriseIds: string[] | 'all'): Promise<Map<string, ExistingEscalation[]>> {
  const rows = await tx
    .select({ id: escalations.id, enterpriseId: escalations.enterpriseId, ruleId: escalations.ruleId, year: escalations.year, currentCount: escalations.currentCount, belowThreshold: escalations.belowThreshold })
    .from(escalations)
    .where(enterpriseIds === 'all' ? undefined : sql`${escalations.enterpriseId} = ANY(${pgUuidArray(enterpriseIds)})`);
  const samples = rows.length
    ? await tx
        .select({ escalationId: escalationSamples.escalationId, sampleId: escalationSamples.sampleId, counted: escalationSamples.counted })
        .from(escalationSamples)
        .where(enterpriseIds === 'all' ? undefined : sql`${escalationSamples.escalationId} = ANY(${pgUuidArray(rows.map((r) => r.id))})`)
    : [];
  const samplesOf = new Map<string, { sampleId: string; counted: boolean }[]>();
  for (const s of samples) {
    const list = samplesOf.get(s.escalationId);
    if (list) list.push(s);
    else samplesOf.set(s.escalationId, [s]);
  }
  const byEnterprise = new Map<string, ExistingEscalation[]>();
  for (const row of rows) {
    const e = { ...row, samples: samplesOf.get(row.id) ?? [] };
    const list = byEnterprise.get(row.enterpriseId);
    if (list) list.push(e);
    else byEnterprise.set(row.enterpriseId, [e]);
  }
  return byEnterprise;
}

async function createEscalations(tx: Tx, actor: Actor, rules: EscalationRule[], items: { enterprise: EnterpriseRow; firing: Assessment }[], now: Date) {
  const rulesById = new Map(rules.map((r) => [r.id, r]));
  const due = await deadlineFor(tx, 'escalation.handle', now);
  const rows = items.map(({ enterprise, firing }) => {
    const rule = rulesById.get(firing.ruleId)!;
    return {
      id: randomUUID(),
      ruleId: rule.id,
      year: firing.year,
      enterpriseId: enterprise.id,
      ownerUnitId: ownerDivisionFor(rule.ownerBusiness),
      assignedUnitId: assignedBureauFor(enterprise),
      status: 'open',
      countAtFiring: firing.samples.length,
      currentCount: firing.samples.length,
      threshold: rule.threshold,
      matchedByName: !enterprise.creditCode,
      firedAt: now,
      dueAt: due.due,
      provisional: due.provisional,
    };
  });
  for (let i = 0; i < rows.length; i += CHUNK) {
    // ON CONFLICT: two transactions may evaluate the same enterprise at once; the unique key
    // (enterprise, rule, year) lets exactly one of them create it.
    await tx.insert(escalations).values(rows.slice(i, i + CHUNK)).onConflictDoNothing();
  }
  const inserted = new Set(
    (
      await tx
        .select({ id: escalations.id })
        .from(escalations)
        .where(inArray(escalations.id, rows.map((r) => r.id)))
    ).map((r) => r.id),
  );
  const created = rows.map((row, i) => ({ row, firing: items[i].firing, enterprise: items[i].enterprise })).filter((c) => inserted.has(c.row.id));
  const sampleRows = created.flatMap(({ row, firing }) =>
    firing.samples.map((s) => ({ escalationId: row.id, sampleId: s.sampleId, sampleNo: s.sampleNo, samplingDate: s.samplingDate, counted: true })),
  );
  for (let i = 0; i < sampleRows.length; i += CHUNK) await tx.insert(escalationSamples).values(sampleRows.slice(i, i + CHUNK));
  await createWorkItems(
    tx,
    actor,
    created.map(({ row, enterprise }) => ({
      kind: 'escalation_handle' as const,
      title: `督办：${enterprise.name} ${row.year}年 ${rulesById.get(row.ruleId)!.name}（${row.currentCount}批次），请开展调查和监督检查并报送办理情况`,
      subjectType: 'escalation',
      subjectId: row.id,
      ownerUnitId: row.assignedUnitId,
      dueAt: row.dueAt,
      links: [{ label: '督办详情', href: `/escalations/${row.id}` }],
    })),
  );
  const audit: AuditEntry[] = created.map(({ row, firing }) => ({
    action: 'escalation.fire',
    entityType: 'escalation',
    entityId: row.id,
    after: { ...row, sampleNos: firing.samples.map((s) => s.sampleNo) },
  }));
  await recordAudit(tx, actor, ...audit);
}

async function applyUpdates(tx: Tx, actor: Actor, updates: EscalationUpdate[], now: Date) {
  for (const u of updates) {
    await tx
      .update(escalations)
      .set({ currentCount: u.currentCount, belowThreshold: u.belowThreshold, updatedAt: now, version: sql`${escalations.version} + 1` })
      .where(eq(escalations.id, u.id));
    if (u.uncounted.length) {
      await tx
        .update(escalationSamples)
        .set({ counted: false })
        .where(and(eq(escalationSamples.escalationId, u.id), inArray(escalationSamples.sampleId, u.uncounted)));
    }
  }
  const counted = updates.flatMap((u) => u.counted.map((s) => ({ escalationId: u.id, sampleId: s.sampleId, sampleNo: s.sampleNo, samplingDate: s.samplingDate, counted: true })));
  for (let i = 0; i < counted.length; i += CHUNK) {
    await tx
      .insert(escalationSamples)
      .values(counted.slice(i, i + CHUNK))
      .onConflictDoUpdate({ target: [escalationSamples.escalationId, escalationSamples.sampleId], set: { counted: true } });
  }
  await recordAudit(
    tx,
    actor,
    ...updates.map((u) => ({
      action: 'escalation.recount',
      entityType: 'escalation',
      entityId: u.id,
      before: u.before,
      after: { currentCount: u.currentCount, belowThreshold: u.belowThreshold, added: u.counted.map((s) => s.sampleNo), uncounted: u.uncounted },
    })),
  );
}
