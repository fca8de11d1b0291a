import { sql } from 'drizzle-orm';
import { at } from '../../../db/sql-values.js';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * 投诉举报按时办理: of the complaints, reports and 12345 transfers whose last deadline falls in the
 * period (the handling deadline — for a 12345 transfer the hotline's — or, when there is none, the
 * acceptance deadline), the share where the acceptance decision (受理 or 不予受理) came by its
 * deadline and the handling, if it had one, was closed by it. Merged duplicates are not counted
 * (they are the first record's); the handling unit's line owns the figure.
 */
const deadline = sql`coalesce(c.due_at, c.accept_due_at)`;
const due = (ctx: ComputationContext) => sql`c.status <> 'merged' AND ${deadline} >= ${at(ctx.period.fromAt)} AND ${deadline} < ${at(ctx.period.toAt)}`;
const decidedAt = sql`coalesce(c.accepted_at, CASE WHEN c.status = 'rejected' THEN c.closed_at END)`;
const ok = sql`(${decidedAt} IS NOT NULL AND ${decidedAt} <= c.accept_due_at AND (c.due_at IS NULL OR c.status = 'rejected' OR (c.closed_at IS NOT NULL AND c.closed_at <= c.due_at)))`;

export const complaintHandledInTime: Computation = {
  key: 'complaint.handledInTime',
  name: '投诉举报按时办理',
  numerator: '按时作出受理决定并在办理时限内办结的投诉举报数',
  denominator: '考核期内到期的投诉举报（含12345转办件）数',
  measure: 'ratio',
  figures: (ctx) => rollUp(ctx.db, sql`SELECT c.handler_unit_id AS owner_id, count(*) FILTER (WHERE ${ok}) AS num, count(*) AS den FROM complaints c WHERE ${due(ctx)} GROUP BY c.handler_unit_id`),
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; tracking_no: string; subject: string | null; unit_name: string; deadline: Date; closed_at: Date | null; decided_at: Date | null; ok: boolean }>(
        ctx.db,
        sql`SELECT c.id, c.tracking_no, coalesce(c.enterprise_name, c.food_name) AS subject, o.name AS unit_name, ${deadline} AS deadline, c.closed_at, ${decidedAt} AS decided_at, (${ok}) AS ok
            FROM complaints c JOIN org_units o ON o.id = c.handler_unit_id
            WHERE ${due(ctx)} AND ${inUnitTree(sql`c.handler_unit_id`, unitId)} ORDER BY (${ok}), ${deadline}`,
      )
    ).map((r) => ({
      id: r.id,
      label: r.subject ? `${r.tracking_no} ${r.subject}` : r.tracking_no,
      unitName: r.unit_name,
      dueAt: iso(r.deadline),
      doneAt: iso(r.closed_at ?? r.decided_at),
      ok: Boolean(r.ok),
      note: r.ok ? '按时办理' : r.decided_at ? (r.closed_at ? '超时办结' : '未办结') : '未按时作出受理决定',
      href: `/complaints/${r.id}`,
    })),
};
