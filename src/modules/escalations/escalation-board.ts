import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { escalations, orgUnits } from '../../db/schema/index.js';
import type { SessionUser } from '../access/actor.js';
import { escalationConditions, type EscalationFilter } from './list-escalations.js';

const DUE_SOON_DAYS = 7;

/**
 * The board's figures over the escalations the user may read (and the filter): by status,
 * overdue and due within a week, by division and by city bureau, by rule — each one
 * GROUP BY query.
 */
export async function escalationBoard(db: Executor, user: SessionUser, filter: Pick<EscalationFilter, 'year' | 'ownerUnitId' | 'ruleId'>, now = new Date()) {
  const where = and(...escalationConditions(user, filter, now));
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000);
  const active = sql`${escalations.status} IN ('open', 'reported')`;
  const counts = {
    active: sql<number>`count(*) FILTER (WHERE ${active})::int`,
    open: sql<number>`count(*) FILTER (WHERE ${escalations.status} = 'open')::int`,
    reported: sql<number>`count(*) FILTER (WHERE ${escalations.status} = 'reported')::int`,
    closed: sql<number>`count(*) FILTER (WHERE ${escalations.status} = 'closed')::int`,
    withdrawn: sql<number>`count(*) FILTER (WHERE ${escalations.status} = 'withdrawn')::int`,
    overdue: sql<number>`count(*) FILTER (WHERE ${active} AND ${escalations.dueAt} < ${now})::int`,
    dueSoon: sql<number>`count(*) FILTER (WHERE ${active} AND ${escalations.dueAt} >= ${now} AND ${escalations.dueAt} < ${soon})::int`,
    belowThreshold: sql<number>`count(*) FILTER (WHERE ${active} AND ${escalations.belowThreshold})::int`,
  };
  // The four figures at once: on PostgreSQL each takes its own pooled connection (one round trip
  // of wall time instead of four); PGlite runs them one after another as before.
  const [[totals], byCity, byDivision, byRule] = await Promise.all([
    db.select(counts).from(escalations).where(where),
    db
      .select({ unitId: escalations.assignedUnitId, unitName: orgUnits.name, ...counts })
      .from(escalations)
      .innerJoin(orgUnits, eq(orgUnits.id, escalations.assignedUnitId))
      .where(where)
      .groupBy(escalations.assignedUnitId, orgUnits.name, orgUnits.sortOrder)
      .orderBy(orgUnits.sortOrder),
    db
      .select({ unitId: escalations.ownerUnitId, unitName: orgUnits.name, ...counts })
      .from(escalations)
      .innerJoin(orgUnits, eq(orgUnits.id, escalations.ownerUnitId))
      .where(where)
      .groupBy(escalations.ownerUnitId, orgUnits.name, orgUnits.sortOrder)
      .orderBy(orgUnits.sortOrder),
    db
      .select({ ruleId: escalations.ruleId, ...counts })
      .from(escalations)
      .where(where)
      .groupBy(escalations.ruleId)
      .orderBy(escalations.ruleId),
  ]);
  return { totals, byCity, byDivision, byRule };
}
