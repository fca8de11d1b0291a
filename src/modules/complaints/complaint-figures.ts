import { and, count, desc, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { complaints } from '../../db/schema/index.js';
import { can } from '../../domain/permissions.js';
import type { SessionUser } from '../access/actor.js';
import { complaintConditions } from './list-complaints.js';

const PROVINCE = '510000';

/**
 * 投诉举报 as a source of the 321 analysis (seed art. 22): received in the period in the region (a
 * merged duplicate is not counted again), by kind and channel, still overdue, and the enterprises
 * complained about most — each row opening the list. Through the user's complaint scope.
 */
export async function complaintFigures(db: Executor, user: SessionUser, regionCode: string, period: { from: string; to: string }) {
  if (!can(user.roles, 'complaint.read')) return null;
  const where = complaintConditions(user, { regionCode: regionCode === PROVINCE ? undefined : regionCode, from: period.from, to: period.to });
  const [totals] = await db
    .select({
      total: count(),
      complaints: sql<number>`count(*) FILTER (WHERE ${complaints.kind} = 'complaint')`.mapWith(Number),
      reports: sql<number>`count(*) FILTER (WHERE ${complaints.kind} = 'report')`.mapWith(Number),
      hotline: sql<number>`count(*) FILTER (WHERE ${complaints.channel} = 'hotline')`.mapWith(Number),
      overdue: sql<number>`count(*) FILTER (WHERE (${complaints.status} = 'received' AND ${complaints.acceptDueAt} < now()) OR (${complaints.status} IN ('received', 'accepted') AND ${complaints.dueAt} < now()))`.mapWith(Number),
    })
    .from(complaints)
    .where(where);
  const top = await db
    .select({ name: complaints.enterpriseName, n: count() })
    .from(complaints)
    .where(and(where, isNotNull(complaints.enterpriseName)))
    .groupBy(complaints.enterpriseName)
    .having(sql`count(*) >= 2`)
    .orderBy(desc(count()))
    .limit(5);
  return { ...totals, top: top.map((t) => ({ name: t.name!, count: t.n })) };
}

