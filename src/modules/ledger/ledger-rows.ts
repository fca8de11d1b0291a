import { eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposals, orgUnits, samples } from '../../db/schema/index.js';
import { disposalStatusNames, fiveInPlace, type DisposalStatus } from '../../domain/disposal.js';
import { disposalClock } from '../disposals/list-disposals.js';
import { outer } from '../../db/outer-column.js';

export type StepState = { status: 'done' | 'pending'; doneOn: string | null };
type StepKey = 'notice' | (typeof fiveInPlace)[number];

/** Each step of a disposal as { kind: { status, doneOn } }. */
const stepsByKind = sql<Partial<Record<string, StepState>>>`(SELECT coalesce(jsonb_object_agg(ds.kind, jsonb_build_object('status', ds.status, 'doneOn', ds.done_on)), '{}'::jsonb) FROM disposal_steps ds WHERE ds.disposal_id = ${outer(disposals.id)})`;

/** The penalty step's facts: the case number, or why no case was filed. */
const penaltyDetails = sql<{ caseNo?: string; noCaseReason?: string } | null>`(SELECT ds.details FROM disposal_steps ds WHERE ds.disposal_id = ${outer(disposals.id)} AND ds.kind = 'penalty' AND ds.status = 'done')`;

/** The failed items as officials write them: 毒死蜱 0.12mg/kg（≤0.05）；… */
const failedItems = sql<string | null>`(SELECT string_agg(ri.item_name || ' ' || ri.result_text || coalesce(ri.unit, '') || coalesce('（' || ri.limit_text || '）', ''), '；' ORDER BY ri.sort_order) FROM result_items ri WHERE ri.sample_id = ${outer(disposals.sampleId)} AND ri.effective AND ri.judgement <> 'qualified')`;

const columns = {
  disposal: {
    id: disposals.id,
    sampleNo: disposals.sampleNo,
    ownerUnitId: disposals.ownerUnitId,
    link: disposals.link,
    status: disposals.status,
    openedAt: disposals.openedAt,
    dueAt: disposals.dueAt,
    extension: disposals.extension,
    voidReason: disposals.voidReason,
  },
  foodName: samples.foodName,
  sampledPartyName: samples.sampledPartyName,
  nominalProducerName: samples.nominalProducerName,
  ownerUnitName: orgUnits.name,
  failedItems,
  steps: stepsByKind,
  penalty: penaltyDetails,
  /** openedAt as PostgreSQL prints it: a keyset cursor that keeps the microseconds a JS Date drops. */
  openedAtKey: sql<string>`${disposals.openedAt}::text`,
};

/** The ledger row query without its where, order and paging: lists, the export and reconciliations share it. */
export function ledgerRowQuery(db: Executor, where: SQL) {
  return db
    .select(columns)
    .from(disposals)
    .innerJoin(samples, eq(samples.id, disposals.sampleId))
    .innerJoin(orgUnits, eq(orgUnits.id, disposals.ownerUnitId))
    .where(where);
}

type RawRow = Awaited<ReturnType<typeof ledgerRowQuery>>[number];

const pending: StepState = { status: 'pending', doneOn: null };

/** What a 备注 cell says: an extension, the reason no case was filed, why it was voided. */
function remarksOf(r: RawRow): string | null {
  const parts: string[] = [];
  if (r.disposal.extension) parts.push(`经批准延期${r.disposal.extension.days}天（${r.disposal.extension.documentNo}）`);
  if (r.penalty?.noCaseReason) parts.push(`不予立案：${r.penalty.noCaseReason}`);
  if (r.disposal.voidReason) parts.push(`已撤销：${r.disposal.voidReason}`);
  return parts.length ? parts.join('；') : null;
}

/** A ledger row as the API sends it: the five in place each as { status, doneOn }, overdue derived. */
export function toLedgerItem(r: RawRow, now: Date) {
  const step = (kind: StepKey): StepState => r.steps[kind] ?? pending;
  return {
    disposalId: r.disposal.id,
    sampleNo: r.disposal.sampleNo,
    foodName: r.foodName,
    sampledPartyName: r.sampledPartyName,
    nominalProducerName: r.nominalProducerName,
    failedItems: r.failedItems,
    link: r.disposal.link,
    ownerUnitId: r.disposal.ownerUnitId,
    ownerUnitName: r.ownerUnitName,
    openedAt: r.disposal.openedAt,
    dueAt: r.disposal.dueAt,
    status: r.disposal.status,
    statusName: disposalStatusNames[r.disposal.status as DisposalStatus],
    overdue: disposalClock(r.disposal, now).overdue,
    notice: step('notice'),
    riskControl: step('riskControl'),
    causeInvestigation: step('causeInvestigation'),
    rectification: step('rectification'),
    penalty: step('penalty'),
    disclosure: step('disclosure'),
    fiveInPlace: fiveInPlace.every((k) => step(k).status === 'done'),
    penaltyCaseNo: r.penalty?.caseNo ?? null,
    remarks: remarksOf(r),
  };
}

export type LedgerItem = ReturnType<typeof toLedgerItem>;
