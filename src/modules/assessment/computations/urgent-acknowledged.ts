import { sql } from 'drizzle-orm';
import { at } from '../../../db/sql-values.js';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/** 24小时限时报告按时签收: of the recipients' rows of reports due in the period, the share acknowledged by the deadline. */
const due = (ctx: ComputationContext) => sql`r.due_at >= ${at(ctx.period.fromAt)} AND r.due_at < ${at(ctx.period.toAt)}`;
const ok = sql`rr.acknowledged_at IS NOT NULL AND rr.acknowledged_at <= r.due_at`;

export const urgentAcknowledgedInTime: Computation = {
  key: 'urgent.acknowledgedInTime',
  name: '24小时限时报告按时签收',
  numerator: '期限内签收的次数',
  denominator: '考核期内到期的报告的收件次数',
  measure: 'ratio',
  figures: (ctx) =>
    rollUp(
      ctx.db,
      sql`SELECT rr.unit_id AS owner_id, count(*) FILTER (WHERE ${ok}) AS num, count(*) AS den FROM urgent_report_recipients rr JOIN urgent_reports r ON r.id = rr.report_id WHERE ${due(ctx)} GROUP BY rr.unit_id`,
    ),
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; title: string; unit_name: string; due_at: Date; acknowledged_at: Date | null; ok: boolean }>(
        ctx.db,
        sql`SELECT r.id, r.title, o.name AS unit_name, r.due_at, rr.acknowledged_at, (${ok}) AS ok FROM urgent_report_recipients rr JOIN urgent_reports r ON r.id = rr.report_id JOIN org_units o ON o.id = rr.unit_id
            WHERE ${due(ctx)} AND ${inUnitTree(sql`rr.unit_id`, unitId)} ORDER BY (${ok}), r.due_at`,
      )
    ).map((r) => ({ id: r.id, label: r.title, unitName: r.unit_name, dueAt: iso(r.due_at), doneAt: iso(r.acknowledged_at), ok: Boolean(r.ok), note: r.acknowledged_at ? (r.ok ? '按时签收' : '超时签收') : '未签收', href: `/urgent/${r.id}` })),
};
