import { sql } from 'drizzle-orm';
import { at } from '../../../db/sql-values.js';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/** 24小时限时报告按时处置: of the reports due in the period, the share whose handling report was filed by the 24-hour deadline (owner bureau's line). */
const due = (ctx: ComputationContext) => sql`r.due_at >= ${at(ctx.period.fromAt)} AND r.due_at < ${at(ctx.period.toAt)}`;
const ok = sql`r.handled_at IS NOT NULL AND r.handled_at <= r.due_at`;

export const urgentHandledInTime: Computation = {
  key: 'urgent.handledInTime',
  name: '24小时限时报告按时处置',
  numerator: '24小时内报送处置情况的报告数',
  denominator: '考核期内到期的24小时限时报告数',
  measure: 'ratio',
  figures: (ctx) => rollUp(ctx.db, sql`SELECT r.owner_unit_id AS owner_id, count(*) FILTER (WHERE ${ok}) AS num, count(*) AS den FROM urgent_reports r WHERE ${due(ctx)} GROUP BY r.owner_unit_id`),
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; title: string; unit_name: string; due_at: Date; handled_at: Date | null; ok: boolean }>(
        ctx.db,
        sql`SELECT r.id, r.title, o.name AS unit_name, r.due_at, r.handled_at, (${ok}) AS ok FROM urgent_reports r JOIN org_units o ON o.id = r.owner_unit_id
            WHERE ${due(ctx)} AND ${inUnitTree(sql`r.owner_unit_id`, unitId)} ORDER BY (${ok}), r.due_at`,
      )
    ).map((r) => ({ id: r.id, label: r.title, unitName: r.unit_name, dueAt: iso(r.due_at), doneAt: iso(r.handled_at), ok: Boolean(r.ok), note: r.handled_at ? (r.ok ? '按时处置' : '超时处置') : '未报送处置情况', href: `/urgent/${r.id}` })),
};
