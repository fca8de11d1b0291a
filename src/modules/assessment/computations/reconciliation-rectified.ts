import { sql } from 'drizzle-orm';
import { at } from '../../../db/sql-values.js';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * 对账检查问题整改: the rectification work items a finished reconciliation gave the owner bureaus
 * (reconciliation/finish-reconciliation.ts: kind `rectification`, subject the check), due in the
 * period; the share completed by their due time.
 */
const due = (ctx: ComputationContext) =>
  sql`w.kind = 'rectification' AND w.subject_type = 'reconciliationCheck' AND w.status <> 'cancelled' AND w.due_at >= ${at(ctx.period.fromAt)} AND w.due_at < ${at(ctx.period.toAt)}`;
const ok = sql`w.status = 'done' AND w.completed_at <= w.due_at`;

export const reconciliationRectified: Computation = {
  key: 'reconciliation.rectified',
  name: '对账检查问题整改',
  numerator: '期限内完成整改的问题数',
  denominator: '考核期内整改到期的对账检查问题数',
  measure: 'ratio',
  figures: (ctx) => rollUp(ctx.db, sql`SELECT w.owner_unit_id AS owner_id, count(*) FILTER (WHERE ${ok}) AS num, count(*) AS den FROM work_items w WHERE ${due(ctx)} GROUP BY w.owner_unit_id`),
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; title: string; unit_name: string; due_at: Date; completed_at: Date | null; ok: boolean; reconciliation_id: string | null }>(
        ctx.db,
        sql`SELECT w.id, w.title, o.name AS unit_name, w.due_at, w.completed_at, (${ok}) AS ok, rc.reconciliation_id
            FROM work_items w JOIN org_units o ON o.id = w.owner_unit_id LEFT JOIN reconciliation_checks rc ON rc.id::text = w.subject_id
            WHERE ${due(ctx)} AND ${inUnitTree(sql`w.owner_unit_id`, unitId)} ORDER BY (${ok}), w.due_at`,
      )
    ).map((r) => ({
      id: r.id,
      label: r.title,
      unitName: r.unit_name,
      dueAt: iso(r.due_at),
      doneAt: iso(r.completed_at),
      ok: Boolean(r.ok),
      note: r.completed_at ? (r.ok ? '按期整改' : '逾期整改') : '未整改',
      href: r.reconciliation_id ? `/reconciliations/${r.reconciliation_id}` : null,
    })),
};
