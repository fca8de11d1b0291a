/**
 * The profile behind bench/province-view-bench.ts and bench/analytics-pivot.ts (issues 11 and 12):
 * for each view, the wall time of the use case in process, the SQL it sends (captured at the
 * driver) and each statement's EXPLAIN (ANALYZE, BUFFERS) time on the same database: what the
 * statements cost and what is left for Node (building the reply).
 *
 *   BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/<clone of jjld_bench_1m> npx tsx bench/views-profile.ts
 *   BENCH_PLANS=1 also prints each plan; BENCH_CASES=a,b runs only the cases whose label starts so.
 */
import { openDatabase } from '../src/db/client.js';
import { getPivot, type PivotRequest } from '../src/modules/analytics/get-pivot.js';
import { getBriefing } from '../src/modules/stats/briefing/get-briefing.js';
import { getDashboard } from '../src/modules/stats/get-dashboard.js';
import type { SessionUser } from '../src/modules/access/actor.js';
import { captureQueries, explain, rawQuery, userOf, type CapturedQuery } from './lib.js';

const database = await openDatabase({ databaseUrl: process.env.BENCH_DB_URL ?? 'postgres://postgres@127.0.0.1:5432/jjld_bench_views', poolSize: 4 });
const db = database.db;
const [{ max_date }] = await rawQuery<{ max_date: string }>(database, `SELECT max(sampling_date)::text AS max_date FROM samples`);
const year = Number(max_date.slice(0, 4));
const now = new Date(`${max_date}T12:00:00+08:00`);
const leader = await userOf(database, 'province', ['leader']);
const chengdu = await userOf(database, '510100', ['bureau_officer']);
const production = await userOf(database, 'production', ['division_officer']);
const period = { from: `${year}-01`, to: `${year}-12` };
const pivot = (user: SessionUser, request: Omit<PivotRequest, 'from' | 'to'> & Partial<PivotRequest>) => () => getPivot(db, user, { ...period, ...request });

const cases: [string, () => Promise<unknown>][] = [
  ['dashboard 510000 (leader)', () => getDashboard(db, leader, { regionCode: '510000', year }, now)],
  ['dashboard 510100 (成都 bureau)', () => getDashboard(db, chengdu, { regionCode: '510100', year }, now)],
  ['briefing 510000 quarter (leader)', () => getBriefing(db, leader, { regionCode: '510000', from: `${year}-01`, to: `${year}-03` }, now)],
  ['briefing 510100 quarter (成都 bureau)', () => getBriefing(db, chengdu, { regionCode: '510100', from: `${year}-01`, to: `${year}-03` }, now)],
  ['pivot city × link (leader)', pivot(leader, { rows: 'city', columns: 'link' })],
  ['pivot category × month (leader)', pivot(leader, { rows: 'category', columns: 'month' })],
  ['pivot item × city (leader)', pivot(leader, { rows: 'item', columns: 'city' })],
  ['pivot county × quarter (成都 bureau)', pivot(chengdu, { rows: 'county', columns: 'quarter' })],
  ['pivot category × link (生产处)', pivot(production, { rows: 'category', columns: 'link' })],
];
const only = process.env.BENCH_CASES?.split(',');
for (const [label, fn] of cases) {
  if (only && !only.some((o) => label.startsWith(o))) continue;
  await fn();
  const started = performance.now();
  await fn();
  const wall = performance.now() - started;
  const queries: CapturedQuery[] = await captureQueries(database, fn);
  console.log(`\n## ${label}: ${wall.toFixed(1)} ms in process, ${queries.length} statements`);
  for (const q of queries) {
    if (!/^\s*(select|with)/i.test(q.text)) continue;
    const plan = await explain(database, q);
    const ms = Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1]);
    if (ms < 2 && !process.env.BENCH_ALL) continue;
    console.log(`- ${ms} ms  ${q.text.replace(/\s+/g, ' ').slice(0, 200)}`);
    if (process.env.BENCH_PLANS) console.log(plan);
  }
}
await database.close();
