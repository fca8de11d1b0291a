import { randomUUID } from 'node:crypto';
import { param, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { escalationSamples, escalations } from '../../db/schema/index.js';
import type { Assessment } from '../../domain/escalation/engine.js';
import { planEscalations, type EscalationUpdate } from '../../domain/escalation/plan.js';
import type { EscalationRule } from '../../domain/escalation/rule-defaults.js';
import type { Actor } from '../access/actor.js';
import { recordAudit, type AuditEntry } from '../audit/record-audit.js';
import { deadlineFor } from '../deadlines/deadline-service.js';
import { createWorkItems } from '../work-items/create-work-item.js';
import { assignedBureauFor, ownerDivisionFor } from './escalation-units.js';
import { loadSnapshotAll, loadSnapshotForSamples, type EnterpriseRow } from './load-history.js';

export interface ReconcileResult {
  enterprises: number;
  created: number;
  updated: number;
}

const CHUNK = 1000;

/**
 * Brings escalations in line with the enterprises' results, inside the caller's transaction:
 * creates what newly holds (with the bureau's work item), and updates counts and samples of the
 * existing ones. `{ sampleIds }` limits the work to the enterprises those changed samples
 * concern (the incremental path, one read statement); 'all' is the full recomputation. A fixed
 * number of statements whatever the number of enterprises.
 */
export async function reconcileEscalations(tx: Tx, actor: Actor, target: 'all' | { sampleIds: string[] }, now = new Date()): Promise<ReconcileResult> {
  if (target !== 'all' && target.sampleIds.length === 0) return { enterprises: 0, created: 0, updated: 0 };
  const snapshot = target === 'all' ? await loadSnapshotAll(tx) : await loadSnapshotForSamples(tx, target.sampleIds);
  const { rules, enterpriseIds, facts, results, existing } = snapshot;

  const toCreate: { enterprise: EnterpriseRow; firing: Assessment }[] = [];
  const toUpdate: EscalationUpdate[] = [];
  for (const id of enterpriseIds) {
    const enterprise = facts.get(id);
    if (!enterprise) continue;
    const plan = planEscalations(rules, enterprise, results.get(id) ?? [], existing.get(id) ?? []);
    toCreate.push(...plan.create.map((firing) => ({ enterprise, firing })));
    toUpdate.push(...plan.update);
  }
  if (toCreate.length) await createEscalations(tx, actor, rules, toCreate, now);
  if (toUpdate.length) await applyUpdates(tx, actor, toUpdate, now);
  return { enterprises: enterpriseIds.length, created: toCreate.length, updated: toUpdate.length };
}

/**
 * The arguments of `unnest(…)` for a multi-row INSERT: one array parameter per column, cast to
 * the column's type. A full recomputation creates thousands of rows; Drizzle's insert().values()
 * binds one parameter per cell and spent more time building that statement than PostgreSQL
 * spent running it (docs/performance.md, "Escalation rules").
 */
function columns<R extends Record<string, unknown>>(rows: R[], spec: [keyof R & string, string][]): SQL {
  return sql.join(
    spec.map(([key, type]) => sql`${param(rows.map((r) => (r[key] instanceof Date ? (r[key] as Date).toISOString() : (r[key] ?? null))))}::${sql.raw(type)}[]`),
    sql`, `,
  );
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
  // ON CONFLICT: two transactions may evaluate the same enterprise at once; the unique key
  // (enterprise, rule, year) lets exactly one of them create it. RETURNING lists the rows this
  // statement inserted (their ids are new), so nothing is read back.
  const result = (await tx.execute(sql`
    INSERT INTO ${escalations} (id, rule_id, year, enterprise_id, owner_unit_id, assigned_unit_id, status, count_at_firing,
                                current_count, threshold, matched_by_name, fired_at, due_at, provisional)
    SELECT * FROM unnest(${columns(rows, [
      ['id', 'uuid'], ['ruleId', 'text'], ['year', 'integer'], ['enterpriseId', 'uuid'], ['ownerUnitId', 'uuid'], ['assignedUnitId', 'uuid'],
      ['status', 'text'], ['countAtFiring', 'integer'], ['currentCount', 'integer'], ['threshold', 'integer'], ['matchedByName', 'boolean'],
      ['firedAt', 'timestamptz'], ['dueAt', 'timestamptz'], ['provisional', 'boolean'],
    ])})
    ON CONFLICT DO NOTHING
    RETURNING id`)) as unknown as { rows: { id: string }[] };
  const inserted = new Set(result.rows.map((r) => r.id));
  const created = rows.map((row, i) => ({ row, firing: items[i].firing, enterprise: items[i].enterprise })).filter((c) => inserted.has(c.row.id));
  const sampleRows = created.flatMap(({ row, firing }) =>
    firing.samples.map((s) => ({ escalationId: row.id, sampleId: s.sampleId, sampleNo: s.sampleNo, samplingDate: s.samplingDate, counted: true })),
  );
  if (sampleRows.length) {
    await tx.execute(sql`
      INSERT INTO ${escalationSamples} (escalation_id, sample_id, sample_no, sampling_date, counted)
      SELECT * FROM unnest(${columns(sampleRows, [['escalationId', 'uuid'], ['sampleId', 'uuid'], ['sampleNo', 'text'], ['samplingDate', 'date'], ['counted', 'boolean']])})`);
  }
  const workItems = created.map(({ row, enterprise }) => ({
    kind: 'escalation_handle' as const,
    title: `督办：${enterprise.name} ${row.year}年 ${rulesById.get(row.ruleId)!.name}（${row.currentCount}批次），请开展调查和监督检查并报送办理情况`,
    subjectType: 'escalation',
    subjectId: row.id,
    ownerUnitId: row.assignedUnitId,
    dueAt: row.dueAt,
    links: [{ label: '督办详情', href: `/escalations/${row.id}` }],
  }));
  const audit: AuditEntry[] = created.map(({ row, firing }) => ({
    action: 'escalation.fire',
    entityType: 'escalation',
    entityId: row.id,
    after: { ...row, sampleNos: firing.samples.map((s) => s.sampleNo) },
  }));
  // In chunks: createWorkItems sends one INSERT with 10 parameters a row, and PostgreSQL takes at
  // most 65,535 — a recomputation creating more than ~6,500 escalations (a threshold lowered on
  // a province's data) failed there. The firing's audit rows go with the first chunk's.
  for (let i = 0; i < workItems.length; i += CHUNK) await createWorkItems(tx, actor, workItems.slice(i, i + CHUNK), i === 0 ? audit : []);
}

async function applyUpdates(tx: Tx, actor: Actor, updates: EscalationUpdate[], now: Date) {
  const counted = updates.flatMap((u) => u.counted.map((s) => ({ escalationId: u.id, sampleId: s.sampleId, sampleNo: s.sampleNo, samplingDate: s.samplingDate, counted: true })));
  const uncounted = updates.flatMap((u) => u.uncounted.map((sampleId) => ({ escalationId: u.id, sampleId })));
  // One statement for the counts, the samples that stop counting and those that count (again):
  // on the incremental path statements are the cost, not rows.
  await tx.execute(sql`
    WITH counts AS (
      UPDATE ${escalations} e
         SET current_count = v.current_count, below_threshold = v.below_threshold, updated_at = ${now.toISOString()}::timestamptz, version = e.version + 1
        FROM unnest(${columns(updates.map((u) => ({ id: u.id, currentCount: u.currentCount, belowThreshold: u.belowThreshold })), [['id', 'uuid'], ['currentCount', 'integer'], ['belowThreshold', 'boolean']])}) AS v(id, current_count, below_threshold)
       WHERE e.id = v.id
    ),
    no_longer AS (
      UPDATE ${escalationSamples} es SET counted = false
        FROM unnest(${columns(uncounted, [['escalationId', 'uuid'], ['sampleId', 'uuid']])}) AS x(escalation_id, sample_id)
       WHERE es.escalation_id = x.escalation_id AND es.sample_id = x.sample_id
    )
    INSERT INTO ${escalationSamples} (escalation_id, sample_id, sample_no, sampling_date, counted)
    SELECT * FROM unnest(${columns(counted, [['escalationId', 'uuid'], ['sampleId', 'uuid'], ['sampleNo', 'text'], ['samplingDate', 'date'], ['counted', 'boolean']])})
    ON CONFLICT (escalation_id, sample_id) DO UPDATE SET counted = true`);
  await recordAudit(
    tx,
    actor,
    ...updates.map((u) => ({
      action: 'escalation.recount' as const,
      entityType: 'escalation',
      entityId: u.id,
      before: u.before,
      after: { currentCount: u.currentCount, belowThreshold: u.belowThreshold, added: u.counted.map((s) => s.sampleNo), uncounted: u.uncounted },
    })),
  );
}
