import { and, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { escalations } from '../../db/schema/index.js';
import type { BoardCounts, EscalationBoard } from '../../contracts/escalations.js';
import type { SessionUser } from '../access/actor.js';
import { escalationConditions, type EscalationFilter } from './list-escalations.js';
import { jsonColumn } from '../../db/json-column.js';

const DUE_SOON_DAYS = 7;

/**
 * The board's figures over the escalations the user may read (and the filter): by status,
 * overdue and due within a week, by division and by city bureau, by rule. One statement: the
 * escalations in scope are read once (a CTE) and counted four ways. Four GROUP BY queries each
 * repeated the scope test, whose enterprise branch looks up an enterprise per escalation: at
 * 10^6 samples a city's board cost four times 8 ms (issue 16, docs/performance.md).
 */
export async function escalationBoard(db: Executor, user: SessionUser, filter: Pick<EscalationFilter, 'year' | 'ownerUnitId' | 'ruleId'>, now = new Date()): Promise<EscalationBoard> {
  const where = and(...escalationConditions(user, filter, now));
  const soon = new Date(now.getTime() + DUE_SOON_DAYS * 86_400_000);
  const active = sql`s.status IN ('open', 'reported')`;
  const counts: SQL = sql`
    'active', count(*) FILTER (WHERE ${active}),
    'open', count(*) FILTER (WHERE s.status = 'open'),
    'reported', count(*) FILTER (WHERE s.status = 'reported'),
    'closed', count(*) FILTER (WHERE s.status = 'closed'),
    'withdrawn', count(*) FILTER (WHERE s.status = 'withdrawn'),
    'overdue', count(*) FILTER (WHERE ${active} AND s.due_at < ${now}),
    'dueSoon', count(*) FILTER (WHERE ${active} AND s.due_at >= ${now} AND s.due_at < ${soon}),
    'belowThreshold', count(*) FILTER (WHERE ${active} AND s.below_threshold)`;
  /** Counts per unit of `column` (assigned_unit_id: the city bureaus; owner_unit_id: the divisions), in the organisation's order. */
  const byUnit = (column: SQL) => sql`
    (SELECT coalesce(json_agg(g.row ORDER BY g.sort_order), '[]') FROM (
      SELECT o.sort_order, jsonb_build_object('unitId', o.id, 'unitName', o.name, ${counts}) AS row
      FROM scoped s JOIN org_units o ON o.id = ${column}
      GROUP BY o.id, o.name, o.sort_order) g)`;
  const result = (await db.execute(sql`
    WITH scoped AS MATERIALIZED (
      SELECT ${escalations.assignedUnitId} AS assigned_unit_id, ${escalations.ownerUnitId} AS owner_unit_id, ${escalations.ruleId} AS rule_id,
             ${escalations.status} AS status, ${escalations.dueAt} AS due_at, ${escalations.belowThreshold} AS below_threshold
      FROM ${escalations} WHERE ${where}
    )
    SELECT
      (SELECT jsonb_build_object(${counts}) FROM scoped s) AS totals,
      ${byUnit(sql`s.assigned_unit_id`)} AS by_city,
      ${byUnit(sql`s.owner_unit_id`)} AS by_division,
      (SELECT coalesce(json_agg(g.row ORDER BY g.rule_id), '[]') FROM (
        SELECT s.rule_id, jsonb_build_object('ruleId', s.rule_id, ${counts}) AS row FROM scoped s GROUP BY s.rule_id) g) AS by_rule`)) as unknown as {
    rows: { totals: unknown; by_city: unknown; by_division: unknown; by_rule: unknown }[];
  };
  const [row] = result.rows;
  return {
    totals: jsonColumn<BoardCounts>(row.totals),
    byCity: jsonColumn<EscalationBoard['byCity']>(row.by_city),
    byDivision: jsonColumn<EscalationBoard['byDivision']>(row.by_division),
    byRule: jsonColumn<EscalationBoard['byRule']>(row.by_rule),
  };
}
