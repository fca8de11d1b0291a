import { and, count, desc, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.js';
import { complaints, foodCategories } from '../../db/schema/index.js';
import type { ComplaintCountItem, ComplaintCounts } from '../../contracts/analytics.js';
import type { SessionUser } from '../access/actor.js';
import { foodRootMatcher } from '../complaints/complaint-categories.js';
import { complaintConditions, type ComplaintFilter } from '../complaints/list-complaints.js';
import { regionName } from '../stats/areas.js';

export type ComplaintCountsBy = 'category' | 'city' | 'county' | 'enterprise' | 'month';

/** The enterprises view lists the most complained-about subjects, this many. */
export const TOP_ENTERPRISES = 20;

const measures = {
  total: count(),
  complaints: sql<number>`count(*) FILTER (WHERE ${complaints.kind} = 'complaint')`.mapWith(Number),
  reports: sql<number>`count(*) FILTER (WHERE ${complaints.kind} = 'report')`.mapWith(Number),
  transfers12345: sql<number>`count(*) FILTER (WHERE ${complaints.channel} = 'hotline')`.mapWith(Number),
};
type Counts = { total: number; complaints: number; reports: number; transfers12345: number };

const keyOf: Record<Exclude<ComplaintCountsBy, 'category'>, SQL<string | null>> = {
  city: sql<string | null>`CASE WHEN ${complaints.regionCode} IS NULL THEN NULL ELSE left(${complaints.regionCode}, 4) || '00' END`,
  county: sql<string | null>`${complaints.regionCode}`,
  enterprise: sql<string | null>`${complaints.enterpriseName}`,
  month: sql<string | null>`to_char(${complaints.receivedAt} AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`,
};

const lastDay = (month: string) => new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).toISOString().slice(0, 10);

/**
 * 投诉举报 by food category, region, enterprise or month for a year (by the date received), for the
 * analytics explorer (issue 14 §1: complaints feed the analytics): received, of which 投诉, 举报
 * and 12345 transfers. Scoped and filtered exactly as `GET /api/complaints` (merged duplicates not
 * counted again), so each count equals the list its `href` opens. A key the list cannot filter on
 * (an unknown region, a food no category reads) is counted with `href` null.
 */
export async function getComplaintCounts(db: Executor, user: SessionUser, query: { by: ComplaintCountsBy; year: number; regionCode?: string }): Promise<ComplaintCounts> {
  const period = { from: `${query.year}-01-01`, to: `${query.year}-12-31` };
  // The province's code is no region filter.
  if (query.regionCode === '510000') query = { ...query, regionCode: undefined };
  const base: ComplaintFilter = { regionCode: query.regionCode, ...period };
  const where = complaintConditions(user, base);
  const rows = query.by === 'category' ? await byCategory(db, where) : await byKey(db, where, query.by);
  const labels = await labelsOf(db, query.by, rows.map((r) => r.key));
  const [total] = await db.select(measures).from(complaints).where(where);

  const item = (key: string | null, label: string, counts: Counts, filter: Record<string, string | undefined> | null): ComplaintCountItem => {
    const href = (extra: Record<string, string>) => (filter ? listHref({ ...filter, ...extra }) : null);
    return {
      key,
      label,
      total: Number(counts.total),
      complaints: counts.complaints,
      reports: counts.reports,
      transfers12345: counts.transfers12345,
      href: href({}),
      complaintsHref: href({ kind: 'complaint' }),
      reportsHref: href({ kind: 'report' }),
      transfersHref: href({ channel: 'hotline' }),
    };
  };
  const filterOf = (key: string | null): Record<string, string | undefined> | null => {
    const common = { regionCode: query.regionCode, ...period };
    if (key === null) return query.by === 'month' ? common : null;
    switch (query.by) {
      case 'city':
      case 'county':
        return { ...common, regionCode: key };
      case 'category':
        return { ...common, categoryRootId: key };
      case 'enterprise':
        return { ...common, enterpriseName: key };
      case 'month':
        return { ...common, from: `${key}-01`, to: lastDay(key) };
    }
  };
  return {
    by: query.by,
    year: query.year,
    items: rows.map((r) => item(r.key, labels.get(r.key) ?? r.key ?? '', r, filterOf(r.key))),
    total: item(null, '合计', total, { regionCode: query.regionCode, ...period }),
  };
}

async function byKey(db: Executor, where: SQL, by: Exclude<ComplaintCountsBy, 'category'>) {
  const key = keyOf[by];
  const rows = await db
    .select({ key, ...measures })
    .from(complaints)
    .where(by === 'enterprise' ? and(where, isNotNull(complaints.enterpriseName)) : where)
    .groupBy(key)
    .orderBy(by === 'enterprise' ? desc(count()) : key, key)
    .limit(by === 'enterprise' ? TOP_ENTERPRISES : 10_000);
  // Regions and months by key (PostgreSQL sorts the unknown region last), enterprises by count.
  return rows.map((r) => ({ ...r, total: Number(r.total) }));
}

/** By the 大类 read from each food name: counted per name in SQL, summed per 大类 here. */
async function byCategory(db: Executor, where: SQL) {
  const [rootOf, perName] = await Promise.all([foodRootMatcher(db), db.select({ name: complaints.foodName, ...measures }).from(complaints).where(where).groupBy(complaints.foodName)]);
  const sums = new Map<string | null, Counts>();
  for (const r of perName) {
    const key = rootOf(r.name);
    const s = sums.get(key) ?? { total: 0, complaints: 0, reports: 0, transfers12345: 0 };
    sums.set(key, { total: s.total + Number(r.total), complaints: s.complaints + r.complaints, reports: s.reports + r.reports, transfers12345: s.transfers12345 + r.transfers12345 });
  }
  return [...sums.entries()].map(([key, c]) => ({ key, ...c })).sort((a, b) => (a.key === null ? 1 : b.key === null ? -1 : b.total - a.total || a.key.localeCompare(b.key)));
}

async function labelsOf(db: Executor, by: ComplaintCountsBy, keys: (string | null)[]): Promise<Map<string | null, string>> {
  const labels = new Map<string | null, string>();
  if (by === 'category') {
    const ids = keys.filter((k): k is string => k !== null);
    const rows = ids.length ? await db.select({ id: foodCategories.id, name: foodCategories.name }).from(foodCategories).where(inArray(foodCategories.id, ids)) : [];
    for (const r of rows) labels.set(r.id, r.name);
    labels.set(null, '未能识别食品分类');
  } else if (by === 'city' || by === 'county') {
    for (const k of keys) if (k) labels.set(k, by === 'county' && k.endsWith('00') ? `${regionName(k)}本级` : regionName(k));
    labels.set(null, '地区未明（投诉举报中心待转办）');
  } else if (by === 'month') {
    for (const k of keys) if (k) labels.set(k, `${k.slice(0, 4)}年${Number(k.slice(5))}月`);
  }
  return labels;
}

/** The complaint list (web path) with these filters. */
function listHref(filter: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(filter)) if (v) params.set(k, v);
  return `/complaints?${params.toString()}`;
}
