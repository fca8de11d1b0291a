import { and, asc, desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.js';
import { enterprises, escalationRules, escalations, orgUnits } from '../../db/schema/index.js';
import type { Page } from '../../http/paging.js';
import type { SessionUser } from '../access/actor.js';
import { escalationReadable } from './escalation-scope.js';
import { outer } from '../../db/outer-column.js';

export interface EscalationFilter {
  creditCode?: string;
  enterpriseId?: string;
  status?: 'open' | 'reported' | 'closed' | 'withdrawn' | 'active';
  ruleId?: string;
  year?: number;
  ownerUnitId?: string;
  assignedUnitId?: string;
  overdue?: boolean;
  belowThreshold?: boolean;
  q?: string;
}

const ACTIVE = ['open', 'reported'];

/** The counted samples behind an escalation, oldest first: its "why". */
export const countedSampleNos = sql<string[]>`coalesce((SELECT array_agg(es.sample_no ORDER BY es.sampling_date, es.sample_no) FROM escalation_samples es WHERE es.escalation_id = ${outer(escalations.id)} AND es.counted), '{}')`;

export function escalationConditions(user: SessionUser, filter: EscalationFilter, now: Date): SQL[] {
  const conditions: SQL[] = [escalationReadable(user)];
  if (filter.creditCode) conditions.push(sql`${escalations.enterpriseId} IN (SELECT e.id FROM enterprises e WHERE e.credit_code = ${filter.creditCode.trim().toUpperCase()})`);
  if (filter.enterpriseId) conditions.push(eq(escalations.enterpriseId, filter.enterpriseId));
  if (filter.status === 'active') conditions.push(sql`${escalations.status} IN ('open', 'reported')`);
  else if (filter.status) conditions.push(eq(escalations.status, filter.status));
  if (filter.ruleId) conditions.push(eq(escalations.ruleId, filter.ruleId));
  if (filter.year) conditions.push(eq(escalations.year, filter.year));
  if (filter.ownerUnitId) conditions.push(eq(escalations.ownerUnitId, filter.ownerUnitId));
  if (filter.assignedUnitId) conditions.push(eq(escalations.assignedUnitId, filter.assignedUnitId));
  if (filter.overdue) conditions.push(sql`${escalations.status} IN ('open', 'reported') AND ${escalations.dueAt} < ${now}`);
  if (filter.belowThreshold !== undefined) conditions.push(eq(escalations.belowThreshold, filter.belowThreshold));
  if (filter.q?.trim()) conditions.push(sql`${escalations.enterpriseId} IN (SELECT e.id FROM enterprises e WHERE e.name ILIKE ${`%${filter.q.trim().replace(/[\\%_]/g, '\\$&')}%`})`);
  return conditions;
}

/**
 * Escalations the user may read, newest first — a plain array (the API contract), the total in
 * the X-Total-Count header.
 */
export async function listEscalations(db: Executor, user: SessionUser, filter: EscalationFilter, page: Page, now = new Date()) {
  const where = and(...escalationConditions(user, filter, now));
  const owner = alias(orgUnits, 'owner');
  const assigned = alias(orgUnits, 'assigned');
  const rows = await db
    .select({
      escalation: escalations,
      ruleName: escalationRules.name,
      ruleLevel: escalationRules.level,
      enterpriseName: enterprises.name,
      creditCode: enterprises.creditCode,
      ownerUnitName: owner.name,
      assignedUnitName: assigned.name,
      sampleNos: countedSampleNos,
    })
    .from(escalations)
    .innerJoin(escalationRules, eq(escalationRules.id, escalations.ruleId))
    .innerJoin(enterprises, eq(enterprises.id, escalations.enterpriseId))
    .innerJoin(owner, eq(owner.id, escalations.ownerUnitId))
    .innerJoin(assigned, eq(assigned.id, escalations.assignedUnitId))
    .where(where)
    .orderBy(desc(escalations.firedAt), asc(escalations.id))
    .limit(page.pageSize)
    .offset(page.offset);
  const [{ total }] = (await db.select({ total: sql<number>`count(*)::int` }).from(escalations).where(where)) as { total: number }[];
  return { items: rows.map((r) => presentEscalation(r, now)), total };
}

type Row = { escalation: typeof escalations.$inferSelect } & Record<string, unknown>;

export function presentEscalation<R extends Row>({ escalation, ...rest }: R, now: Date) {
  return {
    ...escalation,
    rule: escalation.ruleId,
    ...rest,
    overdue: ACTIVE.includes(escalation.status) && escalation.dueAt.getTime() < now.getTime(),
  };
}
