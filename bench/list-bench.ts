/**
 * The sample list (listSamples, called directly as the route does) with typical filters and
 * users: p50/p95/max over repeated runs, the plans of its page and count queries, and two
 * baselines — the same page query hand-written and sent through the driver, and a bare
 * Fastify route answering a constant JSON through app.inject.
 */
import Fastify from 'fastify';
import type { Database } from '../src/db/client.js';
import type { SessionUser } from '../src/modules/access/actor.js';
import { listSamples } from '../src/modules/sampling/list-samples.js';
import type { SampleFilter } from '../src/modules/sampling/sample-filter.js';
import { captureQueries, displaySql, explain, log, rawQuery, repeat, userOf, type Stats } from './lib.js';

export interface ListCase {
  id: string;
  label: string;
  user: SessionUser;
  filter: SampleFilter;
}

export interface ListFigures {
  id: string;
  label: string;
  user: string;
  filter: SampleFilter;
  total: number;
  totalCapped?: boolean;
  listSamples: Stats;
  handWritten: Stats;
  ratioToHandWritten: number;
  ratioToBareRoute: number;
  pageSql: string;
  countSql: string;
  pagePlan: string;
  countPlan: string;
}

const page = { page: 1, pageSize: 20, offset: 0 };

export async function listCases(database: Database, year: number): Promise<ListCase[]> {
  const province = await userOf(database, 'province', ['leader']);
  const county = await userOf(database, '510107', ['bureau_officer', 'enforcement_officer']);
  const production = await userOf(database, 'production', ['division_officer']);
  const [farm] = await rawQuery<{ id: string }>(database, "SELECT id FROM food_categories WHERE level = 1 AND name = '食用农产品'");
  // The busiest shop's trade name and business ("鑫源生鲜超市"), without its place: what a user types.
  const [busiest] = await rawQuery<{ name: string }>(
    database,
    `SELECT e.name FROM enterprises e JOIN (SELECT sampled_party_id, count(*) AS n FROM samples WHERE link = 'distribution' GROUP BY 1 ORDER BY 2 DESC LIMIT 1) top ON top.sampled_party_id = e.id`,
  );
  const fragment = busiest.name.replace(/^.+?[市州].+?[区县市]/, '') || busiest.name;
  return [
    { id: 'a', label: '市 + 本年 + 不合格', user: province, filter: { regionCode: '510100', dateFrom: `${year}-01-01`, conclusion: 'unqualified' } },
    { id: 'b', label: '大类 (食用农产品) + 一个季度', user: province, filter: { categoryRootId: farm.id, dateFrom: `${year - 1}-04-01`, dateTo: `${year - 1}-06-30` } },
    { id: 'c1', label: '搜索食品名称 “芹菜”', user: province, filter: { q: '芹菜' } },
    { id: 'c2', label: `搜索企业名称 “${fragment}”`, user: province, filter: { q: fragment } },
    { id: 'c3', label: `搜索企业字号 “${[...fragment].slice(0, 2).join('')}”（两个字）`, user: province, filter: { q: [...fragment].slice(0, 2).join('') } },
    { id: 'd', label: '无筛选，第 1 页', user: province, filter: {} },
    { id: 'e', label: '县局用户（武侯区）的范围', user: county, filter: {} },
    { id: 'f', label: '处室用户（生产处，按环节）的范围', user: production, filter: {} },
  ];
}

const COLUMNS = `s.id, s.sample_no, s.sampling_type, s.food_name, s.link, s.category_id, s.category_root_id, s.sampled_party_id,
  s.sampled_party_name, s.nominal_producer_id, s.nominal_producer_name, s.region_code, s.owner_unit_id, s.sampling_date,
  s.production_date, s.batch_no, s.conclusion, s.needs_review, s.lab_name, s.version, c.name AS category_name, r.name AS category_root_name`;

/** The page query as one would write it by hand: same columns, joins, conditions and order. */
function handWritten(c: ListCase): { text: string; params: unknown[] } {
  const params: unknown[] = [];
  const p = (v: unknown) => `$${params.push(v)}`;
  const where: string[] = [];
  const businesses = c.user.unit.businesses;
  const ownScope = `s.owner_unit_id IN (SELECT id FROM org_units WHERE path LIKE ${p(`${c.user.scope.pathPrefix}%`)})`;
  if (businesses.includes('production')) where.push(`(${ownScope} OR s.link = 'production')`);
  else where.push(ownScope);
  const f = c.filter;
  if (f.regionCode) where.push(`s.region_code BETWEEN ${p(`${f.regionCode.slice(0, 4)}00`)} AND ${p(`${f.regionCode.slice(0, 4)}99`)}`);
  if (f.categoryRootId) where.push(`s.category_root_id = ${p(f.categoryRootId)}`);
  if (f.dateFrom) where.push(`s.sampling_date >= ${p(f.dateFrom)}`);
  if (f.dateTo) where.push(`s.sampling_date <= ${p(f.dateTo)}`);
  if (f.conclusion) where.push(`s.conclusion = ${p(f.conclusion)}`);
  if (f.q) {
    const q = p(f.q);
    const contains = (column: string) => ([...f.q!].length === 2 ? `text_bigrams(${column}) @> text_bigrams(${q})` : `${column} ILIKE ${p(`%${f.q}%`)}`);
    const ids = `ARRAY(SELECT id FROM enterprises WHERE ${contains('name')})`;
    where.push(`(${contains('s.food_name')} OR s.sample_no = ${q} OR s.sampled_party_id = ANY(${ids}) OR s.nominal_producer_id = ANY(${ids}))`);
  }
  const text = `SELECT ${COLUMNS} FROM samples s
  LEFT JOIN food_categories c ON c.id = s.category_id
  LEFT JOIN food_categories r ON r.id = s.category_root_id
  WHERE ${where.join(' AND ')}
  ORDER BY s.sampling_date DESC, s.id DESC LIMIT 20`;
  return { text, params };
}

/** A bare Fastify route answering a constant JSON, through app.inject: the floor of any API call. */
export async function bareRoute(runs: number): Promise<Stats> {
  const app = Fastify({ logger: false });
  app.get('/constant', async () => ({ items: [], total: 0 }));
  await app.ready();
  const stats = await repeat(() => app.inject({ method: 'GET', url: '/constant' }), runs, 50);
  await app.close();
  return stats;
}

export async function listBench(database: Database, cases: ListCase[], runs: number, bare: Stats): Promise<ListFigures[]> {
  const figures: ListFigures[] = [];
  for (const c of cases) {
    const queries = await captureQueries(database, () => listSamples(database.db, c.user, c.filter, page));
    const pageQuery = queries.find((q) => /\blimit\b/i.test(q.text) && /order by/i.test(q.text))!;
    const countQuery = queries.find((q) => q !== pageQuery && /count\(/i.test(q.text))!;
    const result = (await listSamples(database.db, c.user, c.filter, page)) as { total: number; totalCapped?: boolean };
    log(`list ${c.id} (${c.label}): total ${result.total}; ${runs} runs`);
    const timing = await repeat(() => listSamples(database.db, c.user, c.filter, page), runs);
    const hand = handWritten(c);
    const handTiming = await repeat(() => rawQuery(database, hand.text, hand.params), runs);
    figures.push({
      id: c.id,
      label: c.label,
      user: c.user.unit.name,
      filter: c.filter,
      total: result.total,
      ...(result.totalCapped !== undefined ? { totalCapped: result.totalCapped } : {}),
      listSamples: timing,
      handWritten: handTiming,
      ratioToHandWritten: Math.round((timing.p50 / Math.max(handTiming.p50, 0.01)) * 10) / 10,
      ratioToBareRoute: Math.round((timing.p50 / Math.max(bare.p50, 0.001)) * 10) / 10,
      pageSql: displaySql(pageQuery),
      countSql: displaySql(countQuery),
      pagePlan: await explain(database, pageQuery),
      countPlan: await explain(database, countQuery),
    });
  }
  return figures;
}
