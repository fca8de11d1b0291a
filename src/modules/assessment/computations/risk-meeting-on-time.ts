import { sql } from 'drizzle-orm';
import { toLocalDate } from '../../../domain/time.js';
import { inUnitTree, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * “321”按时开展: of the obliged units' periods (risk_meeting_periods, opened by the risk-meetings
 * module) that ENDED within the assessment period (and before today), the share with a meeting
 * recorded in time (not 逾期补开) — the same statuses as the module's completeness views.
 */
const ended = (ctx: ComputationContext) => {
  const today = toLocalDate(ctx.now);
  return sql`p.period_end >= ${ctx.period.fromDate} AND p.period_end <= ${ctx.period.toDate} AND p.period_end < ${today}`;
};
const timely = sql`EXISTS (SELECT 1 FROM risk_meetings m WHERE m.unit_id = p.unit_id AND m.period_start = p.period_start AND NOT m.late)`;

export const riskMeetingOnTime: Computation = {
  key: 'riskMeeting.onTime',
  name: '“321”风险研判按时开展',
  numerator: '按时开展研判的周期数',
  denominator: '考核期内结束的应开展周期数',
  measure: 'ratio',
  figures: (ctx) => rollUp(ctx.db, sql`SELECT p.unit_id AS owner_id, count(*) FILTER (WHERE ${timely}) AS num, count(*) AS den FROM risk_meeting_periods p WHERE ${ended(ctx)} GROUP BY p.unit_id`),
  records: async (ctx, unitId) =>
    (
      await rows<{ unit_id: string; unit_name: string; period_start: string; period_end: string; ok: boolean; meeting_id: string | null; held_on: string | null }>(
        ctx.db,
        sql`SELECT p.unit_id, o.name AS unit_name, p.period_start::text, p.period_end::text, (${timely}) AS ok,
                   (SELECT m.id FROM risk_meetings m WHERE m.unit_id = p.unit_id AND m.period_start = p.period_start ORDER BY m.late, m.held_on LIMIT 1) AS meeting_id,
                   (SELECT m.held_on::text FROM risk_meetings m WHERE m.unit_id = p.unit_id AND m.period_start = p.period_start ORDER BY m.late, m.held_on LIMIT 1) AS held_on
            FROM risk_meeting_periods p JOIN org_units o ON o.id = p.unit_id
            WHERE ${ended(ctx)} AND ${inUnitTree(sql`p.unit_id`, unitId)} ORDER BY (${timely}), p.period_start`,
      )
    ).map((r) => ({
      id: `${r.unit_id}:${r.period_start}`,
      label: `研判周期 ${r.period_start} 至 ${r.period_end}`,
      unitName: r.unit_name,
      dueAt: r.period_end,
      doneAt: r.held_on,
      ok: Boolean(r.ok),
      note: r.ok ? '按时开展' : r.meeting_id ? '逾期补开' : '未开展',
      href: r.meeting_id ? `/risk-meetings/${r.meeting_id}` : '/risk-meetings?tab=compliance',
    })),
};
