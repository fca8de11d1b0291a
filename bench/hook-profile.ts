/**
 * Where the per-result hook's time goes (issue 16 §2): every statement `afterResultsChanged` sends
 * for one new unqualified sample, timed at the driver (pg.Client.query, wall time of the round
 * trip), summed per statement shape over many cases. Rolled back like results-hook-bench.ts.
 *
 *   BENCH_DB_URL=postgres://postgres@127.0.0.1:5432/jjld_bench_perf npx tsx bench/hook-profile.ts
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { openDatabase } from '../src/db/client.js';
import { systemActor } from '../src/modules/access/actor.js';
import { afterResultsChanged } from '../src/modules/sampling/results-changed.js';
import { inNewSample, pickCases } from './escalation-bench.js';
import { rawQuery } from './lib.js';

const database = await openDatabase({ databaseUrl: process.env.BENCH_DB_URL ?? 'postgres://postgres@127.0.0.1:5432/jjld_bench_perf', poolSize: 2 });
const columns = (
  await rawQuery<{ column_name: string }>(database, `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = 'samples' AND is_generated = 'NEVER' ORDER BY ordinal_position`)
).map((r) => r.column_name);
const cases = await pickCases(database, Number(process.env.BENCH_HOOK_RUNS ?? 60));
const shapes = new Map<string, { count: number; ms: number[] }>();
let recording = false;
const original = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  if (!recording) return (original as (...a: unknown[]) => unknown).apply(this, args);
  const config = args[0];
  const text = (typeof config === 'string' ? config : (config as { text: string }).text).replace(/\s+/g, ' ').slice(0, 140);
  const started = performance.now();
  const result = (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
  const done = () => {
    const entry = shapes.get(text) ?? { count: 0, ms: [] };
    entry.count++;
    entry.ms.push(performance.now() - started);
    shapes.set(text, entry);
  };
  if (result && typeof (result as Promise<unknown>).then === 'function') (result as Promise<unknown>).then(done, done);
  return result;
} as typeof pg.Client.prototype.query;

const wall: number[] = [];
let serial = 0;
for (const c of cases) {
  await inNewSample(database, columns, c.sampleId, 950_000 + serial++, async (tx, id) => {
    recording = true;
    const t = performance.now();
    await afterResultsChanged(tx, systemActor, [id], '检验结论已不再为不合格');
    wall.push(performance.now() - t);
    recording = false;
  });
}
const total = wall.reduce((a, b) => a + b, 0);
console.log(`${cases.length} cases, hook mean ${(total / cases.length).toFixed(2)} ms`);
const rows = [...shapes.entries()].map(([text, e]) => ({ text, perCase: e.count / cases.length, meanMs: e.ms.reduce((a, b) => a + b, 0) / e.count, shareMs: e.ms.reduce((a, b) => a + b, 0) / cases.length }));
rows.sort((a, b) => b.shareMs - a.shareMs);
console.log('| ms per hook | statements per hook | mean ms | statement |');
console.log('|---|---|---|---|');
for (const r of rows) console.log(`| ${r.shareMs.toFixed(2)} | ${r.perCase.toFixed(2)} | ${r.meanMs.toFixed(2)} | ${r.text.replaceAll('|', '\\|')} |`);
console.log(`statements per hook: ${rows.reduce((a, r) => a + r.perCase, 0).toFixed(1)}; their time per hook ${rows.reduce((a, r) => a + r.shareMs, 0).toFixed(2)} ms`);
await database.close();
