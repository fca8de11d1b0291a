import { and, asc, count, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { auditLog, objections, samples } from '../../db/schema/index.js';
import { at } from '../../db/sql-values.js';
import {
  applicationKindNames,
  applicationOutcomeNames,
  applicationStatusNames,
  isOpenApplication,
  objectionGroundNames,
  type ApplicationKind,
  type ApplicationOutcome,
  type ApplicationStatus,
  type ObjectionGround,
} from '../../domain/objections/application.js';
import { DomainError } from '../../domain/errors.js';
import { allowedActions } from '../../domain/workflow/workflow.js';
import { applicationWorkflow, sampleApplicationWorkflow } from '../../domain/workflow/objection.js';
import { applicationStanding } from './application-workflow.js';
import type { SessionUser } from '../access/actor.js';
import type { Page } from '../../http/paging.js';
import { sampleInScope } from '../sampling/sample-scope.js';
import type { Application } from './failed-sample.js';
import { auditHistory } from '../audit/audit-history.js';

/** What an application shows of its sample. */
const sampleColumns = {
  sampleNo: samples.sampleNo,
  foodName: samples.foodName,
  sampledPartyName: samples.sampledPartyName,
  ownerUnitId: samples.ownerUnitId,
  sampleConclusion: samples.conclusion,
  firstLabName: samples.labName,
};
export type SampleSummary = { sampleNo: string; foodName: string; sampledPartyName: string; ownerUnitId: string; sampleConclusion: string; firstLabName: string | null };

/** Names, the derived clock, and the actions the user may take now (the web shows exactly these). */
export function presentApplication(a: Application, sample: SampleSummary, user: SessionUser, now = new Date()) {
  const open = isOpenApplication(a.status);
  // src/domain/workflow/objection.ts: an application whose sample is no longer failed can only be rejected.
  const actions = allowedActions(applicationWorkflow, applicationStanding(user, { application: a, sample: { conclusion: sample.sampleConclusion } }));
  return {
    ...a,
    ...sample,
    kindName: applicationKindNames[a.kind as ApplicationKind],
    groundName: a.ground ? objectionGroundNames[a.ground as ObjectionGround] : null,
    statusName: applicationStatusNames[a.status as ApplicationStatus],
    outcomeName: a.outcome ? applicationOutcomeNames[a.outcome as ApplicationOutcome] : null,
    overdue: open && a.dueAt !== null && a.dueAt < now,
    remainingMs: open && a.dueAt ? a.dueAt.getTime() - now.getTime() : null,
    actions,
  };
}

export interface ApplicationFilter {
  status?: string;
  kind?: string;
  sampleNo?: string;
  overdue?: boolean;
}

/** Every application whose sample the user may read (docs/security.md: scope follows the sample). */
export async function listApplications(db: Executor, user: SessionUser, filter: ApplicationFilter, page: Page, now = new Date()) {
  const conditions: SQL[] = [sampleInScope(user)];
  if (filter.status) conditions.push(eq(objections.status, filter.status));
  if (filter.kind) conditions.push(eq(objections.kind, filter.kind));
  if (filter.sampleNo) conditions.push(eq(samples.sampleNo, filter.sampleNo));
  if (filter.overdue) conditions.push(sql`${objections.status} IN ('pending', 'accepted') AND ${objections.dueAt} < ${at(now)}`);
  const where = and(...conditions)!;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ application: objections, sample: sampleColumns })
      .from(objections)
      .innerJoin(samples, eq(samples.id, objections.sampleId))
      .where(where)
      // Open and overdue first, then open by deadline, then the rest, newest first.
      .orderBy(
        sql`CASE WHEN ${objections.status} IN ('pending', 'accepted') THEN (CASE WHEN ${objections.dueAt} < ${at(now)} THEN 0 ELSE 1 END) ELSE 2 END`,
        sql`${objections.dueAt} ASC NULLS LAST`,
        desc(objections.createdAt),
        desc(objections.id),
      )
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(objections).innerJoin(samples, eq(samples.id, objections.sampleId)).where(where),
  ]);
  return { items: rows.map((r) => presentApplication(r.application, r.sample, user, now)), total };
}

/** The applications of one sample, oldest first; 404 when the sample is out of scope. */
export async function listSampleApplications(db: Executor, user: SessionUser, sampleId: string, now = new Date()) {
  const [sample] = await db.select(sampleColumns).from(samples).where(and(eq(samples.id, sampleId), sampleInScope(user))).limit(1);
  if (!sample) throw new DomainError('NOT_FOUND', { entity: 'sample', id: sampleId });
  const rows = await db.select().from(objections).where(eq(objections.sampleId, sampleId)).orderBy(asc(objections.createdAt), asc(objections.id));
  // What the user may file on the sample (src/domain/workflow/objection.ts): the card's buttons.
  const actions = allowedActions(sampleApplicationWorkflow, { state: sample.sampleConclusion, sides: ['reader'], roles: user.roles, facts: {} });
  return { items: rows.map((a) => presentApplication(a, sample, user, now)), actions };
}

/** One application with its history (its audit rows); 404 when its sample is out of scope. */
export async function getApplication(db: Executor, user: SessionUser, id: string, now = new Date()) {
  const [row] = await db
    .select({ application: objections, sample: sampleColumns })
    .from(objections)
    .innerJoin(samples, eq(samples.id, objections.sampleId))
    .where(and(eq(objections.id, id), sampleInScope(user)))
    .limit(1);
  if (!row) throw new DomainError('NOT_FOUND', { entity: 'objection', id });
  const history = await auditHistory(db, and(eq(auditLog.entityType, 'objection'), eq(auditLog.entityId, id)), 100);
  return { ...presentApplication(row.application, row.sample, user, now), history };
}

/** Summary of a sample row for presentApplication. */
export function sampleSummary(s: { sampleNo: string; foodName: string; sampledPartyName: string; ownerUnitId: string; conclusion: string; labName: string | null }): SampleSummary {
  return { sampleNo: s.sampleNo, foodName: s.foodName, sampledPartyName: s.sampledPartyName, ownerUnitId: s.ownerUnitId, sampleConclusion: s.conclusion, firstLabName: s.labName };
}
