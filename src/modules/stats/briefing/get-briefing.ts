import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../db/client.js';
import { at } from '../../../db/sql-values.js';
import { DomainError } from '../../../domain/errors.js';
import { links } from '../../../domain/sampling/sample-rules.js';
import type { SessionUser } from '../../access/actor.js';
import { caseReadable } from '../../cases/case-scope.js';
import { disposalReadable } from '../../disposals/disposal-scope.js';
import { escalationReadable } from '../../escalations/escalation-scope.js';
import { sampleConditions } from '../../sampling/sample-filter.js';
import { urgentReadable } from '../../urgent/urgent-scope.js';
import type { Briefing, BriefingRow } from '../../../contracts/stats.js';
import { areasFor, isKnownRegion, PROVINCE_CODE, regionInReach, regionName } from '../areas.js';
import { ownerInRegion, rowsOf } from '../region-sql.js';
import { cityOf, countsGrouped, countyOf, rate, statsWhere, zero, type Counts } from '../stats-query.js';
import { briefingPeriods, type Period } from './periods.js';
import { briefingSections } from './sections.js';

const REPEAT_OFFENDERS = 10;

/** The samples list's URL for a period and filters: every figure of the pack opens the list behind it. */
function samplesHref(regionCode: string, period: Period, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ ...(regionCode === PROVINCE_CODE ? {} : { regionCode }), dateFrom: period.from, dateTo: period.to, ...extra });
  return `/samples?${params}`;
}

const shanghaiStart = (day: string) => at(new Date(`${day}T00:00:00+08:00`));
const shanghaiEnd = (day: string) => at(new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 86_400_000));

/**
 * 研判材料: what a unit brings to its "321" risk meeting, for a region in its line and a period of
 * whole months, against the previous period (环比) and the same period last year (同比):
 * samples and unqualified rates by category, region and link (maintained aggregates, the samples'
 * own scope: each equals the samples list with the same filters), unqualified test items,
 * open and overdue disposals, 24-hour reports, escalations and cases, repeat offenders, and the
 * sections other modules provide.
 */
export async function getBriefing(db: Executor, user: SessionUser, input: { regionCode: string; from: string; to: string }, now = new Date()): Promise<Briefing> {
  const { regionCode } = input;
  if (!isKnownRegion(regionCode) || !regionInReach(user, regionCode)) throw new DomainError('NOT_FOUND', { entity: 'region', id: regionCode });
  if (input.from > input.to) throw new DomainError('VALIDATION_FAILED', { from: '开始月份不能晚于结束月份' });
  const periods = briefingPeriods(input.from, input.to);
  const names = ['current', 'previous', 'lastYear'] as const;
  const areaKey = regionCode === PROVINCE_CODE ? cityOf : countyOf;

  const periodList = names.map((name) => periods[name]);
  const [[total, byArea, byLink], [byRoot], categoryNames, items, work, offenders, sections] = await Promise.all([
    countsGrouped(db, user, { regionCode }, periodList, [null, regionCode.endsWith('00') ? areaKey : countyOf, sql`samples.link`], { byAreaOnly: true }),
    countsGrouped(db, user, { regionCode }, periodList, [sql`samples.category_root_id`], { byRootOnly: true }),
    rowsOf<{ id: string; name: string }>(db, sql`SELECT id, name FROM food_categories WHERE level = 1`),
    unqualifiedItems(db, user, regionCode, periods),
    workFigures(db, user, regionCode, periods.current, now),
    repeatOffenders(db, user, regionCode, periods.current),
    Promise.all(briefingSections.map((s) => s.section({ db, user, regionCode, period: periods.current }))),
  ]);
  const rootName = new Map(categoryNames.map((c) => [c.id, c.name]));
  const figures = (c: Counts) => ({ samples: c.samples, unqualified: c.unqualified, unqualifiedRate: rate(c) });
  const row = (series: Map<string | null, Counts>[], key: string | null, name: string, extra: Record<string, string>): BriefingRow => ({
    key,
    name,
    current: figures(series[0].get(key) ?? zero),
    previous: figures(series[1].get(key) ?? zero),
    lastYear: figures(series[2].get(key) ?? zero),
    href: samplesHref(regionCode, periods.current, extra),
  });
  const keysOf = (series: Map<string | null, Counts>[]) => [...new Set(series.flatMap((m) => [...m.keys()]))];
  const bySamples = (a: BriefingRow, b: BriefingRow) => b.current.unqualified - a.current.unqualified || b.current.samples - a.current.samples;

  const areas = regionCode.endsWith('00') ? areasFor(user, regionCode) : [{ regionCode, name: regionName(regionCode), unitId: '' }];
  return {
    regionCode,
    regionName: regionName(regionCode),
    periods,
    summary: row(total, 'all', '合计', {}),
    byCategory: keysOf(byRoot)
      .map((key) => row(byRoot, key, key ? (rootName.get(key) ?? '其他') : '未分类', key ? { categoryRootId: key } : {}))
      .sort(bySamples),
    byRegion: areas
      .map((a) => ({ ...row(byArea, a.regionCode, a.name, {}), href: samplesHref(a.regionCode, periods.current) }))
      .filter((r) => r.current.samples + r.previous.samples + r.lastYear.samples > 0 || r.key !== regionCode),
    byLink: keysOf(byLink)
      .map((key) => row(byLink, key, key ? (links[key as keyof typeof links] ?? key) : '待确定', { link: key ?? 'unknown' }))
      .sort(bySamples),
    byItem: items.map((i) => ({ ...i, href: samplesHref(regionCode, periods.current, { conclusion: 'unqualified', failedItem: i.name }) })),
    work,
    repeatOffenders: offenders.map((o) => ({
      enterpriseId: o.id,
      name: o.name,
      unqualified: Number(o.unqualified),
      href: samplesHref(regionCode, periods.current, { enterpriseId: o.id, conclusion: 'unqualified' }),
    })),
    sections,
  };
}

/**
 * Unqualified test items: for each item (its catalogue name, else as reported), the samples of the
 * period whose conclusion is 不合格 and whose effective result fails the item — the analytics
 * explorer's item counts (analytics_item_cube, kept by the results hook with the scope columns as
 * dimensions), read through its rows with failures only (a partial index, migration 0040), in the
 * samples' scope. Each equals the samples list `conclusion=unqualified&failedItem=…` of the period.
 */
async function unqualifiedItems(db: Executor, user: SessionUser, regionCode: string, periods: Record<'current' | 'previous' | 'lastYear', Period>) {
  const list = [periods.current, periods.previous, periods.lastYear];
  const within = (p: Period) => sql`samples.month >= ${p.from}::date AND samples.month <= ${p.to}::date`;
  const bounds = { from: list.map((p) => p.from).sort()[0], to: list.map((p) => p.to).sort().at(-1)! };
  const rows = await rowsOf<{ name: string; current: number; previous: number; last_year: number }>(
    db,
    sql`SELECT samples.item_name AS name,
        coalesce(sum(samples.unqualified) FILTER (WHERE ${within(periods.current)}), 0)::int AS current,
        coalesce(sum(samples.unqualified) FILTER (WHERE ${within(periods.previous)}), 0)::int AS previous,
        coalesce(sum(samples.unqualified) FILTER (WHERE ${within(periods.lastYear)}), 0)::int AS last_year
      FROM analytics_item_cube AS samples
      WHERE ${statsWhere(user, { regionCode, ...bounds })} AND samples.unqualified > 0
        AND (${sql.join(list.map((p) => sql`(${within(p)})`), sql` OR `)})
      GROUP BY samples.item_name ORDER BY 2 DESC, 1 LIMIT 20`,
  );
  return rows.map((r) => ({ name: r.name, current: Number(r.current), previous: Number(r.previous), lastYear: Number(r.last_year) }));
}

/** The work in the region now (disposals, escalations, cases) and the 24-hour reports raised in the period. */
async function workFigures(db: Executor, user: SessionUser, regionCode: string, period: Period, now: Date) {
  const nowSql = at(now);
  const [[d], [u], [e], [c]] = await Promise.all([
    rowsOf<{ open: number; overdue: number }>(
      db,
      sql`SELECT count(*)::int AS open, (count(*) FILTER (WHERE disposals.due_at < ${nowSql}))::int AS overdue FROM disposals
        WHERE ${disposalReadable(user)} AND disposals.status NOT IN ('closed', 'voided') AND ${ownerInRegion(sql`disposals.owner_unit_id`, regionCode)}`,
    ),
    rowsOf<{ raised: number; on_time: number; late: number; pending: number }>(
      db,
      sql`SELECT count(*)::int AS raised,
          (count(*) FILTER (WHERE urgent_reports.handled_at IS NOT NULL AND urgent_reports.handled_at <= urgent_reports.due_at))::int AS on_time,
          (count(*) FILTER (WHERE (urgent_reports.handled_at IS NOT NULL AND urgent_reports.handled_at > urgent_reports.due_at) OR (urgent_reports.handled_at IS NULL AND urgent_reports.due_at < ${nowSql})))::int AS late,
          (count(*) FILTER (WHERE urgent_reports.handled_at IS NULL AND urgent_reports.due_at >= ${nowSql}))::int AS pending
        FROM urgent_reports WHERE ${urgentReadable(user)} AND urgent_reports.raised_at >= ${shanghaiStart(period.from)} AND urgent_reports.raised_at < ${shanghaiEnd(period.to)}
          AND ${ownerInRegion(sql`urgent_reports.owner_unit_id`, regionCode)}`,
    ),
    rowsOf<{ open: number }>(
      db,
      sql`SELECT count(*)::int AS open FROM escalations WHERE ${escalationReadable(user)} AND escalations.status IN ('open', 'reported') AND ${ownerInRegion(sql`escalations.assigned_unit_id`, regionCode)}`,
    ),
    rowsOf<{ open: number }>(db, sql`SELECT count(*)::int AS open FROM cases WHERE ${caseReadable(user)} AND cases.stage <> 'closed' AND ${ownerInRegion(sql`cases.owner_unit_id`, regionCode)}`),
  ]);
  return {
    openDisposals: Number(d.open),
    overdueDisposals: Number(d.overdue),
    urgentReports: { raised: Number(u.raised), onTime: Number(u.on_time), late: Number(u.late), pending: Number(u.pending) },
    openEscalations: Number(e.open),
    openCases: Number(c.open),
  };
}

/** 屡查屡犯: enterprises (sampled party or nominal producer) with two or more unqualified samples in the period, most first. */
async function repeatOffenders(db: Executor, user: SessionUser, regionCode: string, period: Period) {
  const region = regionCode === PROVINCE_CODE ? {} : { regionCode };
  return rowsOf<{ id: string; name: string; unqualified: number }>(
    db,
    // Counted as the samples list's enterprise filter reads: sampled party or nominal producer.
    sql`SELECT e.id, e.name, count(DISTINCT x.id)::int AS unqualified
      FROM (
        SELECT samples.id, unnest(ARRAY[samples.sampled_party_id, samples.nominal_producer_id]) AS enterprise_id FROM samples
        WHERE ${sampleConditions(user, { ...region, conclusion: 'unqualified', dateFrom: period.from, dateTo: period.to })}
      ) x JOIN enterprises e ON e.id = x.enterprise_id
      GROUP BY e.id, e.name HAVING count(*) >= 2 ORDER BY 3 DESC, 2 LIMIT ${REPEAT_OFFENDERS}`,
  );
}
