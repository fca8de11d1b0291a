import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { cases, orgUnits } from '../../db/schema/index.js';
import { at } from '../../db/sql-values.js';
import { caseClock, caseSourceNames, caseStageNames, type CaseSource, type CaseStage } from '../../domain/case.js';
import { can } from '../../domain/permissions.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { caseReadable } from './case-scope.js';

export interface CaseFilter {
  stage?: string;
  source?: string;
  /** Only cases past their decision deadline without a decision. */
  overdue?: boolean;
  /** Case number, title or party, in part. */
  q?: string;
  /** The owner unit and every unit below it. */
  ownerUnitId?: string;
  disposalId?: string;
  escalationId?: string;
  enterpriseId?: string;
  legalReview?: 'pending' | 'approved' | 'returned';
  major?: boolean;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The decision clock runs while there is no decision, the case is open and no pause stops it (caseClock). */
const running = sql`(${cases.decision} IS NULL AND ${cases.stage} <> 'closed' AND NOT ${cases.clockSuspended})`;

export function caseConditions(user: SessionUser, filter: CaseFilter, now: Date): SQL {
  const conditions: SQL[] = [caseReadable(user)];
  if (filter.stage) conditions.push(eq(cases.stage, filter.stage));
  if (filter.source) conditions.push(eq(cases.source, filter.source));
  if (filter.overdue) conditions.push(sql`${running} AND ${cases.dueAt} < ${at(now)}`);
  if (filter.q) {
    const pattern = `%${escapeLike(filter.q)}%`;
    conditions.push(or(ilike(cases.caseNo, pattern), ilike(cases.title, pattern), ilike(cases.partyName, pattern))!);
  }
  if (filter.ownerUnitId) conditions.push(sql`${cases.ownerUnitId} IN (SELECT id FROM org_units WHERE path LIKE (SELECT path FROM org_units WHERE id = ${filter.ownerUnitId}) || '%')`);
  if (filter.disposalId) conditions.push(eq(cases.disposalId, filter.disposalId));
  if (filter.escalationId) conditions.push(eq(cases.escalationId, filter.escalationId));
  if (filter.enterpriseId) conditions.push(eq(cases.enterpriseId, filter.enterpriseId));
  if (filter.legalReview) conditions.push(sql`${cases.legalReview}->>'status' = ${filter.legalReview}`);
  if (filter.major !== undefined) conditions.push(eq(cases.major, filter.major));
  return and(...conditions)!;
}

/**
 * Cases the user reads: overdue ones first, then the open ones by their decision deadline, then
 * decided and closed ones, newest filing first.
 */
export async function listCases(db: Executor, user: SessionUser, filter: CaseFilter, page: Page, now = new Date()) {
  const where = caseConditions(user, filter, now);
  const rank = sql`CASE WHEN ${running} AND ${cases.dueAt} < ${at(now)} THEN 0 WHEN ${running} THEN 1 WHEN ${cases.stage} <> 'closed' THEN 2 ELSE 3 END`;
  const [rows, [{ total }]] = await Promise.all([
    db
      .select({ c: cases, ownerUnitName: orgUnits.name })
      .from(cases)
      .innerJoin(orgUnits, eq(orgUnits.id, cases.ownerUnitId))
      .where(where)
      .orderBy(asc(rank), sql`CASE WHEN ${running} THEN ${cases.dueAt} END ASC NULLS LAST`, desc(cases.filedOn), desc(cases.id))
      .limit(page.pageSize)
      .offset(page.offset),
    db.select({ total: count() }).from(cases).where(where),
  ]);
  return {
    items: rows.map(({ c, ownerUnitName }) => ({
      id: c.id,
      caseNo: c.caseNo,
      title: c.title,
      partyName: c.partyName,
      enterpriseId: c.enterpriseId,
      source: c.source,
      sourceName: caseSourceNames[c.source as CaseSource],
      disposalId: c.disposalId,
      escalationId: c.escalationId,
      stage: c.stage,
      stageName: caseStageNames[c.stage as CaseStage],
      major: c.major,
      crossRegion: c.crossRegion,
      ownerUnitId: c.ownerUnitId,
      ownerUnitName,
      filedOn: c.filedOn,
      dueAt: c.dueAt,
      provisional: c.provisional,
      clockSuspended: c.clockSuspended,
      /** 立案 after its period (null when the lead's date was not recorded). */
      filedLate: c.filingDueOn ? c.filedOn > c.filingDueOn : null,
      linkUnitId: c.linkUnitId,
      takenOver: c.takeOver !== null,
      fineAmount: c.fineAmount,
      legalReviewStatus: (c.legalReview as { status?: string } | null)?.status ?? null,
      transferred: c.judicialTransfer !== null,
      closedOn: c.closedOn,
      version: c.version,
      ...caseClock(c, now),
    })),
    total,
    /** 'create' when the user may file a case. */
    actions: can(user.roles, 'case.work') ? ['create'] : [],
  };
}
