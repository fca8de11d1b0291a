import { sql } from 'drizzle-orm';
import { inUnitTree, rows, type Computation, type ComputationContext, type UnitFigure } from './computation.js';

/**
 * 抽检计划任务完成: the quotas of the year's active plans that name a region (a city's quota
 * covers its counties, as plans/quota-progress.ts counts them), attributed to the bureau of that
 * region and the bureaus above it; done = the plan's samples in the quota's region and category,
 * at most the quota (overfulfilment does not make up for another quota). Plans are yearly, so
 * a quarter counts the year's plans too. An ended plan (结束计划, status `closed`) still counts:
 * its organiser ends it when the work is done or the year is over, and ending it must not take
 * its quotas out of the year's assessment (a plan has no cancelled state).
 */
const quotaDone = (ctx: ComputationContext) => sql`
  WITH RECURSIVE cat(quota_id, category_id) AS (
    SELECT q.id, q.category_id FROM plan_quotas q JOIN sampling_plans pl ON pl.id = q.plan_id
    WHERE pl.year = ${ctx.period.year} AND pl.status IN ('active', 'closed') AND q.region_code IS NOT NULL AND q.category_id IS NOT NULL
    UNION ALL
    SELECT cat.quota_id, fc.id FROM cat JOIN food_categories fc ON fc.parent_id = cat.category_id
  ),
  quotas AS (
    SELECT q.id, q.plan_id, q.region_code, q.category_id, q.quota,
      q.region_code AS from_code,
      CASE WHEN q.region_code LIKE '%0000' THEN substr(q.region_code, 1, 2) || '9999' WHEN q.region_code LIKE '%00' THEN substr(q.region_code, 1, 4) || '99' ELSE q.region_code END AS to_code
    FROM plan_quotas q JOIN sampling_plans pl ON pl.id = q.plan_id
    WHERE pl.year = ${ctx.period.year} AND pl.status IN ('active', 'closed') AND q.region_code IS NOT NULL AND q.quota > 0
  ),
  done AS (
    SELECT q.id, q.region_code, q.quota, q.plan_id, (SELECT count(*) FROM samples s WHERE s.plan_id = q.plan_id AND s.region_code BETWEEN q.from_code AND q.to_code
      AND (q.category_id IS NULL OR s.category_id IN (SELECT cat.category_id FROM cat WHERE cat.quota_id = q.id))) AS sampled
    FROM quotas q
  )
  SELECT done.id, done.plan_id, done.region_code, done.quota, done.sampled, least(done.sampled, done.quota) AS counted, o.id AS owner_id, o.name AS unit_name
  FROM done JOIN org_units o ON o.region_code = done.region_code AND o.kind IN ('city_bureau', 'county_bureau')`;

export const planCompletion: Computation = {
  key: 'plan.completion',
  name: '抽检计划任务完成',
  numerator: '已完成的任务量（每项任务超额不计）',
  denominator: '分配到本地区的任务量',
  measure: 'ratio',
  figures: async (ctx) => {
    const list = await rows<{ unit_id: string; num: number; den: number }>(
      ctx.db,
      sql`WITH q AS (${quotaDone(ctx)}), au AS (SELECT o.id AS owner_id, u.id AS unit_id FROM org_units o JOIN org_units u ON o.path LIKE u.path || '%' WHERE u.kind IN ('city_bureau', 'county_bureau'))
          SELECT au.unit_id, sum(q.counted)::float8 AS num, sum(q.quota)::float8 AS den FROM q JOIN au ON au.owner_id = q.owner_id GROUP BY au.unit_id`,
    );
    return new Map<string, UnitFigure>(list.map((r) => [r.unit_id, { numerator: Number(r.num), denominator: Number(r.den) }]));
  },
  records: async (ctx, unitId) =>
    (
      await rows<{ id: string; plan_id: string; plan_name: string; region_code: string; quota: number; sampled: number; unit_name: string }>(
        ctx.db,
        sql`WITH q AS (${quotaDone(ctx)}) SELECT q.id, q.plan_id, pl.name AS plan_name, q.region_code, q.quota, q.sampled::int, q.unit_name FROM q JOIN sampling_plans pl ON pl.id = q.plan_id
            WHERE ${inUnitTree(sql`q.owner_id`, unitId)} ORDER BY (q.sampled >= q.quota), pl.name`,
      )
    ).map((r) => ({
      id: r.id,
      label: `${r.plan_name}（${r.region_code}）`,
      unitName: r.unit_name,
      dueAt: null,
      doneAt: null,
      ok: Number(r.sampled) >= Number(r.quota),
      note: `已抽样 ${r.sampled} / 任务 ${r.quota}`,
      href: `/plans/${r.plan_id}`,
    })),
};
