import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { at } from '../../db/sql-values.js';
import { jurisdictionSql } from '../access/jurisdiction-sql.js';
import type { SessionUser } from '../access/actor.js';
import { caseReadable } from '../cases/case-scope.js';
import { disposalReadable } from '../disposals/disposal-scope.js';
import { escalationReadable } from '../escalations/escalation-scope.js';
import { urgentReadable } from '../urgent/urgent-scope.js';
import { areasFor, PROVINCE_CODE, regionName, regionRange, type Area } from './areas.js';
import { ownerInRegion, rowsOf } from './region-sql.js';
import { unitIdForRegion } from '../org/seed-organisation.js';
import { mapIndicators } from './indicators/index.js';
import { cityOf, countsGrouped, countyOf, rate, zero, STATS_FROM, statsWhere, type StatsFilter } from './stats-query.js';
import type { Dashboard } from '../../contracts/stats.js';

/** The area (city, or county under a city) of an org unit's region code. */
const areaOfUnit = (regionCode: string, column: SQL) => (regionCode === PROVINCE_CODE ? sql`substring(${column} from 1 for 4) || '00'` : column);

/**
 * The province view (领导小组驾驶舱): for 510000 the 21 cities, for a city its counties, each with
 * this year's samples and unqualified results (from the maintained aggregates, under the samples'
 * own scope, so each equals GET /api/samples with the same region and year), the plan quotas done,
 * the overdue disposals; the monthly trend; the units with most overdue work; open escalations and
 * cases; the 24-hour reports' timeliness; and the map indicators (indicators/).
 */
export async function getDashboard(db: Executor, user: SessionUser, input: { regionCode: string; year: number }, now = new Date()): Promise<Dashboard> {
  const { regionCode, year } = input;
  const areas = areasFor(user, regionCode);
  const filter: StatsFilter = { regionCode, from: `${year}-01-01`, to: `${year}-12-31` };
  const areaKey = regionCode === PROVINCE_CODE ? cityOf : countyOf;
  const yearFrom = at(new Date(`${year - 1}-12-31T16:00:00Z`));
  const yearTo = at(new Date(`${year}-12-31T16:00:00Z`));
  const nowSql = at(now);
  const activeDisposal = sql`disposals.status NOT IN ('closed', 'voided')`;

  const [[[byArea], [monthly], [total]], disposalRows, quotaRows, overdueUnits, escalationRow, caseRow, urgentRow] = await Promise.all([
    countsGrouped(db, user, { regionCode }, [{ from: filter.from, to: filter.to }], [areaKey, sql`to_char(samples.month, 'YYYY-MM')`, null], { byAreaOnly: true }),
    rowsOf<{ area: string; open: number; overdue: number }>(
      db,
      sql`SELECT ${areaOfUnit(regionCode, sql`ou.region_code`)} AS area, count(*)::int AS open, (count(*) FILTER (WHERE disposals.due_at < ${nowSql}))::int AS overdue
        FROM disposals JOIN org_units ou ON ou.id = disposals.owner_unit_id
        WHERE ${disposalReadable(user)} AND ${activeDisposal} AND ${ownerInRegion(sql`disposals.owner_unit_id`, regionCode)} AND ou.region_code IS NOT NULL
        GROUP BY 1`,
    ),
    quotasByArea(db, user, regionCode, year),
    rowsOf<{ unit_id: string; unit_name: string; region_code: string | null; disposals: number; work_items: number }>(
      db,
      sql`WITH overdue AS (
          SELECT disposals.owner_unit_id AS unit_id, 1 AS disposals, 0 AS work_items FROM disposals
          WHERE ${disposalReadable(user)} AND ${activeDisposal} AND disposals.due_at < ${nowSql} AND ${ownerInRegion(sql`disposals.owner_unit_id`, regionCode)}
          UNION ALL
          SELECT work_items.owner_unit_id, 0, 1 FROM work_items
          WHERE ${jurisdictionSql(user, 'workItem', 'see')} AND work_items.status = 'open' AND work_items.due_at < ${nowSql} AND ${ownerInRegion(sql`work_items.owner_unit_id`, regionCode)}
        )
        SELECT o.unit_id, ou.name AS unit_name, ou.region_code, sum(o.disposals)::int AS disposals, sum(o.work_items)::int AS work_items
        FROM overdue o JOIN org_units ou ON ou.id = o.unit_id
        GROUP BY o.unit_id, ou.name, ou.region_code ORDER BY sum(o.disposals) + sum(o.work_items) DESC, ou.name LIMIT 10`,
    ),
    rowsOf<{ open: number; overdue: number }>(
      db,
      sql`SELECT count(*)::int AS open, (count(*) FILTER (WHERE escalations.due_at < ${nowSql}))::int AS overdue FROM escalations
        WHERE ${escalationReadable(user)} AND escalations.status IN ('open', 'reported') AND ${ownerInRegion(sql`escalations.assigned_unit_id`, regionCode)}`,
    ),
    rowsOf<{ open: number; overdue: number }>(
      db,
      sql`SELECT count(*)::int AS open,
          (count(*) FILTER (WHERE cases.decision IS NULL AND NOT cases.clock_suspended AND cases.due_at < ${nowSql}))::int AS overdue
        FROM cases WHERE ${caseReadable(user)} AND cases.stage <> 'closed' AND ${ownerInRegion(sql`cases.owner_unit_id`, regionCode)}`,
    ),
    rowsOf<{ raised: number; on_time: number; late: number; pending: number }>(
      db,
      sql`SELECT count(*)::int AS raised,
          (count(*) FILTER (WHERE urgent_reports.handled_at IS NOT NULL AND urgent_reports.handled_at <= urgent_reports.due_at))::int AS on_time,
          (count(*) FILTER (WHERE (urgent_reports.handled_at IS NOT NULL AND urgent_reports.handled_at > urgent_reports.due_at) OR (urgent_reports.handled_at IS NULL AND urgent_reports.due_at < ${nowSql})))::int AS late,
          (count(*) FILTER (WHERE urgent_reports.handled_at IS NULL AND urgent_reports.due_at >= ${nowSql}))::int AS pending
        FROM urgent_reports
        WHERE ${urgentReadable(user)} AND urgent_reports.raised_at >= ${yearFrom} AND urgent_reports.raised_at < ${yearTo} AND ${ownerInRegion(sql`urgent_reports.owner_unit_id`, regionCode)}`,
    ),
  ]);

  const disposalsByArea = new Map(disposalRows.map((r) => [String(r.area), r]));
  const figures = new Map(
    areas.map((area) => {
      const counts = byArea.get(area.regionCode) ?? zero;
      const quota = quotaRows.get(area.regionCode) ?? { planned: 0, done: 0 };
      const disposals = disposalsByArea.get(area.regionCode);
      return [
        area.regionCode,
        {
          ...counts,
          unqualifiedRate: rate(counts),
          openDisposals: Number(disposals?.open ?? 0),
          overdueDisposals: Number(disposals?.overdue ?? 0),
          quotaPlanned: quota.planned,
          quotaDone: quota.done,
        },
      ];
    }),
  );
  // A city's own level (市本级) is listed only when samples were recorded against it.
  const shown = areas.filter((a) => !(regionCode !== PROVINCE_CODE && a.regionCode === regionCode && (figures.get(a.regionCode)?.samples ?? 0) === 0));
  const context = { db, user, regionCode, year, areas: shown, now, figures };
  const indicators = await Promise.all(
    mapIndicators.map(async (indicator) => {
      const [values, note] = await Promise.all([indicator.values(context), indicator.note?.(context) ?? null]);
      return {
        key: indicator.key,
        label: indicator.label,
        format: indicator.format,
        higherIsWorse: indicator.higherIsWorse,
        note,
        values: shown.filter((a) => values.has(a.regionCode)).map((a) => ({ regionCode: a.regionCode, value: values.get(a.regionCode)!, href: indicator.href(a, { year, regionCode }) })),
      };
    }),
  );
  const totals = total.get('all') ?? zero;
  const sum = (pick: (f: { quotaPlanned: number; quotaDone: number; openDisposals: number; overdueDisposals: number }) => number) =>
    shown.reduce((n, a) => n + pick(figures.get(a.regionCode)!), 0);
  const urgent = urgentRow[0];
  const judged = Number(urgent.on_time) + Number(urgent.late);
  return {
    year,
    regionCode,
    regionName: regionName(regionCode),
    level: regionCode === PROVINCE_CODE ? 'city' : 'county',
    regionUnitId: regionCode === PROVINCE_CODE ? null : unitIdForRegion(regionCode),
    totals: {
      ...totals,
      unqualifiedRate: rate(totals),
      quotaPlanned: sum((f) => f.quotaPlanned),
      quotaDone: sum((f) => f.quotaDone),
      openDisposals: sum((f) => f.openDisposals),
      overdueDisposals: sum((f) => f.overdueDisposals),
    },
    items: shown.map((a) => ({ regionCode: a.regionCode, name: a.name, unitId: a.unitId, ...figures.get(a.regionCode)! })),
    monthly: Array.from({ length: 12 }, (_, i) => {
      const month = `${year}-${String(i + 1).padStart(2, '0')}`;
      const counts = monthly.get(month) ?? zero;
      return { month, ...counts, unqualifiedRate: rate(counts) };
    }),
    overdueUnits: overdueUnits.map((u) => ({
      unitId: u.unit_id,
      unitName: u.unit_name,
      regionCode: u.region_code,
      overdueDisposals: Number(u.disposals),
      overdueWorkItems: Number(u.work_items),
    })),
    escalations: { open: Number(escalationRow[0].open), overdue: Number(escalationRow[0].overdue) },
    cases: { open: Number(caseRow[0].open), overdue: Number(caseRow[0].overdue) },
    urgentReports: {
      raised: Number(urgent.raised),
      onTime: Number(urgent.on_time),
      late: Number(urgent.late),
      pending: Number(urgent.pending),
      onTimeRate: judged === 0 ? null : Math.round((Number(urgent.on_time) / judged) * 10000) / 100,
    },
    indicators,
  };
}

/**
 * Plan quotas of the year's plans the user reads, by area: the quotas set for a region (a city or
 * a county, any category or a 大类), and the samples of the plan counted against each (from the
 * aggregates, in the samples' scope). Quotas without a region are the plan's, not an area's.
 */
async function quotasByArea(db: Executor, user: SessionUser, regionCode: string, year: number): Promise<Map<string, { planned: number; done: number }>> {
  const range = regionRange(regionCode);
  const quotaLow = sql`CASE WHEN q.region_code LIKE '%00' THEN substring(q.region_code from 1 for 4) || '00' ELSE q.region_code END`;
  const quotaHigh = sql`CASE WHEN q.region_code LIKE '%00' THEN substring(q.region_code from 1 for 4) || '99' ELSE q.region_code END`;
  const rows = await rowsOf<{ area: string; planned: number; done: number }>(
    db,
    sql`SELECT ${areaOfUnit(regionCode, sql`q.region_code`)} AS area, sum(q.quota)::int AS planned,
        coalesce(sum((SELECT sum(samples.samples) FROM ${STATS_FROM}
          WHERE ${statsWhere(user, { regionCode: PROVINCE_CODE, from: `${year - 1}-01-01`, to: `${year + 1}-12-31` })}
            AND samples.plan_id = q.plan_id AND samples.region_code >= ${quotaLow} AND samples.region_code <= ${quotaHigh}
            AND (q.category_id IS NULL OR samples.category_root_id = q.category_id))), 0)::int AS done
      FROM plan_quotas q JOIN sampling_plans ON sampling_plans.id = q.plan_id
      LEFT JOIN food_categories fc ON fc.id = q.category_id
      WHERE sampling_plans.year = ${year} AND ${jurisdictionSql(user, 'plan', 'see')} AND q.region_code IS NOT NULL
        AND (q.category_id IS NULL OR fc.level = 1)
        ${range ? sql`AND q.region_code >= ${range.from} AND q.region_code <= ${range.to} AND q.region_code <> ${regionCode}` : sql``}
      GROUP BY 1`,
  );
  return new Map(rows.map((r) => [String(r.area), { planned: Number(r.planned), done: Number(r.done) }]));
}

export type { Area };
