import { sql } from 'drizzle-orm';
import { at } from '../../../db/sql-values.js';
import { inUnitTree, iso, rollUp, rows, type Computation, type ComputationContext } from './computation.js';

/**
 * 抽检信息按时公布: of the samples first published in the period (the public snapshot,
 * published_results, withdrawn rows left out), the share published within `params.days`
 * calendar days of the sampling date. A sample in several announcements counts once, at its
 * first publication: a later announcement that repeats it is not a second publication, and not
 * a late one. The number of days is an editable default marked 待核实:
 * no primary source for a provincial publication period was found (docs/assessment.md).
 */
export const DEFAULT_PUBLICATION_DAYS = 60;
const daysOf = (ctx: ComputationContext) => {
  const d = Number(ctx.params.days);
  return Number.isInteger(d) && d > 0 ? d : DEFAULT_PUBLICATION_DAYS;
};
/** The earlier row of the same sample is found through the sample number's index (published_results has none on sample_id alone). */
const published = (ctx: ComputationContext) => sql`p.status <> 'withdrawn' AND p.published_at >= ${at(ctx.period.fromAt)} AND p.published_at < ${at(ctx.period.toAt)}
  AND NOT EXISTS (SELECT 1 FROM published_results e WHERE e.sample_no = p.sample_no AND e.sample_id = p.sample_id AND e.status <> 'withdrawn'
    AND (e.published_at < p.published_at OR (e.published_at = p.published_at AND e.id < p.id)))`;
const ok = (ctx: ComputationContext) => sql`(p.published_at AT TIME ZONE 'Asia/Shanghai')::date - s.sampling_date <= ${daysOf(ctx)}::int`;

export const publicationTimely: Computation = {
  key: 'publication.timely',
  name: '抽检信息按时公布',
  numerator: '自抽样之日起规定天数内公布的样品数',
  denominator: '考核期内公布的样品数',
  measure: 'ratio',
  parameters: [{ key: 'days', label: '规定公布天数', kind: 'integer', min: 1, max: 365, default: DEFAULT_PUBLICATION_DAYS, suffix: '天' }],
  figures: (ctx) =>
    rollUp(ctx.db, sql`SELECT s.owner_unit_id AS owner_id, count(*) FILTER (WHERE ${ok(ctx)}) AS num, count(*) AS den FROM published_results p JOIN samples s ON s.id = p.sample_id WHERE ${published(ctx)} GROUP BY s.owner_unit_id`),
  records: async (ctx, unitId) =>
    (
      await rows<{ sample_id: string; sample_no: string; unit_name: string; sampling_date: string; published_at: Date; ok: boolean }>(
        ctx.db,
        sql`SELECT s.id AS sample_id, p.sample_no, o.name AS unit_name, s.sampling_date::text, p.published_at, (${ok(ctx)}) AS ok
            FROM published_results p JOIN samples s ON s.id = p.sample_id JOIN org_units o ON o.id = s.owner_unit_id
            WHERE ${published(ctx)} AND ${inUnitTree(sql`s.owner_unit_id`, unitId)} ORDER BY (${ok(ctx)}), p.published_at LIMIT 2000`,
      )
    ).map((r) => ({ id: r.sample_id, label: `样品 ${r.sample_no}（抽样 ${r.sampling_date}）`, unitName: r.unit_name, dueAt: null, doneAt: iso(r.published_at), ok: Boolean(r.ok), note: r.ok ? '按时公布' : `超过${daysOf(ctx)}天公布`, href: `/samples/${r.sample_id}` })),
};
