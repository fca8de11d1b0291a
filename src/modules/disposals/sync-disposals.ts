import { randomUUID } from 'node:crypto';
import { and, eq, inArray, isNotNull, notInArray, or, param, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Tx } from '../../db/client.js';
import { assistRequests, disposalSteps, disposals, foodCategories, reconciliationChecks, samples } from '../../db/schema/index.js';
import type { Deadline } from '../../domain/deadlines/compute-deadline.js';
import { localDateTime } from '../../domain/time.js';
import { disposalStepKinds, guidingDivisionSlug, monitoringStepKinds } from '../../domain/disposal.js';
import { SAMPLED_OUT_OF_PROVINCE } from '../../domain/sampling/sample-rules.js';
import type { Actor } from '../access/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { deadlineByLoadedRule, rulesWithCalendar } from '../deadlines/deadline-service.js';
import { ownerUnitForRegion } from '../org/jurisdiction.js';
import { unitIdForSlug } from '../org/seed-organisation.js';
import { regionIndex } from '../sampling/region-index.js';
import { createWorkItems, type NewWorkItem } from '../work-items/create-work-item.js';
import { insertRows } from '../imports/bulk-insert.js';
import { closeSubjectWorkItems } from '../work-items/close-subject-work-items.js';
import { statementName } from '../../db/named-statement.js';

export interface SyncResult {
  opened: number;
  voided: number;
}

const FAILED = ['unqualified', 'issue'];

/** What opening a disposal reads of its sample: a dozen columns, not the sample's sixty. */
const sampleFacts = {
  id: samples.id,
  sampleNo: samples.sampleNo,
  conclusion: samples.conclusion,
  conclusionReceivedOn: samples.conclusionReceivedOn,
  link: samples.link,
  ownerUnitId: samples.ownerUnitId,
  inferred: samples.inferred,
  foodName: samples.foodName,
  sampledPartyName: samples.sampledPartyName,
  nominalProducerName: samples.nominalProducerName,
  nominalProducerAddress: samples.nominalProducerAddress,
};
type SampleFacts = Pick<typeof samples.$inferSelect, keyof typeof sampleFacts>;
/** The name of syncDisposals' read, once its fixed text has been rendered. */
let disposalReadName: string | undefined;

/**
 * Keeps disposals in step with sample conclusions, inside the transaction that changed the
 * samples (manual entry, results, imports): a failed sample without a disposal gets one —
 * idempotent, one per sample — and an open disposal whose sample is no longer failed is voided
 * with the reason. Works on a batch with a fixed number of queries.
 */
export async function syncDisposals(tx: Tx, actor: Actor, sampleIds: string[], reason: string, now = new Date()): Promise<SyncResult> {
  if (sampleIds.length === 0) return { opened: 0, voided: 0 };
  const root = alias(foodCategories, 'root');
  const query = tx
    .select({ sample: sampleFacts, rootName: root.name, disposalId: disposals.id, disposalStatus: disposals.status })
    .from(samples)
    .leftJoin(root, eq(root.id, samples.categoryRootId))
    .leftJoin(disposals, eq(disposals.sampleId, samples.id))
    // Only failed samples (to open) and samples with an unfinished disposal (to void) matter:
    // an import batch is mostly qualified samples, which this skips in SQL.
    .where(
      and(
        sql`${samples.id} = ANY(${param(sampleIds)}::uuid[])`,
        or(inArray(samples.conclusion, FAILED), and(isNotNull(disposals.id), notInArray(disposals.status, ['closed', 'voided']))),
      ),
    );
  // Every result runs this: a named statement spares the planning of the sample's read (1.3 ms of
  // 1.9 at 10^6; named-statement.ts). The ids are one array parameter, so the text never varies
  // and its name is rendered once per process, not on every result.
  disposalReadName ??= statementName(query.toSQL().sql);
  const rows = await query.prepare(disposalReadName).execute();

  const toOpen = rows.filter((r) => FAILED.includes(r.sample.conclusion) && !r.disposalId);
  const toVoid = rows.filter((r) => !FAILED.includes(r.sample.conclusion) && r.disposalId && !['closed', 'voided'].includes(r.disposalStatus!));
  if (toOpen.length) await openDisposals(tx, actor, toOpen, now);
  if (toVoid.length) await voidDisposals(tx, actor, toVoid.map((r) => r.disposalId!), reason, now);
  return { opened: toOpen.length, voided: toVoid.length };
}

/**
 * The legal trigger of a disposal's periods: the day the unqualified conclusion was received
 * (办法 art. 45; domain-rules.md "Counting periods"), stored on the sample by the import or by
 * hand. Only when nobody recorded it does the clock start when the record was created here.
 */
export function disposalAnchor(sample: { conclusionReceivedOn: string | null }, now: Date): Date {
  return sample.conclusionReceivedOn ? localDateTime(sample.conclusionReceivedOn) : now;
}

async function openDisposals(tx: Tx, actor: Actor, rows: { sample: SampleFacts; rootName: string | null }[], now: Date) {
  const loaded = await rulesWithCalendar(tx, ['disposal.complete', 'result.notify']);
  // One count per distinct trigger: a batch mostly shares one.
  const counted = new Map<number, { due: Deadline; noticeDue: Deadline }>();
  const periodsFrom = (anchor: Date) => {
    let periods = counted.get(anchor.getTime());
    if (!periods) {
      periods = {
        due: deadlineByLoadedRule(loaded, 'disposal.complete', anchor),
        noticeDue: deadlineByLoadedRule(loaded, 'result.notify', anchor),
      };
      counted.set(anchor.getTime(), periods);
    }
    return periods;
  };
  const noticeDueOf = new Map<string, Date>();
  const created = rows.map(({ sample, rootName }) => {
    const slug = guidingDivisionSlug(sample.link, rootName);
    const anchor = disposalAnchor(sample, now);
    const { due, noticeDue } = periodsFrom(anchor);
    noticeDueOf.set(sample.id, noticeDue.due);
    return {
      id: randomUUID(),
      sampleId: sample.id,
      sampleNo: sample.sampleNo,
      kind: sample.conclusion === 'issue' ? 'monitoring' : 'disposal',
      ownerUnitId: sample.ownerUnitId,
      guidingUnitId: slug ? unitIdForSlug(slug) : null,
      link: sample.link,
      status: 'open',
      // The legal anchor (labelled 收到结论); createdAt keeps when the platform learnt of it.
      openedAt: anchor,
      createdAt: now,
      ruleId: 'disposal.complete',
      dueAt: due.due,
      originalDueAt: due.due,
      provisional: due.provisional,
    };
  });
  const inserted = await tx.insert(disposals).values(created).onConflictDoNothing().returning();
  const bySample = new Map(rows.map((r) => [r.sample.id, r.sample]));
  const steps = inserted.flatMap((d) =>
    (d.kind === 'monitoring' ? monitoringStepKinds : disposalStepKinds).map((kind) => ({ id: randomUUID(), disposalId: d.id, kind })),
  );
  // Six steps a disposal: an import batch with hundreds of unqualified results sends them as one
  // array parameter per column (imports/bulk-insert.ts), not three parameters a row (issue 16 §3).
  if (steps.length) await insertRows(tx, disposalSteps, steps);

  const items: NewWorkItem[] = [];
  const assists: (typeof assistRequests.$inferInsert)[] = [];
  for (const d of inserted) {
    const sample = bySample.get(d.sampleId)!;
    const href = `/disposals/${d.id}`;
    // Taken in another province and kept for its Sichuan producer: the sample, and so this
    // disposal, is owned by the producer's bureau (map-parsed-sample.ts). The sampled party is the
    // sampling province's to handle; its 协查 reaches the producer's bureau, whose handling this is.
    const elsewhere = sample.inferred[SAMPLED_OUT_OF_PROVINCE];
    items.push({
      kind: d.kind === 'monitoring' ? 'monitoring_notice' : 'disposal_notice',
      title: `${elsewhere ? '省外抽样，' : ''}${d.kind === 'monitoring' ? '风险监测问题样品：通知企业' : '送达检验结果通知书'}（${sample.foodName}，${sample.sampledPartyName}，${sample.sampleNo}）`,
      subjectType: 'disposal',
      subjectId: d.id,
      ownerUnitId: d.ownerUnitId,
      dueAt: noticeDueOf.get(d.sampleId)!,
      links: [{ label: '核查处置', href }],
    });
    // 协查: the nominal producer sits in another jurisdiction.
    if (sample.nominalProducerName && sample.nominalProducerAddress) {
      const where = regionIndex.resolve(sample.nominalProducerAddress);
      const producerUnit = 'regionCode' in where ? ownerUnitForRegion(where.regionCode) : null;
      if (where.level === 'outside' || (producerUnit && producerUnit !== d.ownerUnitId)) {
        const id = randomUUID();
        assists.push({
          id,
          disposalId: d.id,
          fromUnitId: d.ownerUnitId,
          toUnitId: where.level === 'outside' ? null : producerUnit,
          outsideProvince: where.level === 'outside' ? where.province : null,
          producerName: sample.nominalProducerName,
          producerAddress: sample.nominalProducerAddress,
        });
        items.push(
          where.level === 'outside'
            ? { kind: 'assist_letter', title: `发送协查函至${where.province}（${sample.nominalProducerName}）`, subjectType: 'assistRequest', subjectId: id, ownerUnitId: d.ownerUnitId, dueAt: noticeDueOf.get(d.sampleId)!, links: [{ label: '核查处置', href }] }
            : { kind: 'assist_request', title: `协查：${sample.nominalProducerName}（${sample.foodName}，${sample.sampleNo}）`, subjectType: 'assistRequest', subjectId: id, ownerUnitId: producerUnit!, dueAt: d.dueAt, links: [{ label: '核查处置', href }] },
        );
      }
    }
  }
  if (assists.length) await insertRows(tx, assistRequests, assists);
  // The disposals' audit rows are appended with their work items' in one insert (create-work-item.ts).
  await createWorkItems(
    tx,
    actor,
    items,
    inserted.map((d) => ({ action: 'disposal.open' as const, entityType: 'disposal', entityId: d.id, after: { ...d, assists: assists.filter((a) => a.disposalId === d.id).length } })),
  );
}

async function voidDisposals(tx: Tx, actor: Actor, ids: string[], reason: string, now: Date) {
  const voided = await tx
    .update(disposals)
    .set({ status: 'voided', voidedAt: now, voidReason: reason, updatedAt: now })
    .where(and(inArray(disposals.id, ids), notInArray(disposals.status, ['closed', 'voided'])))
    .returning();
  await recordAudit(tx, actor, ...voided.map((d) => ({ action: 'disposal.void' as const, entityType: 'disposal', entityId: d.id, after: { status: 'voided', voidReason: reason } })));
  for (const d of voided) await closeSubjectWorkItems(tx, actor, { subjectType: 'disposal', subjectId: d.id }, 'cancelled');
  const assists = await tx.select({ id: assistRequests.id }).from(assistRequests).where(inArray(assistRequests.disposalId, ids));
  for (const a of assists) await closeSubjectWorkItems(tx, actor, { subjectType: 'assistRequest', subjectId: a.id }, 'cancelled');
  // A reconciliation's rectification of a voided disposal is moot.
  const checks = voided.length ? await tx.select({ id: reconciliationChecks.id }).from(reconciliationChecks).where(inArray(reconciliationChecks.disposalId, voided.map((d) => d.id))) : [];
  for (const c of checks) await closeSubjectWorkItems(tx, actor, { subjectType: 'reconciliationCheck', subjectId: c.id }, 'cancelled');
}
