import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { disposals, orgUnits, samples } from '../../db/schema/index.js';
import { at } from '../../db/sql-values.js';
import { disposalStatusNames, monitoringStepNames, stepNames, type DisposalStatus } from '../../domain/disposal.js';

const stepName = (kind: string, step: string) => ((kind === 'monitoring' ? monitoringStepNames : stepNames) as Record<string, string>)[step] ?? step;
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../http/paging.js';
import { linkCondition } from '../sampling/link-filter.js';
import { disposalReadable } from './disposal-scope.js';
import { outer } from '../../db/outer-column.js';

export interface DisposalFilter {
  sampleNo?: string;
  status?: string;
  /** open = not closed or voided */
  active?: boolean;
  overdue?: boolean;
  ownerUnitId?: string;
  /** A link, or `unknown`: no link yet (待确定). */
  link?: string;
  kind?: string;
  openedFrom?: string;
  openedTo?: string;
  /** Opened by this import job: its samples, opened while the job ran (they open in the job's own transactions). */
  importJobId?: string;
}

/** The steps of each row, in their legal order: [{ kind, status, doneOn }]. */
const stepsJson = sql<{ kind: string; status: string; doneOn: string | null }[]>`(SELECT coalesce(jsonb_agg(jsonb_build_object('kind', ds.kind, 'status', ds.status, 'doneOn', ds.done_on) ORDER BY array_position(ARRAY['notice','riskControl','causeInvestigation','rectification','penalty','disclosure','enterpriseReport'], ds.kind)), '[]'::jsonb) FROM disposal_steps ds WHERE ds.disposal_id = ${outer(disposals.id)})`;

export function disposalConditions(user: SessionUser, filter: DisposalFilter, now: Date): SQL {
  const conditions: SQL[] = [disposalReadable(user)];
  if (filter.sampleNo) conditions.push(eq(disposals.sampleNo, filter.sampleNo));
  if (filter.status) conditions.push(eq(disposals.status, filter.status));
  if (filter.active) conditions.push(sql`${disposals.status} NOT IN ('closed', 'voided')`);
  if (filter.overdue) conditions.push(sql`${disposals.status} NOT IN ('closed', 'voided') AND ${disposals.dueAt} < ${at(now)}`);
  if (filter.ownerUnitId) conditions.push(sql`${disposals.ownerUnitId} IN (SELECT id FROM org_units WHERE path LIKE (SELECT path FROM org_units WHERE id = ${filter.ownerUnitId}) || '%')`);
  const link = linkCondition(disposals.link, filter.link);
  if (link) conditions.push(link);
  if (filter.kind) conditions.push(eq(disposals.kind, filter.kind));
  if (filter.openedFrom) conditions.push(gte(disposals.openedAt, new Date(`${filter.openedFrom}T00:00:00+08:00`)));
  if (filter.openedTo) conditions.push(lte(disposals.openedAt, new Date(`${filter.openedTo}T23:59:59.999+08:00`)));
  if (filter.importJobId) {
    conditions.push(sql`${disposals.sampleId} IN (SELECT s.id FROM samples s WHERE s.import_job_id = ${filter.importJobId})`);
    conditions.push(sql`${disposals.createdAt} >= (SELECT j.created_at FROM import_jobs j WHERE j.id = ${filter.importJobId})`);
  }
  return and(...conditions)!;
}

/**
 * The list's order: work still to do first, nearest deadline first (so the overdue ones lead),
 * then the finished ones, latest first. Closed disposals of past years never bury new work.
 */
const active = sql`${disposals.status} NOT IN ('closed', 'voided')`;
const disposalOrder = [sql`CASE WHEN ${active} THEN 0 ELSE 1 END`, sql`CASE WHEN ${active} THEN ${disposals.dueAt} END ASC`, desc(disposals.dueAt), asc(disposals.id)];

/** Derived state every view shows: overdue and time left, never stored. */
export function disposalClock(d: { status: string; dueAt: Date }, now: Date) {
  const active = !['closed', 'voided'].includes(d.status);
  return { overdue: active && d.dueAt < now, remainingMs: active ? d.dueAt.getTime() - now.getTime() : null };
}

export async function listDisposals(db: Executor, user: SessionUser, filter: DisposalFilter, page: Page, now = new Date()) {
  const where = disposalConditions(user, filter, now);
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({
        disposal: disposals,
        steps: stepsJson,
        ownerUnitName: orgUnits.name,
        foodName: samples.foodName,
        sampledPartyName: samples.sampledPartyName,
        conclusion: samples.conclusion,
      })
      .from(disposals)
      .innerJoin(samples, eq(samples.id, disposals.sampleId))
      .innerJoin(orgUnits, eq(orgUnits.id, disposals.ownerUnitId))
      .where(where)
      .orderBy(...disposalOrder)
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(disposals).where(where),
  ]);
  return {
    items: rows.map((r) => ({
      ...r.disposal,
      statusName: disposalStatusNames[r.disposal.status as DisposalStatus],
      steps: r.steps.map((step) => ({ ...step, name: stepName(r.disposal.kind, step.kind) })),
      ownerUnitName: r.ownerUnitName,
      foodName: r.foodName,
      sampledPartyName: r.sampledPartyName,
      conclusion: r.conclusion,
      ...disposalClock(r.disposal, now),
    })),
    total,
  };
}
