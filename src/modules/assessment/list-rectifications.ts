import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { assessmentChecks, assessmentFindings, orgUnits } from '../../db/schema/index.js';
import { checkMethodNames, findingStatusNames, type CheckMethod } from '../../domain/assessment/checks.js';
import { toLocalDate } from '../../domain/time.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { ownerUnitInScope } from '../access/scope-sql.js';
import { checkReadable, seesAllScores } from './assessment-scope.js';

export type RectificationStatus = 'open' | 'reported' | 'accepted';

export interface RectificationFilter {
  /** The checked unit, with the units below it (a city and its counties). */
  unitId?: string;
  status?: RectificationStatus;
  /** Only the ones still open after their deadline. */
  overdue?: boolean;
  checkId?: string;
  /** The year of the check. */
  year?: number;
}

/**
 * The rectification requirements (整改意见) a user reads, in SQL: 协调处 and the province's
 * leadership all of them; any other unit, of the checks it reads (checkReadable: a hidden check
 * only from its start date), the findings of the checks it organises or is on the team of, and the
 * findings at its own unit and below (a checked unit its own) — the same rows the check's page shows it.
 */
function rectificationReadable(user: SessionUser, today: string): SQL {
  if (seesAllScores(user)) return sql`true`;
  return sql`(${checkReadable(user, today)} AND (
    ${assessmentChecks.createdByUnitId} = ${user.unit.id}
    OR ${assessmentChecks.team} @> ${JSON.stringify([{ unitId: user.unit.id }])}::jsonb
    OR ${ownerUnitInScope(user.scope, assessmentFindings.unitId)}))`;
}

const overdueSql = (today: string) => sql`(${assessmentFindings.status} = 'open' AND ${assessmentFindings.dueOn} < ${today})`;

/**
 * GET /api/assessment/rectifications: the findings' rectification status across checks, filtered
 * by checked unit (and below), status, overdue and check; the counts per status answer the same
 * filters without the status ones, for the page's summary.
 */
export async function listRectifications(db: Executor, user: SessionUser, filter: RectificationFilter, page: Page, now = new Date()) {
  const today = toLocalDate(now);
  const base = and(
    rectificationReadable(user, today),
    filter.unitId ? sql`${assessmentFindings.unitId} IN (SELECT c.id FROM org_units c WHERE c.path LIKE (SELECT p.path FROM org_units p WHERE p.id = ${filter.unitId}) || '%')` : undefined,
    filter.checkId ? eq(assessmentFindings.checkId, filter.checkId) : undefined,
    filter.year ? eq(assessmentChecks.year, filter.year) : undefined,
  );
  const where = and(base, filter.status ? eq(assessmentFindings.status, filter.status) : undefined, filter.overdue ? overdueSql(today) : undefined);
  const [rows, [counts]] = await Promise.all([
    db
      .select({
        finding: assessmentFindings,
        unitName: orgUnits.name,
        checkTitle: assessmentChecks.title,
        checkMethod: assessmentChecks.method,
        overdue: sql<boolean>`${overdueSql(today)}`,
        total: sql<number>`count(*) OVER ()::int`,
      })
      .from(assessmentFindings)
      .innerJoin(assessmentChecks, eq(assessmentChecks.id, assessmentFindings.checkId))
      .innerJoin(orgUnits, eq(orgUnits.id, assessmentFindings.unitId))
      .where(where)
      .orderBy(desc(overdueSql(today)), asc(sql`CASE ${assessmentFindings.status} WHEN 'open' THEN 0 WHEN 'reported' THEN 1 ELSE 2 END`), asc(assessmentFindings.dueOn), asc(assessmentFindings.createdAt))
      .limit(page.pageSize)
      .offset(page.offset),
    db
      .select({
        open: sql<number>`count(*) FILTER (WHERE ${assessmentFindings.status} = 'open')::int`,
        reported: sql<number>`count(*) FILTER (WHERE ${assessmentFindings.status} = 'reported')::int`,
        accepted: sql<number>`count(*) FILTER (WHERE ${assessmentFindings.status} = 'accepted')::int`,
        overdue: sql<number>`count(*) FILTER (WHERE ${overdueSql(today)})::int`,
      })
      .from(assessmentFindings)
      .innerJoin(assessmentChecks, eq(assessmentChecks.id, assessmentFindings.checkId))
      .where(base),
  ]);
  const total = rows[0]?.total ?? (page.offset === 0 ? 0 : await countOf(db, where));
  return {
    seesAll: seesAllScores(user),
    total,
    counts: { open: Number(counts.open), reported: Number(counts.reported), accepted: Number(counts.accepted), overdue: Number(counts.overdue) },
    items: rows.map(({ finding: f, unitName, checkTitle, checkMethod, overdue }) => ({
      id: f.id,
      checkId: f.checkId,
      checkTitle,
      checkMethodName: checkMethodNames[checkMethod as CheckMethod] ?? checkMethod,
      unitId: f.unitId,
      unitName,
      description: f.description,
      requirement: f.requirement,
      foundOn: f.foundOn,
      dueOn: f.dueOn,
      deduction: f.deduction,
      status: f.status as RectificationStatus,
      statusName: findingStatusNames[f.status] ?? f.status,
      overdue: Boolean(overdue),
      reportedAt: f.reportedAt,
      acceptedAt: f.acceptedAt,
      href: `/assessment/checks/${f.checkId}`,
    })),
  };
}

async function countOf(db: Executor, where: SQL | undefined): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(assessmentFindings)
    .innerJoin(assessmentChecks, eq(assessmentChecks.id, assessmentFindings.checkId))
    .where(where);
  return Number(row?.n ?? 0);
}
