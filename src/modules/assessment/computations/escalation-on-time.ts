import { sql } from 'drizzle-orm';
import { at } from '../../../db/sql-values.js';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * 督办事项按期办理: of the escalations assigned to the bureau's line and due in the period
 * (withdrawn ones left out), the share whose handling was reported by the deadline (reporting on
 * the deadline instant is on time). A report the division returned (退回, back to `open`) is not
 * a report: its `reported_at` stays on the row, but until the bureau reports again — by the same
 * deadline, which a return does not move — the escalation is not reported (as a returned 24-hour
 * report's handling is cleared).
 */
const due = (ctx: ComputationContext) => sql`e.status <> 'withdrawn' AND e.due_at >= ${at(ctx.period.fromAt)} AND e.due_at < ${at(ctx.period.toAt)}`;
const done = sql`CASE WHEN e.status IN ('reported', 'closed') THEN coalesce(e.reported_at, e.closed_at) END`;
const ok = sql`${done} IS NOT NULL AND ${done} <= e.due_at`;

export const escalationOnTime: Computation = {
  key: 'escalation.onTime',
  name: '督办事项按期办理',
  numerator: '期限内报送办理情况的督办事项数',
  denominator: '考核期内到期的督办事项数（不含已撤销）',
  measure: 'ratio',
  figures: (ctx) => rollUp(ctx.db, sql`SELECT e.assigned_unit_id AS owner_id, count(*) FILTER (WHERE ${ok}) AS num, count(*) AS den FROM escalations e WHERE ${due(ctx)} GROUP BY e.assigned_unit_id`),
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; name: string | null; unit_name: string; due_at: Date; done_at: Date | null; ok: boolean }>(
        ctx.db,
        sql`SELECT e.id, en.name, o.name AS unit_name, e.due_at, ${done} AS done_at, (${ok}) AS ok FROM escalations e JOIN org_units o ON o.id = e.assigned_unit_id LEFT JOIN enterprises en ON en.id = e.enterprise_id
            WHERE ${due(ctx)} AND ${inUnitTree(sql`e.assigned_unit_id`, unitId)} ORDER BY (${ok}), e.due_at`,
      )
    ).map((r) => ({ id: r.id, label: `督办：${r.name ?? ''}`, unitName: r.unit_name, dueAt: iso(r.due_at), doneAt: iso(r.done_at), ok: Boolean(r.ok), note: r.done_at ? (r.ok ? '按期办理' : '逾期办理') : '未办理', href: `/escalations/${r.id}` })),
};
