import { sql } from 'drizzle-orm';
import { inUnitTree, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * 抽检数据待复核率 (data quality, lower is better): of the samples taken in the period, the share
 * still flagged 待复核 (samples.needs_review: a field the import inferred or found doubtful).
 * One pass over the period's samples, grouped by owner (samples_owner_date_idx).
 */
const inPeriod = (ctx: ComputationContext) => sql`s.sampling_date >= ${ctx.period.fromDate} AND s.sampling_date <= ${ctx.period.toDate}`;

export const samplePendingReview: Computation = {
  key: 'sample.pendingReview',
  name: '抽检数据待复核',
  numerator: '仍待复核的样品数',
  denominator: '考核期内抽样的样品数',
  measure: 'ratio',
  figures: (ctx) => rollUp(ctx.db, sql`SELECT s.owner_unit_id AS owner_id, count(*) FILTER (WHERE s.needs_review) AS num, count(*) AS den FROM samples s WHERE ${inPeriod(ctx)} GROUP BY s.owner_unit_id`),
  // The records behind the value are the flagged samples (the others are many and unremarkable).
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; sample_no: string; unit_name: string; sampling_date: string; reasons: string[] }>(
        ctx.db,
        sql`SELECT s.id, s.sample_no, o.name AS unit_name, s.sampling_date::text, s.review_reasons AS reasons FROM samples s JOIN org_units o ON o.id = s.owner_unit_id
            WHERE ${inPeriod(ctx)} AND s.needs_review AND ${inUnitTree(sql`s.owner_unit_id`, unitId)} ORDER BY s.sampling_date DESC LIMIT 2000`,
      )
    ).map((r) => ({ id: r.id, label: `样品 ${r.sample_no}`, unitName: r.unit_name, dueAt: null, doneAt: r.sampling_date, ok: false, note: `待复核：${(r.reasons ?? []).join('、') || '—'}`, href: `/samples/${r.id}` })),
};
