/**
 * Public search and open data under load (issue 13), on PostgreSQL with 10^6 samples:
 * - setup: a clone of jjld_bench_1m (DATABASE_URL: an administrative URL; BENCH_DB, default
 *   jjld_bench_pub, is reused), migrated, with ~10^5 samples published into the public snapshot
 *   by one INSERT … SELECT (the snapshot's content as publishPublication writes it, without the
 *   10^5 audit rows the use case would add: the snapshot's shape is what the search reads);
 * - public search: searchPublicResults (what /public/results and /open/v1/results call) with
 *   typical filters, p50/p95, against the same page query hand-written and sent through the driver;
 * - load: autocannon, 50 connections, 20 s, on 127.0.0.1, against GET /open/v1/results?q=… and a
 *   bare Fastify route answering constant JSON, in the same run (each server in this process,
 *   autocannon in a child process). The rate limit is raised for the run (one client address).
 * Run: DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/publication-bench.ts
 */

import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { searchPublicResults, type PublicFilter } from '../src/modules/portal/public-results.js';
import { captureQueries, log, postgresDatabase, rawQuery, repeat } from './lib.js';

const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error('set DATABASE_URL to an administrative PostgreSQL URL');
const TARGET = Number(process.env.BENCH_PUBLISHED ?? 100_000);

const bench = await postgresDatabase(adminUrl, process.env.BENCH_DB ?? 'jjld_bench_pub', true);
const { database } = bench;

const [{ n }] = await rawQuery<{ n: string }>(database, 'SELECT count(*) AS n FROM published_results');
if (Number(n) < TARGET) {
  log(`publishing ${TARGET} samples into the public snapshot`);
  const [{ id }] = await rawQuery<{ id: string }>(
    database,
    `INSERT INTO publications (id, kind, title, status, drafted_by_unit_id, publish_at, published_at, watch_days)
     SELECT gen_random_uuid(), 'announcement', '基准测试公告', 'published', id, now() - interval '1 day', now(), 7 FROM org_units WHERE parent_id IS NULL LIMIT 1 RETURNING id`,
  );
  await rawQuery(
    database,
    `INSERT INTO published_results (id, publication_id, sample_id, sample_no, published_at, food_name, category, category_root, spec, trademark, production_date_text,
       sampled_party_name, sampled_party_address, nominal_producer_name, nominal_producer_address, credit_code, region_code, region_name, sampling_date, conclusion,
       failed_items, lab_name, task_source, search_text, search_bigrams)
     SELECT gen_random_uuid(), $1, s.id, s.sample_no, now() - (random() * interval '365 days') - interval '1 hour', s.food_name, c.name, r.name, s.spec, s.trademark,
       coalesce(s.production_date::text, s.batch_no), s.sampled_party_name, s.sampled_party_address, s.nominal_producer_name, s.nominal_producer_address,
       coalesce(p.credit_code, np.credit_code), s.region_code, ou.short_name, s.sampling_date, s.conclusion,
       coalesce((SELECT jsonb_agg(jsonb_build_object('itemName', ri.item_name, 'resultText', ri.result_text, 'unit', ri.unit, 'limitText', ri.limit_text, 'standard', ri.standard))
                 FROM result_items ri WHERE ri.sample_id = s.id AND ri.effective AND ri.judgement = 'unqualified'), '[]'::jsonb),
       s.lab_name, s.task_source, concat_ws(' ', s.food_name, s.sampled_party_name, s.nominal_producer_name, p.credit_code, np.credit_code),
       ARRAY(SELECT DISTINCT unnest(text_bigrams(concat_ws(' ', s.food_name, s.sampled_party_name, s.nominal_producer_name, p.credit_code, np.credit_code))))
     FROM (SELECT * FROM samples WHERE sampling_type = 'supervisory' AND conclusion IN ('qualified', 'unqualified') ORDER BY id LIMIT $2) s
     LEFT JOIN food_categories c ON c.id = s.category_id
     LEFT JOIN food_categories r ON r.id = s.category_root_id
     LEFT JOIN enterprises p ON p.id = s.sampled_party_id
     LEFT JOIN enterprises np ON np.id = s.nominal_producer_id
     LEFT JOIN LATERAL (SELECT short_name FROM org_units o WHERE o.region_code = s.region_code LIMIT 1) ou ON true`,
    [id, TARGET - Number(n)],
  );
  await rawQuery(database, 'ANALYZE published_results');
}
const [{ total }] = await rawQuery<{ total: string }>(database, 'SELECT count(*) AS total FROM published_results');
log(`${total} published results`);

// Filters a visitor types: picked from the data so each finds something.
const [sample] = await rawQuery<{ sample_no: string; credit_code: string | null }>(database, 'SELECT sample_no, credit_code FROM published_results WHERE credit_code IS NOT NULL LIMIT 1 OFFSET 5000');
const [food] = await rawQuery<{ food_name: string }>(database, "SELECT food_name FROM published_results WHERE char_length(food_name) = 2 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
const [party] = await rawQuery<{ name: string }>(database, "SELECT substr(sampled_party_name, char_length(sampled_party_name) - 3) AS name FROM published_results GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
const cases: { label: string; filter: PublicFilter }[] = [
  { label: 'newest page, no filter', filter: {} },
  { label: `food name, 2 characters (${food.food_name})`, filter: { q: food.food_name } },
  { label: `enterprise fragment (${party.name})`, filter: { q: party.name } },
  { label: 'rare name fragment (3 characters)', filter: { q: '鑫源副' } },
  { label: 'sample number', filter: { sampleNo: sample.sample_no } },
  { label: 'credit code', filter: { creditCode: sample.credit_code! } },
  { label: 'city 510100, unqualified', filter: { region: '510100', conclusion: 'unqualified' } },
  { label: 'category 食用农产品, last 30 days', filter: { category: '食用农产品', dateFrom: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) } },
];

const page = { pageSize: 20, offset: 0 };
const results: Record<string, unknown>[] = [];
for (const c of cases) {
  const [pageQuery] = (await captureQueries(database, () => searchPublicResults(database.db, c.filter, page))).filter((q) => q.text.includes('order by'));
  const fn = await repeat(() => searchPublicResults(database.db, c.filter, page), 200, 20);
  const hand = await repeat(() => rawQuery(database, pageQuery.text, pageQuery.params), 200, 20);
  const { total: found } = await searchPublicResults(database.db, c.filter, page);
  results.push({ case: c.label, found, p50: fn.p50, p95: fn.p95, handP50: hand.p50, handP95: hand.p95, ratio: Math.round((fn.p50 / hand.p50) * 100) / 100 });
  log(`${c.label}: p50 ${fn.p50} ms, p95 ${fn.p95} ms (hand-written page query p50 ${hand.p50} ms), ${found} found`);
}

// Load: the real app and a bare Fastify route, both on 127.0.0.1, one after the other.
const app = await buildApp(database, { ...loadConfig({}), demo: false, checkReplies: false, openDataRateLimitPerMinute: 100_000_000 }, { logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const appUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
const q = encodeURIComponent(food.food_name);
// Two bare routes: a constant tiny JSON, and the same bytes the open data API answers (so the
// second compares framework and network work for an equal payload, without the app's stack).
const sameBody = await (await fetch(`${appUrl}/open/v1/results?q=${q}&pageSize=20`)).text();
const bare = Fastify({ logger: false });
bare.get('/bare', async () => ({ items: [], total: 0 }));
bare.get('/bare-same', async (_request, reply) => reply.header('content-type', 'application/json; charset=utf-8').send(sameBody));
await bare.listen({ port: 0, host: '127.0.0.1' });
const bareUrl = `http://127.0.0.1:${(bare.server.address() as AddressInfo).port}`;

function autocannon(url: string) {
  log(`autocannon ${url}`);
  // execFileSync would block this process's event loop, which serves the requests: run it async.
  return new Promise<{ requests: { average: number }; latency: { p50: number; p97_5: number; p99: number }; errors: number; timeouts: number; non2xx: number }>((resolve, reject) => {
    import('node:child_process').then(({ execFile }) =>
      execFile('npx', ['autocannon', '-c', '50', '-d', '20', '-j', url], { maxBuffer: 10_000_000 }, (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout)))),
    );
  });
}
const load: Record<string, unknown> = {};
const bareRun = await autocannon(`${bareUrl}/bare`);
const bareSameRun = await autocannon(`${bareUrl}/bare-same`);
const openRun = await autocannon(`${appUrl}/open/v1/results?q=${q}&pageSize=20`);
const portalRun = await autocannon(`${appUrl}/public/results?q=${q}`);
for (const [name, run] of Object.entries({ bare: bareRun, bareSamePayload: bareSameRun, open: openRun, portal: portalRun })) {
  load[name] = { rps: run.requests.average, p50: run.latency.p50, p97_5: run.latency.p97_5, p99: run.latency.p99, errors: run.errors, timeouts: run.timeouts, non2xx: run.non2xx };
}
const ratio = Math.round((openRun.requests.average / bareRun.requests.average) * 100) / 100;
log(`open data ${openRun.requests.average} req/s vs bare ${bareRun.requests.average} req/s: ratio ${ratio}`);

await app.close();
await bare.close();
await bench.dispose(true);
process.stdout.write(`${JSON.stringify({ published: Number(total), search: results, load, openToBareRatio: ratio, openToBareSamePayloadRatio: Math.round((openRun.requests.average / bareSameRun.requests.average) * 100) / 100, bodyBytes: Buffer.byteLength(sameBody), portalToBareRatio: Math.round((portalRun.requests.average / bareRun.requests.average) * 100) / 100 }, null, 2)}\n`);

